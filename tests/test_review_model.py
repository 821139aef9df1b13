"""The Export JMC review dialog's view-model (ui/review/model.py), without Qt: rounds offered, file name, ready."""

from __future__ import annotations

from datetime import date

from healthdesk.services import partnerships, rounds
from healthdesk.ui.review import model as vm
from tests.builders import make_partnership

TODAY = date(2026, 8, 1)


def test_rounds_newest_first_with_the_review_default_and_their_state(db):
    p = make_partnership(db)
    closed = rounds.create_round(db, p.id, "2025 H2", date(2025, 7, 1))
    rounds.set_round_status(db, closed.id, "open")
    rounds.set_round_status(db, closed.id, "closed")
    current = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    planned = rounds.create_round(db, p.id, "2026 H2", date(2026, 9, 1))
    info = partnerships.get_partnership(db, p.id)
    choices = vm.round_choices(info, TODAY)
    assert [c.id for c in choices] == [planned.id, current.id, closed.id]
    assert [c.state for c in choices] == [vm.RoundState.PLANNED, vm.RoundState.OPEN, vm.RoundState.CLOSED]
    assert vm.default_round_id(info, TODAY) == current.id  # the latest started by today, not the planned one
    assert vm.round_choices(None, TODAY) == () and vm.default_round_id(None, TODAY) is None


def test_a_partnership_without_rounds_offers_none(db):
    info = partnerships.get_partnership(db, make_partnership(db).id)
    assert vm.round_choices(info, TODAY) == () and vm.default_round_id(info, TODAY) is None


def test_the_proposed_file_name_holds_no_character_a_file_name_cannot():
    assert vm.suggested_name("CQ-HY", "2026 H2", "en") == "CQ-HY 2026 H2 JMC review (en).pdf"
    assert vm.suggested_name("A/B", "H1:x", "en", "sheet") == "A-B H1-x JMC summary sheet (en).pdf"
    # a Chinese review is named with its printed title
    assert vm.suggested_name("A/B", "H1:x", "zh", "sheet") == "A-B H1-x 联合管理委员会摘要页.pdf"
    assert vm.suggested_name("CQ-HY", "2026 H2", "zh") == "CQ-HY 2026 H2 合作健康度评审报告.pdf"


def test_key_messages_are_the_non_empty_lines():
    assert vm.bullets({"en": " One \n\n Two ", "zh": ""}) == {"en": ["One", "Two"], "zh": []}


def test_export_needs_a_round_something_to_print_and_a_file():
    assert vm.can_export(False, True, "full", {"summary"}, "/tmp/a.pdf")
    assert not vm.can_export(True, True, "full", {"summary"}, "/tmp/a.pdf")  # a review is being written
    assert not vm.can_export(False, False, "full", {"summary"}, "/tmp/a.pdf")
    assert not vm.can_export(False, True, "full", set(), "/tmp/a.pdf")
    assert vm.can_export(False, True, "sheet", set(), "/tmp/a.pdf")  # the sheet has no sections to choose
    assert not vm.can_export(False, True, "full", {"summary"}, "  ")
