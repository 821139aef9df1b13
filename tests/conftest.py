"""Shared fixtures: every test gets its own data folder and database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from hypothesis import settings as _hypothesis_settings

    # CI replays the same examples every run (a red run must mean a change broke something); locally each run
    # explores new examples.
    _hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")
except ImportError:  # pragma: no cover
    pass


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("HEALTHDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir


@pytest.fixture
def db(data_dir: Path):
    from healthdesk.models.db import Database

    database = Database.open(data_dir)
    yield database
    database.close()
