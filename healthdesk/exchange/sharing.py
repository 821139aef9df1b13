"""The round setting "share results only once the round is closed" (``assessment_round.share_when_closed``).

Two exports of an open round, before and after one more submission, give away that person's exact scores
(n₂·mean₂ − n₁·mean₁; the xlsx keeps full precision). So while the setting is on (the default), no PDF, xlsx or CSV
of a round that is not closed is written: ``check_sharing`` refuses with a message that says why, how to change
it, and which closed round can be exported instead, with the command. With the setting off, every such output says
"preliminary" (see ``docs/exchange.md``). The facilitator's own screens and ``summary`` show live results, marked
preliminary.
"""

from __future__ import annotations

from ..models.db import Database
from ..services.dto import RoundInfo
from ..services.rounds import last_closed_round
from .errors import ExchangeError

WHAT = ("PDF", "xlsx", "CSV")


def sharing_command(code: str, label: str, what: str) -> str:
    """The command that writes ``what`` of the closed round ``label`` (named in the refusal)."""
    if what == "PDF":
        return f'healthdesk report {code} --round "{label}" -o review.pdf'
    fmt = "csv" if what == "CSV" else "xlsx"
    return f'healthdesk export-data {code} --round "{label}" --format {fmt} -o results.{fmt}'


def sealed(info: RoundInfo) -> bool:
    """True when no PDF, xlsx or CSV of the round may be written now."""
    return info.preliminary and info.share_when_closed


def check_sharing(db: Database, partnership_code: str, info: RoundInfo, what: str) -> None:
    """Refuse to write ``what`` ("PDF", "xlsx" or "CSV") of ``info`` while its results are shared only once it
    is closed. Reads only."""
    if not sealed(info):
        return
    last = last_closed_round(db, info.partnership_id)
    if last is None:
        raise ExchangeError("results_not_shared_none", label=info.label, what=what)
    raise ExchangeError(
        "results_not_shared",
        label=info.label,
        what=what,
        last=last.label,
        command=sharing_command(partnership_code, last.label, what),
    )
