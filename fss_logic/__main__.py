"""Command line for whoever files or audits decision records.

python -m fss_logic verify RECORD.json   check schema, digest and answers (exit 0 or 1)
python -m fss_logic render RECORD.json   write the printable HTML (to stdout, or -o FILE)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fss_logic.flows import FLOWS
from fss_logic.record import Verification, verify_record_bytes
from fss_logic.render.record import render_record_document


def _read(path: Path) -> Verification:
    try:
        data = path.read_bytes()
    except OSError as error:
        return Verification(problems=[f"{path} could not be read: {error.strerror}."])
    return verify_record_bytes(data, FLOWS)


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
    args = parser.parse_args(argv)

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
    html = render_record_document(record)
    if args.output:
        args.output.write_text(html, "utf-8")
    else:
        sys.stdout.write(html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
