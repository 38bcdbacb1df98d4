"""A decision record as plain text, to paste into a case management system.

"Copy for case notes" on the record step copies this text: the reference, who decided,
what the tool indicated, the decision and the reasons, what each tool run inside this one
indicated, the tool's own record fields (what was shared, with whom, when and how, for the
share tool), and the guide references. Plain text only: it is pasted, never shown as HTML.
"""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.flow import Cite
from fss_logic.kind import ToolKind
from fss_logic.record_form import CHOICE_KINDS, DATE, DATETIME
from fss_logic.render.record import plain_date


def _field_text(spec, value: str) -> str:
    if spec.kind in CHOICE_KINDS:
        return spec.option_label(value)
    if spec.kind in (DATE, DATETIME):
        return plain_date(value)
    return value


def render_case_notes(kind: ToolKind, record: Mapping) -> str:
    """The record's summary for case notes, as plain text with one item per line."""
    maker = record["decision_maker"]
    outcome = record["indicated_outcome"]
    decision = record["decision"]
    compared = "the same as" if decision["matches_indication"] else "different from"
    lines = [
        f"{kind.record_title}: {record['reference']}",
        f"Made {plain_date(record['created_at'])} with {record['tool']['title']} "
        f"(version {record['tool']['version']})",
        f"Decision maker: {maker['name']}, {maker['role']}, {maker['organisation']}",
        f"The tool indicated: {outcome['heading']}",
        f"Decision: {decision['choice_text']} ({compared} what the tool indicated)",
        f"Reasons: {decision['reasons']}",
    ]
    for sub in kind.parts:
        result = record["parts"].get(sub.id)
        if result:
            lines.append(f"{sub.flow.title}: {result['heading']}")
    section = record["sections"][kind.id]
    for spec in kind.fields:
        if section[spec.name]:
            label = spec.record_label or spec.label
            lines.append(f"{label}: {_field_text(spec, section[spec.name])}")
    for fact in kind.facts:
        if section[fact.name]:
            lines.append(f"{fact.label}: {section[fact.name]}")
    seen: dict[str, str] = {}
    for cite in [*outcome["cites"], *(f["cite"] for f in outcome["reasons"])]:
        seen.setdefault(cite["anchor"], cite["title"])
    references = "; ".join(
        f"{title} (guide: {Cite(anchor, title).url})" for anchor, title in seen.items()
    )
    lines.append(f"Guide references: {references}")
    lines.append(f"Digest (SHA-256): {record['digest']['value']}")
    return "\n".join(lines) + "\n"
