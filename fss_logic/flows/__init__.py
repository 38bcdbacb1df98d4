"""The decision tools, one module each: questions, routing and outcomes as data."""

from __future__ import annotations

from fss_logic.flow import Flow
from fss_logic.flows.share import FLOW as SHARE

FLOWS: dict[str, Flow] = {SHARE.id: SHARE}
