"""Copied theme partials differ from the theme's own only as their header says."""

from __future__ import annotations

from pathlib import Path

import material

ROOT = Path(__file__).resolve().parents[2]
THEME = Path(material.__file__).parent / "templates"


def body(path: Path) -> str:
    """A template without its leading Jinja comment."""
    text = path.read_text("utf-8")
    return text.split("-#}\n", 1)[1] if text.startswith("{#-") else text


def test_search_partial_is_the_themes_plus_a_dialog_name():
    ours = body(ROOT / "overrides" / "partials" / "search.html")
    theirs = body(THEME / "partials" / "search.html")
    assert ours == theirs.replace(
        'role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">', 1
    )


def test_no_override_holds_an_inline_script():
    for template in (ROOT / "overrides").rglob("*.html"):
        text = template.read_text("utf-8")
        assert "<script>" not in text, template
        assert "<style" not in text, template
