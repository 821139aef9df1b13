"""``python -m healthdesk.ui [--data-dir DIR] [--lang en|zh]``: the desktop app without the command line's parser
(what ``healthdesk`` without a command runs, minus loading the command groups)."""

from __future__ import annotations

import argparse
import sys

from ..paths import data_dir as resolve_data_dir
from .shell.app import run_app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="healthdesk-app")
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--lang", choices=("en", "zh"), default=None)
    args = parser.parse_args(argv)
    return run_app(resolve_data_dir(args.data_dir), lang=args.lang, argv=[sys.argv[0]])


if __name__ == "__main__":
    raise SystemExit(main())
