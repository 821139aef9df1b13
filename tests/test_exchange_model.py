"""The exchange dialogs' view-model (ui/exchange/model.py), without Qt: who an invitation export lists and ticks,
the data export's choices and file names, the import preview's classification of each response file, a conflict's
two versions side by side, and what the respondent's last step offers."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

from healthdesk.errors import ValidationError
from healthdesk.exchange.importing import FilePlan
from healthdesk.exchange.response_files import Answer, Snapshot
from healthdesk.framework import default_framework
from healthdesk.services import partnerships, rounds
from healthdesk.ui.exchange import model as vm
from tests.builders import add_submitted, answer_all, make_partnership


def test_the_model_imports_no_qt():
    code = (
        "import sys, healthdesk.ui.exchange.model; print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# -- exporting invitations ------------------------------------------------------------------------------------


def _partnership_with_rounds(db):
    p = make_partnership(db)
    first = rounds.create_round(db, p.id, "2024 H2", date(2024, 7, 1))
    add_submitted(db, first.id, "A", [4])
    rounds.set_round_status(db, first.id, "closed")
    second = rounds.create_round(db, p.id, "2025 H1", date(2025, 1, 15))
    return partnerships.get_partnership(db, p.id), first, second


def test_invitations_are_for_rounds_that_are_not_closed_newest_first(db):
    p, first, second = _partnership_with_rounds(db)
    third = rounds.create_round(db, p.id, "2025 H2", date(2025, 7, 1))
    p = partnerships.get_partnership(db, p.id)
    assert [(r.id, r.label) for r in vm.invitable_rounds(p)] == [
        (third.id, "2025 H2"),
        (second.id, "2025 H1"),
    ]
    assert first.id not in [r.id for r in vm.invitable_rounds(p)]
    assert vm.invitable_rounds(None) == []
    # Data can be exported for every round, the closed one too.
    assert [r.label for r in vm.data_rounds(p)] == ["2025 H2", "2025 H1", "2024 H2"]


def test_who_is_listed_and_ticked_and_why_not(db):
    p, _first, second = _partnership_with_rounds(db)
    waiting = rounds.add_respondent(db, second.id, "Li Wei", "A", "Executive")
    answering = rounds.add_respondent(db, second.id, "Anna Berg", "B", "Executive")
    answer_all(db, answering.id, 3)
    add_submitted(db, second.id, "B", [4], prefix="done-")
    listed = vm.load_invitation_list(db, p, second.id)
    assert listed.can_export and listed.empty is None
    by_name = {who.name: who for who in listed.invitees}
    assert by_name["Li Wei"].ticked and by_name["Li Wei"].why_not is None
    assert by_name["Li Wei"].side_label == "CloudSoft" and by_name["Li Wei"].uid == waiting.uid
    assert by_name["Anna Berg"].ticked and by_name["Anna Berg"].status == "in_progress"
    done = by_name["done-B1"]
    assert done.status == "submitted" and not done.ticked and done.why_not == vm.ALREADY_SUBMITTED
    assert done.side_label == "HardCo"


def test_an_empty_list_says_why(db):
    p, _first, second = _partnership_with_rounds(db)
    assert vm.load_invitation_list(db, None, None).empty == vm.NO_PARTNERSHIP
    nobody = vm.load_invitation_list(db, p, second.id)
    assert nobody.empty == vm.NO_RESPONDENTS and not nobody.can_export and nobody.invitees == []
    assert vm.load_invitation_list(db, p, None).empty == vm.NO_RESPONDENTS


def test_an_export_is_refused_without_anybody_ticked_or_with_a_bad_address(db):
    p, _first, _second = _partnership_with_rounds(db)
    assert vm.export_refusal(p, [], "") == vm.NOBODY_TICKED
    assert vm.export_refusal(None, ["uid"], "") == vm.NOBODY_TICKED
    assert vm.export_refusal(p, ["uid"], "facilitator at example") == vm.NOT_AN_EMAIL
    assert vm.export_refusal(p, ["uid"], "") is None
    assert vm.export_refusal(p, ["uid"], "jmc@example.com") is None


# -- exporting data ---------------------------------------------------------------------------------------------


def test_data_formats_and_the_suggested_file_name():
    assert vm.data_formats(history=True) == ("json",)
    assert vm.data_formats(history=False) == ("xlsx", "csv")
    assert vm.suggested_file_name("SW/HW 1", "json", "2025 H1") == "SW_HW_1-history.json"
    assert vm.suggested_file_name("SWHW1", "xlsx", "2025 H1") == "SWHW1-2025_H1.xlsx"
    assert vm.suggested_file_name("SWHW1", "csv", None) == "SWHW1-results.csv"
    assert vm.safe_name("///") == "export"


# -- the import preview -----------------------------------------------------------------------------------------

FW = default_framework()


def _snapshot(status: str = "submitted", score: int | None = 4, comment: str = "", **overrides) -> Snapshot:
    answers = {ind.id: Answer(score, False, "") for ind in FW.indicators}
    answers.update(overrides)
    return Snapshot(status=status, answers=answers, comment=comment, updated_at=datetime(2025, 2, 1))


def _file(name: str = "Li Wei", side: str = "A", incoming: Snapshot | None = None) -> SimpleNamespace:
    return SimpleNamespace(
        respondent_name=name,
        side=side,
        partnership_name="Software × Hardware",
        round_label="2025 H1",
        framework=FW,
        incoming=incoming or _snapshot(),
    )


def _plans() -> list[FilePlan]:
    return [
        FilePlan(Path("/in/new.hdresponse"), "new", file=_file()),
        FilePlan(Path("/in/same.hdresponse"), "identical", "same", file=_file("Anna Berg", "B")),
        FilePlan(
            Path("/in/conflict.hdresponse"),
            "conflict",
            file=_file("Chen Jie", "B", _snapshot(score=2)),
            current=_snapshot(score=4),
        ),
        FilePlan(
            Path("/in/broken.hdresponse"),
            "refused",
            error=ValidationError("tampered", reason="MAC check failed"),
        ),
    ]


def test_each_file_is_classified_with_its_respondent_outcome_and_tone():
    view = vm.classify(_plans(), {})
    assert [row.outcome for row in view.rows] == ["new", "identical", "conflict", "refused"]
    assert [row.shown for row in view.rows] == ["new", "identical", "conflict", "refused"]
    new, same, conflict, refused = view.rows
    assert (new.name, new.respondent, new.side, new.round) == ("new.hdresponse", "Li Wei", "A", "2025 H1")
    assert new.answered == new.total == len(FW.indicators) and new.status == "submitted"
    assert same.note == "same" and same.tone is None and not same.compare
    assert conflict.tone == "warning" and conflict.compare and conflict.can_choose
    assert refused.tone == "error" and refused.respondent is None and refused.error.code == "tampered"
    assert refused.technical == "MAC check failed"  # the parser's English words, for the tooltip only
    assert view.first_conflict == 2
    assert view.counts == [("new", 1), ("identical", 1), ("conflict", 1), ("refused", 1)]
    assert view.can_import and view.import_refusal is None


def test_a_conflict_settled_with_the_file_is_shown_so_and_is_something_to_import():
    plans = [p for p in _plans() if p.outcome in ("conflict", "identical")]
    assert vm.classify(plans, {}).import_refusal == vm.NOTHING_TO_WRITE
    choices = {"/in/conflict.hdresponse": "use_imported"}
    view = vm.classify(plans, choices)
    conflict = next(row for row in view.rows if row.outcome == "conflict")
    assert conflict.shown == vm.USE_FILE and conflict.use_imported
    assert view.can_import


def test_nothing_is_imported_in_a_read_only_folder_nor_twice():
    assert vm.classify(_plans(), {}, read_only=True).import_refusal == vm.READ_ONLY
    done = vm.classify(_plans(), {"/in/conflict.hdresponse": "use_imported"}, done=True)
    assert done.import_refusal == vm.DONE and not done.can_import
    assert all(not row.can_choose for row in done.rows)
    assert next(row for row in done.rows if row.outcome == "conflict").shown == "conflict"  # what it did


def test_a_replaced_response_can_still_be_compared_but_not_chosen_again():
    replaced = FilePlan(
        Path("/in/c.hdresponse"), "replaced", file=_file(incoming=_snapshot(score=2)), current=_snapshot()
    )
    row = vm.classify([replaced], {"/in/c.hdresponse": "use_imported"}, done=True).rows[0]
    assert row.compare and not row.can_choose and row.use_imported
    assert vm.classify([replaced], {}, done=True).counts == [("replaced", 1)]


def test_a_conflicts_two_versions_side_by_side():
    first, second = FW.indicators[0].id, FW.indicators[1].id
    here = _snapshot(comment="Good year")
    there = _snapshot(
        status="submitted",
        comment="",
        **{first: Answer(None, True, "no data"), second: Answer(None, False, "")},
    )
    rows = vm.compare(FW, here, there, "en")
    assert [r.kind for r in rows] == ["status"] + ["indicator"] * len(FW.indicators) + ["comment"]
    assert rows[0].here == rows[0].there and not rows[0].differs  # both submitted
    assert rows[1].question == FW.indicators[0].name.get("en")
    assert rows[1].here == vm.Cell(vm.SCORE, score=4)
    assert rows[1].there == vm.Cell(vm.NOT_APPLICABLE, problem="no data") and rows[1].differs
    assert rows[2].there.kind == vm.NO_ANSWER and rows[2].differs
    assert not rows[3].differs
    assert rows[-1].here.text == "Good year" and rows[-1].there.kind == vm.ABSENT and rows[-1].differs
    # Nothing in the database yet: every cell of "here" is absent.
    fresh = vm.compare(FW, None, there, "zh")
    assert all(r.here.kind == vm.ABSENT for r in fresh)
    assert fresh[1].question == FW.indicators[0].name.get("zh")


# -- the respondent's last step ---------------------------------------------------------------------------------


def test_the_finish_panel_offers_an_email_only_when_the_invitation_gave_an_address():
    invited = [
        (7, "Li Wei", "Software × Hardware", "2025 H1", "submitted"),
        (8, "Anna", "P", "R", "in_progress"),
    ]
    offer = vm.finish_offer(Path("/home/li/Desktop/li.hdresponse"), "jmc@example.com", invited, 7)
    assert offer.offers == (vm.SHOW_FOLDER, vm.WRITE_EMAIL, vm.SAVE_COPY)
    assert offer.folder == Path("/home/li/Desktop")
    assert offer.names == {"name": "Li Wei", "partnership": "Software × Hardware", "round": "2025 H1"}
    quiet = vm.finish_offer(Path("/tmp/x.hdresponse"), "", invited, 99)
    assert quiet.offers == (vm.SHOW_FOLDER, vm.SAVE_COPY)
    assert quiet.names == {"name": "", "partnership": "", "round": ""}
    assert vm.respondent_names(None, 7) == {"name": "", "partnership": "", "round": ""}
