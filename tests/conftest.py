"""Shared fixtures: every test gets its own data folder and database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from hypothesis import HealthCheck
    from hypothesis import settings as _hypothesis_settings

    # No example may fail for being slow on a busy machine: no per-example deadline, no "too slow" health check.
    _hypothesis_settings.register_profile(
        "healthdesk", deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    # CI replays the same examples every run (a red run must mean a change broke something); locally each run
    # explores new examples.
    _hypothesis_settings.register_profile(
        "ci",
        parent=_hypothesis_settings.get_profile("healthdesk"),
        derandomize=True,
        database=None,
        print_blob=True,
    )
    _hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "healthdesk")
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
