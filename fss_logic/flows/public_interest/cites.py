"""The guide paragraphs, and the sections of this tool's page, that the public interest
test cites. The questions (``flow.py``) and the rules (``rules.py``) share them; the site
tests check that each anchor exists and that each title fits the heading it points to."""

from __future__ import annotations

from fss_logic.flow import Cite

PUBLIC_INTEREST = Cite("public-interest.md#public-interest", "Public Interest")
CRITERIA = Cite(
    "public-interest.md#public-interest-criteria", "Public Interest: the Public Interest Criteria"
)
JUDGING = Cite(
    "public-interest.md#judging-the-public-interest",
    "Public Interest: judging the public interest",
)
PROPORTIONALITY = Cite(
    "public-interest.md#rule-of-proportionality", "Public Interest: the rule of proportionality"
)
DUTY_OF_CONFIDENCE = Cite("legal-framework.md#duty-of-confidence", "Duty of Confidence")
RECORD_AT_THE_TIME = Cite(
    "legal-framework.md#record-at-the-time", "Duty of Confidence: record the decision at the time"
)
HUMAN_RIGHTS = Cite("legal-framework.md#human-rights-act-1998", "Human Rights Act 1998")

THE_RULE = Cite("tools/public-interest.md#the-rule", "The rule this tool applies")
LAWFUL_BASIS = Cite(
    "tools/public-interest.md#data-protection", "Data protection law: a lawful basis is also needed"
)
