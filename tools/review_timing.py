"""How long the register takes to check and read 500 records of the share tool (issue 21:
"500 records of the share tool load and check in under 5 seconds"; in the browser, under
Pyodide, which runs Python some times slower than this).

The records are the share tool's named paths (``tools/paths.py``) made as the page makes
them (``tools/records.py``), each then given its own reference and time and sealed again,
so that every one is a distinct record that verifies. Run from a checkout:

    .venv/bin/python tools/review_timing.py [COUNT]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fss_logic.flows import KINDS  # noqa: E402
from fss_logic.record import record_file_text, seal  # noqa: E402
from fss_logic.review import csv_text, review  # noqa: E402
from tools.paths import PATHS  # noqa: E402
from tools.records import make_record  # noqa: E402

GOAL_SECONDS = 5.0


def share_records() -> list[dict]:
    """One record of each of the share tool's named paths, with the decision it names."""
    made = []
    for number, path in enumerate(p for p in PATHS if p.tool == "share"):
        form = {
            "decision": path.decision,
            "decision_reasons": "Reasons as recorded",
            "maker_organisation": "signatory-1",
        }
        if path.decision == "share":
            form |= {
                "shared_with": "DC Jones, Hertfordshire Constabulary",
                "shared_on": "1/12/26 14:30",
            }
        made.append(
            make_record("share", path.answers, form, "2026-12-01T15:00:00+00:00", f"{number:08x}")
        )
    return made


def files(count: int) -> list[tuple[str, bytes]]:
    """``count`` distinct share records, as files."""
    kinds = share_records()
    found = []
    for number in range(count):
        body = {k: v for k, v in kinds[number % len(kinds)].items() if k != "digest"}
        body["reference"] = f"FSS-20261201-{number:08X}"
        body["created_at"] = f"2026-12-01T{number // 60 % 24:02d}:{number % 60:02d}:00+00:00"
        record = seal(body)
        found.append(
            (f"decision-record-{record['reference']}.json", record_file_text(record).encode())
        )
    return found


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    given = files(count)
    size = sum(len(data) for _, data in given)
    start = time.perf_counter()
    result = review(given, KINDS)
    checked = time.perf_counter() - start
    csv_text(result)
    total = time.perf_counter() - start
    assert len(result.rows) == count and not result.failures, result.failures[:1]
    print(
        f"{count} share records ({size / 1e6:.1f} MB): checked and read in {checked:.2f} s "
        f"({checked / count * 1000:.1f} ms each), with the CSV {total:.2f} s; "
        f"goal {GOAL_SECONDS:.0f} s in the browser"
    )
    return 0 if total < GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
