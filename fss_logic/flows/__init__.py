"""The decision tools, one package each, registered here: ``KINDS`` by tool id.

A package holds its flow (questions, routing and outcomes as data), its rules and its
record fields, and makes one ``ToolKind`` (``fss_logic/kind.py``) of them.
"""

from __future__ import annotations

from fss_logic.flow import Flow
from fss_logic.flows.capacity import KIND as CAPACITY
from fss_logic.flows.gateways import KIND as GATEWAYS
from fss_logic.flows.public_interest import KIND as PUBLIC_INTEREST
from fss_logic.flows.share import KIND as SHARE
from fss_logic.kind import ToolKind

KINDS: dict[str, ToolKind] = {
    kind.id: kind for kind in (SHARE, PUBLIC_INTEREST, CAPACITY, GATEWAYS)
}
FLOWS: dict[str, Flow] = {kind.id: kind.flow for kind in KINDS.values()}
