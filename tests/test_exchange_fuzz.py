"""Fuzzing the response-file importer: whatever arrives ends as imported (new, updated, identical) or refused with
a reason, and a refused file leaves the database exactly as it was (compared as a full SQL dump).

About 230 examples in all, so it runs in seconds.
"""

from __future__ import annotations

import contextlib
import json

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from healthdesk.framework import default_framework
from healthdesk.services import exchange, responses
from tests.test_exchange_support import answer, dump, make_setup, open_payload, read_doc, reseal

SETTINGS = dict(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
IMPORTED = ("new", "updated", "identical", "replaced")
IND = [ind.id for ind in default_framework().indicators]

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def _check(setup, path, data: bytes) -> str:
    path.write_bytes(data)
    before = dump(setup.fac)
    report = exchange.import_responses(setup.fac, [path])
    plan = report.files[0]
    assert plan.outcome in (*IMPORTED, "refused", "conflict"), plan.outcome
    if not plan.wrote:
        if plan.outcome == "refused":
            assert plan.error is not None and plan.reason_en().strip(), "refused without a reason"
        assert dump(setup.fac) == before, f"{plan.outcome} changed the database"
    with contextlib.suppress(InvalidArgument):  # outside a test run
        event(f"{plan.outcome} {plan.error.code if plan.error else plan.note}")
    return plan.outcome


def _valid_file(setup, tmp_path):
    db, rid = setup.respondent_db("Li Wei")
    answer(db, rid, 4, "问题")
    responses.record_comment(db, rid, "comment")
    return exchange.export_response(db, rid, tmp_path / "valid.hdresponse").path


def test_any_bytes_are_refused_with_a_reason(tmp_path):
    setup = make_setup(tmp_path)
    target = tmp_path / "fuzz.hdresponse"

    @settings(max_examples=60, **SETTINGS)
    @given(st.one_of(st.binary(max_size=3000), st.text(max_size=500).map(lambda t: t.encode("utf-8"))))
    def check(data):
        assert _check(setup, target, data) == "refused"

    try:
        check()
    finally:
        setup.close()


def test_mutated_valid_files_are_imported_or_refused(tmp_path):
    setup = make_setup(tmp_path)
    valid = _valid_file(setup, tmp_path).read_bytes()
    target = tmp_path / "fuzz.hdresponse"

    edits = st.lists(
        st.tuples(
            st.sampled_from(("flip", "delete", "insert", "truncate")),
            st.integers(0, 10**6),
            st.binary(min_size=1, max_size=3),
        ),
        min_size=1,
        max_size=4,
    )

    @settings(max_examples=60, **SETTINGS)
    @given(edits)
    def check(ops):
        data = bytearray(valid)
        for op, pos, chunk in ops:
            pos %= max(1, len(data))
            if op == "flip":
                if data:  # a truncation may have emptied it
                    data[pos] ^= chunk[0] or 1
            elif op == "delete":
                del data[pos : pos + len(chunk)]
            elif op == "insert":
                data[pos:pos] = chunk
            else:
                del data[pos:]
        _check(setup, target, bytes(data))

    try:
        check()
        # The untouched file still imports after all that.
        assert _check(setup, target, valid) in IMPORTED
    finally:
        setup.close()


def test_envelope_fields_replaced_by_anything_are_refused(tmp_path):
    setup = make_setup(tmp_path)
    valid = read_doc(_valid_file(setup, tmp_path))
    target = tmp_path / "fuzz.hdresponse"

    @settings(max_examples=40, **SETTINGS)
    @given(st.sampled_from(sorted(valid)), json_values)
    def check(key, value):
        doc = dict(valid)
        doc[key] = value
        data = json.dumps(doc, allow_nan=True).encode("utf-8", "surrogatepass")
        outcome = _check(setup, target, data)
        if value != valid[key]:
            assert outcome == "refused"

    try:
        check()
    finally:
        setup.close()


def test_sealed_content_with_anything_inside_is_imported_or_refused(tmp_path):
    """Content a respondent holding the invitation could seal: the domain checks are the last line."""
    setup = make_setup(tmp_path)
    valid_path = _valid_file(setup, tmp_path)
    payload = open_payload(setup, valid_path)
    uid = setup.respondents["Li Wei"].uid
    target = tmp_path / "fuzz.hdresponse"
    answer_values = st.fixed_dictionaries(
        {
            "score": st.one_of(st.none(), st.integers(-2, 8), json_scalars),
            "not_applicable": st.one_of(st.booleans(), json_scalars),
            "problem": st.one_of(st.text(max_size=30), json_scalars),
        }
    )
    changes = st.one_of(
        st.tuples(st.just("top"), st.sampled_from(sorted(payload)), json_values),
        st.tuples(st.just("answer"), st.sampled_from([*IND[:3], "made_up", ""]), answer_values),
        st.tuples(st.just("drop"), st.sampled_from(sorted(payload)), st.none()),
        st.tuples(st.just("text"), st.sampled_from(["comment", "problem"]), st.text(max_size=60)),
    )

    valid_edits = st.lists(
        st.tuples(
            st.sampled_from(IND),
            st.one_of(st.integers(1, 5), st.just("na")),
            st.text(max_size=40).filter(lambda t: "\x00" not in t),
        ),
        min_size=1,
        max_size=4,
    )

    @settings(max_examples=70, **SETTINGS)
    @given(st.lists(changes, min_size=1, max_size=3), st.booleans(), valid_edits, st.integers(0, 2))
    def check(edits, fix_id, good_edits, mode):
        doc = json.loads(json.dumps(payload))
        if mode == 0:  # plausible answers, sealed properly: must be imported
            for ind, score, problem in good_edits:
                doc["answers"][ind] = {
                    "score": None if score == "na" else score,
                    "not_applicable": score == "na",
                    "problem": problem,
                }
            doc["updated_at"] = _later(doc["updated_at"], len(good_edits))
            _fix_submission_id(doc)
            reseal(setup, uid, json.dumps(doc).encode("ascii"), target)
            outcome = _check(setup, target, target.read_bytes())
            assert outcome in IMPORTED or outcome == "conflict", outcome
            return
        for kind, key, value in edits:
            if kind == "top":
                doc[key] = value
            elif kind == "drop":
                doc.pop(key, None)
            elif kind == "text" and key == "comment":
                doc["comment"] = value
            elif kind == "text":
                answers = doc.get("answers")
                if isinstance(answers, dict) and isinstance(answers.get(IND[0]), dict):
                    answers[IND[0]]["problem"] = value
            elif isinstance(doc.get("answers"), dict):
                doc["answers"][key] = value
        if fix_id:
            _fix_submission_id(doc)
        reseal(setup, uid, json.dumps(doc, allow_nan=True).encode("ascii"), target)
        _check(setup, target, target.read_bytes())

    try:
        check()
    finally:
        setup.close()


def _fix_submission_id(doc):
    from healthdesk.exchange.response_files import Answer, submission_id

    try:
        answers = {
            k: Answer(v["score"], v["not_applicable"], v["problem"]) for k, v in doc["answers"].items()
        }
        doc["submission_id"] = submission_id(doc["status"], answers, doc["comment"])
    except Exception:  # noqa: BLE001 - content the checks will refuse anyway
        pass


_clock = {"n": 0}


def _later(stamp: str, step: int) -> str:
    """A time stamp later than every one made before in this run, so a plausible file is the newest version."""
    from datetime import datetime, timedelta

    _clock["n"] += 1
    return (datetime.fromisoformat(stamp) + timedelta(minutes=_clock["n"] * 10 + step)).isoformat()
