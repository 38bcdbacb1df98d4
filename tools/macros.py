"""mkdocs-macros module: what the guide's pages and theme take from ``fss_logic``.

Loaded by path (``module_name: tools/macros`` in mkdocs.yml), never as a PyPI
"pluglet". It imports only the standard library and ``fss_logic`` from this checkout,
so an import can't fail for want of an installed package, and mkdocs-macros never goes
looking for one on the network.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from fss_logic.agreement import Agreement, load_agreement  # noqa: E402


def agreement_footer(agreement: Agreement) -> str:
    """The one-line agreement facts shown in the footer of every page (escaped HTML)."""
    return (
        f"{html.escape(agreement.agreement)}. "
        f"Agreement start date: {html.escape(agreement.start)}. "
        f"Agreement review by date: {html.escape(agreement.review_by)}."
    )


def define_env(env) -> None:
    """Give pages the ``agreement`` variable and put its facts in the theme footer."""
    agreement = load_agreement()
    env.variables["agreement"] = agreement
    # Material prints config.copyright in its footer: every page, no partial copied.
    env.conf["copyright"] = agreement_footer(agreement)

    @env.macro
    def signatory_list() -> str:
        """The signatory organisations as a Markdown list."""
        return "\n".join(f"- {name}" for name in agreement.signatories)
