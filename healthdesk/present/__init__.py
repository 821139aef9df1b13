"""The presentation layer: results as data for every output (no Qt, no database, no reportlab).

Between the services and the outputs (dashboard, portfolio, workshop, printed review, command line, exports):

- :mod:`.symbols`: the symbols, arrows, dashes and light names, defined once;
- :mod:`.findings`: what a round's results say, decided once as message codes with parameters and numbers
  formatted once ("no gap" or who sees it higher, which gap-flag triggers are named, trend words, what is withheld
  and why, tier and exit review). Qt translations, the report catalogue, the command line and the workshop only
  map these codes to words;
- the one rule for the round an output shows by default (:func:`default_round`, from
  :mod:`healthdesk.analysis.choice`).
"""

from __future__ import annotations

from ..analysis.choice import default_round, round_key, started_by

__all__ = ["default_round", "round_key", "started_by"]
