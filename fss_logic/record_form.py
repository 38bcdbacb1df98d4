"""The record form: what the practitioner adds to their answers to make a decision record.

Every tool's form starts with the same core (who decided, and what they decided and why;
golden rule 7: "Keep a record of your decision and the reasons for it") and adds its own
fields (``ToolKind.fields``). Fields are data. Each field is also a member of the record's
section for its tool, stored as ``store`` says; the schema, the record builder, the form
reader and the renderer all follow the same field list (``fss_logic/record.py``).
``validate_form`` says what is missing or wrong, in words a person can act on, and never
changes what they typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from fss_logic.values import value
from datetime import date
from typing import TYPE_CHECKING

from fss_logic.agreement import OTHER_ORGANISATION, signatory_options
from fss_logic.flow import Finding, Option

if TYPE_CHECKING:  # pragma: no cover
    from fss_logic.kind import ToolKind

SHORT = 200
LONG = 10_000

TEXT, TEXTAREA, DATE, DATETIME, RADIOS, SELECT = (
    "text",
    "textarea",
    "date",
    "datetime",
    "radios",
    "select",
)
FIELD_KINDS = (TEXT, TEXTAREA, DATE, DATETIME, RADIOS, SELECT)
CHOICE_KINDS = (RADIOS, SELECT)

ORGANISATIONS = signatory_options()
ABOUT_YOU, DECISION = "About you", "Your decision"
"""The two groups every form has: who decided, and what they decided and why."""


@value
class When:
    """A condition on another field of the form: ``name`` has one of ``values``."""

    name: str
    values: tuple[str, ...]

    def holds(self, values: Mapping[str, str]) -> bool:
        return values.get(self.name, "") in self.values


@value
class Field:
    """One input of the record form, and the member of the record that keeps it.

    ``required`` is True, False, or a ``When``: required only when another field has one
    of the values named. ``record_label`` is how the record names it, where the form's
    question would read oddly there."""

    name: str
    label: str
    kind: str
    group: str
    hint: str = ""
    options: tuple[Option, ...] = ()
    max_length: int = SHORT
    required: bool | When = True
    missing: str = ""  # the error when it is required and empty
    record_label: str = ""

    def is_required(self, values: Mapping[str, str]) -> bool:
        if isinstance(self.required, When):
            return self.required.holds(values)
        return self.required

    def option_label(self, value: str) -> str:
        return next(o.label for o in self.options if o.value == value)


def core_fields(choices: tuple[Option, ...]) -> tuple[Field, ...]:
    """The fields every record form has; ``choices`` are what the practitioner may decide."""
    return (
        Field("maker_name", "Your name", TEXT, ABOUT_YOU, missing="Enter your name"),
        Field("maker_role", "Your role", TEXT, ABOUT_YOU, missing="Enter your role"),
        Field(
            "maker_organisation",
            "Your organisation",
            SELECT,
            ABOUT_YOU,
            options=ORGANISATIONS,
            missing="Select your organisation",
        ),
        Field(
            "maker_organisation_other",
            "Name of your organisation",
            TEXT,
            ABOUT_YOU,
            required=When("maker_organisation", (OTHER_ORGANISATION,)),
            hint="Only if you chose Another organisation.",
            missing="Enter the name of your organisation",
        ),
        Field(
            "case_reference",
            "Case reference (optional)",
            TEXT,
            ABOUT_YOU,
            required=False,
            hint="The case number in your case management system, if there is one.",
            record_label="Case reference",
        ),
        Field(
            "manager_name",
            "Your manager's name (optional)",
            TEXT,
            ABOUT_YOU,
            required=False,
            hint="Printed by the manager's signature line. Leave it blank to write it by hand.",
            record_label="Manager",
        ),
        Field(
            "decision",
            "What have you decided?",
            RADIOS,
            DECISION,
            options=choices,
            missing="Select what you have decided",
        ),
        Field(
            "decision_reasons",
            "Your reasons",
            TEXTAREA,
            DECISION,
            max_length=LONG,
            hint="Reasons are required for every decision, whatever you decide.",
            missing="Enter your reasons",
        ),
    )


CORE_FIELD_NAMES = tuple(f.name for f in core_fields(()))

REQUEST, ADVICE = "The request", "Advice"

REQUEST_FIELDS = (
    Field(
        "requested_by",
        "Who asked for the information?",
        TEXT,
        REQUEST,
        hint="Their name, role and organisation.",
        missing="Enter who asked for the information",
        record_label="Who asked",
    ),
    Field(
        "requested_on",
        "When did they ask?",
        DATE,
        REQUEST,
        hint="For example, 20/11/2026",
        missing="Enter the date they asked",
        record_label="When they asked",
    ),
    Field(
        "about",
        "Whom is the information about?",
        TEXTAREA,
        REQUEST,
        max_length=LONG,
        missing="Enter whom the information is about",
        record_label="Whom the information is about",
    ),
    Field(
        "information",
        "What information is it?",
        TEXTAREA,
        REQUEST,
        max_length=LONG,
        missing="Enter what information it is",
        record_label="What information",
    ),
    Field(
        "purpose",
        "What is the purpose of sharing it?",
        TEXTAREA,
        REQUEST,
        max_length=LONG,
        missing="Enter the purpose of sharing it",
        record_label="Purpose",
    ),
)
"""Who asked for what, about whom, and why: for tools about one request to share."""

NO_ADVICE, MANAGER_ADVICE, LEGAL_ADVICE, BOTH_ADVICE = "none", "manager", "legal", "both"
ADVICE_FIELDS = (
    Field(
        "advice",
        "Did you seek advice?",
        RADIOS,
        ADVICE,
        options=(
            Option(NO_ADVICE, "No"),
            Option(MANAGER_ADVICE, "Yes: from a manager"),
            Option(
                LEGAL_ADVICE,
                "Yes: legal advice",
                "In the case of Children's Services this would be the Children Litigation Unit.",
            ),
            Option(BOTH_ADVICE, "Yes: from a manager, and legal advice"),
        ),
        missing="Select whether you sought advice",
        record_label="Advice sought",
    ),
    Field(
        "advice_details",
        "Who advised you, when, and what did they advise?",
        TEXTAREA,
        ADVICE,
        max_length=LONG,
        required=When("advice", (MANAGER_ADVICE, LEGAL_ADVICE, BOTH_ADVICE)),
        hint="Only if you sought advice.",
        missing="Enter who advised you, when, and what they advised",
        record_label="The advice",
    ),
)
"""Advice sought from a manager and from lawyers, and what it was."""


def organisation_name(values: Mapping[str, str]) -> str:
    """The decision maker's organisation as the form names it: a signatory, or as typed."""
    chosen = values["maker_organisation"]
    if chosen == OTHER_ORGANISATION:
        return values["maker_organisation_other"]
    return next(o.label for o in ORGANISATIONS if o.value == chosen)


def organisation_values(name: str) -> dict[str, str]:
    """The form's two organisation fields for an organisation's name."""
    chosen = next((o.value for o in ORGANISATIONS if o.label == name), OTHER_ORGANISATION)
    other = name if chosen == OTHER_ORGANISATION else ""
    return {"maker_organisation": chosen, "maker_organisation_other": other}


def form_fields(kind: ToolKind) -> tuple[Field, ...]:
    """A tool's whole form, in the order of its groups (``ToolKind.groups``)."""
    fields = (*core_fields(kind.choices), *kind.fields)
    return tuple(sorted(fields, key=lambda f: kind.groups.index(f.group)))


def clean(kind: ToolKind, values: Mapping[str, object]) -> dict[str, str]:
    """The form's own fields as strings; anything else a browser sends is ignored."""
    cleaned = {}
    for spec in form_fields(kind):
        value = values.get(spec.name, "")
        if isinstance(value, list):
            value = value[0] if value else ""
        cleaned[spec.name] = value if isinstance(value, str) else ""
    return cleaned


def validate_form(kind: ToolKind, values: Mapping[str, str], why: list[Finding]) -> dict[str, str]:
    """Errors by field name, in the order of the form; empty when the form is complete.

    ``why`` says why reasons are needed for the decision chosen: the first is added to
    the message when reasons are missing."""
    errors: dict[str, str] = {}
    for spec in form_fields(kind):
        value = values.get(spec.name, "")
        if not value.strip():
            if spec.is_required(values):
                errors[spec.name] = (
                    f"{spec.missing}. {why[0].text}"
                    if spec.name == "decision_reasons" and why
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
        elif spec.kind == DATE and parse_date(value) is None:
            errors[spec.name] = (
                f"{spec.record_label or spec.label}: enter a real date, for example "
                "1/12/2026 or 1 December 2026"
            )
        elif spec.kind == DATETIME and parse_datetime(value) is None:
            errors[spec.name] = (
                f"{spec.record_label or spec.label}: enter a real date and time, for example "
                "1/12/2026 14:30 or 1 December 2026 2:30pm"
            )
    return errors


_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_NUMERIC = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})"
_WORDS = r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4}|\d{2})"
_ISO = r"(\d{4})-(\d{2})-(\d{2})"
_TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"


def _month(name: str) -> int | None:
    """A month by its name or its first three letters ("Dec", "Sept" too)."""
    for number, month in enumerate(_MONTHS, 1):
        if name == month or (len(name) >= 3 and month.startswith(name)):
            return number
    return None


def _year(text: str) -> int:
    """``26`` as 2026: a two-digit year is this century's."""
    return 2000 + int(text) if len(text) == 2 else int(text)


def _day(text: str) -> tuple[date | None, str]:
    """The date at the start of ``text`` as people write one in the UK (1/12/26,
    01.12.2026, 1 December 2026, 1st Dec 26) or in ISO form, and what follows it."""
    text = text.strip().lower()
    for pattern in (_ISO, _NUMERIC, _WORDS):
        match = re.match(pattern, text)
        if not match:
            continue
        if pattern == _ISO:
            year, month, day = (int(v) for v in match.groups())
        else:
            day_text, month_text, year_text = match.groups()
            month = _month(month_text) if pattern == _WORDS else int(month_text)
            if month is None:
                return None, ""
            day, year = int(day_text), _year(year_text)
        try:
            return date(year, month, day), text[match.end() :]
        except ValueError:
            return None, ""
    return None, ""


def parse_date(value: str) -> str | None:
    """A date as the record keeps it (``2026-12-01``), from any way ``_day`` reads; None
    if it is not a real date."""
    found, rest = _day(value)
    return found.isoformat() if found and not rest.strip() else None


def parse_datetime(value: str) -> str | None:
    """A date and time (``1/12/26 14:30``, ``1 December 2026, 2:30pm``, ``2026-12-01T14:30``)
    as ``2026-12-01T14:30``; None if either is not real."""
    found, rest = _day(value)
    match = re.fullmatch(rf"\s*(?:,|t|at)?\s*{_TIME}\s*", rest)
    if found is None or not match or not rest.strip():
        return None
    hour_text, minute_text, half = match.groups()
    hour, minute = int(hour_text), int(minute_text or 0)
    if minute_text is None and not half:
        return None  # "14" alone is not a time
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{found.isoformat()}T{hour:02d}:{minute:02d}"


def uk_date(iso: str) -> str:
    """``2026-12-01`` (optionally with ``T14:30``) in full, as the form shows it back:
    ``1 December 2026`` (``1 December 2026 14:30``)."""
    day = date.fromisoformat(iso[:10])
    text = f"{day.day} {_MONTHS[day.month - 1].capitalize()} {day.year}"
    return f"{text} {iso[11:16]}" if len(iso) > 10 else text


def applies(spec: Field, values: Mapping[str, str]) -> bool:
    """Whether a field is part of this record: one asked for only on a condition (a
    ``When``) is left out when the condition does not hold."""
    return not isinstance(spec.required, When) or spec.required.holds(values)


def stored(spec: Field, value: str) -> str:
    """A form value as the record keeps it: dates in ISO form, everything else as typed."""
    if spec.kind == DATE:
        return parse_date(value) or "" if value.strip() else ""
    if spec.kind == DATETIME:
        return parse_datetime(value) or "" if value.strip() else ""
    return value


def typed(spec: Field, value: str) -> str:
    """A value the record keeps, as the form shows it again (``stored``, the other way)."""
    return uk_date(value) if value and spec.kind in (DATE, DATETIME) else value
