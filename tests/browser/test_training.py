"""The training pages in Chromium (issue 20): the presenter view by keyboard alone, by mouse
and without a script; axe-core on the presenter, facilitator and a trainee page in both
colour schemes; the facilitator pack, a handout and a briefing printed to PDF and read back
with pdftotext."""

from __future__ import annotations

import subprocess

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
from tests.browser.test_pages import IDLE_WORKER, assert_clean, axe_report

SCENARIO = SCENARIOS[0]
EXERCISE = SCENARIO.exercises[0]
PRESENTER = presenter_url(SCENARIO.id)
LIVE = "[data-fss-present='live']"
SLIDES = "[data-fss-slide]"
FIRST_QUESTION = 4  # the title, the facts, the exercise, then its first question


def slide_count() -> int:
    """The presenter's slides: the title, the facts, each exercise (its title, a slide per
    model answer, its outcome), and the prompts."""
    return 3 + sum(len(x.answers) + 2 for x in SCENARIO.exercises)


def at_slide(page, number: int) -> None:
    """Wait for the presenter to show slide ``number`` (it says so on its root)."""
    page.locator(f"[data-fss-present-slide='{number}']").wait_for()


def shown_slides(page) -> list[str]:
    return page.locator(SLIDES).evaluate_all(
        "all => all.filter(slide => slide.checkVisibility()).map(slide => slide.id)"
    )


def focused(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def announced(page) -> str:
    return page.locator("[data-fss-present-status]").inner_text().strip()


def heading(page, number: int) -> str:
    return page.locator(f"#slide-{number}-heading").inner_text().strip()


def first_answer_words() -> tuple[str, str]:
    model = EXERCISE.answers[0]
    question = KINDS[EXERCISE.tool].flow.question(model.question)
    return question.text, model.reason


@pytest.mark.browser
def test_the_presenter_steps_and_reveals_by_keyboard_alone(page, traffic, base_url):
    page.goto(base_url + PRESENTER)
    page.locator(LIVE).wait_for()
    total = slide_count()
    assert page.locator(SLIDES).count() == total
    at_slide(page, 1)
    assert shown_slides(page) == ["slide-1"]
    assert announced(page) == f"Slide 1 of {total}: {heading(page, 1)}"
    # The live region is polite, and says which slide.
    region = page.locator("[data-fss-present-status]")
    assert (
        region.get_attribute("aria-live") == "polite" and region.get_attribute("role") == "status"
    )

    page.keyboard.press("ArrowRight")
    at_slide(page, 2)
    assert shown_slides(page) == ["slide-2"] and focused(page) == "slide-2"
    assert announced(page) == f"Slide 2 of {total}: Facts"
    page.keyboard.press("PageDown")
    at_slide(page, 3)
    page.keyboard.press("Space")
    at_slide(page, FIRST_QUESTION)
    assert focused(page) == f"slide-{FIRST_QUESTION}"
    question, reason = first_answer_words()
    assert heading(page, FIRST_QUESTION) == question

    # The model answer waits for its key.
    answer = page.locator(f"#slide-{FIRST_QUESTION}-answer")
    button = page.locator(f"#slide-{FIRST_QUESTION} [data-fss-reveal]")
    assert not answer.is_visible()
    assert button.get_attribute("aria-expanded") == "false"
    page.keyboard.press("a")
    answer.wait_for(state="visible")
    assert reason in answer.inner_text()
    assert button.get_attribute("aria-expanded") == "true"
    assert announced(page) == f"Slide {FIRST_QUESTION} of {total}: model answer shown."
    page.keyboard.press("A")
    answer.wait_for(state="hidden")
    assert announced(page) == f"Slide {FIRST_QUESTION} of {total}: model answer hidden."

    # Back again, by each key that goes back.
    page.keyboard.press("ArrowLeft")
    at_slide(page, FIRST_QUESTION - 1)
    page.keyboard.press("PageUp")
    at_slide(page, FIRST_QUESTION - 2)
    page.keyboard.press("Shift+Space")
    at_slide(page, 1)
    assert focused(page) == "slide-1" and shown_slides(page) == ["slide-1"]
    page.keyboard.press("ArrowLeft")  # nothing before the first
    at_slide(page, 1)
    page.keyboard.press("End")
    at_slide(page, total)
    assert heading(page, total) == "Prompts for discussion"
    page.keyboard.press("ArrowRight")  # nothing after the last
    at_slide(page, total)
    page.keyboard.press("Home")
    at_slide(page, 1)

    # Nothing kept: no storage, no change to the address.
    assert page.url == base_url + PRESENTER
    stored = page.evaluate("localStorage.length + sessionStorage.length + document.cookie.length")
    assert stored == 0
    assert_clean(page, traffic)


@pytest.mark.browser
def test_the_presenter_reveals_and_steps_by_its_buttons(page, base_url):
    page.goto(base_url + PRESENTER)
    page.locator(LIVE).wait_for()
    nxt = page.get_by_role("button", name="Next", exact=True)
    for number in range(2, FIRST_QUESTION + 1):
        nxt.click()
        at_slide(page, number)
    page.get_by_role("button", name="Show the model answer").click()
    page.locator(f"#slide-{FIRST_QUESTION}-answer").wait_for(state="visible")
    page.get_by_role("button", name="Previous", exact=True).click()
    at_slide(page, FIRST_QUESTION - 1)


@pytest.mark.browser
def test_without_a_script_the_presenter_reads_as_one_page(browser, base_url):
    context = browser.new_context(java_script_enabled=False, service_workers="block")
    try:
        page = context.new_page()
        page.goto(base_url + PRESENTER)
        assert len(shown_slides(page)) == slide_count()
        assert page.locator("[data-fss-answer]").first.is_visible()
        assert not page.locator("[data-fss-reveal]").first.is_visible()
        assert not page.locator("[data-fss-present-controls]").is_visible()
    finally:
        context.close()


# The facilitator page, the pack and the briefings are in the navigation: test_pages.py
# runs axe-core on each in both schemes. These two are not.
AXE_PAGES = {
    "presenter": PRESENTER,
    "trainee": exercise_url(SCENARIO.id, EXERCISE.id),
}


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(AXE_PAGES))
def test_a_training_page_has_no_axe_violations(
    page, traffic, base_url, name, scheme, artifacts_dir
):
    page.route(
        "**/fss-worker.mjs",
        lambda route: route.fulfill(body=IDLE_WORKER, content_type="text/javascript"),
    )
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + AXE_PAGES[name])
    page.wait_for_load_state("networkidle")
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    assert axe_report(page) == ""
    if name == "presenter":  # a question slide, with its answer shown, and the button focused
        page.locator(LIVE).wait_for()
        for number in range(2, FIRST_QUESTION + 1):
            page.keyboard.press("ArrowRight")
            at_slide(page, number)
        page.keyboard.press("a")
        page.locator(f"#slide-{FIRST_QUESTION}-answer").wait_for(state="visible")
        page.locator(f"#slide-{FIRST_QUESTION} [data-fss-reveal]").focus()
        assert axe_report(page) == ""
    page.screenshot(path=artifacts_dir / f"training-{name}-{scheme}.png")
    assert_clean(page, traffic)


def pdf_text(path) -> str:
    """The PDF's text as pdftotext reads it, in single spaces, one entry a sheet."""
    result = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def sheets(path) -> list[str]:
    return [" ".join(sheet.split()) for sheet in pdf_text(path).split("\f") if sheet.strip()]


def same(words: str) -> str:
    return " ".join(words.split())


def squash(words: str) -> str:
    """Words as printed text compares them: pdftotext joins a word broken at a line's end
    with a hyphen ("nine-/year-old" becomes "nineyear-old"), so spaces and hyphens go."""
    return "".join(ch for ch in words if not ch.isspace() and ch != "-")


# The site's chrome, by words no page's own text has: the navigation's, the skip link's, the
# presenter's bar.
CHROME_WORDS = (
    "Skip to content",
    "Privacy and how this works",
    "Paper versions of the tools",
    "Leave the presenter view",
)


@pytest.mark.browser
def test_the_facilitator_pack_prints_every_scenario_on_its_own_sheets(
    page, base_url, artifacts_dir
):
    page.goto(base_url + PACK)
    path = artifacts_dir / "training-pack.pdf"
    page.pdf(path=path, format="A4")
    printed = sheets(path)
    text = squash(" ".join(printed))
    for scenario in SCENARIOS:
        # A scenario starts a sheet: its title is the first line of one.
        assert any(sheet.startswith(same(scenario.title)) for sheet in printed), scenario.title
        for exercise in scenario.exercises:
            for model in exercise.answers:
                assert squash(model.reason) in text, model.reason
            for line in exercise.record:
                assert squash(line) in text
    assert squash("Total: 90 minutes") in text
    for words in (*CHROME_WORDS, "Back to the facilitator page"):
        assert squash(words) not in text, words


@pytest.mark.browser
def test_a_handout_prints_its_facts_and_prompts_and_no_answer(page, base_url, artifacts_dir):
    page.goto(base_url + handout_url(SCENARIO.id))
    path = artifacts_dir / f"training-handout-{SCENARIO.id}.pdf"
    page.pdf(path=path, format="A4")
    printed = sheets(path)
    text = squash(" ".join(printed))
    assert len(printed) <= 2, len(printed)
    for fact in (*SCENARIO.facts, *SCENARIO.prompts):
        assert squash(fact) in text, fact
    for exercise in SCENARIO.exercises:
        for model in exercise.answers:
            assert squash(model.reason) not in text
    for words in ("Model answer", *CHROME_WORDS):
        assert squash(words) not in text, words


@pytest.mark.browser
@pytest.mark.parametrize("briefing", BRIEFINGS, ids=[b.id for b in BRIEFINGS])
def test_a_briefing_prints_on_one_or_two_sheets(page, base_url, artifacts_dir, briefing):
    page.goto(base_url + briefing_url(briefing.id))
    path = artifacts_dir / f"training-briefing-{briefing.id}.pdf"
    page.pdf(path=path, format="A4")
    printed = sheets(path)
    assert 1 <= len(printed) <= 2, len(printed)
    text = squash(" ".join(printed))
    assert printed[0].startswith(f"Seven-minute briefing: {briefing.title}")
    for quote in briefing.quotes:
        assert squash(quote.text) in text, quote.text
    for question in briefing.team_questions:
        assert squash(question) in text
    for words in CHROME_WORDS:
        assert squash(words) not in text, words


@pytest.mark.browser
def test_the_facilitator_page_opens_the_presenter_as_a_page_of_its_own(page, traffic, base_url):
    """The presenter has its own template and script: a link to it is left to the browser,
    not swapped in by the site's instant navigation, and its script runs."""
    page.goto(base_url + FACILITATOR)
    page.evaluate("window.fssSameTab = true")
    page.locator(f"#scenario-{SCENARIO.id} ~ ul a[href$='{PRESENTER}']").click()
    page.locator(LIVE).wait_for()
    assert page.evaluate("window.fssSameTab") is None  # a new page load
    assert not page.locator(".md-header").is_visible()
    assert not page.locator(".md-sidebar").count()
    page.get_by_role("link", name="Leave the presenter view").click()
    page.locator(f"#scenario-{SCENARIO.id}").wait_for()
    assert page.url.endswith(f"{FACILITATOR}#scenario-{SCENARIO.id}")
    assert page.locator(".md-header").is_visible()
    assert_clean(page, traffic)
