"""What was verified about law whose commencement or meaning is uncertain, in one dated place.

The tools and the site read these, so that a re-check changes one line here and every
finding, caution and page that names the status follows (tests compare the site's pages
with this file).
"""

from __future__ import annotations

from fss_logic.values import value


@value
class Status:
    """What was verified about a provision, and when. ``in_force`` is True or False only
    when that was verified; None when it could not be."""

    provision: str
    checked_on: str  # the day it was checked, as the site prints dates
    in_force: bool | None
    verified: str  # what was read, and what could not be found


SECTION_16LA = Status(
    provision="Children Act 2004, section 16LA (the duty to share information)",
    checked_on="3 December 2026",
    in_force=None,
    verified=(
        "Section 4 of the Children's Wellbeing and Schools Act 2026 (Royal Assent 29 April "
        "2026) inserts section 16LA. By section 78(5) it comes into force on a day the "
        "Secretary of State appoints by regulations; section 78(1) brought only the powers "
        "to make regulations into force on Royal Assent. On 3 December 2026 no commencement "
        "regulations bringing section 4 into force could be found, so whether the duty is in "
        "force could not be verified, either way. Safeguarding partnerships report a "
        "government letter giving 30 September 2026 as its start."
    ),
)
"""Unless this is verified not in force, the tools ask section 16LA's test and say the duty
may apply."""

RECOGNISED_LEGITIMATE_INTERESTS = Status(
    provision=(
        "UK GDPR Article 6(1)(ea) and Annex 1 (recognised legitimate interests), inserted by "
        "section 70 of the Data (Use and Access) Act 2025"
    ),
    checked_on="3 December 2026",
    in_force=True,
    verified=(
        "Brought into force on 5 February 2026 by the Data (Use and Access) Act 2025 "
        "(Commencement No. 6 and Transitional and Saving Provisions) Regulations 2026, as "
        "reported by the ICO's guidance on recognised legitimate interest and by law firms; "
        "section 70's text read on legislation.gov.uk. Points (ea) and (f) do not apply to "
        "processing carried out by public authorities in the performance of their tasks."
    ),
)
