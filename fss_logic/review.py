"""A register of decision records: many record files checked together, one row per record,
the flags a reviewer looks for, a summary for a period, and the same rows as CSV (issue 21).

The guide: "Decisions will be reported to the Family Safeguarding Partnership Board for
periodic review", and "The decision whether to share information must be recorded by the
partner agency which makes that decision." A team manager or an information governance
lead keeps a folder of records; this reads them all, with no server: ``python -m fss_logic
review`` on the command line, and (later) the Review records page, from the same rows.

Each file is checked as opening a record checks it (``verify_record_bytes``: its size, its
JSON, its schema, its digest, and that its answers lead to its outcome); a file that fails
is named with why, and the rest still load. A row is read from the record as it was made:
its members, its tool's section (``ToolKind.register``: what was shared, with whom, when,
how, the lawful basis) and its answers as recorded (``ToolKind.review_flags``). Nothing is
decided again.

What a record does not keep, the register cannot show: a record keeps no structured note
of the legislation status it was made under (``fss_logic/legislation.py``; the status is
only in the words of some findings), so no flag says that status has changed since.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime

from fss_logic.flags import DIFFERS, FLAGS, REPLACED, REPLACED_NOT_IN_SET, REPLACES, Flag
from fss_logic.kind import ToolKind
from fss_logic.record import verify_record_bytes
from fss_logic.record_form import DATE, DATETIME, parse_date
from fss_logic.render.record import given_members
from fss_logic.values import field, value


@value
class Row:
    """One record, as the register shows it. Text is as the record words it ("" where the
    record has none: a decision not to share says nothing of with whom); ``made`` and
    ``when`` are ISO, as the record keeps them."""

    file: str
    reference: str
    case_reference: str
    made: str  # created_at: the date and time the record was made, with its UTC offset
    tool_id: str
    tool: str
    maker: str
    role: str
    organisation: str
    decision: str  # the decision's label, as the record words it
    indication: str  # the heading of the outcome the tool indicated
    follows: bool  # whether the decision is the one that agrees with the indication
    information: str
    with_whom: str
    when: str
    how: str
    lawful_basis: str
    replaces: str  # the reference of the record this one corrects, or ""
    replaced_by: tuple[str, ...]  # records in the set that correct this one, by reference
    flags: tuple[Flag, ...]
    record: Mapping = field(repr=False, compare=False)  # the record itself, as verified

    @property
    def made_on(self) -> date:
        """The day the record was made, as its maker's clock gave it."""
        return date.fromisoformat(self.made[:10])


@value
class Failure:
    """A file that is not a record that can be trusted, and why (as opening it says)."""

    file: str
    problems: tuple[str, ...]


@value
class Summary:
    """The rows counted for a period: by tool, by decision, by flag, by organisation. Every
    flag is counted, none or not; tools and decisions in the tools' own order, organisations
    by name."""

    since: date | None
    first: date | None  # the day the earliest record was made (None: no records)
    last: date | None
    records: int
    failures: int
    by_tool: tuple[tuple[str, int], ...]
    by_decision: tuple[tuple[str, str, int], ...]  # (tool, decision, count)
    by_flag: tuple[tuple[Flag, int], ...]
    by_organisation: tuple[tuple[str, int], ...]


@value
class Review:
    """The register: the records that checked out, by date made then reference; the files
    that failed, in the order given; and their summary."""

    rows: tuple[Row, ...]
    failures: tuple[Failure, ...]
    summary: Summary

    @property
    def ok(self) -> bool:
        """Every file given checked out."""
        return not self.failures


def _member(kind: ToolKind, record: Mapping, given: Mapping[str, tuple], name: str) -> str:
    """A field or fact of the record's section as the record words it, where the record has
    it and it fits the decision; a date as the record keeps it (ISO)."""
    if not name or name not in given:
        return ""
    spec = next((s for s in kind.fields if s.name == name), None)
    if spec is not None and spec.kind in (DATE, DATETIME):
        return record["sections"][kind.id][name]
    return given[name][2]


def _key(record: Mapping) -> tuple[str, str]:
    return record["reference"], record["digest"]["value"]


def _row(
    name: str,
    record: Mapping,
    kind: ToolKind,
    present: set[tuple[str, str]],
    correctors: Mapping[tuple[str, str], list[str]],
) -> Row:
    given = given_members(kind, record, plain=True)
    register = kind.register
    maker, decision = record["decision_maker"], record["decision"]
    earlier = record.get("replaces")
    replaced_by = tuple(sorted(set(correctors.get(_key(record), ()))))
    own = set(kind.review_flags(record))
    found = {
        DIFFERS: not decision["matches_indication"],
        REPLACES: bool(earlier),
        REPLACED_NOT_IN_SET: bool(earlier)
        and (earlier["reference"], earlier["digest"]) not in present,
        REPLACED: bool(replaced_by),
    }
    flags = tuple(flag for flag in FLAGS if flag in own or found.get(flag))
    return Row(
        file=name,
        reference=record["reference"],
        case_reference=record.get("case_reference", ""),
        made=record["created_at"],
        tool_id=kind.id,
        tool=record["tool"]["title"],
        maker=maker["name"],
        role=maker["role"],
        organisation=maker["organisation"],
        decision=decision["choice_text"],
        indication=record["indicated_outcome"]["heading"],
        follows=decision["matches_indication"],
        information=_member(kind, record, given, register.information),
        with_whom=_member(kind, record, given, register.with_whom),
        when=_member(kind, record, given, register.when),
        how=_member(kind, record, given, register.how),
        lawful_basis=_member(kind, record, given, register.lawful_basis),
        replaces=earlier["reference"] if earlier else "",
        replaced_by=replaced_by,
        flags=flags,
        record=record,
    )


def _sort_key(row: Row) -> tuple[datetime, str]:
    return datetime.fromisoformat(row.made), row.reference


def review(
    files: Iterable[tuple[str, bytes]],
    kinds: Mapping[str, ToolKind],
    since: date | None = None,
) -> Review:
    """Check each file (its name and its bytes) as opening a record checks it, and make the
    register of those that check out, made on or after ``since`` (the day as the record
    gives it), by date made then reference. ``kinds`` are the tools that can open a
    record (``fss_logic.flows.KINDS``). Whether a record it replaces is in the set is read
    over every file given, whatever ``since`` keeps."""
    checked: list[tuple[str, Mapping]] = []
    failures: list[Failure] = []
    for name, data in files:
        found = verify_record_bytes(data, kinds)
        if found.ok:
            checked.append((name, found.record))  # type: ignore[arg-type]
        else:
            failures.append(Failure(name, tuple(found.problems)))
    present = {_key(record) for _, record in checked}
    correctors: dict[tuple[str, str], list[str]] = {}
    for _, record in checked:
        earlier = record.get("replaces")
        if earlier:
            key = (earlier["reference"], earlier["digest"])
            correctors.setdefault(key, []).append(record["reference"])
    rows = [
        _row(name, record, kinds[record["tool"]["id"]], present, correctors)
        for name, record in checked
    ]
    if since is not None:
        rows = [row for row in rows if row.made_on >= since]
    rows.sort(key=_sort_key)
    return Review(tuple(rows), tuple(failures), summarise(rows, kinds, since, len(failures)))


def summarise(
    rows: Iterable[Row], kinds: Mapping[str, ToolKind], since: date | None, failures: int = 0
) -> Summary:
    """Counts of ``rows`` by tool, by decision, by flag and by organisation."""
    rows = list(rows)
    tools = Counter(row.tool_id for row in rows)
    decisions = Counter((row.tool_id, row.record["decision"]["choice"]) for row in rows)
    flags = Counter(flag for row in rows for flag in row.flags)
    organisations = Counter(row.organisation for row in rows)
    days = [row.made_on for row in rows]
    return Summary(
        since=since,
        first=min(days) if days else None,
        last=max(days) if days else None,
        records=len(rows),
        failures=failures,
        by_tool=tuple(
            (kind.flow.title, tools[kind.id]) for kind in kinds.values() if tools[kind.id]
        ),
        by_decision=tuple(
            (kind.flow.title, choice.label, decisions[kind.id, choice.value])
            for kind in kinds.values()
            for choice in kind.choices
            if decisions[kind.id, choice.value]
        ),
        by_flag=tuple((flag, flags[flag]) for flag in FLAGS),
        by_organisation=tuple(sorted(organisations.items())),
    )


def read_day(text: str) -> date | None:
    """A day as an auditor types one: ISO (``2026-12-01``) or as people write dates in the
    UK (``1/12/26``, ``1 December 2026``); None if it is not a real date."""
    found = parse_date(text)
    return date.fromisoformat(found) if found else None


@value
class Column:
    """A column of the register: its heading, and its cell for a row, as text."""

    heading: str
    cell: Callable[[Row], str]


def _yes(holds: bool) -> str:
    return "Yes" if holds else "No"


COLUMNS = (
    Column("File", lambda row: row.file),
    Column("Reference", lambda row: row.reference),
    Column("Case reference", lambda row: row.case_reference),
    Column("Date made", lambda row: row.made),
    Column("Tool", lambda row: row.tool),
    Column("Decision maker", lambda row: row.maker),
    Column("Role", lambda row: row.role),
    Column("Organisation", lambda row: row.organisation),
    Column("Decision", lambda row: row.decision),
    Column("The tool indicated", lambda row: row.indication),
    Column("Follows the indication", lambda row: _yes(row.follows)),
    Column("Information", lambda row: row.information),
    Column("With whom", lambda row: row.with_whom),
    Column("When", lambda row: row.when),
    Column("How", lambda row: row.how),
    Column("Lawful basis", lambda row: row.lawful_basis),
    Column("Replaces", lambda row: row.replaces),
    Column("Replaced by", lambda row: "; ".join(row.replaced_by)),
    Column("Flags", lambda row: "; ".join(flag.words for flag in row.flags)),
)
"""The register's columns, in order: the CSV has every one."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A cell a spreadsheet will not run: text that starts as a formula would (``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return) is prefixed with ``'`` (OWASP, CSV Injection).
    The register's own words never start so; what people typed may."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_text(result: Review) -> str:
    """The register as CSV (RFC 4180: a header row, then one row per record, each line
    ending CRLF, a cell quoted where it holds a comma, a quote or a line break), every cell
    guarded against formula injection. Encode it as UTF-8 to write it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column.heading for column in COLUMNS])
    for row in result.rows:
        writer.writerow([csv_cell(column.cell(row)) for column in COLUMNS])
    return out.getvalue()


TABLE_COLUMNS = (
    Column("Reference", lambda row: row.reference),
    Column("Date", lambda row: row.made[:10]),
    Column("Tool", lambda row: row.tool),
    Column("Decision", lambda row: row.decision),
    Column("Follows", lambda row: _yes(row.follows)),
    Column("Flags", lambda row: "; ".join(flag.words for flag in row.flags)),
)
"""The columns of the plain-text table the command line prints."""


def _lines(cells: list[list[str]]) -> list[str]:
    """Cells in columns, each as wide as its widest, two spaces between."""
    widths = [max(len(line[i]) for line in cells) for i in range(len(cells[0]))]
    return [
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells
    ]


def table_text(result: Review) -> str:
    """The register as a plain-text table, one line per record."""
    if not result.rows:
        return "No records.\n"
    cells = [[column.heading for column in TABLE_COLUMNS]]
    cells += [
        [column.cell(row).replace("\n", " ") for column in TABLE_COLUMNS] for row in result.rows
    ]
    return "\n".join(_lines(cells)) + "\n"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary_text(summary: Summary) -> str:
    """The summary as plain text: what it covers, then each count under its heading."""
    head = _count(summary.records, "record", "records")
    if summary.first is not None:
        head += f" made {summary.first.isoformat()} to {summary.last.isoformat()}"  # type: ignore[union-attr]
    if summary.since is not None:
        head += f" (made on or after {summary.since.isoformat()})"
    if summary.failures:
        failed = "file failed its" if summary.failures == 1 else "files failed their"
        head += f"; {summary.failures} {failed} check"
    sections = [
        ("By tool", [[tool, str(n)] for tool, n in summary.by_tool]),
        (
            "By decision",
            [[f"{tool}: {decision}", str(n)] for tool, decision, n in summary.by_decision],
        ),
        ("By flag", [[flag.words, str(n)] for flag, n in summary.by_flag]),
        ("By organisation", [[name, str(n)] for name, n in summary.by_organisation]),
    ]
    lines = [head + "."]
    for heading, cells in sections:
        if cells:
            lines += ["", heading, *("  " + line for line in _lines(cells))]
    return "\n".join(lines) + "\n"
