"""The offline exchange on the command line (``docs/exchange.md``).

Facilitator: ``export-invitations``, ``import-responses``, ``export-data``, ``import-data``, ``facilitator-key``.
Respondent: ``open`` (an invitation) and ``export-response``.

Exit codes: 0 ok; 1 bad input, not found, or a file refused or in conflict; 2 usage; 3 the data folder is held
by another writer (the app); 4 damaged database.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from pathlib import Path

from ..errors import EXIT_BAD_INPUT, EXIT_OK, ValidationError
from . import counted, open_db

OUTCOME_WORDS = {
    "new": "new",
    "identical": "identical",
    "updated": "updated",
    "conflict": "conflict",
    "refused": "refused",
    "replaced": "replaced",
}
NOTES = {
    "same": "the same answers are already here",
    "imported": "this file was imported before",
    "older": "older than the response already here; nothing to do",
    "newer_in_batch": "a newer file for the same respondent is in this batch",
    "empty": "the file holds no answers yet; nothing to do",
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    inv = sub.add_parser(
        "export-invitations",
        parents=[common],
        help="write one invitation file per respondent of a round (facilitator)",
        description="Write one invitation per respondent of the round into DIR. The respondent opens it with "
        "HealthDesk on their own laptop; the response file they send back can only be read in this data folder.",
    )
    inv.add_argument("partnership", metavar="PARTNERSHIP", help="id, short code or exact name")
    inv.add_argument("--round", metavar="LABEL", help="round label (default: the latest by start date)")
    inv.add_argument("--out", metavar="DIR", required=True, type=Path, help="folder for the invitation files")
    inv.add_argument(
        "--respondent", metavar="UID", action="append", help="only this respondent (repeat for several)"
    )
    inv.add_argument(
        "--all",
        action="store_true",
        help="also respondents who already submitted (left out by default: a second answer would conflict)",
    )
    inv.add_argument(
        "--language",
        choices=("en", "zh"),
        default="en",
        help="the round's language: the respondent's HealthDesk opens in it (default en)",
    )
    inv.add_argument(
        "--facilitator-email",
        metavar="ADDRESS",
        default="",
        help="where respondents send their response file back (shown to them, with a Write e-mail button)",
    )
    inv.set_defaults(func=cmd_export_invitations)

    opener = sub.add_parser(
        "open",
        parents=[common],
        help="open an invitation (or response files) in the app: the walk-through, or the import preview",
        description="Open FILE in HealthDesk: an invitation starts the walk-through, a response file the import "
        "preview. When HealthDesk already runs on this data folder, the file goes to that window and this "
        "command exits 0.",
    )
    opener.add_argument(
        "file", metavar="FILE", type=Path, help="an invitation (.hdinvite) or a response file (.hdresponse)"
    )
    opener.add_argument(
        "--no-app",
        action="store_true",
        help="only add the invitation to the data folder; do not start the app",
    )
    opener.set_defaults(func=cmd_open)

    resp = sub.add_parser(
        "export-response",
        parents=[common],
        help="seal a respondent's answers into a response file for the facilitator (respondent)",
        description="Write the response of a respondent who came from an invitation, encrypted for the "
        "facilitator who issued it. Works for a submitted response and for one still in progress.",
    )
    resp.add_argument(
        "--respondent",
        metavar="UID",
        help="respondent id (uid) or number (default: the only respondent here who came from an invitation)",
    )
    resp.add_argument("-o", "--output", metavar="FILE", required=True, type=Path, help="the file to write")
    resp.set_defaults(func=cmd_export_response)

    imp = sub.add_parser(
        "import-responses",
        parents=[common],
        help="import response files; one line per file with its outcome (facilitator)",
        description="Import response files. Prints one line per file: new, identical, updated, conflict or "
        "refused with the reason. New files and updates of unsubmitted responses are written (after a backup); "
        "a conflict is never written here: resolve it in the app. Exit 0 when every file was imported or "
        "already present, 1 when any was refused or in conflict.",
    )
    imp.add_argument("files", metavar="FILE", nargs="+", type=Path, help="response files (.hdresponse)")
    imp.add_argument("--dry-run", action="store_true", help="only say what would happen; write nothing")
    imp.set_defaults(func=cmd_import_responses)

    data = sub.add_parser(
        "export-data",
        parents=[common],
        help="a round's results as .xlsx or .csv, or a partnership's whole history as .json",
        description="xlsx/csv: results per side and joint, problem descriptions and comments unattributed; a side "
        "below the anonymity threshold is withheld. json: the whole history with every respondent's answers "
        "(confidential; for moving to another machine with import-data). Read-only.",
    )
    data.add_argument("partnership", metavar="PARTNERSHIP", help="id, short code or exact name")
    data.add_argument("--round", metavar="LABEL", help="one round (default: every round; json: always all)")
    data.add_argument("--format", choices=("xlsx", "csv", "json"), required=True)
    data.add_argument("-o", "--output", metavar="PATH", required=True, type=Path, help="the file to write")
    data.add_argument(
        "--lang", dest="out_lang", choices=("en", "zh"), default="en", help="language of names (default en)"
    )
    data.set_defaults(func=cmd_export_data)

    idata = sub.add_parser(
        "import-data",
        parents=[common],
        help="import a partnership history written by export-data --format json",
    )
    idata.add_argument("file", metavar="FILE", type=Path)
    idata.set_defaults(func=cmd_import_data)

    key = sub.add_parser(
        "facilitator-key",
        parents=[common],
        help="show this data folder's facilitator key fingerprint (to compare with a respondent by phone)",
    )
    key.set_defaults(func=cmd_facilitator_key)


def cmd_export_invitations(args: argparse.Namespace, data_dir: Path) -> int:
    from ..exchange import crypto
    from ..services import exchange

    # Reading is enough once the key exists; the first export makes the key and needs the folder.
    read_only = crypto.key_path(data_dir).exists()
    with open_db(data_dir, read_only=read_only) as db:
        written = exchange.export_invitations(
            db,
            args.partnership,
            args.round,
            args.out,
            args.respondent,
            include_submitted=args.all,
            language=args.language,
            facilitator_email=args.facilitator_email,
        )
        key = exchange.facilitator_key(db)
    for item in written:
        print(f"{item.path}\t{item.side}\t{item.name}")
    if key is not None:
        print(
            f"{counted(len(written), 'invitation')} written, each with a ready-to-send message beside it (.txt); "
            f"facilitator key {key.short} (response files can only be read in this data folder)",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_open(args: argparse.Namespace, data_dir: Path) -> int:
    from ..services import exchange

    path = args.file.expanduser()
    _only_regular_files([path])
    if args.no_app:
        with open_db(data_dir, create=True) as db:
            opened = exchange.open_invitation(db, path)
        _print_opened(opened)
        return EXIT_OK
    from ..ui.shell.app import run_app

    lang = getattr(args, "lang", None)
    if "open_path" in inspect.signature(run_app).parameters:
        return int(run_app(data_dir, lang=lang, argv=[sys.argv[0]], open_path=str(path)))
    # This app shell cannot open a file at start yet: add the invitation first, then start the app.
    with open_db(data_dir, create=True) as db:
        opened = exchange.open_invitation(db, path)
    _print_opened(opened)
    print(
        "starting HealthDesk: choose the round on the Rounds page and fill in your answers", file=sys.stderr
    )
    return int(run_app(data_dir, lang=lang, argv=[sys.argv[0]]))


def _print_opened(opened) -> None:  # noqa: ANN001
    state = "added" if opened.created else "already here"
    print(
        f"invitation for {opened.respondent_name}: partnership {opened.partnership_name}, round "
        f"{opened.round_label} ({state}); respondent number {opened.respondent_id}"
    )


def cmd_export_response(args: argparse.Namespace, data_dir: Path) -> int:
    from ..services import exchange

    with open_db(data_dir, read_only=True) as db:
        who = args.respondent
        if who is None:
            invited = exchange.invited_respondents(db)
            if len(invited) != 1:
                names = "; ".join(f"{n} {name} ({p}, {label})" for n, name, p, label, _s in invited) or "none"
                raise ValidationError("required", field=f"--respondent (invited respondents here: {names})")
            who = invited[0][0]
        result = exchange.export_response(db, who, args.output)
    state = "submitted" if result.status == "submitted" else "not submitted yet"
    print(
        f"{result.path}: {result.answered} of {result.total} answered, {state}; send this file to the facilitator"
    )
    return EXIT_OK


def describe(plan) -> str:  # noqa: ANN001
    """The one line ``import-responses`` prints for a file."""
    word = OUTCOME_WORDS.get(plan.outcome, plan.outcome)
    if plan.error is not None:
        detail = plan.reason_en()
    elif plan.file is not None:
        f = plan.file
        who = f"{f.respondent_name} (side {f.side}), {f.partnership_name}, round {f.round_label}"
        status = "submitted" if f.incoming.status == "submitted" else "in progress"
        detail = f"{who}: {f.incoming.answered} of {len(f.framework.indicators)} answered, {status}"
        if plan.outcome == "conflict":
            detail += "; differs from the submitted response here, which was kept (resolve it in the app)"
        elif plan.note in NOTES:
            detail += f"; {NOTES[plan.note]}"
    else:
        detail = ""
    text = f"{plan.path}: {word}" + (f" - {detail}" if detail else "")
    return text.encode("utf-8", "replace").decode("utf-8")


def _only_regular_files(paths: list[Path]) -> None:
    """Refuse a pipe, a device or a folder before the writer lock is taken (reading one never ends). A file that
    cannot be read at all is left to the importer, which reports it with the others."""
    from ..exchange.errors import ExchangeError
    from ..exchange.formats import check_regular_file

    for path in paths:
        try:
            check_regular_file(path.expanduser())
        except ExchangeError as exc:
            if exc.code == "not_a_file":
                raise


def cmd_import_responses(args: argparse.Namespace, data_dir: Path) -> int:
    from ..services import exchange

    _only_regular_files(list(args.files))
    with open_db(data_dir, read_only=args.dry_run) as db:
        report = exchange.import_responses(db, list(args.files), dry_run=args.dry_run)
    for plan in report.files:
        print(describe(plan))
    counts = ", ".join(
        f"{report.count(o)} {o}"
        for o in ("new", "updated", "identical", "conflict", "refused")
        if report.count(o)
    )
    tail = " (dry run: nothing written)" if args.dry_run else ""
    if report.backup is not None:
        tail += f"; backup before import: {report.backup}"
    print(f"{counted(len(report.files), 'file')}: {counts}{tail}", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_BAD_INPUT


def cmd_export_data(args: argparse.Namespace, data_dir: Path) -> int:
    from ..services import exchange

    if args.format == "json" and args.round:
        raise ValidationError(
            "invalid_choice", field="--round", choices="nothing with --format json", value=args.round
        )
    with open_db(data_dir, read_only=True) as db:
        path = exchange.export_data(
            db, args.partnership, args.round, args.format, args.output, lang=args.out_lang
        )
    note = " (confidential: it holds every respondent's answers)" if args.format == "json" else ""
    print(f"{path}{note}")
    return EXIT_OK


def cmd_import_data(args: argparse.Namespace, data_dir: Path) -> int:
    from ..services import exchange

    _only_regular_files([args.file])
    with open_db(data_dir) as db:
        result = exchange.import_data(db, args.file)
    print(
        f"imported {result.name}: {counted(result.rounds, 'round')}, {counted(result.respondents, 'respondent')}, "
        f"{counted(result.responses, 'response')}"
    )
    return EXIT_OK


def cmd_facilitator_key(args: argparse.Namespace, data_dir: Path) -> int:
    from ..exchange import crypto

    key = crypto.load_key(data_dir)
    if key is None:
        print("no facilitator key yet (it is made when invitations are first exported)")
        return EXIT_OK
    print(f"{key.short}\t{key.fingerprint}\t{key.path}")
    return EXIT_OK
