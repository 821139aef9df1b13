"""``healthdesk actions --json``: every item names its round (id and label) and its dimension the same way."""

from __future__ import annotations

import json

from healthdesk.cli import main
from healthdesk.models.db import Database
from healthdesk.services import followup as fu
from healthdesk.services import rounds
from tests.builders import make_partnership


def test_every_item_carries_round_label_and_dimension_id(data_dir, capsys):
    db = Database.open(data_dir)
    pid = make_partnership(db).id
    r = rounds.create_round(db, pid, "2026 H1", "2026-05-01")
    top = fu.create_goal(
        db, pid, fu.GoalInput("top", "Lead smart factories", dimensions=("strategy",), round_id=r.id)
    )
    fu.create_goal(db, pid, fu.GoalInput("mid", "Three joint products", parent_id=top.id))
    fu.create_action(db, pid, fu.ActionInput("Sign annex", dimension_id="relationship", round_id=r.id))
    fu.create_action(db, pid, fu.ActionInput("No round, no dimension"))
    fu.create_decision(db, pid, fu.DecisionInput("Approve budget", round_id=r.id))
    db.close()

    assert main(["--data-dir", str(data_dir), "actions", "CSHC", "--json", "--as-of", "2026-06-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    goal = data["goals"][0]
    assert (goal["round_id"], goal["round"], goal["dimension_id"]) == (r.id, "2026 H1", "strategy")
    child = goal["children"][0]
    assert (child["round_id"], child["round"], child["dimension_id"]) == (None, None, None)
    by_title = {a["title"]: a for a in data["actions"]}
    sign = by_title["Sign annex"]
    assert (sign["round_id"], sign["round"], sign["dimension_id"], sign["dimension"]) == (
        r.id,
        "2026 H1",
        "relationship",
        "relationship",
    )
    loose = by_title["No round, no dimension"]
    assert (loose["round_id"], loose["round"], loose["dimension_id"]) == (None, None, None)
    decision = data["decisions"][0]
    assert (decision["round_id"], decision["round"]) == (r.id, "2026 H1") and "dimension_id" in decision
