"""``healthdesk backup | backups | restore FILE | check``: the data-safety commands.

``backup`` and ``restore`` take the writer lock (exit 3 while the app or another command holds the folder);
``backups`` and ``check`` only read and work while the app is open. Exit 4: damaged, foreign or newer database.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import maintenance
from ..errors import DamagedError, StorageError
from ..paths import DataPaths
from . import open_db


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser(
        "backup", parents=[common], help="take a verified backup now and print its path (needs the folder)"
    )
    backup.set_defaults(func=cmd_backup)

    backups = sub.add_parser(
        "backups",
        parents=[common],
        help="list the backups: date, size, reason (read-only; works while the app runs)",
    )
    backups.add_argument("--json", action="store_true", help="machine-readable output")
    backups.set_defaults(func=cmd_backups)

    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup; what it replaced is kept (needs the folder)",
    )
    restore.add_argument("file", metavar="FILE", help="a backup file, or its name in the backups folder")
    restore.set_defaults(func=cmd_restore)

    check = sub.add_parser(
        "check", parents=[common], help="full integrity check, read-only: exit 0 when sound, 4 when damaged"
    )
    check.set_defaults(func=cmd_check)


def cmd_backup(args: argparse.Namespace, data_dir: Path) -> int:
    with open_db(data_dir) as db:
        path = maintenance.backup_now(db, reason="manual")
    print(path)
    return 0


HOLDS_MORE = "holds data the current database does not"


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def cmd_backups(args: argparse.Namespace, data_dir: Path) -> int:
    found = maintenance.list_backups(data_dir)
    richer = maintenance.backup_holding_more(data_dir) if found else None
    richer_path = richer.path if richer is not None else None
    if args.json:
        rows = [
            {
                "file": str(b.path),
                "taken_at": b.taken_at.isoformat(timespec="seconds"),
                "size": b.size,
                "reason": b.reason,
                "schema": b.schema,
                "holds_more": b.path == richer_path,
            }
            for b in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(f"no backups in {Path(data_dir) / 'backups'}", file=sys.stderr)
        return 0
    for b in found:
        mark = f"  ({HOLDS_MORE})" if b.path == richer_path else ""
        print(f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {_size(b.size):>9}  {b.reason:<24}  {b.path.name}{mark}")
    if richer is not None:
        print(
            f"{richer.path.name} is kept until you delete it by hand; to bring its data back: "
            f"healthdesk restore {richer.path.name}",
            file=sys.stderr,
        )
    return 0


def cmd_restore(args: argparse.Namespace, data_dir: Path) -> int:
    maintenance.print_folder_warnings(data_dir)
    result = maintenance.restore(data_dir, args.file)
    print(f"restored {DataPaths(data_dir).database} from {result.restored_from}")
    if result.kept is not None:
        print(f"the database it replaced was kept at {result.kept}")
    return 0


def cmd_check(args: argparse.Namespace, data_dir: Path) -> int:
    result = maintenance.check(data_dir)
    if result.ok:
        print("ok")
        return 0
    if result.code == "no_database":
        raise StorageError("no_database", path=str(data_dir))
    error = result.error()
    if error is not None:
        raise error  # DamagedError (exit 4) for damaged, foreign or newer files; the disk's own error otherwise
    raise DamagedError("damaged", path=str(result.report.path), reason=result.reason)
