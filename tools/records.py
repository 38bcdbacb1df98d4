"""Decision records made as the page makes them (``fss_logic.web.PageSession``): the answers
step by step, Check your answers, the outcome, then the record form with a fixed time and
fixed random digits, so that the same call makes the same bytes. For the register's tests
(``tests/unit/test_review.py``) and its timing (``tools/review_timing.py``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from fss_logic.record import record_file_text
from fss_logic.web import PageSession

ABOUT = {"maker_name": "Sam Patel", "maker_role": "Social worker"}
"""Who decides, unless a record says otherwise."""

FORMS: dict[str, dict[str, str]] = {
    "share": {
        "requested": "PC Lee, 20/11/2026",
        "about": "Child A; Parent B",
        "information": "School attendance and health visits",
        "purpose": "Enquiries into significant harm",
        "shared_with": "",
        "shared_on": "",
        "advice": "none",
    },
    "public_interest": {
        "requested_by": "DS Green, Hertfordshire Constabulary",
        "requested_on": "20/11/2026",
        "about": "Adult C",
        "information": "Address history",
        "purpose": "Protection of a vulnerable adult",
        "disclosed_what": "",
        "disclosed_to": "",
        "disclosed_on": "",
        "disclosed_how": "",
        "advice": "none",
    },
    "capacity": {
        "assessment_about": "Parent B",
        "sharing_proposed": "Medical history, with the GP",
        "assessed_on": "21/11/2026",
        "others_involved": "",
        "best_interests_decision": "",
        "advice": "none",
    },
    "gateways": {
        "sharing_organisation_name": "Hertfordshire Constabulary",
        "receiving_organisation_name": "Hertfordshire County Council Children's Services",
        "about": "Child A",
        "information": "Police call-outs to the home",
        "purpose": "Enquiries into significant harm",
        "lawful_basis": "",
        "confidentiality": "",
        "advice": "none",
    },
}
"""The record form of each tool, before the decision: what it was about."""


def make_record(
    tool: str,
    answers: Mapping[str, object],
    form: Mapping[str, str],
    now: str,
    random: str,
    replaces: Mapping | None = None,
) -> dict:
    """A record of ``tool`` made from ``answers`` and the record form (``FORMS[tool]``, with
    ``ABOUT``, updated by ``form``), at ``now`` with ``random`` digits; a correction of
    ``replaces`` where given (opened, back to its form, made again)."""
    session = PageSession(tool)
    if replaces is not None:
        session.send({"type": "open_record", "text": record_file_text(replaces)})
        assert session.step == "record", session.response
        session.send({"type": "back"})
    else:
        session.walk(answers)
        assert session.step == "check", session.response.get("html")
        session.send({"type": "continue"})
        session.send({"type": "continue"})
    assert session.step == "form", session.step
    values = {**ABOUT, **FORMS[tool], **form}
    response = session.send(
        {
            "type": "submit_record",
            "values": {name: [text] for name, text in values.items()},
            "now": now,
            "random": random,
        }
    )
    assert session.step == "record", response["html"]
    return json.loads(response["download"]["text"])
