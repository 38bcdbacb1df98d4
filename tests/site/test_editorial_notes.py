"""Legislation notes sit beside the passages they update, visibly apart from the agreed text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

import pytest

from tests.sitepages import agreed_text, guide_pages, visible_text

# Page, then phrases its "Legislation update" notes must name between them.
REQUIRED_NOTES = {
    "index.md": ["26 June 2021", "Probation Service", "2024"],
    "golden-rules.md": [
        "UK GDPR",
        "Data Protection Act 2018",
        "Information sharing: advice for practitioners providing safeguarding services",
        "2018, updated May 2024",
        "not usually",
    ],
    "when-and-how-to-share.md": ["not usually"],
    "consent.md": [
        "Article 6(1)(e)",
        "5 February 2026",
        "paragraph 18",
        "Part 3",
        "Article 4(1)(11)",
        "not usually",
    ],
    "definitions.md": ["special category data", "Article 9", "criminal offence data"],
    "principles.md": ["UK GDPR", "Data Protection Act 2018"],
    "public-interest.md": ["Article 6(1)(e)", "Article 9(2)(g)", "paragraph 18"],
    "legal-framework.md": [
        "UK GDPR",
        "Data Protection Act 2018",
        "Schedule 2, Part 1, paragraph 2",
        "crime and taxation",
        "eight Caldicott principles",
        "December 2020",
        "Data (Use and Access) Act 2025",
        "Article 6(1)(ea)",
        "Part 3",
        "16LA",
        "16LC",
        "Working Together",
        "CONTEST",
        "31 December 2023",
        "26 June 2021",
        "integrated care boards",
    ],
    "appendix-1.md": [
        "Article 6(1)",
        "Article 9(2)",
        "Schedule 1",
        "Paragraph 18",
        "safeguarding of children and of individuals at risk",
        "Chapter V",
        "Implied consent is not consent",
        "data protection test",
        "Information Commission",
    ],
}


# A note opens as an admonition (`!!! legislation`) or, if it is long, as a collapsible
# one (`??? legislation`, pymdownx.details).
_NOTE_START = re.compile(r'<div class="admonition legislation">|<details class="legislation"')

# Every note's title ends with these words, in a span of their own (shown on a line under
# what the note is about).
EDITORIAL = "(editorial note, not part of the agreed text)"
EDITORIAL_HTML = f'<span class="fss-legislation__editorial">{EDITORIAL}</span>'

# A note of more than this many words (its text without its title) is collapsible and
# starts closed; a note of this many or fewer stays open.
LONG_NOTE_WORDS = 60


@dataclass(frozen=True)
class Note:
    collapsible: bool
    opened: bool  # shown open when the page loads
    title: str  # the admonition title, or the <summary> of a collapsible note
    title_html: str
    body: str  # the rest of its text

    @property
    def text(self) -> str:
        return f"{self.title} {self.body}"


def notes_on(html: str) -> list[Note]:
    """The legislation notes on a page, in order."""
    found = []
    for match in _NOTE_START.finditer(html):
        rest = html[match.start() :]
        collapsible = rest.startswith("<details")
        root, title_tag = (
            ("details.legislation", "summary")
            if collapsible
            else (
                "div.admonition",
                "p.admonition-title",
            )
        )
        text = " ".join(visible_text(rest, root).split())
        title_html = re.search(
            r"<summary>(.*?)</summary>"
            if collapsible
            else r'<p class="admonition-title">(.*?)</p>',
            rest,
            re.S,
        ).group(1)
        title = " ".join(visible_text(rest, title_tag).split())
        assert text.startswith(title)
        opened = not collapsible or bool(re.match(r"<details[^>]*\sopen\b", rest))
        found.append(Note(collapsible, opened, title, title_html, text[len(title) :].strip()))
    return found


def legislation_notes(html: str) -> list[str]:
    """The text of each legislation note on a page."""
    return [note.text for note in notes_on(html)]


def page(source: str):
    return next(p for p in guide_pages() if p.source == source)


@pytest.mark.parametrize("source", sorted(REQUIRED_NOTES))
def test_required_legislation_notes(site_dir, source):
    notes = " ".join(legislation_notes(page(source).html()))
    for phrase in REQUIRED_NOTES[source]:
        assert phrase in notes, f"{source}: no legislation note names {phrase!r}"


def test_every_page_citing_the_1998_act_carries_a_note(site_dir):
    for guide_page in guide_pages():
        html = guide_page.html()
        if re.search(r"Data Protection Act 1998|DPA 1998", agreed_text(html)):
            notes = " ".join(legislation_notes(html))
            assert "UK GDPR" in notes, guide_page.source


def test_notes_are_titled_and_styled_apart(site_dir):
    count = 0
    for guide_page in guide_pages():
        for note in legislation_notes(guide_page.html()):
            count += 1
            assert note.strip().startswith("Legislation update"), note[:80]
    assert count >= 15
    css = (site_dir / "assets" / "stylesheets" / "fss.css").read_text("utf-8")
    assert ".admonition.legislation" in css and "dashed" in css
    assert "details.legislation" in css


def test_every_note_says_it_is_editorial_and_what_it_is_about(site_dir):
    """Its title is "Legislation update: <what it is about> (editorial note, not part of the
    agreed text)", the last words in their own span; screen readers read the whole title
    (a collapsible note's <summary> is its button's name)."""
    for guide_page in guide_pages():
        for note in notes_on(guide_page.html()):
            where = f"{guide_page.source}: {note.title!r}"
            assert note.title.startswith("Legislation update: "), where
            assert note.title.endswith(" " + EDITORIAL), where
            assert note.title_html.rstrip().endswith(EDITORIAL_HTML), where
            assert note.title.count(EDITORIAL) == 1, where
            about = note.title[len("Legislation update: ") : -len(EDITORIAL)].strip()
            # What it is about, in one line: a few words, not a paragraph.
            assert len(about.split()) >= 3 and len(about) <= 70, where
            assert about[-1] not in ".:;,", where


def test_long_notes_are_collapsible_and_short_ones_open(site_dir):
    """A note of more than LONG_NOTE_WORDS words shows its title only, and opens on request
    (``??? legislation``); a shorter one is shown open (``!!! legislation``)."""
    wrong = []
    for guide_page in guide_pages():
        for note in notes_on(guide_page.html()):
            long = len(note.body.split()) > LONG_NOTE_WORDS
            if long and not (note.collapsible and not note.opened):
                wrong.append(
                    f"{guide_page.source}: {note.title!r} has {len(note.body.split())} words: "
                    f"make it '??? legislation'"
                )
            if not long and note.collapsible:
                wrong.append(
                    f"{guide_page.source}: {note.title!r} has {len(note.body.split())} words: "
                    f"make it '!!! legislation'"
                )
    assert wrong == [], "\n".join(wrong)


def test_the_collapsing_rule_can_fail():
    """A long note written open is caught; a short one written collapsible too."""
    body = " ".join(["word"] * (LONG_NOTE_WORDS + 1))
    long_open = (
        '<div class="admonition legislation"><p class="admonition-title">Legislation update: '
        f"x y z {EDITORIAL_HTML}</p><p>{body}</p></div>"
    )
    short_closed = (
        f'<details class="legislation"><summary>Legislation update: x y z {EDITORIAL_HTML}'
        "</summary><p>A few words.</p></details>"
    )
    [open_note] = notes_on(long_open)
    [closed_note] = notes_on(short_closed)
    assert not open_note.collapsible and len(open_note.body.split()) > LONG_NOTE_WORDS
    assert closed_note.collapsible and not closed_note.opened
    assert closed_note.body == "A few words."
    assert closed_note.title == f"Legislation update: x y z {EDITORIAL}"


def test_most_notes_are_collapsible_and_every_kind_is_used(site_dir):
    every = [note for p in guide_pages() for note in notes_on(p.html())]
    assert sum(note.collapsible for note in every) > len(every) / 2
    assert any(not note.collapsible for note in every)


def test_the_agreed_text_read_by_the_tests_leaves_out_every_note(site_dir):
    """tests/site/test_guide_text.py finds the agreed text, word for word, in the pages with
    their notes taken out; the notes it takes out are all of them, open or collapsible, so
    no note's words can stand in for the guide's."""
    for guide_page in guide_pages():
        html = guide_page.html()
        agreed = " ".join(agreed_text(html).split())
        for note in notes_on(html):
            assert note.title not in agreed, (guide_page.source, note.title)
            assert note.body[:200] not in agreed, (guide_page.source, note.title)
        assert EDITORIAL not in agreed and "Legislation update:" not in agreed


def print_rules(css: str) -> str:
    """The rules inside the stylesheet's ``@media print`` blocks."""
    blocks = []
    for match in re.finditer(r"@media print\s*\{", css):
        depth, at = 1, match.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(css[at], 0)
            at += 1
        blocks.append(css[match.end() : at - 1])
    return "\n".join(blocks)


def test_print_opens_every_collapsible_note(site_dir):
    """Chromium prints a closed <details> closed: the print styles show its content
    (tests/browser/test_print.py prints a page and finds a closed note's words)."""
    css = (site_dir / "assets" / "stylesheets" / "fss.css").read_text("utf-8")
    rule = r"details\.legislation::details-content\s*\{[^}]*content-visibility:\s*visible"
    assert re.search(rule, print_rules(css))


def test_home_page_says_the_text_is_as_signed_and_notes_are_editorial(site_dir):
    home = visible_text(page("index.md").html(), "div.info")  # "About this site"
    assert "reproduced on these pages as signed" in home
    assert "Legislation update" in home and "editorial" in home


def test_every_note_says_when_it_was_last_checked(site_dir):
    """Each note ends with "Checked <date> against <sources>"."""
    checked = re.compile(
        r"Checked (\d{1,2}) (January|February|March|April|May|June|July|"
        r"August|September|October|November|December) (20\d\d) against \S"
    )
    for guide_page in guide_pages():
        for note in legislation_notes(guide_page.html()):
            assert checked.search(note), f"{guide_page.source}: {note[:120]}"


def test_the_legislation_updates_page_lists_every_note_with_its_date(site_dir):
    updates = (site_dir / "legislation-updates" / "index.html").read_text("utf-8")
    listed = legislation_notes(updates)
    every = [note for guide_page in guide_pages() for note in legislation_notes(guide_page.html())]
    assert len(listed) == len(every) > 20
    assert [" ".join(n.split()) for n in listed] == every
    # Each is shown as on its page: collapsible there, collapsible here.
    kinds = [n.collapsible for guide_page in guide_pages() for n in notes_on(guide_page.html())]
    assert [n.collapsible for n in notes_on(updates)] == kinds
    assert f"{len(every)} notes." in visible_text(updates)
    assert visible_text(updates).count("Beside ") == len(every)


# Notes that must sit right beside the words they correct: (page, words of the guide, words
# the very next note must contain). Nothing of the guide comes between the two.
BESIDE = [
    ("appendix-1.md", "(implied consent may be acceptable)", "Implied consent is not consent"),
    (
        "legal-framework.md",
        "The Data Protection Act 1998, covering protection of personal",
        "UK GDPR",
    ),
    ("legal-framework.md", "clinical commission groups and NHS England", "integrated care boards"),
    (
        "legal-framework.md",
        "Relevant authorities include: Police, Probation",
        "integrated care boards",
    ),
    (
        "legal-framework.md",
        "This provides statutory support for the seventh Caldicott",
        "Caldicott",
    ),
    (
        "legal-framework.md",
        "National Probation Service and Community Rehabilitation",
        "Probation Service",
    ),
    ("index.md", "HM Government advice on Information Sharing (March 2015)", "2024"),
    ("index.md", "Serious Case Reviews carried out", "child safeguarding practice reviews"),
    (
        "public-interest.md",
        "The principles of the DPA [Section 2 above] would still apply",
        "Article 5",
    ),
]


@pytest.mark.parametrize(("source", "words", "note_says"), BESIDE)
def test_a_note_sits_beside_the_words_it_corrects(site_dir, source, words, note_says):
    article = page(source).html()
    article = article[article.index("<article") : article.index("</article>")]
    after = article[article.index(escape(words, quote=False)) :]
    note_at = _NOTE_START.search(after).start()
    between = visible_text("<div>" + after[:note_at] + "</div>", "div")
    # Only the rest of the corrected passage (its paragraph or list item) comes between.
    assert len(between) < len(words) + 600, between[:300]
    assert "<h" not in after[:note_at].split("</p>", 1)[-1].split("</li>", 1)[-1][:3]
    assert note_says in legislation_notes(after[note_at:])[0]


def test_the_home_page_starts_with_what_you_may_need_to_do(site_dir):
    html = page("index.md").html()
    article = html[html.index("<article") :]
    first_block = article[article.index("</h1>") :].lstrip()
    assert first_block.startswith('</h1>\n<div class="admonition tasks">')
    tasks = visible_text(html, "div.tasks")
    for words in (
        "What do you need to do?",
        "Check a decision to share information",
        "Run the public interest test",
        "Check capacity to consent",
        "Find the legal gateways",
        "Read the guide",
        "Print a blank paper version",
    ):
        assert words in tasks
    links = re.findall(r'href="([^"]+)"', first_block.split("</div>")[0])
    for link in links:
        assert (site_dir / link.split("#")[0] / "index.html").is_file(), link


@pytest.mark.parametrize(
    ("source", "words", "note_says"),
    [
        (
            "appendix-1.md",
            "Centre for Family Safeguarding Practice |",
            "Centre for Family Safeguarding",
        ),
        ("appendix-1.md", "How we use your information |", "How we use your information"),
        ("public-interest.md", "[Section 2 above] would still apply", "Appendix 1"),
    ],
)
def test_links_and_references_that_go_nowhere_are_explained_beside_them(
    site_dir, source, words, note_says
):
    html = page(source).html()
    after = html[html.index(escape(words, quote=False)) :]
    note_at = after.index('<div class="admonition note">')
    assert "</h2>" not in after[:note_at] and "<p>" not in after[:note_at].split("</p>", 1)[1]
    note = visible_text(after[note_at:], "div.note")
    assert note_says in note and "agreed text" in note


def test_every_note_follows_words_of_the_guide(site_dir):
    """No note stands on its own: before each, in its page's source, come words of the
    agreed text (a paragraph, a list item or a heading), or another note beside them."""
    from tests.sitepages import DOCS

    for guide_page in guide_pages():
        lines = (DOCS / guide_page.source).read_text("utf-8").splitlines()
        in_note = False
        for number, line in enumerate(lines):
            if line.strip().startswith("!!! legislation"):
                before = [earlier for earlier in lines[:number] if earlier.strip()][-1].strip()
                assert not before.startswith(("---", "title:", "guide_part:")), (
                    guide_page.source,
                    number + 1,
                )
                assert in_note or not before.startswith("!!!"), (guide_page.source, number + 1)
                in_note = True
            elif line.strip() and not line.startswith(" "):
                in_note = False
