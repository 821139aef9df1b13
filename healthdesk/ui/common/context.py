"""AppContext: what every page and window of the running app shares (database, language, signals).

Widgets never build SQL: they call a service function through ``ctx.call`` (which shows a typed error in the
user's language and tells every page that data changed) or ``ctx.try_call`` (which hands the error back, for
forms that show it inline). A screen fills itself with ``ctx.fetch``: the read runs on the background queue
(``tasks.py``) and its result comes back on the GUI thread, so a long read never freezes the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...errors import HealthDeskError
from ...maintenance import Database
from ...paths import DataPaths
from . import i18n
from .messages import error_text as _error_text
from .tasks import Control, Task, run_in_background

log = logging.getLogger(__name__)

T = TypeVar("T")

# owner's id -> its newest fetch (see AppContext.fetch)
_latest_fetch: dict[int, Task] = {}  # only while it runs: a delivered fetch keeps nothing (its screen) alive
_watched: set[int] = set()  # owners whose destruction forgets their fetch

# Service functions whose name starts like this only read; everything else is taken to write.
READ_PREFIXES = (
    "get_",
    "list_",
    "find_",
    "check_",
    "summar",
    "partnership_history",
    "partnership_round_scores",
    "all_",
    "framework_",
    "has_",
    "missing_",
    "load_",
    "read_",
    "newest_",
    "verify_",
    "export_",
    "count_",
)


def writes(fn: Callable[..., Any]) -> bool:
    explicit = getattr(fn, "healthdesk_writes", None)
    if explicit is not None:
        return bool(explicit)
    name = getattr(fn, "__name__", "")
    return not name.startswith(READ_PREFIXES)


class AppContext(QObject):
    """One per running app, passed to every page and window."""

    language_changed = Signal(str)  # "en" | "zh", emitted after the translators were swapped
    data_changed = Signal()  # emitted after any write made through the UI
    database_replaced = Signal()  # after a backup was restored: every page reloads everything
    status_message = Signal(str, int)  # text, timeout in ms (0 = until replaced)

    def __init__(
        self,
        db: Database,
        data_dir: Path | None = None,
        lang: str = "en",
        settings: Any = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.data_dir = Path(data_dir) if data_dir is not None else db.paths.root
        self.paths = DataPaths(self.data_dir)
        self.lang = i18n.normalise(lang)
        # True once the user chose a language (--lang, a saved choice, the language menu): an invitation's
        # language is then not imposed.
        self.language_chosen = False
        self.settings = settings

    # -- state ------------------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return bool(self.db.read_only)

    def set_language(self, lang: str) -> None:
        """Switch the language while the app runs: translators first, then every page re-sets its texts."""
        lang = i18n.apply_language(lang)
        self.lang = lang
        self.language_chosen = True
        if self.settings is not None:
            self.settings.language = lang
        self.language_changed.emit(lang)

    def replace_database(self, db: Database) -> None:
        self.db = db
        self.database_replaced.emit()
        self.data_changed.emit()

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.status_message.emit(text, timeout_ms)

    # -- calling services -------------------------------------------------------------------------------
    error_text = staticmethod(
        _error_text
    )  # the one error_text (ui.messages), for screens that hold a context

    def try_call(
        self, fn: Callable[..., T], *args: Any, **kwargs: Any
    ) -> tuple[T | None, HealthDeskError | None]:
        """Run a service function; return (result, None) or (None, the typed error). Emits data_changed after a
        write that succeeded. The open database is passed as first argument unless the caller already did."""
        if not (args and isinstance(args[0], Database)):
            args = (self.db, *args)
        try:
            result = fn(*args, **kwargs)
        except HealthDeskError as exc:
            log.info("%s refused: %s", getattr(fn, "__name__", fn), exc.message_en())
            return None, exc
        if writes(fn):
            self.data_changed.emit()
        return result, None

    def fetch(
        self,
        owner: QObject,
        fn: Callable[..., T],
        *args: Any,
        done: Callable[[T | None, HealthDeskError | None], None],
        **kwargs: Any,
    ) -> Task:
        """Run a read-only service function on the background queue (the open database as first argument, as in
        ``try_call``) and hand ``(result, None)`` or ``(None, typed error)`` to ``done`` on the GUI thread.

        The newest fetch of an ``owner`` wins: an older one still queued is cancelled, and its result, if it
        arrives, is dropped. Nothing is delivered once the owner is destroyed. Another exception than a typed
        error is raised on the GUI thread (the unexpected-error dialog shows it)."""
        if writes(fn):
            raise ValueError(f"ctx.fetch is for reads; {getattr(fn, '__name__', fn)} writes")
        db = self.db
        if not (args and isinstance(args[0], Database)):
            args = (db, *args)
        key = id(owner)
        previous = _latest_fetch.get(key)
        if previous is not None:
            previous.cancel()

        def job(control: Control) -> tuple[Any, HealthDeskError | None]:
            control.check()
            try:
                return fn(*args, **kwargs), None
            except HealthDeskError as exc:
                return None, exc

        task = run_in_background(job, f"fetch {getattr(fn, '__name__', fn)}")
        if key not in _watched:
            _watched.add(key)
            owner.destroyed.connect(lambda *_a: (_latest_fetch.pop(key, None), _watched.discard(key)))
        _latest_fetch[key] = task

        def current() -> bool:
            """Still this owner's newest fetch (then it is forgotten now); False if superseded or the owner is gone."""
            if _latest_fetch.get(key) is not task:
                return False
            del _latest_fetch[key]
            return True

        def deliver(outcome: tuple[Any, HealthDeskError | None]) -> None:
            if not current():
                return
            result, error = outcome
            if error is not None:
                log.info("%s refused: %s", getattr(fn, "__name__", fn), error.message_en())
            done(result, error)

        def fail(exc: BaseException) -> None:
            if current():
                raise exc

        task.cancelled.connect(current)
        task.succeeded.connect(deliver)
        task.failed.connect(fail)
        return task

    def call(
        self, fn: Callable[..., T], *args: Any, parent: QWidget | None = None, **kwargs: Any
    ) -> T | None:
        """Run a service function with the open database as first argument. On a HealthDeskError show the
        translated message on ``parent`` and return None; otherwise emit data_changed if fn wrote and return
        fn's result."""
        result, error = self.try_call(fn, *args, **kwargs)
        if error is not None:
            from . import widgets

            widgets.show_error(parent, self.error_text(error))
            return None
        return result
