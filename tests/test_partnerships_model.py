"""The partnerships list's and record form's view-model (ui/partnerships/model.py), without Qt."""

from __future__ import annotations

from datetime import date

from healthdesk.errors import ValidationError
from healthdesk.services import partnerships, rounds
from healthdesk.services.dto import PartnershipInput
from healthdesk.ui.partnerships import model as vm
from tests.builders import add_submitted, make_partnership


def test_a_list_row_shows_the_latest_round_with_its_progress(db):
    p = make_partnership(db)
    rounds.create_round(db, p.id, "2025 H2", date(2025, 7, 1))
    latest = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    add_submitted(db, latest.id, "A", [4, 3])
    rounds.add_respondent(db, latest.id, "Bo", "B")
    (row,) = vm.list_view(partnerships.list_partnerships(db)).rows
    assert row.round_count == 2
    assert (row.latest.id, row.latest.label, row.latest.status) == (latest.id, "2026 H1", "open")
    counts = {c.side: (c.label, c.submitted, c.invited) for c in row.latest.counts}
    assert counts == {"A": ("CloudSoft", 2, 2), "B": ("HardCo", 0, 1)}
    assert row.sort_key(vm.Column.LATEST, "") == "2026-01-01"
    assert row.sort_key(vm.Column.ROUNDS, "") == 2


def test_a_partnership_without_rounds_has_no_latest_round(db):
    make_partnership(db)
    (row,) = vm.list_view(partnerships.list_partnerships(db)).rows
    assert row.latest is None and row.round_count == 0 and row.sort_key(vm.Column.LATEST, "") == ""


def test_nothing_yet_shows_the_empty_state_with_its_buttons_unless_read_only(db):
    view = vm.list_view(partnerships.list_partnerships(db))
    assert view.empty == vm.Empty.NO_PARTNERSHIPS and view.count_kind == vm.CountKind.NONE
    assert view.empty_actions_enabled
    assert not vm.list_view([], read_only=True).empty_actions_enabled


def test_search_matches_every_word_in_names_codes_labels_and_round_labels(db):
    p = make_partnership(db)
    make_partnership(db, "Other alliance", "OTHR")
    rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    rows = partnerships.list_partnerships(db)
    for search, expected in (
        ("cshc", 1),
        ("CSHC 2026", 1),
        ("2026 h1", 1),
        ("othr", 1),
        ("cshc othr", 0),
        ("云启", 2),  # both have the same partner here
        ("", 2),
    ):
        view = vm.list_view(rows, filters=vm.Filters(search))
        assert view.shown == expected, search
    nothing = vm.list_view(rows, filters=vm.Filters("nowhere"))
    assert nothing.empty == vm.Empty.NO_MATCH and nothing.count_kind == vm.CountKind.FILTERED


def test_archived_partnerships_are_hidden_and_counted_until_shown(db):
    p = make_partnership(db)
    make_partnership(db, "Other alliance", "OTHR")
    partnerships.set_archived(db, p.id, True)
    rows = partnerships.list_partnerships(db)
    hidden = vm.list_view(rows)
    assert (hidden.total, hidden.shown, hidden.archived_hidden) == (2, 1, 1)
    shown = vm.list_view(rows, filters=vm.Filters(show_archived=True))
    assert (shown.shown, shown.archived_hidden) == (2, 0)
    assert shown.actions(p.id).unarchive and not shown.actions(None).unarchive


def test_status_and_type_filters(db):
    make_partnership(db)
    rows = partnerships.list_partnerships(db)
    assert vm.list_view(rows, filters=vm.Filters(status="active")).shown == 1
    assert vm.list_view(rows, filters=vm.Filters(status="ended")).shown == 0
    assert vm.list_view(rows, filters=vm.Filters(type="strategic_alliance")).shown == 1
    assert vm.list_view(rows, filters=vm.Filters(type="joint_venture")).shown == 0


def test_list_buttons_need_a_choice_and_a_writable_database(db):
    p = make_partnership(db)
    view = vm.list_view(partnerships.list_partnerships(db))
    assert view.actions(None).new.enabled and not view.actions(None).open.enabled
    assert view.actions(None).delete.why == vm.Why.NOTHING_CHOSEN
    assert view.actions(p.id).delete.enabled and view.actions(p.id).open.enabled
    read_only = vm.list_view(partnerships.list_partnerships(db), read_only=True)
    assert read_only.actions(p.id).open.enabled  # looking needs no writing
    assert read_only.actions(p.id).archive.why == vm.Why.READ_ONLY
    assert read_only.actions(p.id).new.why == vm.Why.READ_ONLY


def test_a_refused_save_points_at_its_field(db):
    p = make_partnership(db)
    data = p.as_input()
    for change, expected in (
        ({"name": ""}, "name"),
        ({"partner_b_label": ""}, "partner B short label"),
    ):
        bad = PartnershipInput(**{**data.__dict__, **change})
        try:
            partnerships.update_partnership(db, p.id, bad)
        except ValidationError as error:
            assert vm.refused_field(error.code, error.params) == expected
        else:  # pragma: no cover
            raise AssertionError(change)
    other = make_partnership(db, "Other alliance", "OTHR").as_input()
    for change, expected in (({"name": p.name}, "name"), ({"code": p.code}, "code")):
        try:
            partnerships.create_partnership(
                db,
                PartnershipInput(
                    **{
                        **other.__dict__,
                        **change,
                        "code": change.get("code", "NEW"),
                        "name": change.get("name", "New one"),
                    }
                ),
            )
        except ValidationError as error:
            assert vm.refused_field(error.code, error.params) == expected
        else:  # pragma: no cover
            raise AssertionError(change)
    assert vm.refused_field("not_found", {}) is None


def test_the_first_round_is_offered_after_a_new_record_until_it_has_one(db):
    p = make_partnership(db)
    assert vm.offers_first_round(p, p.id)
    assert not vm.offers_first_round(p, None)
    rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    assert not vm.offers_first_round(partnerships.get_partnership(db, p.id), p.id)
