"""``healthdesk key-messages PARTNERSHIP --round LABEL [--set FILE | --show] [--json]``: the facilitator's key
messages of a round, printed above the generated diagnosis on the JMC review's summary page.

FILE is UTF-8: either a JSON object ``{"en": ["...", ...], "zh": ["...", ...]}`` or plain text with one bullet per
line, where a line ``[en]`` or ``[zh]`` starts that language's bullets (English before any such line). ``--set``
replaces both languages: a language the file leaves out is cleared. At most five bullets per language, each at
most 200 characters (``services.validation.check_key_messages``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import ValidationError
from . import counted, open_db


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser(
        "key-messages",
        parents=[common],
        help="show or set a round's key messages for the JMC review",
        description="Show or set the key messages of one round: up to five short bullets in English and in "
        "Chinese (each optional), printed above the generated diagnosis in the JMC review. FILE: a JSON object "
        '{"en": [...], "zh": [...]} or plain text, one bullet per line, a line [en] or [zh] starting that '
        "language (English before any). --set replaces both languages.",
    )
    cmd.add_argument("partnership", metavar="PARTNERSHIP", help="id, short code or exact name")
    cmd.add_argument("--round", metavar="LABEL", required=True, help="round label")
    what = cmd.add_mutually_exclusive_group()
    what.add_argument("--set", metavar="FILE", type=Path, help="replace the key messages with those in FILE")
    what.add_argument("--show", action="store_true", help="print the key messages (the default)")
    cmd.add_argument("--json", action="store_true", help='print them as JSON {"en": [...], "zh": [...]}')
    cmd.set_defaults(func=cmd_key_messages)


def cmd_key_messages(args: argparse.Namespace, data_dir: Path) -> int:
    from ..services.key_messages import get_key_messages, parse_key_messages_file, set_key_messages
    from ..services.rounds import find_round

    if args.set is not None:
        try:
            data = args.set.expanduser().read_bytes()
        except OSError as exc:
            raise ValidationError(
                "key_messages_format", reason=f"cannot read {args.set}: {exc.strerror}"
            ) from None
        raw = parse_key_messages_file(data)
        with open_db(data_dir) as db:
            rnd = find_round(db, args.partnership, args.round)
            messages = set_key_messages(db, rnd.id, raw)
        total = sum(len(b) for b in messages.values())
        print(f"{counted(total, 'key message')} saved for round {rnd.label}", file=sys.stderr)
    else:
        with open_db(data_dir, read_only=True) as db:
            rnd = find_round(db, args.partnership, args.round)
            messages = get_key_messages(db, rnd.id)
    if args.json:
        doc = {"round": rnd.label, "key_messages": {lang: list(b) for lang, b in messages.items()}}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    elif args.set is None:
        if not messages:
            print(f"Round {rnd.label} has no key messages.")
        for lang, bullets in messages.items():
            print(f"[{lang}]")
            for bullet in bullets:
                print(f"- {bullet}")
    return 0
