"""Shared fixtures for the GUI tests: each test gets its own temporary data folder, database and AppContext.

data_dir      a fresh temporary data folder (nothing in it yet)
db            an opened, migrated Database in data_dir (closed after the test)
settings      the AppSettings (INI in data_dir)
ctx           an AppContext on db, in English
ctx_zh        the same in Chinese
dialogs       stands in for every message box: records what was shown, answers confirmations (True)
main_window   a MainWindow attached to ctx, shown (first-run offer suppressed)
make_partnership(ctx, **overrides) -> PartnershipInfo    a valid partnership
make_round(ctx, partnership_id, **overrides) -> RoundInfo
settle()      waits until the background queue is idle and every result was delivered (screens fill
              themselves with ctx.fetch, on the queue)
"""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from healthdesk.models.db import Database  # noqa: E402
from healthdesk.services import partnerships as partnership_svc  # noqa: E402
from healthdesk.services import rounds as round_svc  # noqa: E402
from healthdesk.services.dto import Member, PartnershipInput  # noqa: E402

# A wait is a bound, never an expectation: on a busy machine drawing a chart can take far longer than pytest-qt's
# 5 s default, so every wait that names no timeout of its own gets a generous one (a passing test never waits it).
for _wait in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive", "waitCallback"):
    _defaults = getattr(getattr(QtBot, _wait, None), "__kwdefaults__", None)
    if _defaults and _defaults.get("timeout") == 5000:
        _defaults["timeout"] = 30000

pytestmark = pytest.mark.gui


@pytest.fixture
def settle(qtbot: QtBot):  # noqa: ANN201
    """Wait until every queued job ended and its result reached the screen (which may queue more: waits for all)."""
    from healthdesk.ui.common import tasks

    return lambda: qtbot.waitUntil(tasks.idle)


class DialogRecorder:
    """What the app showed instead of modal boxes; set ``answer`` to False to refuse confirmations."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.confirms: list[str] = []
        self.answer = True
        self.text_answer: str | None = None

    def show_error(self, parent, text, title=None):  # noqa: ANN001
        self.errors.append(text)

    def show_info(self, parent, text, title=None):  # noqa: ANN001
        self.infos.append(text)

    def confirm(self, parent, text, ok_text, title=None, danger=False):  # noqa: ANN001
        self.confirms.append(text)
        return self.answer

    def ask_text(self, parent, title, label, text="", password=False):  # noqa: ANN001
        return self.text_answer


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def ui_app(qapp):
    """The QApplication with the app's fonts, style and English translators (as run_app prepares it)."""
    from healthdesk.ui.common import i18n
    from healthdesk.ui.shell import app as app_module

    app_module.prepare_application(qapp, "en")
    yield qapp
    i18n.apply_language("en")


@pytest.fixture
def db(data_dir):
    database = Database.open(data_dir)
    yield database
    database.close()


@pytest.fixture
def settings(data_dir, ui_app):
    from healthdesk.ui.shell.settings import AppSettings

    return AppSettings(data_dir)


@pytest.fixture
def ctx(db, data_dir, settings, ui_app):
    from healthdesk.ui.common.context import AppContext

    context = AppContext(db, data_dir=data_dir, lang="en", settings=settings)
    yield context
    if context.lang != "en":
        from healthdesk.ui.common import i18n

        i18n.apply_language("en")


@pytest.fixture
def demo_folder(demo_file, data_dir):
    """data_dir holding a fresh copy of the demo (results an earlier test kept in memory are forgotten)."""
    import shutil

    from healthdesk.paths import DataPaths
    from healthdesk.services import summary as summary_svc

    shutil.copy(demo_file, DataPaths(data_dir).database)
    summary_svc.clear_memory()
    return data_dir


@pytest.fixture
def demo_ctx(demo_folder, ctx):
    """The app context on that copy of the demo (``ctx`` opens data_dir, which now holds it)."""
    return ctx


@pytest.fixture
def ctx_zh(ctx):
    ctx.set_language("zh")
    return ctx


@pytest.fixture
def dialogs(monkeypatch):
    from healthdesk.ui.common import widgets

    recorder = DialogRecorder()
    monkeypatch.setattr(widgets, "show_error", recorder.show_error)
    monkeypatch.setattr(widgets, "show_info", recorder.show_info)
    monkeypatch.setattr(widgets, "confirm", recorder.confirm)
    monkeypatch.setattr(widgets, "ask_text", recorder.ask_text)
    return recorder


def _make_partnership(ctx, **overrides):  # noqa: ANN001, ANN202
    n = overrides.pop("n", 1)
    data = PartnershipInput(
        name=overrides.pop("name", f"Software × Hardware {n}"),
        code=overrides.pop("code", f"SWHW{n}"),
        partner_a_name=overrides.pop("partner_a_name", "Cloudsoft Ltd"),
        partner_a_label=overrides.pop("partner_a_label", "Soft"),
        partner_b_name=overrides.pop("partner_b_name", "Hardworks Co"),
        partner_b_label=overrides.pop("partner_b_label", "Hard"),
        start_date=overrides.pop("start_date", date(2024, 3, 1)),
        members=overrides.pop("members", [Member("Li Wei", "A", "jmc_member")]),
        **overrides,
    )
    return partnership_svc.create_partnership(ctx.db, data)


def _make_round(ctx, partnership_id, **overrides):  # noqa: ANN001, ANN202
    return round_svc.create_round(
        ctx.db,
        partnership_id,
        overrides.pop("label", "2025 H1"),
        overrides.pop("start_date", date(2025, 1, 15)),
        **overrides,
    )


@pytest.fixture
def make_partnership():
    return _make_partnership


@pytest.fixture
def make_round():
    return _make_round


@pytest.fixture
def main_window(ctx, settings, qtbot, dialogs):
    from healthdesk.ui.shell.main_window import MainWindow

    settings.first_run_done = True
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.show()
    qtbot.waitExposed(window)
    return window
