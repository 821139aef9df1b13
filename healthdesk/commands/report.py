"""``healthdesk report PARTNERSHIP -o FILE.pdf``: the printed JMC review of one round (read-only).

reportlab and matplotlib are imported only when the command runs, so the rest of the command line stays quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import date_arg, open_db


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser(
        "report",
        parents=[common],
        help="write the JMC review of a round as a PDF",
        description="Write the printed Joint Management Committee review of one round as a PDF. Read-only: "
        "works while the app holds the data folder.",
    )
    report.add_argument("partnership", metavar="PARTNERSHIP", help="id, short code or exact name")
    report.add_argument(
        "--round", metavar="LABEL", help="round label (default: the latest started by --as-of)"
    )
    report.add_argument(
        "--lang", choices=("en", "zh", "bilingual"), default="en", help="language (default en)"
    )
    report.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    report.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=date_arg,
        help="date for warnings and the default round (default today)",
    )
    report.add_argument(
        "--layout",
        choices=("full", "sheet"),
        default="full",
        help="full: the whole review (default); sheet: the one-page summary sheet (--sections does not apply)",
    )
    report.add_argument("--prepared-by", metavar="NAME", help="who prepared it (default: the facilitator)")
    report.add_argument(
        "--sections",
        metavar="NAMES",
        type=sections_arg,
        help="comma-separated sections to print, e.g. summary,followup (of: "
        + ", ".join(SECTION_NAMES)
        + "; default all); the cover and the page footer always print",
    )
    report.add_argument(
        "-o", "--output", metavar="FILE.pdf", required=True, type=Path, help="the PDF to write"
    )
    report.set_defaults(func=cmd_report)


# The names of reports/pdf.py's SECTIONS, for the help text without importing reportlab (a test keeps them equal).
SECTION_NAMES = ("cover", "summary", "results", "voices", "followup", "method", "signoff")


def sections_arg(value: str) -> frozenset[str]:
    """argparse type for ``--sections``: known names only (a usage error lists them); the cover always prints."""
    from ..reports.pdf import SECTIONS

    names = [name.strip().lower() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in SECTIONS]
    if unknown or not names:
        what = f"unknown section {', '.join(repr(n) for n in unknown)}" if unknown else "no section named"
        raise argparse.ArgumentTypeError(f"{what}; choose from {','.join(SECTIONS)}")
    return frozenset(names) | {"cover"}


def cmd_report(args: argparse.Namespace, data_dir: Path) -> int:
    from ..exchange.sharing import check_sharing
    from ..reports.data import collect_review_data
    from ..reports.review import build_review

    out = args.output.expanduser()
    with open_db(data_dir, read_only=True) as db:
        data = collect_review_data(
            db, args.partnership, round_label=args.round, as_of=args.as_of, prepared_by=args.prepared_by
        )
        # An open round whose results are shared only once it is closed: no PDF (says why and what instead).
        check_sharing(db, data.partnership.code, data.round, "PDF")
    path = build_review(
        out, data, lang=args.lang, paper=args.paper, sections=args.sections, layout=args.layout
    )
    print(f"review of {data.partnership.name}, round {data.round.label}, written to {path}", file=sys.stderr)
    return 0
