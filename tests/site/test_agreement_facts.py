"""The agreement's facts come from one data file, on the home page and in every footer."""

from __future__ import annotations

from fss_logic.agreement import load_agreement
from tests.sitepages import all_pages, visible_text


def test_the_data_file_holds_the_signed_facts():
    agreement = load_agreement()
    assert agreement.start == "December 2024"
    assert agreement.review_by == "December 2027"
    assert agreement.title == (
        "Hertfordshire Family Safeguarding Service: Guide to information sharing"
    )
    assert len(agreement.signatories) == 11
    assert agreement.signatories[0] == "Hertfordshire County Council"
    assert agreement.signatories[-1] == "West Hertfordshire Hospitals NHS Trust"


def test_home_page_lists_every_signatory_and_both_dates(site_dir):
    agreement = load_agreement()
    html = (site_dir / "index.html").read_text("utf-8")
    article = visible_text(html, "article")
    listed = html[html.index('id="signatories"') :]
    listed = listed[listed.index("<ul>") : listed.index("</ul>")]
    items = [visible_text(f"<ul>{li}</ul>", "ul").strip() for li in listed.split("<li>")[1:]]
    assert items == [name.replace("&", "&") for name in agreement.signatories]
    assert f"Agreement start date: {agreement.start}" in article
    assert f"Agreement review by date: {agreement.review_by}" in article


def test_every_page_footer_shows_the_agreement_dates(site_dir):
    agreement = load_agreement()
    for page in all_pages():
        footer = visible_text(page.html(), "footer")
        assert f"Agreement start date: {agreement.start}" in footer, page.source
        assert f"Agreement review by date: {agreement.review_by}" in footer, page.source
        assert agreement.agreement in footer, page.source


def test_every_page_shows_the_sites_edition_on_screen_and_in_print(site_dir):
    """Site version and build date in every footer, and at the end of every page's content
    for print (the footer does not print), so a printed page or a stale copy is known."""
    import re

    from fss_logic import __version__

    edition = re.compile(
        rf"Site version {re.escape(__version__)}, built \d{{1,2}} [A-Z][a-z]+ \d{{4}}\."
    )
    for page in all_pages():
        html = page.html()
        assert edition.search(visible_text(html, "footer")), page.source
        printed = re.search(r'<p class="fss-print-only fss-edition">([^<]*)</p>', html)
        assert printed and edition.fullmatch(printed.group(1)), page.source
        tool = re.search(r'data-fss-built="([^"]*)"', html)
        if 'data-fss-tool="' in html:
            assert tool and re.fullmatch(r"\d{4}-\d{2}-\d{2}", tool.group(1)), page.source
