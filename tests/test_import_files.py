"""Files that are not files, and keys that look alike (issue 12, section 3, bullets 2 and 3).

Importers refuse a pipe, a device or a folder before they take the writer lock (reading a FIFO never ends;
``/dev/zero`` used to be "too large (0 bytes)"), and the "sealed for another facilitator key" message shows
fingerprints long enough to differ.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from healthdesk.cli import main
from healthdesk.errors import HealthDeskError
from healthdesk.exchange import crypto
from healthdesk.exchange import formats as f
from healthdesk.models.db import Database
from healthdesk.services import exchange, responses
from tests.test_exchange_support import answer, dump, make_setup, read_doc, write_doc

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("FIFOs need a POSIX system")
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


@posix_only
@pytest.mark.parametrize("command", ["import-data", "import-responses"])
def test_a_fifo_is_refused_before_the_writer_lock(tmp_path, capsys, fifo, command):
    """The app holds the data folder: the command still says what is wrong with the file (exit 1), rather than
    waiting for the lock or hanging on the pipe."""
    folder = tmp_path / "fac"
    holder = Database.open(folder)  # the writer (the app) holds the folder
    try:
        code, _, err = run(capsys, "--data-dir", folder, command, fifo)
    finally:
        holder.close()
    assert code == 1, err
    assert "is a pipe (FIFO), not a file" in err and "nothing was read or imported" in err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("command", ["import-data", "import-responses"])
def test_a_device_is_refused_as_not_a_file_not_as_too_large(tmp_path, capsys, command):
    folder = tmp_path / "fac"
    Database.open(folder).close()
    code, _, err = run(capsys, "--data-dir", folder, command, "/dev/zero")
    assert code == 1
    assert "/dev/zero is a device, not a file" in err and "too large" not in err


def test_a_folder_is_refused_as_not_a_file(tmp_path, db):
    with pytest.raises(HealthDeskError) as err:
        exchange.import_data(db, tmp_path)
    assert err.value.code == "not_a_file" and "is a folder" in err.value.message_en()


@posix_only
def test_the_app_refuses_a_pipe_without_reading_it(tmp_path, fifo):
    """The app's own paths (sniffing a dropped file, reading an import) check before they read: a pipe is refused
    as not a file. The test holds the pipe open with more bytes in it than either reads, so that a reader that did
    read it would come back (with the wrong answer) rather than wait."""
    held = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
    try:
        os.write(held, b'{"format": "healthdesk-history", "format_version": 1, "x": "' + b"y" * 6000 + b'"}')
        assert exchange.file_kind(fifo) is None
        with pytest.raises(HealthDeskError) as err:
            f.read_capped(fifo, 100)
        assert err.value.code == "not_a_file"
        assert os.read(held, 10) == b'{"format":'  # nothing was read from it
    finally:
        os.close(held)


def test_fingerprints_of_another_key_are_shown_long_enough_to_differ(tmp_path):
    s = make_setup(tmp_path / "s")
    try:
        db, rid = s.respondent_db("Li Wei")
        answer(db, rid, 4)
        responses.submit_response(db, rid)
        path = exchange.export_response(db, rid, tmp_path / "li.hdresponse").path
        key = crypto.load_key(s.fac.paths.root)
        doc = read_doc(path)
        # Another key whose fingerprint starts with the same 16 (even 40) hex digits as this folder's.
        for same in (16, 40):
            other = (
                key.fingerprint[:same] + ("0" if key.fingerprint[same] != "0" else "1") + "a" * (63 - same)
            )
            doc["facilitator_key"] = other
            before = dump(s.fac)
            plan = exchange.import_responses(s.fac, [write_doc(tmp_path / "x.hdresponse", doc)]).files[0]
            assert plan.outcome == "refused" and plan.error.code == "wrong_facilitator"
            found, expected = plan.error.params["found"], plan.error.params["expected"]
            assert found != expected, plan.reason_en()
            assert found in plan.reason_en() and expected in plan.reason_en()
            assert key.fingerprint.startswith(expected.replace("-", ""))
            assert dump(s.fac) == before
    finally:
        s.close()


def test_distinct_fingerprints_stay_short_when_they_differ_early():
    a, b = "1234" * 16, "9234" * 16
    assert crypto.distinct_fingerprints(a, b) == (crypto.short_fingerprint(a), crypto.short_fingerprint(b))
    x, y = crypto.distinct_fingerprints("ab" * 32, "ab" * 31 + "ac")
    assert x != y and len(x.replace("-", "")) == 64


@posix_only
def test_opening_a_pipe_as_an_invitation_is_refused_before_the_writer_lock(tmp_path, capsys, fifo):
    folder = tmp_path / "laptop"
    holder = Database.open(folder)
    try:
        code, _, err = run(capsys, "--data-dir", folder, "open", fifo, "--no-app")
    finally:
        holder.close()
    assert code == 1 and "is a pipe (FIFO), not a file" in err


def test_a_missing_file_in_a_batch_is_one_refused_line_not_the_whole_batch(tmp_path, capsys):
    folder = tmp_path / "fac"
    Database.open(folder).close()
    code, out, _ = run(capsys, "--data-dir", folder, "import-responses", tmp_path / "nowhere.hdresponse")
    assert code == 1 and "nowhere.hdresponse: refused" in out
