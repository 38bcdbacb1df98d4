"""Command line for whoever files or audits decision records, of any tool.

python -m fss_logic verify RECORD.json   check schema, digest and answers (exit 0 or 1)
python -m fss_logic render RECORD.json   write the printable HTML (to stdout, or -o FILE)
python -m fss_logic schema [TOOL]        print a tool's record schema (JSON Schema)
python -m fss_logic schema --write       write every tool's schema to fss_logic/schemas/
python -m fss_logic review DIR_OR_FILES... [--csv OUT] [--since DATE]
                                         check many records; print a table and a summary
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from fss_logic.flows import KINDS
from fss_logic.record import Verification, verify_record_bytes
from fss_logic.record_schema import record_schema, schema_file_name
from fss_logic.render.record import render_record_document
from fss_logic.values import replace
from fss_logic.review import Failure, csv_text, read_day, review, summary_text, table_text

SCHEMAS = Path(__file__).resolve().parent / "schemas"


def schema_text(kind) -> str:
    """A kind's schema as the published file has it."""
    return json.dumps(record_schema(kind), indent=2, ensure_ascii=False) + "\n"


def _schema(tool: str | None, write: bool) -> int:
    if write:
        for kind in KINDS.values():
            (SCHEMAS / schema_file_name(kind)).write_text(schema_text(kind), "utf-8")
            print(f"wrote fss_logic/schemas/{schema_file_name(kind)}")
        return 0
    if tool not in KINDS:
        print(f"Name a tool: {', '.join(KINDS)}", file=sys.stderr)
        return 1
    sys.stdout.write(schema_text(KINDS[tool]))
    return 0


def _read(path: Path) -> Verification:
    try:
        data = path.read_bytes()
    except OSError as error:
        return Verification(problems=[f"{path} could not be read: {error.strerror}."])
    return verify_record_bytes(data, KINDS)


def _day(text: str) -> date:
    found = read_day(text)
    if found is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date: write it as 2026-12-01, 1/12/2026 or 1 December 2026"
        )
    return found


def _record_files(arguments: list[Path]) -> Iterator[tuple[str, bytes | Failure]]:
    """Each file named, or each ``*.json`` file of a folder named (in name order), with its
    bytes, or why it could not be read."""
    for argument in arguments:
        if argument.is_dir():
            paths = sorted(argument.glob("*.json"))
            if not paths:
                yield str(argument), Failure(str(argument), ("The folder holds no .json files.",))
        else:
            paths = [argument]
        for path in paths:
            try:
                yield str(path), path.read_bytes()
            except OSError as error:
                yield (
                    str(path),
                    Failure(str(path), (f"The file could not be read: {error.strerror}.",)),
                )


def _review(arguments: list[Path], csv_path: Path | None, since: date | None) -> int:
    given = list(_record_files(arguments))
    readable = [(name, data) for name, data in given if isinstance(data, bytes)]
    result = review(readable, KINDS, since)
    failed = {failure.file: failure for failure in result.failures}
    failures = [data if isinstance(data, Failure) else failed.get(name) for name, data in given]
    failures = [failure for failure in failures if failure is not None]  # in the order given
    for failure in failures:
        for problem in failure.problems:
            print(f"{failure.file}: {problem}", file=sys.stderr)
    summary = replace(result.summary, failures=len(failures))
    sys.stdout.write(table_text(result) + "\n" + summary_text(summary))
    if csv_path is not None:
        csv_path.write_text(csv_text(result), "utf-8", newline="")
        print(f"wrote {csv_path}")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m fss_logic", description=__doc__.splitlines()[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    verify = commands.add_parser("verify", help="check a record's schema, digest and answers")
    verify.add_argument("record", type=Path)
    render = commands.add_parser("render", help="write a record as printable HTML")
    render.add_argument("record", type=Path)
    render.add_argument("-o", "--output", type=Path, help="write here instead of to stdout")
    schema = commands.add_parser("schema", help="print or write the record schemas")
    schema.add_argument("tool", nargs="?", help=f"one of: {', '.join(KINDS)}")
    schema.add_argument("--write", action="store_true", help="write every schema file")
    many = commands.add_parser(
        "review", help="check many records: a table, a summary, and the rows as CSV"
    )
    many.add_argument("records", type=Path, nargs="+", metavar="DIR_OR_FILES")
    many.add_argument("--csv", type=Path, metavar="OUT", help="write the rows as CSV here")
    many.add_argument(
        "--since", type=_day, metavar="DATE", help="only records made on or after this day"
    )
    args = parser.parse_args(argv)
    if args.command == "review":
        return _review(args.records, args.csv, args.since)
    if args.command == "schema":
        return _schema(args.tool, args.write)

    checked = _read(args.record)
    if not checked.ok:
        for problem in checked.problems:
            print(f"{args.record}: {problem}", file=sys.stderr)
        return 1
    record = checked.record
    assert record is not None
    if args.command == "verify":
        print(
            f"{args.record}: a valid decision record, {record['reference']}, made "
            f"{record['created_at']}; its digest matches its contents."
        )
        return 0
    html = render_record_document(KINDS[record["tool"]["id"]], record)
    if args.output:
        args.output.write_text(html, "utf-8")
    else:
        sys.stdout.write(html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
