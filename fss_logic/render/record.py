"""A decision record as printable HTML. Every value from the record is escaped."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from fss_logic.data import read_text
from fss_logic.flow import Cite, Flow
from fss_logic.kind import ToolKind
from fss_logic.agreement import load_agreement
from fss_logic.record_form import (
    ABOUT_YOU,
    CHOICE_KINDS,
    DATE,
    DATETIME,
    DECISION,
    Field,
    applies,
)

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# What html.escape(text, quote=True) replaces, with the same entities. Written here because
# importing html builds its table of 2,231 named entities, a few milliseconds of a cold
# start in the browser; tests/unit/test_render_escape.py holds the two to the same output.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def e(value: object) -> str:
    """Escaped text for HTML content and attribute values."""
    return str(value).translate(_ESCAPES)


def plain_date(value: str) -> str:
    """``2026-11-24`` as ``24 November 2026`` (with the time, if any); else as it is."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    if len(value) > 10:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        text += f", {moment:%H:%M}"
        if moment.tzinfo is not None:
            offset = moment.strftime("%z")
            text += " UTC" if offset == "+0000" else f" (UTC{offset[:3]}:{offset[3:]})"
    return text


def human_date(value: str) -> str:
    """``plain_date``, escaped for HTML."""
    return e(plain_date(value))


PAGE_TITLES = {
    "index.md": "Home",
    "tools/share.md": "Decision tools: Should I share information?",
    "tools/public-interest.md": "Decision tools: Public interest test",
    "tools/capacity.md": "Decision tools: Mental Capacity Act checklist",
    "tools/gateways.md": "Decision tools: Legal gateways",
    "golden-rules.md": "The seven golden rules",
    "definitions.md": "Definitions",
    "principles.md": "Principles",
    "when-and-how-to-share.md": "When and how to share",
    "consent.md": "Consent",
    "public-interest.md": "Public interest",
    "legal-framework.md": "Legal framework",
    "appendix-1.md": "Appendix 1: DPA principles",
}
"""Each page a record can cite, by its title in the guide's contents (``mkdocs.yml``'s
``nav``; a test holds the two to the same words)."""


def where_cited(anchor: str, title: str) -> str:
    """Where in the guide a citation is, for print and plain text, where no link can be
    followed: the page's title, when the heading's own words do not already start with it."""
    page = PAGE_TITLES[anchor.partition("#")[0]]
    name = page.partition(": ")[2] or page
    return "" if title.lower().startswith(name.lower()) else f"the guide, {page}"


def cite_text(anchor: str, title: str) -> str:
    """A citation as words alone: "How? (the guide, When and how to share)"."""
    where = where_cited(anchor, title)
    return f"{title} ({where})" if where else f"{title} (the guide)"


def cite_link(anchor: str, title: str, base: str | None) -> str:
    """A link to the guide paragraph, opening in a new tab so that no answer is lost; on
    paper, the page of the guide it is in instead of an address.

    With no ``base`` (a record read outside the site) the citation is words alone.
    """
    if base is None:
        return f'<span class="fss-cite">{e(cite_text(anchor, title))}</span>'
    where = where_cited(anchor, title)
    return (
        f'<a class="fss-cite" href="{e(base + Cite(anchor, title).url)}" target="_blank" '
        f'rel="noopener">{e(title)}<span class="fss-visually-hidden"> (opens in new tab)</span>'
        f"</a>" + (f'<span class="fss-cite__where"> ({e(where)})</span>' if where else "")
    )


def user_text(value: str) -> str:
    """Text a person typed: kept as typed, line breaks and all, wrapped when long."""
    return f'<span class="fss-user-text">{e(value)}</span>' if value else "<span>Not given</span>"


def _rows(rows: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<div class="fss-summary__row"><dt class="fss-summary__key">{e(key)}</dt>'
        f'<dd class="fss-summary__value">{value}</dd></div>'
        for key, value in rows
    )
    return f'<dl class="fss-summary">{items}</dl>'


def by_part(flow: Flow, path) -> list[tuple[str, list]]:
    """Consecutive questions (and their answers) grouped by the tool each comes from; the
    titles are empty for a flow that runs no other tool inside it."""
    groups: list[tuple[str, list]] = []
    for question, answer in path:
        title = (question.part or flow.title) if flow.parts else ""
        if not groups or groups[-1][0] != title:
            groups.append((title, []))
        groups[-1][1].append((question, answer))
    return groups


def findings_list(items: list[Mapping], base: str | None) -> str:
    """Findings (reasons, cautions) as a list, each citing its guide paragraph."""
    rows = "".join(
        f"<li>{e(i['text'])} {cite_link(i['cite']['anchor'], i['cite']['title'], base)}</li>"
        for i in items
    )
    return f"<ul>{rows}</ul>"


def signatures(maker: str = "", manager: str = "") -> str:
    """Lines to sign and date on paper, each by the name of who signs (a line to write the
    name on where it is not known): printed records and the paper version."""
    line = '<span class="fss-line"></span>'

    def who(role: str, name: str) -> str:
        named = f"<strong>{e(name)}</strong>" if name else line
        return (
            f'<p class="fss-record__signature">{role}: {named}<br>'
            f'Signed {line} Date <span class="fss-line fss-line--short"></span></p>'
        )

    return (
        '<div class="fss-record__signatures">'
        + who("Decision maker", maker)
        + who("Manager", manager)
        + "</div>"
    )


SIGNATURES = signatures()
"""Blank lines to sign, date and name: the paper version."""


def field_text(spec: Field, value: str) -> str:
    """A field's value as words: a choice by its label, a date in full, text as typed."""
    if spec.kind in CHOICE_KINDS:
        return spec.option_label(value)
    if spec.kind in (DATE, DATETIME):
        return plain_date(value)
    return value


def _field_value(spec: Field, text: str) -> str:
    """``field_text`` as HTML: what a person typed keeps its line breaks."""
    if spec.kind in CHOICE_KINDS or spec.kind in (DATE, DATETIME):
        return e(text)
    return user_text(text)


def _values(kind: ToolKind, record: Mapping) -> dict[str, str]:
    """The record's section with its decision: what the fields' and facts' conditions read."""
    return {**record["sections"][kind.id], "decision": record["decision"]["choice"]}


def given_members(kind: ToolKind, record: Mapping, plain: bool = False) -> dict[str, tuple]:
    """The kind's fields and facts given in the record that fit its decision, by name, in
    the kind's order: (group, label, value as HTML, or as plain text where ``plain``). The
    printed record and the case notes both list these."""
    section, values = record["sections"][kind.id], _values(kind, record)
    found: dict[str, tuple] = {}
    for spec in kind.fields:
        if section[spec.name] and applies(spec, values):
            label = spec.record_label or spec.label
            text = field_text(spec, section[spec.name])
            found[spec.name] = (spec.group, label, text if plain else _field_value(spec, text))
    for fact in kind.facts:
        if section.get(fact.name) and fact.applies(values):
            text = section[fact.name]
            found[fact.name] = (fact.group, fact.label, text if plain else e(text))
    return found


def _members(kind: ToolKind, record: Mapping, names=None, group: str = "") -> list:
    """(label, HTML) of the fields and facts given that fit the decision: those named, or
    those of ``group`` not printed on the first page."""
    found = given_members(kind, record)
    if names is not None:
        return [found[n][1:] for n in names if n in found]
    return [
        (label, html)
        for n, (in_group, label, html) in found.items()
        if in_group == group and n not in kind.first_page
    ]


def _group_applies(kind: ToolKind, group: str, values: Mapping[str, str]) -> bool:
    """Whether a group of the kind's own fields fits the decision at all: a record not to
    share has no group for what was shared."""
    specs = [s for s in kind.fields if s.group == group]
    facts = [f for f in kind.facts if f.group == group]
    return any(applies(s, values) for s in specs) or any(f.applies(values) for f in facts)


def _group(kind: ToolKind, group: str, record: Mapping) -> str:
    """One group of the kind's own fields: each field given, by its record label."""
    rows = _members(kind, record, group=group)
    if rows:
        return _rows(rows)
    return f"<p>{e(kind.empty_groups.get(group, 'Nothing recorded.'))}</p>"


def _maker(record: Mapping) -> str:
    maker = record["decision_maker"]
    return ", ".join(e(v) for v in (maker["name"], maker["role"], maker["organisation"]))


def replaces_note(record: Mapping) -> str:
    """What a corrected record says first: which record it replaces."""
    earlier = record.get("replaces")
    if not earlier:
        return ""
    return (
        f'<p class="fss-record__replaces"><strong>This record replaces '
        f"{e(earlier['reference'])}</strong>, made {human_date(earlier['created_at'])} "
        f"(digest <code>{e(earlier['digest'])}</code>). Keep this one with it.</p>"
    )


def _decision_block(kind: ToolKind, record: Mapping, hs: str, base: str | None) -> str:
    """The head of the record, kept together on the first page: the decision and whether
    it follows the tool, the reasons, who, when, the reference, what was shared with
    whom, the signatures and the digest."""
    decision, outcome = record["decision"], record["indicated_outcome"]
    earlier = record.get("replaces")
    follows = (
        "Your decision follows it."
        if decision["matches_indication"]
        else "<strong>Your decision differs from it</strong>: the reasons say why."
    )
    when = human_date(record["created_at"])
    if earlier:
        first = human_date(earlier["first_made"])
        when += f" (this correction). The decision was first recorded {first}."
    rows = [
        ("Decision", f"<strong>{e(decision['choice_text'])}</strong>"),
        ("The tool indicated", f"{e(outcome['heading'])}. {follows}"),
        ("Reasons", user_text(decision["reasons"])),
        ("Decided by", _maker(record)),
        ("Recorded", when),
        ("Reference", f"<strong>{e(record['reference'])}</strong>"),
    ]
    if record.get("case_reference"):
        rows.append(("Case reference", user_text(record["case_reference"])))
    rows += _members(kind, record, names=kind.first_page)
    required = ""
    if decision["reasons_required"]:
        required = (
            '<div class="fss-record__required"><p>The reasons had to address:</p><ul>'
            + "".join(f"<li>{e(text)}</li>" for text in decision["reasons_required"])
            + "</ul></div>"
        )
    return (
        '<section class="fss-record__decision" aria-labelledby="fss-record-decision">'
        f'<{hs} id="fss-record-decision">The decision</{hs}>{_rows(rows)}{required}'
        '<div class="fss-record__sign-off">'
        f"{signatures(record['decision_maker']['name'], record.get('manager_name', ''))}"
        f'<p class="fss-record__digest">Digest (SHA-256 of the record file without its '
        f"digest): <code>{e(record['digest']['value'])}</code></p></div></section>"
    )


def render_record_html(
    kind: ToolKind, record: Mapping, base: str | None = None, level: int = 2
) -> str:
    """The record as an HTML fragment, top heading at ``level``, sections one below: first
    the decision, who made it and the signatures, on the first printed page; then what it
    was about (the kind's groups, in order), how the tool reached its indication with the
    questions and answers, and the advice."""
    h, hs = f"h{level}", f"h{level + 1}"
    outcome = record["indicated_outcome"]
    values = _values(kind, record)

    def row(item) -> str:
        return (
            f'<div class="fss-summary__row"><dt class="fss-summary__key">'
            f'<span class="fss-record__section">{e(item["section"])}</span> '
            f"{e(item['question'])}</dt>"
            f'<dd class="fss-summary__value">{user_text(item["answer_text"])}</dd></div>'
        )

    def part_of(item) -> str:
        owner = next((p for p in kind.flow.parts if p.owns(item["id"])), None)
        return owner.flow.title if owner else kind.flow.title

    groups: list[tuple[str, list]] = []
    for item in record["answers"]:
        title = part_of(item) if kind.parts else ""
        if not groups or groups[-1][0] != title:
            groups.append((title, []))
        groups[-1][1].append(item)
    answers = "".join(
        (f'<p class="fss-summary__part"><strong>{e(title)}</strong></p>' if title else "")
        + f'<dl class="fss-summary">{"".join(row(item) for item in items)}</dl>'
        for title, items in groups
    )
    parts = [
        '<article class="fss-record" aria-labelledby="fss-record-title">',
        f'<{h} class="fss-record__title" id="fss-record-title">{e(kind.record_title)}</{h}>',
        replaces_note(record),
        _decision_block(kind, record, hs, base),
    ]
    for group in kind.groups:
        if group == ABOUT_YOU:
            continue  # who decided is in the decision block
        if group == DECISION:
            parts += [
                f"<{hs}>How the tool reached its indication</{hs}>",
                f'<p class="fss-record__outcome"><strong>{e(outcome["heading"])}</strong></p>',
                f"<p>{e(outcome['summary'])}</p>",
                findings_list(outcome["reasons"], base),
            ]
            if outcome["cautions"]:
                parts += [
                    f"<p>{e(kind.cautions_heading)}:</p>",
                    findings_list(outcome["cautions"], base),
                ]
            for sub in kind.parts:
                result = record["parts"].get(sub.id)
                if result:
                    heading = e(result["heading"])
                    parts += [
                        f"<{hs}>{e(sub.flow.title)}: what it indicated</{hs}>",
                        f'<p class="fss-record__outcome"><strong>{heading}</strong></p>',
                        f"<p>{e(result['summary'])}</p>",
                        findings_list(result["reasons"], base),
                    ]
            parts += [f"<{hs}>Questions and answers</{hs}>", answers]
        elif _group_applies(kind, group, values):
            rows = _members(kind, record, group=group)
            if rows or not set(kind.first_page) & {
                m.name for m in (*kind.fields, *kind.facts) if m.group == group
            }:
                parts += [f"<{hs}>{e(group)}</{hs}>", _group(kind, group, record)]
    guide = record["guide"]
    built = f"; site built {human_date(guide['site_built'])}" if guide["site_built"] else ""
    parts += [
        f"<{hs}>About this record</{hs}>",
        _rows(
            [
                (
                    "Made with",
                    f"{e(record['tool']['title'])} (version {e(record['tool']['version'])})",
                ),
                (
                    "Guide",
                    f"{e(guide['title'])}; agreement start date "
                    f"{e(guide['agreement_start'])}, review by {e(guide['review_by'])}{built}",
                ),
                ("Protective marking", e(load_agreement().marking)),
            ]
        ),
        "</article>",
    ]
    return "".join(parts)


RECORD_DOCUMENT_CSS = read_text("render", "record.css")
"""The record's stylesheet: the same file the site links as assets/stylesheets/fss-record.css."""

PAGE_CSS = """
body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #111; }
"""
"""What a record shown as a page of its own adds: the page itself."""


def css_string(text: str) -> str:
    """``text`` as a CSS string: quoted, its quotes, backslashes and line breaks escaped."""
    escaped = "".join(c if c not in '"\\<>\n\r\f' else f"\\{ord(c):x} " for c in text)
    return f'"{escaped}"'


def print_marks(record: Mapping) -> dict[str, str]:
    """What every printed page of a record carries, as the CSS values ``record.css`` reads:
    the protective marking and the reference (``--fss-print-marking``, ``-reference``)."""
    return {
        "--fss-print-marking": css_string(load_agreement().marking),
        "--fss-print-reference": css_string(record["reference"]),
    }


def render_record_document(kind: ToolKind, record: Mapping) -> str:
    """A whole HTML page for one record, for ``python -m fss_logic render``."""
    marks = "".join(f"{name}:{value};" for name, value in print_marks(record).items())
    return (
        '<!doctype html>\n<html lang="en-GB" class="fss-printing-record"><head>'
        f'<meta charset="utf-8"><title>Decision record {e(record["reference"])}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{RECORD_DOCUMENT_CSS}{PAGE_CSS}:root{{{marks}}}</style></head><body><main>"
        f"{render_record_html(kind, record, base=None, level=1)}"
        "</main></body></html>\n"
    )
