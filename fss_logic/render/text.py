"""A decision record as plain text, to paste into a case management system.

"Copy for case notes" on the record step copies this text: the key facts a case note
needs, one to a line. The reference (and the case reference, and the record it replaces),
the decision and whether it follows what the tool indicated, who decided and when, the
reasons; then the fields and facts that fit the decision (for the share tool: the consent
position, what was shared with whom, when and how, the gateway and the lawful basis);
what each tool run inside this one indicated; and the guide paragraphs by their titles.
No digest: the note points to the record, which carries it. Plain text only: it is
pasted, never shown as HTML.
"""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.kind import ToolKind
from fss_logic.render.record import cite_text, given_members, plain_date


def render_case_notes(kind: ToolKind, record: Mapping) -> str:
    """The record's key facts for case notes, as plain text with one item per line."""
    maker = record["decision_maker"]
    outcome = record["indicated_outcome"]
    decision = record["decision"]
    follows = "follows it" if decision["matches_indication"] else "differs from it"
    reference = record["reference"]
    if record.get("case_reference"):
        reference += f" (case reference {record['case_reference']})"
    lines = [f"{kind.record_title}: {reference}"]
    if record.get("replaces"):
        earlier = record["replaces"]
        lines.append(
            f"This record replaces {earlier['reference']}, made "
            f"{plain_date(earlier['created_at'])}; the decision was first recorded "
            f"{plain_date(earlier['first_made'])}"
        )
    lines += [
        f"Decision: {decision['choice_text']}",
        f"The tool indicated: {outcome['heading']} (the decision {follows})",
        f"Decided by: {maker['name']}, {maker['role']}, {maker['organisation']}, "
        f"{plain_date(record['created_at'])}",
        f"Reasons: {decision['reasons']}",
    ]
    members = given_members(kind, record, plain=True)
    first = [n for n in kind.first_page if n in members]  # as on the first page, then the rest
    lines += [f"{members[n][1]}: {members[n][2]}" for n in dict.fromkeys((*first, *members))]
    for sub in kind.parts:
        result = record["parts"].get(sub.id)
        if result:
            lines.append(f"{sub.flow.title}: {result['heading']}")
    seen: dict[str, str] = {}
    for cite in [*outcome["cites"], *(f["cite"] for f in outcome["reasons"])]:
        seen.setdefault(cite["anchor"], cite["title"])
    lines.append("Guide references: " + "; ".join(cite_text(a, t) for a, t in seen.items()))
    return "\n".join(lines) + "\n"
