"""A round's results out to Excel (.xlsx) and CSV: per side and joint, never per person.

What goes out is what the scoring engine discloses (``RoundScores``): side means, counts and spreads, joint values,
gaps and lights, the sides' problem descriptions and comments unattributed and sorted. A side below the anonymity
threshold is withheld here exactly as on screen and in the PDF; nobody's individual answers are in these files
(only the confidential history JSON has them). Formats: ``docs/formats/data-xlsx-csv.md``.

Every cell goes out through one writer (``_xlsx_row`` / ``_csv_row``, headers and sheet names included): a text
starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe in CSV (Excel then
shows it as text), and is stored as a plain string with the "quote prefix" style in .xlsx, so a label, a name or a
comment can never become a formula.

A round that is not closed: while its setting "share results only once the round is closed" is on, it is refused
when asked for by name and left out (with the reason in "Withheld") of an export of every round
(``exchange.sharing``); with the setting off, every sheet and the CSV say "preliminary".
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..analysis import followup as rules
from ..analysis.numbers import fmt1, fmt2, to_float
from ..analysis.types import Withheld
from ..errors import NotFoundError
from ..framework import Framework, get_framework
from ..maintenance import atomic_write
from ..models.db import Database
from ..services.dto import PartnershipInfo
from ..services.summary import partnership_history
from . import frameworks as fws
from .sharing import check_sharing, sealed

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# The tables' own bilingual catalogue (like the PDF's): key -> (English, Chinese).
WORDS: dict[str, tuple[str, str]] = {
    "about": ("About", "说明"),
    "scores": ("Scores", "得分"),
    "participation": ("Participation", "参与情况"),
    "problems": ("Problems", "问题描述"),
    "comments": ("Comments", "总体意见"),
    "withheld": ("Withheld", "未公开项"),
    "partnership": ("Partnership", "合作关系"),
    "code": ("Code", "代码"),
    "partner": ("Partner {side}", "合作方 {side}"),
    "rounds": ("Rounds", "评估轮次"),
    "exported": ("Exported", "导出时间"),
    "framework": ("Framework", "评估框架"),
    "anonymity": ("Anonymity", "匿名保护"),
    "anonymity_text": (
        "Results per side, never per person. A side with fewer submitted responses than the round's threshold "
        "is withheld; problem descriptions and comments are unattributed and sorted.",
        "仅按合作方汇总，不含个人答案。提交人数少于本轮匿名阈值的一方不予公开；问题描述和意见不署名并已排序。",
    ),
    "round": ("Round", "轮次"),
    "start": ("Start", "开始日期"),
    "level": ("Level", "层级"),
    "dimension": ("Dimension", "维度"),
    "indicator": ("Indicator", "指标"),
    "overall": ("Overall", "总体"),
    "score_of": ("{label}: score", "{label}：得分"),
    "answers_of": ("{label}: scores given", "{label}：评分人数"),
    "na_of": ("{label}: not applicable", "{label}：不适用"),
    "spread_of": ("{label}: spread", "{label}：离散度"),
    "joint": ("Joint", "双方综合"),
    "gap": ("Gap (A − B)", "差距 (A − B)"),
    "gap_flagged": ("Large gap", "差距过大"),
    "light": ("Light", "信号灯"),
    "index": ("Health index (0–100)", "健康指数 (0–100)"),
    "side": ("Side", "合作方"),
    "invited": ("Invited", "受邀人数"),
    "submitted": ("Submitted", "已提交"),
    "in_progress": ("In progress", "填写中"),
    "side_withheld": ("Withheld", "未公开"),
    "text": ("Text", "内容"),
    "reason": ("Reason", "原因"),
    "status": ("Status", "状态"),
    "preliminary": (
        "PRELIMINARY: round {labels} is still open; its results may change until it is closed",
        "初步结果：轮次 {labels} 尚未结束；结束前结果仍可能变化",
    ),
    "w_sealed": (
        "round {label} is open and shares its results only once it is closed; export it after closing it",
        "轮次 {label} 尚未结束，结束后才公开结果；请在结束该轮次后再导出",
    ),
    "yes": ("yes", "是"),
    "red": ("red ✕", "红 ✕"),
    "amber": ("amber ●", "黄 ●"),
    "green": ("green ✓", "绿 ✓"),
    "w_side": (
        "{label}: {submitted} of {required} required responses submitted; this side's results are withheld",
        "{label}：已提交 {submitted} 份，少于所需的 {required} 份；该方结果不予公开",
    ),
    "w_indicator": (
        "{label}, {indicator}: {scored} of {required} required scores; withheld",
        "{label}，{indicator}：评分 {scored} 份，少于所需的 {required} 份；不予公开",
    ),
    "w_blind": (
        "blind round: no results until both sides have {threshold} submitted responses (still missing: {waiting})",
        "盲评轮次：双方各有 {threshold} 份已提交答卷之前不显示任何结果（仍缺：{waiting}）",
    ),
    "w_both": (
        "{label} is withheld: joint values, gaps, index and light need both sides",
        "{label} 未公开：双方综合值、差距、指数和信号灯需要双方数据",
    ),
}


def word(key: str, lang: str, **params: Any) -> str:
    en, zh = WORDS[key]
    text = zh if lang.startswith("zh") else en
    return text.format(**params) if params else text


def safe_text(value: str) -> str:
    """Text a person typed, made inert for spreadsheets (see the module docstring)."""
    value = _ILLEGAL_XML.sub("\ufffd", value)
    if value.startswith(DANGEROUS_START):
        return "'" + value
    return value


@dataclass
class Sheet:
    key: str
    header: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    number_formats: dict[int, str] = field(default_factory=dict)  # column index -> Excel number format
    text_columns: set[int] = field(default_factory=set)  # typed by people: neutralised


@dataclass
class DataTables:
    partnership: PartnershipInfo
    lang: str
    sheets: list[Sheet]
    tidy: list[dict[str, Any]]  # the CSV rows
    preliminary: list[str] = field(default_factory=list)  # labels of open rounds in the file (setting off)


CSV_COLUMNS = (
    "round",
    "round_start",
    "section",
    "level",
    "dimension_id",
    "dimension",
    "indicator_id",
    "indicator",
    "side",
    "side_label",
    "value",
    "answers",
    "not_applicable",
    "spread",
    "gap_flagged",
    "light",
    "invited",
    "in_progress",
    "text",
)


def _withheld_text(item: Withheld, lang: str, labels: dict[str, str], fw: Framework) -> str:
    p = item.params
    label = labels.get(p.get("side", ""), p.get("side", ""))
    if item.code == "side_below_threshold":
        return word("w_side", lang, label=label, submitted=p["submitted"], required=p["required"])
    if item.code == "indicator_below_threshold":
        ind = fw.indicator_map.get(p["indicator"])
        name = ind.name.get(lang) if ind else p["indicator"]
        return word(
            "w_indicator", lang, label=label, indicator=name, scored=p["scored"], required=p["required"]
        )
    if item.code == "needs_both_sides":
        return word("w_both", lang, label=label)
    return item.code


def collect(
    db: Database, partnership_key: str | int, round_label: str | None, lang: str, what: str = "xlsx"
) -> DataTables:
    """The tables of one round or every round. ``what`` ("xlsx" or "CSV") names the file in a refusal."""
    fws.register_stored_frameworks(db)
    partnership, all_scores = partnership_history(db, partnership_key)
    round_infos = {r.id: r for r in partnership.rounds}
    if round_label:
        chosen = [s for s in all_scores if s.label == round_label]
        if not chosen:
            raise NotFoundError("not_found", kind="round", key=round_label)
    else:
        chosen = list(all_scores)
    held_ids = {s.round_id for s in chosen if s.round_id in round_infos and sealed(round_infos[s.round_id])}
    kept = [s for s in chosen if s.round_id not in held_ids]
    held_back = [round_infos[s.round_id] for s in chosen if s.round_id in held_ids]
    if held_back and (round_label or not kept):
        check_sharing(db, partnership.code, held_back[0], what)  # raises: nothing to write but a refusal
    chosen = kept
    preliminary = [round_infos[s.round_id].label for s in chosen if round_infos[s.round_id].preliminary]
    labels = {"A": partnership.partner_a_label, "B": partnership.partner_b_label}
    la, lb = labels["A"], labels["B"]
    w = lambda key, **kw: word(key, lang, **kw)  # noqa: E731

    about = Sheet("about", [w("about"), ""], text_columns={1})
    about.rows = [
        [w("partnership"), partnership.name],
        [w("code"), partnership.code],
        [w("partner", side="A"), f"{partnership.partner_a_name} ({la})"],
        [w("partner", side="B"), f"{partnership.partner_b_name} ({lb})"],
        [w("rounds"), ", ".join(s.label for s in chosen)],
        [w("framework"), ", ".join(sorted({s.framework_key for s in chosen}))],
        [w("exported"), datetime.now().replace(microsecond=0).isoformat(sep=" ")],
        [w("anonymity"), w("anonymity_text")],
    ]
    score_header = [w("round"), w("level"), w("dimension"), w("indicator")]
    for label in (la, lb):
        score_header += [w("score_of", label=label), w("answers_of", label=label), w("na_of", label=label)]
        score_header += [w("spread_of", label=label)]
    score_header += [w("joint"), w("gap"), w("gap_flagged"), w("light"), w("index")]
    scores = Sheet(
        "scores",
        score_header,
        number_formats={
            4: "0.00",
            7: "0.00",
            8: "0.00",
            11: "0.00",
            12: "0.00",
            13: "+0.00;-0.00;0.00",
            16: "0.0",
        },
    )
    participation = Sheet(
        "participation",
        [w("round"), w("side"), w("invited"), w("submitted"), w("in_progress"), w("side_withheld")],
    )
    problems = Sheet(
        "problems", [w("round"), w("dimension"), w("indicator"), w("side"), w("text")], text_columns={4}
    )
    comments = Sheet("comments", [w("round"), w("side"), w("text")], text_columns={2})
    withheld = Sheet("withheld", [w("round"), w("reason")])
    tidy: list[dict[str, Any]] = []
    if preliminary:
        notice = w("preliminary", labels=", ".join(preliminary))
        about.rows.insert(0, [w("status"), notice])
        for label in preliminary:
            row = dict.fromkeys(CSV_COLUMNS, "")
            row.update(round=label, section="preliminary", text=notice)
            tidy.append(row)
    for info in held_back:
        reason = w("w_sealed", label=info.label)
        withheld.rows.append([info.label, reason])
        row = dict.fromkeys(CSV_COLUMNS, "")
        row.update(round=info.label, round_start=info.start_date.isoformat(), section="withheld", text=reason)
        tidy.append(row)

    for s in chosen:
        fw = get_framework(s.framework_key)
        info = round_infos.get(s.round_id)
        visible = info is None or rules.results_visible(info.blind, info.threshold, info.submitted)
        base = {"round": s.label, "round_start": s.start_date.isoformat()}

        def light(value: str | None) -> str:
            return w(value) if value else ""

        def add_tidy(base: dict[str, Any] = base, **values: Any) -> None:
            row = dict.fromkeys(CSV_COLUMNS, "")
            row.update(base)
            row.update({k: ("" if v is None else v) for k, v in values.items()})
            tidy.append(row)

        def side_cells(value, answers, na, spread) -> list[Any]:  # noqa: ANN001
            return [to_float(value), answers, na, spread]

        a, b = s.sides["A"], s.sides["B"]
        for side, ss in (("A", a), ("B", b)):
            hidden = ss.withheld or not visible
            participation.rows.append(
                [s.label, labels[side], ss.invited, ss.submitted, ss.in_progress, w("yes") if hidden else ""]
            )
            add_tidy(
                section="participation",
                side=side,
                side_label=labels[side],
                value=ss.submitted,
                invited=ss.invited,
                in_progress=ss.in_progress,
                text="withheld" if hidden else "",
            )
        if not visible:  # the blind rule: nothing of a blind round until both sides reached the threshold
            waiting = rules.sides_waiting(info.blind, info.threshold, info.submitted)
            reason = w(
                "w_blind",
                threshold=info.threshold,
                waiting=", ".join(f"{labels[k]} {n}" for k, n in sorted(waiting.items())),
            )
            withheld.rows.append([s.label, reason])
            add_tidy(section="withheld", text=reason)
            continue
        # overall
        scores.rows.append(
            [s.label, w("overall"), "", ""]
            + side_cells(a.overall, a.submitted if not a.withheld else None, None, None)
            + side_cells(b.overall, b.submitted if not b.withheld else None, None, None)
            + [to_float(s.overall), None, "", light(s.light), to_float(s.index)]
        )
        for side, ss in (("A", a), ("B", b)):
            add_tidy(
                section="score", level="overall", side=side, side_label=labels[side], value=fmt2(ss.overall)
            )
        add_tidy(section="score", level="overall", side="joint", value=fmt2(s.overall), light=s.light or "")
        add_tidy(section="index", level="overall", side="joint", value=fmt1(s.index))
        for dim in fw.dimensions:
            jd = s.dimensions.get(dim.id)
            dname = dim.name.get(lang)
            scores.rows.append(
                [s.label, w("dimension"), dname, ""]
                + side_cells(a.dimensions.get(dim.id), None, None, None)
                + side_cells(b.dimensions.get(dim.id), None, None, None)
                + [
                    to_float(jd.joint) if jd else None,
                    to_float(jd.gap) if jd else None,
                    w("yes") if jd and jd.gap_flagged else "",
                    light(jd.light if jd else None),
                    None,
                ]
            )
            dim_ids = {"level": "dimension", "dimension_id": dim.id, "dimension": dname}
            for side, ss in (("A", a), ("B", b)):
                add_tidy(
                    section="score",
                    side=side,
                    side_label=labels[side],
                    value=fmt2(ss.dimensions.get(dim.id)),
                    **dim_ids,
                )
            if jd:
                add_tidy(section="score", side="joint", value=fmt2(jd.joint), light=jd.light or "", **dim_ids)
                add_tidy(
                    section="score",
                    side="gap",
                    value=fmt2(jd.gap),
                    gap_flagged="yes" if jd.gap_flagged else "",
                    **dim_ids,
                )
            for ind in dim.indicators:
                ji = s.indicators.get(ind.id)
                iname = ind.name.get(lang)
                cells: list[Any] = [s.label, w("indicator"), dname, iname]
                ind_ids = {"level": "indicator", "dimension_id": dim.id, "dimension": dname}
                ind_ids |= {"indicator_id": ind.id, "indicator": iname}
                for side, ss in (("A", a), ("B", b)):
                    si = ss.indicators.get(ind.id)
                    if si is None or ss.withheld:
                        cells += [None, None, None, None]
                        add_tidy(section="score", side=side, side_label=labels[side], **ind_ids)
                        continue
                    cells += [to_float(si.value), si.scored, si.not_applicable, si.spread]
                    add_tidy(
                        section="score",
                        side=side,
                        side_label=labels[side],
                        value=fmt2(si.value),
                        answers=si.scored,
                        not_applicable=si.not_applicable,
                        spread=fmt2(si.spread) if si.spread is not None else "",
                        **ind_ids,
                    )
                cells += [
                    to_float(ji.joint) if ji else None,
                    to_float(ji.gap) if ji else None,
                    w("yes") if ji and ji.gap_flagged else "",
                    light(ji.light if ji else None),
                    None,
                ]
                scores.rows.append(cells)
                if ji:
                    add_tidy(
                        section="score", side="joint", value=fmt2(ji.joint), light=ji.light or "", **ind_ids
                    )
                    add_tidy(
                        section="score",
                        side="gap",
                        value=fmt2(ji.gap),
                        gap_flagged="yes" if ji.gap_flagged else "",
                        **ind_ids,
                    )
                for side in ("A", "B"):
                    for text in s.problems.get(ind.id, {}).get(side, ()):
                        problems.rows.append([s.label, dname, iname, labels[side], text])
                        add_tidy(section="problem", side=side, side_label=labels[side], text=text, **ind_ids)
        for side in ("A", "B"):
            for text in s.comments.get(side, ()):
                comments.rows.append([s.label, labels[side], text])
                add_tidy(section="comment", side=side, side_label=labels[side], text=text)
        for item in s.withheld:
            reason = _withheld_text(item, lang, labels, fw)
            withheld.rows.append([s.label, reason])
            add_tidy(section="withheld", side=item.params.get("side", ""), text=reason)
    return DataTables(
        partnership, lang, [about, scores, participation, problems, comments, withheld], tidy, preliminary
    )


def xlsx_bytes(tables: DataTables) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    notice = (
        word("preliminary", tables.lang, labels=", ".join(tables.preliminary)) if tables.preliminary else ""
    )
    for sheet in tables.sheets:
        ws = wb.create_sheet(_sheet_title(word(sheet.key, tables.lang)))
        header_row = 1
        if notice:  # every sheet of an open round's results says so, on screen and in print
            _xlsx_row(ws, 1, [notice], sheet)
            ws.cell(1, 1).font = Font(bold=True, color="9C0006")
            ws.oddHeader.center.text = _sheet_title(notice, 255)
            header_row = 2
        _xlsx_row(ws, header_row, sheet.header, sheet)
        for cell in ws[header_row]:
            cell.font = bold
        wrap = Alignment(wrap_text=True, vertical="top")
        for n, row in enumerate(sheet.rows, start=header_row + 1):
            _xlsx_row(ws, n, row, sheet, wrap)
        ws.freeze_panes = f"A{header_row + 1}"
        for col in range(1, len(sheet.header) + 1):
            longest = max(
                [len(str(ws.cell(r, col).value or "")) for r in range(header_row, min(ws.max_row, 200) + 1)]
                or [8]
            )
            ws.column_dimensions[get_column_letter(col)].width = max(8, min(60, longest * 1.2 + 2))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _xlsx_row(ws, row: int, values: list[Any], sheet: Sheet, wrap: Any = None) -> None:  # noqa: ANN001
    """The one way a row goes into a sheet (header, notice and data rows alike): text is always a string cell,
    never a formula; numbers keep the sheet's number format."""
    for col, value in enumerate(values):
        cell = ws.cell(row=row, column=col + 1)
        if isinstance(value, str):
            _set_text(cell, value)
            if wrap is not None and col in sheet.text_columns:
                cell.alignment = wrap
        elif value is not None:
            cell.value = value
            if col in sheet.number_formats and isinstance(value, int | float):
                cell.number_format = sheet.number_formats[col]


def _sheet_title(text: str, cap: int = 31) -> str:
    """A sheet name (or print header) from the same neutraliser: no characters Excel forbids there."""
    cleaned = re.sub(r"[\\/?*\[\]:]", " ", _ILLEGAL_XML.sub("\ufffd", text)).strip("' ")
    return cleaned.replace("&", "&&")[:cap] if cap > 31 else cleaned[:cap]


def _set_text(cell, value: str) -> None:  # noqa: ANN001
    """Store text as text: never a formula, whatever it starts with."""
    cleaned = _ILLEGAL_XML.sub("\ufffd", value)
    cell.value = cleaned
    cell.data_type = "s"
    if cleaned.startswith(DANGEROUS_START):
        cell.quotePrefix = True


NUMBER_COLUMNS = ("value", "spread")  # formatted numbers ("-0.50"): they stay numbers


def _csv_row(row: dict[str, Any] | None = None) -> dict[str, Any]:
    """The one way a CSV row is written (the header row too): typed text gets its single leading apostrophe."""
    if row is None:
        return {key: safe_text(key) for key in CSV_COLUMNS}
    out = {}
    for key, value in row.items():
        if isinstance(value, str) and not (key in NUMBER_COLUMNS and _is_number(value)):
            value = safe_text(value)
        out[key] = value
    return out


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def csv_bytes(tables: DataTables) -> bytes:
    """UTF-8 with a byte-order mark (so Excel shows Chinese), comma-separated, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writerow(_csv_row())
    for row in tables.tidy:
        writer.writerow(_csv_row(row))
    return buffer.getvalue().encode("utf-8-sig")


def export_tables(
    db: Database,
    partnership_key: str | int,
    round_label: str | None,
    fmt: str,
    path: str | Path,
    lang: str = "en",
) -> Path:
    tables = collect(db, partnership_key, round_label, lang, what="CSV" if fmt == "csv" else "xlsx")
    data = xlsx_bytes(tables) if fmt == "xlsx" else csv_bytes(tables)
    return atomic_write(Path(path).expanduser(), data)
