"""Start-up: ``run_app(data_dir, lang, argv)`` is what ``healthdesk`` without a command runs.

Order matters for a quick, safe start: the window frame is shown first (it paints before any data is read),
then the database is opened, checked and migrated, and only then are the pages that read data built.

Python's cyclic garbage collector is held off from the start until the data pages are built: start-up allocates
some 130,000 long-lived objects (modules, classes, Qt enums, mappings) and almost no garbage, and the collections
it set off cost about a tenth of the time to ready. The objects that survive the start are then frozen
(``gc.freeze``), so later collections do not walk them again either.

``HEALTHDESK_BENCH_EXIT=first-paint|ready`` makes the process exit (``os._exit(0)``) at that moment, for
``bench/startup.py`` and the packaged-app smoke check.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

BENCH_ENV = "HEALTHDESK_BENCH_EXIT"
APP_NAME = "HealthDesk"


_gc_held = False


def _hold_gc() -> None:
    from ..common import collector

    global _gc_held
    if not _gc_held:
        collector.hold()
        _gc_held = True


def _resume_gc() -> None:
    """Collections on again (once), the start's survivors frozen out of them."""
    from ..common import collector

    global _gc_held
    if _gc_held:
        _gc_held = False
        gc.freeze()
        collector.release()


def quicken_pyside_import_check() -> None:
    """PySide6 asks of every module imported after it whether its source mentions "PySide6" (``shibokensupport.
    feature``, for ``from __feature__ import …``), with ``inspect.getsource``: each file read, decoded, split into
    lines and kept in ``linecache``. That was about a sixth of the start's import time (SQLAlchemy alone is some 250
    modules). The same question asked of the file's bytes gives the same answer in a fraction of the time; anything
    that is not a plain ``.py`` file still gets PySide6's own check. Nothing changes when PySide6's internals differ."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or getattr(original, "healthdesk_quick", False):
        return

    def mod_uses_pyside(module) -> bool:  # noqa: ANN001
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    mod_uses_pyside.healthdesk_quick = True  # type: ignore[attr-defined]
    mod_uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside


def _bench_exit() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def create_application(argv: list[str] | None = None):  # noqa: ANN201
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or [sys.argv[0]]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(
        "healthdesk"
    )  # Wayland and GNOME match the window to packaging/linux/healthdesk.desktop
    app.setWindowIcon(app_icon())
    return app


def app_icon():  # noqa: ANN201
    """The app's icon (resources/icons, made by packaging/make_icons.py) in every size it ships."""
    from PySide6.QtGui import QIcon

    from ...paths import resources_dir

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(resources_dir() / "icons" / f"healthdesk-{size}.png"))
    return icon


def prepare_application(app, lang: str, fonts_now: bool = True) -> str:  # noqa: ANN001
    """Fonts, style sheet and translators; returns the language in force. With ``fonts_now`` False the bundled
    CJK font and the style sheet are left for ``finish_preparing`` (an English window frame paints without)."""
    from ..common import i18n

    if fonts_now:
        finish_preparing(app)
    return i18n.apply_language(lang)


def finish_preparing(app) -> None:  # noqa: ANN001
    from ..common import fonts, theme

    fonts.apply_app_font(app)
    if app.styleSheet() != theme.STYLESHEET:
        app.setStyleSheet(theme.STYLESHEET)


def choose_language(lang: str | None, settings) -> str:  # noqa: ANN001
    from ..common import i18n

    if lang:
        return i18n.normalise(lang)
    if settings is not None and settings.language:
        return settings.language
    return i18n.system_language()


def open_handed_files(window, ctx, paths: list[str]) -> None:  # noqa: ANN001
    """Another launch on this data folder gave us ``paths`` (``single_instance``): come forward and open them as
    if they were dropped on the window (an invitation: the walk-through; response files: the import preview)."""
    from ..exchange import actions as exchange

    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    dialog = getattr(window, "first_run_dialog", None)
    if paths and dialog is not None and dialog.isVisible():
        dialog.reject()  # a file to open beats the demo offer
    if paths:
        window._install_exchange()
        exchange.open_paths(window, ctx, paths)


def run_app(
    data_dir: Path, lang: str | None = None, argv: list[str] | None = None, open_path: str | None = None
) -> int:
    """Run the desktop app on ``data_dir`` until the main window closes; returns the exit code."""
    _hold_gc()
    try:
        return _run_app(data_dir, lang, argv, open_path)
    finally:
        _resume_gc()


def _run_app(data_dir: Path, lang: str | None, argv: list[str] | None, open_path: str | None) -> int:
    bench = os.environ.get(BENCH_ENV, "")
    data_dir = Path(data_dir)
    from PySide6.QtCore import QTimer

    quicken_pyside_import_check()

    from ...paths import DataPaths
    from . import errors
    from .main_window import MainWindow
    from .settings import AppSettings

    app = create_application(argv)
    try:
        DataPaths(data_dir).ensure()
    except OSError:
        log.warning("could not create the data folder %s", data_dir)
    settings = AppSettings(data_dir)
    language = choose_language(lang, settings)
    # Chinese needs the bundled font before anything paints; English can have it right after the first paint.
    language = prepare_application(app, language, fonts_now=language == "zh")
    errors.install(data_dir, logging_now=False)
    from ..walkthrough import room as respondent_room

    if respondent_room.active_marker(data_dir) is not None:  # a respondent has the laptop: show nothing
        finish_preparing(app)
        if respondent_room.refuse_if_active(data_dir):
            from ...errors import EXIT_LOCKED

            return EXIT_LOCKED

    # One HealthDesk per data folder: a file opened while one runs there goes to that window (before anything
    # is shown); otherwise this one listens for later launches, from right after the first paint (before the
    # database is opened, so before any folder-lock dialog).
    from . import single_instance

    arrivals = single_instance.Arrivals(app)
    # Only macOS sends QFileOpenEvent; elsewhere the filter would only see (and slow) every event of the app.
    if sys.platform == "darwin":
        app.installEventFilter(single_instance.FileOpenEvents(arrivals, app))
    state: dict[str, object] = {}

    def listen() -> bool:
        """False when another HealthDesk took the file this launch was asked to open (then quit)."""
        instance = single_instance.InstanceServer(data_dir, app)
        if instance.listen():
            instance.files_received.connect(arrivals.receive)
            state["instance"] = instance
            return True
        instance.deleteLater()
        return not (open_path and single_instance.hand_over(data_dir, [open_path]))

    if not bench and open_path:
        if single_instance.hand_over(data_dir, [open_path]):
            log.info("handed %s to the HealthDesk running on %s", open_path, data_dir)
            return 0
        if not listen():
            return 0

    window = MainWindow(settings)
    window.opened_with_file = bool(open_path)  # no first-run demo offer over a file the user opened
    if bench == "first-paint":
        window.first_painted.connect(_bench_exit)

    def open_data() -> None:
        if state.get("opening"):
            return
        state["opening"] = True
        if not bench and not open_path:
            listen()  # when another HealthDesk answers there, this one carries on (the lock decides)
        from ..backups import safety
        from ..common.context import AppContext

        finish_preparing(app)
        errors.setup_file_logging(data_dir)
        window.build_shell()
        db = safety.open_database(data_dir, parent=window)
        if db is None or (db.read_only and respondent_room.refuse_if_active(data_dir, window)):
            if db is not None:
                db.close()
            window.close()
            app.quit()
            return
        if db.read_only:  # respondent mode starting in the HealthDesk that holds the folder closes this one
            state["respondent_watch"] = respondent_room.ReadOnlyWatch(data_dir, window)
        ctx = AppContext(db, data_dir=data_dir, lang=language, settings=settings)
        ctx.language_chosen = bool(lang) or settings.language is not None
        state["ctx"] = ctx
        if bench == "ready":
            window.ready.connect(_bench_exit)
        window.attach(ctx)
        if open_path:  # `healthdesk open FILE`: an invitation, response files or a history file
            from ..exchange import actions as exchange

            def open_file() -> None:
                window._install_exchange()
                exchange.open_path(window, ctx, open_path)

            QTimer.singleShot(0, errors.guard(open_file))

        arrivals.ready(
            lambda paths: QTimer.singleShot(0, errors.guard(lambda: open_handed_files(window, ctx, paths)))
        )
        if not db.read_only and not bench:
            state["timer"] = safety.BackupTimer(ctx, window)
        if not bench:
            state["folder_warning"] = safety.warn_about_folder(data_dir, window)

    # The frame paints first; the database is opened (and migrated) right after, before any page reads data.
    def open_data_then_collect() -> None:
        try:
            open_data()
        finally:
            _resume_gc()

    guarded_open = errors.guard(open_data_then_collect)
    window.first_painted.connect(lambda: QTimer.singleShot(0, guarded_open))
    window.show()
    QTimer.singleShot(1000, guarded_open)  # in case no paint event comes (e.g. started minimised)
    code = app.exec()
    instance = state.get("instance")
    if instance is not None:
        instance.close()
    ctx = state.get("ctx")
    if ctx is not None:
        from ..backups import safety

        safety.close_database(ctx)
    return int(code)
