"""What a reviewer of decision records looks for (issue 21), each as a flag with a stable id
and its words, in one place: the register of records (``fss_logic/review.py``) shows them,
and each tool's package says which of them its records show (``ToolKind.review_flags``).

The guide: "Decisions will be reported to the Family Safeguarding Partnership Board for
periodic review". A flag is read from a record as it was made, its members and its answers
as recorded; nothing is decided again.
"""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.values import value


@value
class Flag:
    """Something a reviewer looks for in a record: ``id`` never changes (a CSV or a filter
    may keep it); ``words`` are what the register shows."""

    id: str
    words: str


REFUSAL_OVERRIDDEN = Flag("refusal_overridden", "A refusal overridden")
"""Shared although someone refused consent or objected to the sharing."""
WITHOUT_CONSENT = Flag("without_consent", "Shared without consent")
"""Shared although not everyone whose information it is consented."""
OTHER_TRANSFER = Flag("other_transfer", "Not by Secure email or HertsFX")
"""Shared by another way than the agreement's: "Personal Data will only be transferred
between agencies by Secure email or HertsFX"."""
DIFFERS = Flag("differs_from_indication", "The decision differs from the indication")
REPLACES = Flag("replaces", "Replaces another record")
REPLACED_NOT_IN_SET = Flag("replaced_record_missing", "The record it replaces is not in the set")
REPLACED = Flag("replaced", "Replaced by a later record in the set")

FLAGS = (
    REFUSAL_OVERRIDDEN,
    WITHOUT_CONSENT,
    OTHER_TRANSFER,
    DIFFERS,
    REPLACES,
    REPLACED_NOT_IN_SET,
    REPLACED,
)
"""Every flag, in the order a row lists them."""


def recorded_answers(record: Mapping) -> dict[str, object]:
    """The record's answers by question id, as it recorded them."""
    return {item["id"]: item["answer"] for item in record["answers"]}
