"""``healthdesk report --sections``: only the named sections, the cover and the page footer always; unknown names
are a usage error that lists the valid ones."""

from __future__ import annotations

from pypdf import PdfReader

from healthdesk.cli import main
from healthdesk.commands.report import SECTION_NAMES
from healthdesk.reports.pdf import SECTIONS
from healthdesk.reports.sample import build_sample


def test_help_names_every_section():
    assert SECTION_NAMES == SECTIONS


def test_only_the_named_sections_with_cover_and_footer(db, data_dir, tmp_path, capsys):
    build_sample(db, 2, per_side=3)
    out = tmp_path / "fu.pdf"
    args = ["--data-dir", str(data_dir), "report", "CSHK", "--as-of", "2024-12-01", "-o", str(out)]
    assert main([*args, "--sections", "summary, followup"]) == 0, capsys.readouterr().err
    reader = PdfReader(str(out))
    pages = [p.extract_text() or "" for p in reader.pages]
    assert "Partnership health review" in pages[0] and "Confidential" in pages[0]  # the cover
    assert "Executive summary" in pages[1]
    joined = "\n".join(pages)
    assert "Follow-up: actions and decisions" in joined
    for absent in ("Voices: problems described", "Method", "Sign-off", "Where the partners disagree"):
        assert absent not in joined
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page


def test_an_unknown_section_is_a_usage_error_listing_the_valid_ones(db, data_dir, tmp_path, capsys):
    build_sample(db, 1, per_side=3)
    out = tmp_path / "x.pdf"
    code = main(
        ["--data-dir", str(data_dir), "report", "CSHK", "--sections", "summary,bogus", "-o", str(out)]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "bogus" in err and ",".join(SECTIONS) in err
    assert not out.exists()
