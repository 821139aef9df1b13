"""Command groups of the ``healthdesk`` command line; each module has ``register(subparsers, common)``."""

from __future__ import annotations

import argparse
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from ..models.db import Database


@contextmanager
def open_db(data_dir: Path, read_only: bool = False, create: bool = False):
    """Writers take the folder lock; readers open read-only and work while the app holds the folder."""
    db = Database.open(data_dir, read_only=read_only, create=create)
    try:
        yield db
    finally:
        db.close()


def date_arg(value: str) -> date:
    """argparse type for YYYY-MM-DD options (``--as-of``)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 invitation", "2 invitations": the command line's English counts (``plural`` where "+s" is wrong)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
