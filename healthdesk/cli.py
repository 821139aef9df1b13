"""``healthdesk [--data-dir DIR] COMMAND …``: the command line over the same services the screens use.

Each group of commands lives in ``healthdesk/commands/<group>.py`` with a ``register(subparsers, common)``
function. Exit codes: 0 ok; 1 bad input or not found; 2 usage; 3 the data folder is held by another writer;
4 the database is damaged or from a newer version.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, HealthDeskError

log = logging.getLogger("healthdesk")

COMMAND_GROUPS = (
    "healthdesk.commands.core",
    "healthdesk.commands.safety",
    "healthdesk.commands.report",
    "healthdesk.commands.exchange",
    "healthdesk.commands.actions",
    "healthdesk.commands.key_messages",
)


# Commands that change nothing and show no data: they may run while respondent mode is active (issue 13).
RUN_IN_RESPONDENT_MODE = ("backups", "check")


def refuse_in_respondent_mode(args: argparse.Namespace, data_dir: Path) -> None:
    """While a respondent has the laptop, no command shows data: raise LockedError("respondent_mode"). The app
    (``open FILE`` included) refuses on its own screen."""
    if args.command in RUN_IN_RESPONDENT_MODE or (
        args.command == "open" and not getattr(args, "no_app", False)
    ):
        return
    from .models.lock import respondent_mode_holder
    from .paths import DataPaths

    if respondent_mode_holder(DataPaths(data_dir).lock) is not None:
        from .errors import LockedError

        raise LockedError("respondent_mode", path=str(data_dir))


OPENABLE_SUFFIXES = (".hdinvite", ".hdresponse")


def is_openable_file(arg: str) -> bool:
    """An invitation or response file given alone on the command line (``healthdesk FILE``)."""
    if arg.startswith("-") or not arg.lower().endswith(OPENABLE_SUFFIXES):
        return False
    return Path(arg).expanduser().is_file()


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors; keep its one-line style
        raise UsageError(message)


def common_options() -> argparse.ArgumentParser:
    """Options accepted both before and after the subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder (default: the user data folder, or $HEALTHDESK_DATA_DIR)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = _Parser(
        prog="healthdesk",
        description="Partnership health assessments for both partners of a joint venture or alliance.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"healthdesk {__version__}")
    parser.add_argument(
        "--lang", choices=("en", "zh"), default=None, help="language of the app (default: saved or system)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module_name in COMMAND_GROUPS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # a command group that is not built yet
            raise
        module.register(sub, common)
    return parser


def setup_logging(data_dir: Path | None, to_file: bool = True) -> None:
    """Warnings to stderr; everything to the data folder's log (the app sets up its file log after first paint)."""
    root = logging.getLogger()
    if root.handlers:
        return
    handler: logging.Handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if to_file and data_dir is not None and data_dir.is_dir():
        # Only into a folder that exists: a mistyped --data-dir must not create folders for a read-only command.
        from .maintenance import setup_file_logging

        setup_file_logging(data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    from .paths import data_dir as resolve_data_dir

    argv = list(sys.argv[1:] if argv is None else argv)
    # No command: the desktop app. Decided before the command groups (and SQLAlchemy with them) are imported,
    # so the window frame paints as early as a bare Qt window's.
    pre = _Parser(add_help=False)
    pre.add_argument("--data-dir", default=None)
    pre.add_argument("--lang", default=None)
    try:
        known, rest = pre.parse_known_args(argv)
    except UsageError:
        known, rest = None, argv
    if known is not None and not rest and known.lang in (None, "en", "zh"):
        from .ui.shell.app import run_app

        data_dir = resolve_data_dir(known.data_dir)
        setup_logging(data_dir, to_file=False)
        return run_app(data_dir, lang=known.lang, argv=[sys.argv[0]])
    if (
        known is not None
        and len(rest) == 1
        and is_openable_file(rest[0])
        and known.lang in (None, "en", "zh")
    ):
        # `healthdesk FILE` (what a file manager may run): like `healthdesk open FILE`.
        from .ui.shell.app import run_app

        data_dir = resolve_data_dir(known.data_dir)
        setup_logging(data_dir, to_file=False)
        return run_app(
            data_dir, lang=known.lang, argv=[sys.argv[0]], open_path=str(Path(rest[0]).expanduser())
        )
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"healthdesk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    setup_logging(data_dir)
    func = getattr(args, "func", None)
    try:
        if func is None:
            from .ui.shell.app import run_app

            return run_app(data_dir, lang=args.lang, argv=[sys.argv[0]])
        refuse_in_respondent_mode(args, data_dir)
        return int(func(args, data_dir) or EXIT_OK)
    except HealthDeskError as exc:
        print(f"healthdesk: error: {exc.message_en()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # an unexpected error: logged in the data folder, one clear line here
        log.exception("unexpected error")
        print(
            f"healthdesk: error: unexpected {type(exc).__name__}: {exc} (details in {data_dir / 'logs'})",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    raise SystemExit(main())
