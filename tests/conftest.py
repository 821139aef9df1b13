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


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test run; a test works on a copy of it (``demo_db`` or its own)."""
    from healthdesk.demo import build_demo
    from healthdesk.models.db import Database
    from healthdesk.paths import DataPaths

    folder = tmp_path_factory.mktemp("demo") / "data"
    database = Database.open(folder)
    try:
        build_demo(database)
    finally:
        database.close(backup="never")
    return DataPaths(folder).database


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path):
    """A fresh copy of the demo, opened; results kept in memory by an earlier test are forgotten first and after."""
    import shutil

    from healthdesk.models.db import Database
    from healthdesk.paths import DataPaths
    from healthdesk.services import summary as summary_svc

    folder = tmp_path / "demo"
    folder.mkdir()
    shutil.copy(demo_file, DataPaths(folder).database)
    summary_svc.clear_memory()
    database = Database.open(folder)
    yield database
    database.close(backup="never")
    summary_svc.clear_memory()
