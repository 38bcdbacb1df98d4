"""The facts of the signed agreement: title, signatory organisations and dates.

They live in ``agreement.json`` beside this module, the one place they are kept. The
site shows them on the home page and in every page footer (through mkdocs-macros), and
the decision tools offer the signatories as the decision maker's organisation.
"""

from __future__ import annotations

import json
from fss_logic.values import value
from functools import cache

from fss_logic.data import read_text
from fss_logic.flow import Option

OTHER_ORGANISATION = "other"


@value
class Agreement:
    """The agreement the guide complements, as signed."""

    title: str
    agreement: str
    signatories: tuple[str, ...]
    start: str
    review_by: str
    marking: str = "OFFICIAL-SENSITIVE"
    """The protective marking every printed record carries (the Government Security
    Classifications' OFFICIAL tier, with the SENSITIVE caveat for personal information
    about a family), unless the partnership sets another (``protective_marking``)."""


@cache
def load_agreement() -> Agreement:
    """Read the agreement facts from the package's data file."""
    text = read_text("agreement.json")
    data = json.loads(text)
    return Agreement(
        title=data["title"],
        agreement=data["agreement"],
        signatories=tuple(data["signatories"]),
        start=data["start"],
        review_by=data["review_by"],
        marking=data.get("protective_marking") or "OFFICIAL-SENSITIVE",
    )


def signatory_options() -> tuple[Option, ...]:
    """The signatory organisations as options (``signatory-1`` ...), then "Another
    organisation": the one list for every question and field that names an organisation."""
    return (
        *(
            Option(f"signatory-{number}", name)
            for number, name in enumerate(load_agreement().signatories, 1)
        ),
        Option(OTHER_ORGANISATION, "Another organisation"),
    )
