"""The record form: what the practitioner adds to their answers to make a decision record.

Golden rule 7 and the ICO data sharing code's record of a decision: who decided, who
asked and when, whom and what the information is about, the purpose, the decision and the
reasons for it, what was shared with whom, when and how, the advice sought and whether
the individual was told. Fields are data; ``validate_form`` says what is missing or wrong,
in words a person can act on, and never changes what they typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
import re
from datetime import date

from fss_logic.agreement import load_agreement
from fss_logic.flow import Answers, Option
from fss_logic.rules.sharing import reasons_required

SHORT = 200
LONG = 10_000
OTHER_ORGANISATION = "other"
SHARE, DO_NOT_SHARE = "share", "do_not_share"


@dataclass(frozen=True)
class Field:
    """One input of the record form."""

    name: str
    label: str
    kind: str  # "text", "textarea", "date", "datetime", "radios", "select"
    group: str
    hint: str = ""
    options: tuple[Option, ...] = ()
    max_length: int = SHORT
    required: str = "always"  # "always", or a condition named in _is_required
    missing: str = ""  # the error when it is required and empty


def _organisations() -> tuple[Option, ...]:
    names = load_agreement().signatories
    return (
        *(Option(name, name) for name in names),
        Option(OTHER_ORGANISATION, "Another organisation"),
    )


YES_NO = (Option("yes", "Yes"), Option("no", "No"))

ABOUT_YOU, REQUEST, DECISION, SHARED, ADVICE, TOLD = (
    "About you",
    "The request",
    "Your decision",
    "What was shared",
    "Advice",
    "The individual",
)

FIELDS: tuple[Field, ...] = (
    Field("maker_name", "Your name", "text", ABOUT_YOU, missing="Enter your name"),
    Field("maker_role", "Your role", "text", ABOUT_YOU, missing="Enter your role"),
    Field(
        "maker_organisation",
        "Your organisation",
        "select",
        ABOUT_YOU,
        options=_organisations(),
        missing="Select your organisation",
    ),
    Field(
        "maker_organisation_other",
        "Name of your organisation",
        "text",
        ABOUT_YOU,
        required="other_organisation",
        hint="Only if you chose Another organisation.",
        missing="Enter the name of your organisation",
    ),
    Field(
        "requested_by",
        "Who asked for the information?",
        "text",
        REQUEST,
        hint="Their name, role and organisation.",
        missing="Enter who asked for the information",
    ),
    Field(
        "requested_on",
        "When did they ask?",
        "date",
        REQUEST,
        hint="For example, 20/11/2026",
        missing="Enter the date they asked",
    ),
    Field(
        "about",
        "Whom is the information about?",
        "textarea",
        REQUEST,
        max_length=LONG,
        missing="Enter whom the information is about",
    ),
    Field(
        "information",
        "What information is it?",
        "textarea",
        REQUEST,
        max_length=LONG,
        missing="Enter what information it is",
    ),
    Field(
        "purpose",
        "What is the purpose of sharing it?",
        "textarea",
        REQUEST,
        max_length=LONG,
        missing="Enter the purpose of sharing it",
    ),
    Field(
        "decision",
        "What have you decided?",
        "radios",
        DECISION,
        options=(
            Option(SHARE, "Share the information"),
            Option(DO_NOT_SHARE, "Do not share the information"),
        ),
        missing="Select what you have decided",
    ),
    Field(
        "decision_reasons",
        "Your reasons",
        "textarea",
        DECISION,
        max_length=LONG,
        hint="Reasons are required when you share without consent, when you override a "
        "refusal of consent, and when your decision differs from the outcome the "
        "tool indicated.",
        required="reasons",
        missing="Enter your reasons",
    ),
    Field(
        "shared_what",
        "What did you share?",
        "textarea",
        SHARED,
        max_length=LONG,
        hint="Only if you decided to share.",
        required="shared",
        missing="Enter what you shared",
    ),
    Field(
        "shared_with",
        "With whom?",
        "textarea",
        SHARED,
        max_length=LONG,
        required="shared",
        missing="Enter whom you shared it with",
    ),
    Field(
        "shared_on",
        "When?",
        "datetime",
        SHARED,
        required="shared",
        hint="The date and time, for example 20/11/2026 14:30",
        missing="Enter the date and time you shared it",
    ),
    Field(
        "shared_how", "How?", "text", SHARED, required="shared", missing="Enter how you shared it"
    ),
    Field(
        "manager_advice",
        "Did you seek advice from a manager?",
        "radios",
        ADVICE,
        options=YES_NO,
        missing="Select whether you sought advice from a manager",
    ),
    Field(
        "manager_advice_details",
        "Who advised you, when, and what did they advise?",
        "textarea",
        ADVICE,
        max_length=LONG,
        required="manager_advice",
        hint="Only if you sought advice from a manager.",
        missing="Enter who advised you, when, and what they advised",
    ),
    Field(
        "legal_advice",
        "Did you seek legal advice?",
        "radios",
        ADVICE,
        hint="In the case of Children's Services this would be the Children Litigation Unit.",
        options=YES_NO,
        missing="Select whether you sought legal advice",
    ),
    Field(
        "legal_advice_details",
        "Who gave legal advice, when, and what did they advise?",
        "textarea",
        ADVICE,
        max_length=LONG,
        required="legal_advice",
        hint="Only if you sought legal advice.",
        missing="Enter who gave legal advice, when, and what they advised",
    ),
    Field(
        "individual_told",
        "Has the individual been told that the information has been shared?",
        "radios",
        TOLD,
        options=(
            Option("yes", "Yes"),
            Option("not_yet", "Not yet: they will be told"),
            Option("no", "No: telling them would create or increase risk of harm"),
            Option("not_applicable", "Not applicable: nothing has been shared"),
        ),
        missing="Select whether the individual has been told",
    ),
    Field(
        "individual_not_told_reason",
        "Why would telling them create or increase risk of harm?",
        "textarea",
        TOLD,
        max_length=LONG,
        required="not_told",
        hint="Only if they have not been told because of the risk of harm.",
        missing="Enter why telling them would create or increase risk of harm",
    ),
)

FIELD_NAMES = tuple(f.name for f in FIELDS)


def field(name: str) -> Field:
    return next(f for f in FIELDS if f.name == name)


def defaults(answers: Answers, flow) -> dict[str, str]:
    """Starting values taken from the answers: with whom, how, and whether told."""
    values: dict[str, str] = {}
    if "agencies" in answers:
        question = flow.question("agencies")
        names = [question.option(v).label for v in answers["agencies"] if v != "other"]
        if "other_agency" in answers:
            names.append(str(answers["other_agency"]))
        values["shared_with"] = "; ".join(names)
    if "transfer_method" in answers:
        values["shared_how"] = (
            str(answers["other_method"])
            if answers["transfer_method"] == "other"
            else flow.question("transfer_method").option(str(answers["transfer_method"])).label
        )
    told = {"aware": "yes", "yes": "not_yet", "no": "no"}.get(str(answers.get("tell_individual")))
    if told:
        values["individual_told"] = told
    if "not_told_reason" in answers:
        values["individual_not_told_reason"] = str(answers["not_told_reason"])
    return values


def clean(values: Mapping[str, object]) -> dict[str, str]:
    """The form's own fields as strings; anything else a browser sends is ignored."""
    cleaned = {}
    for name in FIELD_NAMES:
        value = values.get(name, "")
        if isinstance(value, list):
            value = value[0] if value else ""
        cleaned[name] = value if isinstance(value, str) else ""
    return cleaned


def _is_required(spec: Field, values: Mapping[str, str], reasons_needed: bool) -> bool:
    shared = values.get("decision") == SHARE
    return {
        "always": True,
        "other_organisation": values.get("maker_organisation") == OTHER_ORGANISATION,
        "reasons": reasons_needed,
        "shared": shared,
        "manager_advice": values.get("manager_advice") == "yes",
        "legal_advice": values.get("legal_advice") == "yes",
        "not_told": values.get("individual_told") == "no",
    }[spec.required]


def validate_form(
    values: Mapping[str, str], answers: Answers, indicated_share: bool
) -> dict[str, str]:
    """Errors by field name, in the order of the form; empty when the form is complete."""
    decided = values.get("decision")
    why = reasons_required(answers, indicated_share, decided == SHARE) if decided else []
    errors: dict[str, str] = {}
    for spec in FIELDS:
        value = values.get(spec.name, "")
        if not value.strip():
            if _is_required(spec, values, bool(why)):
                errors[spec.name] = (
                    f"{spec.missing}. {why[0].text}"
                    if spec.name == "decision_reasons"
                    else spec.missing
                )
            continue
        if len(value) > spec.max_length:
            errors[spec.name] = (
                f"{spec.label} must be {spec.max_length:,} characters or fewer "
                f"(it is {len(value):,}). Nothing has been cut: shorten it and try again."
            )
        elif spec.options and value not in {o.value for o in spec.options}:
            errors[spec.name] = spec.missing
        elif spec.kind == "date" and parse_date(value) is None:
            errors[spec.name] = f"{spec.label} must be a real date, like 20/11/2026"
        elif spec.kind == "datetime" and parse_datetime(value) is None:
            errors[spec.name] = f"{spec.label} must be a real date and time, like 20/11/2026 14:30"
    return errors


_UK_DATE = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
_ISO_DATE = r"(\d{4})-(\d{2})-(\d{2})"
_TIME = r"(\d{1,2})[:.](\d{2})"


def _date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """``20/11/2026`` (or ``2026-11-20``) as ``2026-11-20``; None if it is not a real date."""
    value = value.strip()
    if match := re.fullmatch(_UK_DATE, value):
        day, month, year = match.groups()
    elif match := re.fullmatch(_ISO_DATE, value):
        year, month, day = match.groups()
    else:
        return None
    found = _date(year, month, day)
    return found.isoformat() if found else None


def parse_datetime(value: str) -> str | None:
    """``20/11/2026 14:30`` (or ``2026-11-20T14:30``) as ``2026-11-20T14:30``; else None."""
    value = value.strip()
    if match := re.fullmatch(rf"{_UK_DATE}[ ,T]+{_TIME}", value):
        day, month, year, hour, minute = match.groups()
    elif match := re.fullmatch(rf"{_ISO_DATE}[ T]{_TIME}(?::00)?", value):
        year, month, day, hour, minute = match.groups()
    else:
        return None
    found = _date(year, month, day)
    if found is None or int(hour) > 23 or int(minute) > 59:
        return None
    return f"{found.isoformat()}T{int(hour):02d}:{minute}"


def uk_date(iso: str) -> str:
    """``2026-11-20`` (optionally with ``T14:30``) as ``20/11/2026`` (``20/11/2026 14:30``)."""
    day = date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")
    return f"{day} {iso[11:16]}" if len(iso) > 10 else day
