"""The training pages as built (issue 20): one of each for every scenario and exercise, every
model answer on the facilitator page and in the pack, none on a handout, the briefings'
words, and links that lead somewhere."""

from __future__ import annotations

import html
import posixpath
import re
from urllib.parse import urlsplit

import pytest

from fss_logic.facilitation import BRIEFINGS
from fss_logic.flows import KINDS
from fss_logic.render.training import (
    FACILITATOR,
    PACK,
    briefing_url,
    exercise_url,
    handout_url,
    presenter_url,
)
from fss_logic.training import SCENARIOS
from tests.sitepages import SITE, visible_text

EXERCISES = [(s, x) for s in SCENARIOS for x in s.exercises]


def built(url: str) -> str:
    return (SITE / url / "index.html").read_text("utf-8")


def text_of(url: str) -> str:
    """The article's visible text, in single spaces."""
    return " ".join(visible_text(built(url)).split())


def same(words: str) -> str:
    return " ".join(words.split())


def model_words(exercise) -> list[str]:
    """What a page shows of an exercise's model answers: the question in the tool's words,
    the answer as the tool shows it, the reason, each cite's heading; then the outcome's
    heading and summary, and what to record."""
    flow = KINDS[exercise.tool].flow
    found = []
    for model in exercise.answers:
        question = flow.question(model.question)
        found += [question.text, question.answer_text(model.answer), model.reason]
        found += [cite.title for cite in model.cites]
    outcome = flow.nodes[exercise.outcome]
    return [*found, outcome.heading, outcome.summary, *exercise.record]


ALL_URLS = [
    FACILITATOR,
    PACK,
    *(briefing_url(b.id) for b in BRIEFINGS),
    *(handout_url(s.id) for s in SCENARIOS),
    *(presenter_url(s.id) for s in SCENARIOS),
    *(exercise_url(s.id, x.id) for s, x in EXERCISES),
]


@pytest.mark.parametrize("url", ALL_URLS)
def test_every_training_page_is_built(site_dir, url):
    assert (site_dir / url / "index.html").is_file(), url


@pytest.mark.parametrize("url", [FACILITATOR, PACK])
def test_the_facilitator_page_and_pack_hold_every_model_answer(site_dir, url):
    text = text_of(url)
    for scenario in SCENARIOS:
        for fact in (scenario.title, scenario.summary, *scenario.facts, *scenario.prompts):
            assert same(fact) in text, fact
        for exercise in scenario.exercises:
            for words in (*model_words(exercise), *exercise.twist):
                assert same(words) in text, (url, exercise.id, words)


def test_the_facilitator_page_links_every_view_and_briefing(site_dir):
    page = built(FACILITATOR)
    hrefs = set(re.findall(r'href="([^"]*)"', page))
    for scenario in SCENARIOS:
        assert "../" + handout_url(scenario.id) in hrefs
        assert "../" + presenter_url(scenario.id) in hrefs
        for exercise in scenario.exercises:
            assert "../" + exercise_url(scenario.id, exercise.id) in hrefs
    for briefing in BRIEFINGS:
        assert "../" + briefing_url(briefing.id) in hrefs
    assert "../" + PACK in hrefs


def test_the_facilitator_page_links_each_citation_to_its_guide_page(site_dir):
    page = built(FACILITATOR)
    for _, exercise in EXERCISES:
        for model in exercise.answers:
            for cite in model.cites:
                assert f'href="../{html.escape(cite.url)}"' in page, cite


def test_the_plan_on_the_page_adds_up_to_90_minutes(site_dir):
    text = text_of(FACILITATOR)
    assert "Total: 90 minutes; group work 50 minutes" in text


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_a_handout_has_the_facts_and_prompts_and_no_answer(site_dir, scenario):
    text = text_of(handout_url(scenario.id))
    for fact in (*scenario.facts, *scenario.prompts):
        assert same(fact) in text, fact
    for exercise in scenario.exercises:
        flow = KINDS[exercise.tool].flow
        outcome = flow.nodes[exercise.outcome]
        for model in exercise.answers:
            assert same(model.reason) not in text, model.reason
            answer = flow.question(model.question).answer_text(model.answer)
            # "Yes" and "No" are everyday words; an answer of any length is not on the page.
            if len(answer.split()) > 2:
                assert same(answer) not in text, answer
        assert same(outcome.summary) not in text
        assert same(outcome.heading) not in text
        for line in exercise.record:
            assert same(line) not in text, line
        assert "Model answer" not in text


@pytest.mark.parametrize(("scenario", "exercise"), EXERCISES, ids=[x.id for _, x in EXERCISES])
def test_a_trainee_page_has_the_facts_beside_the_tool_in_trainee_mode(site_dir, scenario, exercise):
    page = built(exercise_url(scenario.id, exercise.id))
    assert f'data-fss-tool="{exercise.tool}"' in page
    assert f'data-fss-training="{scenario.id}/{exercise.id}"' in page
    paper = f'data-fss-paper="../../../tools/{exercise.tool.replace("_", "-")}-paper/"'
    assert paper in page
    assert page.index('class="fss-training__aside"') < page.index('class="fss-tool"')
    aside = visible_text(page, "aside.fss-training__aside")
    for fact in (*scenario.facts, *exercise.twist, *scenario.prompts):
        assert same(fact) in " ".join(aside.split()), fact
    assert "<details" in page.split('class="fss-training__aside"')[1].split("</aside>")[0]
    for model in exercise.answers:
        assert same(model.reason) not in " ".join(visible_text(page).split())


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_the_presenter_view_is_its_own_layout_with_every_question(site_dir, scenario):
    page = built(presenter_url(scenario.id))
    assert "assets/javascripts/fss-present.js" in page
    assert "md-sidebar" not in page and "md-footer" not in page
    assert re.search(r"<script(?![^>]*\b(?:src=|type=\"application/json\"))[^>]*>", page) is None
    assert " style=" not in page and "<style" not in page
    slides = page.count("data-fss-slide>")
    questions = sum(len(x.answers) for x in scenario.exercises)
    assert slides == 3 + questions + 2 * len(scenario.exercises)
    text = " ".join(visible_text(page).split())
    for exercise in scenario.exercises:
        for words in model_words(exercise):
            assert same(words) in text, words


@pytest.mark.parametrize("briefing", BRIEFINGS, ids=[b.id for b in BRIEFINGS])
def test_a_briefing_has_the_guides_words_the_tools_questions_and_three_for_the_team(
    site_dir, briefing
):
    page = built(briefing_url(briefing.id))
    text = " ".join(visible_text(page).split())
    for quote in briefing.quotes:
        assert same(quote.text) in text
        assert f'href="../../../{html.escape(quote.cite.url)}"' in page
    for tool, question in briefing.questions:
        assert same(KINDS[tool].flow.question(question).text) in text
    for question in briefing.team_questions:
        assert same(question) in text
    assert "(editorial note, not part of the agreed text)" in text or not briefing.notes
    assert "the rest of this sheet is editorial, not part of the agreed text" in text


@pytest.mark.parametrize("url", ALL_URLS)
def test_every_link_on_a_training_page_leads_to_a_page_and_anchor_of_the_site(site_dir, url):
    page = built(url)
    article = page[page.index("<article") : page.index("</article>")]
    for href in set(re.findall(r'href="([^"]*)"', article)):
        href = html.unescape(href)
        parts = urlsplit(href)
        assert not parts.scheme and not parts.netloc, href
        target = posixpath.normpath(posixpath.join(url, parts.path)) if parts.path else url
        target = target.strip("/")
        path = site_dir / target / "index.html" if target != "." else site_dir / "index.html"
        assert path.is_file(), (url, href)
        if parts.fragment:
            assert f'id="{parts.fragment}"' in path.read_text("utf-8"), (url, href)


def test_search_finds_the_facilitator_page_not_a_copy_of_each_scenario():
    import json

    index = json.loads((SITE / "search" / "search_index.json").read_text("utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert FACILITATOR in pages and PACK not in pages
    for scenario in SCENARIOS:
        assert handout_url(scenario.id) not in pages
        assert presenter_url(scenario.id) not in pages
        for exercise in scenario.exercises:
            assert exercise_url(scenario.id, exercise.id) not in pages


def test_the_facilitator_page_shows_every_tool_as_a_chart_with_its_list():
    page = built(FACILITATOR)
    charts = re.findall(r'<figure class="fss-chart" data-fss-chart="([a-z_]+)">', page)
    assert charts == list(KINDS)
    for kind in KINDS.values():
        assert f"The flowchart of “{kind.flow.title}”" in html.unescape(page)
    assert page.count("The chart as a list") == len(KINDS)
