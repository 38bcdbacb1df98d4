"""A decision record as printable HTML. Every value from the record is escaped."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from fss_logic.data import read_text
from fss_logic.flow import Cite, Flow
from fss_logic.kind import ToolKind
from fss_logic.record_form import ABOUT_YOU, CHOICE_KINDS, DATE, DATETIME, DECISION, Field

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


def cite_link(anchor: str, title: str, base: str | None) -> str:
    """A link to the guide paragraph, opening in a new tab so that no answer is lost.

    With no ``base`` (a record read outside the site) the citation is text alone.
    """
    url = Cite(anchor, title).url
    if base is None:
        return f'<span class="fss-cite">{e(title)} (guide: {e(url)})</span>'
    return (
        f'<a class="fss-cite" href="{e(base + url)}" target="_blank" rel="noopener">{e(title)}'
        f'<span class="fss-visually-hidden"> (opens in new tab)</span></a>'
        f'<span class="fss-cite__path"> (guide: {e(url)})</span>'
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


SIGNATURES = (
    '<div class="fss-record__signatures">'
    + "".join(
        f'<p>Signed ({who}) <span class="fss-line"></span> '
        'Date <span class="fss-line fss-line--short"></span></p>'
        for who in ("decision maker", "manager")
    )
    + "</div>"
)
"""Lines to sign and date on paper: printed records and the paper version."""


def _field_value(spec: Field, value: str) -> str:
    if spec.kind in CHOICE_KINDS:
        return e(spec.option_label(value))
    if spec.kind in (DATE, DATETIME):
        return human_date(value)
    return user_text(value)


def _group(kind: ToolKind, group: str, section: Mapping[str, str]) -> str:
    """One group of the kind's own fields: each field given, by its record label."""
    rows = [
        (spec.record_label or spec.label, _field_value(spec, section[spec.name]))
        for spec in kind.fields
        if spec.group == group and section[spec.name]
    ] + [
        (fact.label, e(section[fact.name]))
        for fact in kind.facts
        if fact.group == group and section[fact.name]
    ]
    if rows:
        return _rows(rows)
    return f"<p>{e(kind.empty_groups.get(group, 'Nothing recorded.'))}</p>"


def render_record_html(
    kind: ToolKind, record: Mapping, base: str | None = None, level: int = 2
) -> str:
    """The record as an HTML fragment: top heading at ``level``, groups one below, in the
    order of the kind's groups; the questions, answers and outcome just before the
    decision."""
    h, hs = f"h{level}", f"h{level + 1}"
    maker = record["decision_maker"]
    outcome = record["indicated_outcome"]
    decision = record["decision"]
    section = record["sections"][kind.id]

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
        _rows(
            [
                ("Reference", f"<strong>{e(record['reference'])}</strong>"),
                ("Made", human_date(record["created_at"])),
                (
                    "Made with",
                    f"{e(record['tool']['title'])} (version {e(record['tool']['version'])})",
                ),
                (
                    "Guide",
                    f"{e(record['guide']['title'])}; agreement start date "
                    f"{e(record['guide']['agreement_start'])}, review by "
                    f"{e(record['guide']['review_by'])}"
                    + (
                        f"; site built {human_date(record['guide']['site_built'])}"
                        if record["guide"]["site_built"]
                        else ""
                    ),
                ),
            ]
        ),
    ]
    for group in kind.groups:
        if group == ABOUT_YOU:
            parts += [
                f"<{hs}>Decision maker</{hs}>",
                _rows(
                    [
                        ("Name", user_text(maker["name"])),
                        ("Role", user_text(maker["role"])),
                        ("Organisation", user_text(maker["organisation"])),
                    ]
                ),
            ]
        elif group == DECISION:
            parts += [
                f"<{hs}>Questions and answers</{hs}>",
                answers,
                f"<{hs}>The outcome the tool indicated</{hs}>",
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
            parts += [
                f"<{hs}>The practitioner's decision</{hs}>",
                _rows(
                    [
                        ("Decision", f"<strong>{e(decision['choice_text'])}</strong>"),
                        (
                            "Compared with the indicated outcome",
                            "The same"
                            if decision["matches_indication"]
                            else "<strong>Different</strong>",
                        ),
                        ("Reasons", user_text(decision["reasons"])),
                    ]
                ),
            ]
            if decision["reasons_required"]:
                parts.append(
                    "<p>Reasons were needed in particular because:</p><ul>"
                    + "".join(f"<li>{e(text)}</li>" for text in decision["reasons_required"])
                    + "</ul>"
                )
        else:
            parts += [f"<{hs}>{e(group)}</{hs}>", _group(kind, group, section)]
    parts += [
        SIGNATURES,
        f'<p class="fss-record__digest">Digest (SHA-256 of the record without this line): '
        f"<code>{e(record['digest']['value'])}</code></p>",
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


def render_record_document(kind: ToolKind, record: Mapping) -> str:
    """A whole HTML page for one record, for ``python -m fss_logic render``."""
    return (
        '<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>Decision record {e(record['reference'])}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{RECORD_DOCUMENT_CSS}{PAGE_CSS}</style></head><body><main>"
        f"{render_record_html(kind, record, base=None, level=1)}"
        "</main></body></html>\n"
    )
