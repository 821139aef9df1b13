"""The assessment framework: versioned data in ``resources/frameworks/*.json``, loaded into plain dataclasses.

The file format is documented in ``docs/framework.md``. Nothing here knows indicator names: they come from the file.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from . import strictjson
from .errors import NotFoundError, ValidationError
from .paths import resources_dir

FORMAT_NAME = "healthdesk-framework"
FORMAT_VERSION = 1
LANGS = ("en", "zh")
MAX_FRAMEWORK_BYTES = 2_000_000


@dataclass(frozen=True)
class Text:
    """A bilingual label."""

    en: str
    zh: str

    def get(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


@dataclass(frozen=True)
class Indicator:
    id: str
    dimension_id: str
    name: Text
    help: Text
    levels: dict[int, Text]
    weight: Fraction = Fraction(1)
    high_is_bad: bool = False


@dataclass(frozen=True)
class Dimension:
    id: str
    name: Text
    help: Text
    indicators: tuple[Indicator, ...]
    weight: Fraction = Fraction(1)


@dataclass(frozen=True)
class Tier:
    id: str
    name: Text
    min_index: Fraction


@dataclass(frozen=True)
class DiagnosisRule:
    id: str
    name: Text
    explanation: Text
    next_steps: tuple[Text, ...]
    when: dict[str, Any]


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    name: Text
    description: Text
    dimensions: tuple[Dimension, ...]
    gap_threshold: Fraction
    spread_threshold: Fraction
    red_below: Fraction
    green_from: Fraction
    trend_step: Fraction
    overdue_days: int
    gap_growth: Fraction
    falling_rounds: int
    tiers: tuple[Tier, ...]
    exit_review_after: int
    diagnosis: tuple[DiagnosisRule, ...]
    path: Path | None = field(default=None, compare=False)
    # The overall-index decline warning (``index_falling``): the index fell in ``index_falling_rounds``
    # consecutive rounds, or by at least ``index_drop`` points within the last ``index_drop_rounds`` rounds.
    # Framework files may name them under "rules"; the defaults below hold for files that do not (the shipped
    # files are never edited: their content is checked by hash when frameworks travel).
    index_falling_rounds: int = 3
    index_drop: Fraction = Fraction(10)
    index_drop_rounds: int = 4

    @property
    def key(self) -> str:
        """The version key stored with every round, e.g. ``healthdesk-default@1``."""
        return f"{self.id}@{self.version}"

    @functools.cached_property
    def indicators(self) -> tuple[Indicator, ...]:
        return tuple(ind for dim in self.dimensions for ind in dim.indicators)

    @functools.cached_property
    def indicator_map(self) -> dict[str, Indicator]:
        return {ind.id: ind for ind in self.indicators}

    @functools.cached_property
    def dimension_map(self) -> dict[str, Dimension]:
        return {dim.id: dim for dim in self.dimensions}


def _fail(path: Any, reason: str) -> ValidationError:
    return ValidationError("invalid_framework", path=str(path), reason=reason)


def zh_full_width(zh: str) -> str:
    """Chinese text with full-width punctuation: "信任度(主观评估)" reads "信任度（主观评估）" on screen, on paper and in
    every export (docs/glossary.md). A framework file's own text is never edited (its content travels
    hash-checked), so this happens as it is read; text without Chinese is left as it is."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in zh):
        return zh
    fixed = re.sub(r"\s*\(\s*", "（", zh)
    fixed = re.sub(r"\s*\)\s*", "）", fixed)
    return re.sub(r"(?<=[\u4e00-\u9fff）]),\s*", "，", fixed)


def _text(raw: Any, where: str, path: Any, required: bool = True) -> Text:
    if raw is None and not required:
        return Text("", "")
    if not isinstance(raw, dict) or not all(isinstance(raw.get(lang), str) for lang in LANGS):
        raise _fail(path, f"{where} needs text in both 'en' and 'zh'")
    if required and not all(raw[lang].strip() for lang in LANGS):
        raise _fail(path, f"{where} has an empty text")
    return Text(en=raw["en"], zh=zh_full_width(raw["zh"]))


def _bool(raw: Any, where: str, path: Any) -> bool:
    if not isinstance(raw, bool):
        raise _fail(path, f"{where} must be true or false")
    return raw


def _number(raw: Any, where: str, path: Any, positive: bool = False) -> Fraction:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise _fail(path, f"{where} must be a number")
    value = Fraction(str(raw))
    if positive and value <= 0:
        raise _fail(path, f"{where} must be greater than 0")
    return value


KNOWN_RULES = {
    "gap_threshold",
    "spread_threshold",
    "red_below",
    "green_from",
    "trend_step",
    "overdue_days",
    "gap_growth",
    "falling_rounds",
    "exit_review_after",
    "index_falling_rounds",
    "index_drop",
    "index_drop_rounds",
}

# Defaults of the index decline rule, used when a framework file does not name them.
DEFAULT_INDEX_FALLING_ROUNDS = 3
DEFAULT_INDEX_DROP = 10
DEFAULT_INDEX_DROP_ROUNDS = 4

_CONDITION_KEYS = {"any", "all", "dimension", "indicator", "any_dimension_gap_flagged"}


def _check_condition(cond: Any, dims: set[str], inds: set[str], where: str, path: Any) -> None:
    if not isinstance(cond, dict) or not cond:
        raise _fail(path, f"{where}: a condition must be an object")
    if "any" in cond or "all" in cond:
        key = "any" if "any" in cond else "all"
        if set(cond) != {key} or not isinstance(cond[key], list) or not cond[key]:
            raise _fail(path, f"{where}: '{key}' takes a non-empty list and nothing else")
        for i, sub in enumerate(cond[key]):
            _check_condition(sub, dims, inds, f"{where}.{key}[{i}]", path)
        return
    if "any_dimension_gap_flagged" in cond:
        if cond != {"any_dimension_gap_flagged": True}:
            raise _fail(path, f"{where}: any_dimension_gap_flagged takes true and nothing else")
        return
    if "dimension" in cond:
        if cond["dimension"] not in dims:
            raise _fail(path, f"{where}: unknown dimension '{cond['dimension']}'")
        rest = set(cond) - {"dimension"}
        if rest == {"below"}:
            _number(cond["below"], f"{where}.below", path)
        elif rest == {"falling_rounds"}:
            value = cond["falling_rounds"]
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise _fail(path, f"{where}: falling_rounds must be a whole number of at least 1")
        else:
            raise _fail(path, f"{where}: a dimension condition takes 'below' or 'falling_rounds'")
        return
    if "indicator" in cond:
        if cond["indicator"] not in inds:
            raise _fail(path, f"{where}: unknown indicator '{cond['indicator']}'")
        if set(cond) != {"indicator", "below"}:
            raise _fail(path, f"{where}: an indicator condition takes 'below'")
        _number(cond["below"], f"{where}.below", path)
        return
    raise _fail(
        path, f"{where}: unknown condition keys {sorted(set(cond) - _CONDITION_KEYS) or sorted(cond)}"
    )


def parse_framework(raw: Any, path: Any = "<framework>") -> Framework:
    """Validate a decoded framework file and build the dataclasses; raises ValidationError with the reason."""
    if not isinstance(raw, dict):
        raise _fail(path, "the top level must be an object")
    if raw.get("format") != FORMAT_NAME:
        raise _fail(path, f"'format' must be '{FORMAT_NAME}'")
    if raw.get("format_version") != FORMAT_VERSION:
        raise _fail(
            path,
            f"'format_version' {raw.get('format_version')!r} is not supported (expected {FORMAT_VERSION})",
        )
    for key in ("id", "version"):
        if not isinstance(raw.get(key), str) or not raw[key].strip() or "@" in raw[key]:
            raise _fail(path, f"'{key}' must be a non-empty string without '@'")
    rules = raw.get("rules", {})
    if not isinstance(rules, dict):
        raise _fail(path, "'rules' must be an object")

    dims_raw = raw.get("dimensions")
    if not isinstance(dims_raw, list) or not dims_raw:
        raise _fail(path, "'dimensions' must be a non-empty list")
    seen: set[str] = set()
    dimensions = []
    for d_index, d in enumerate(dims_raw):
        where = f"dimensions[{d_index}]"
        if not isinstance(d, dict) or not isinstance(d.get("id"), str) or not d["id"]:
            raise _fail(path, f"{where} needs an 'id'")
        if d["id"] in seen:
            raise _fail(path, f"id '{d['id']}' is used twice")
        seen.add(d["id"])
        inds_raw = d.get("indicators")
        if not isinstance(inds_raw, list) or not inds_raw:
            raise _fail(path, f"{where} needs a non-empty 'indicators' list")
        indicators = []
        for i_index, ind in enumerate(inds_raw):
            iwhere = f"{where}.indicators[{i_index}]"
            if not isinstance(ind, dict) or not isinstance(ind.get("id"), str) or not ind["id"]:
                raise _fail(path, f"{iwhere} needs an 'id'")
            if ind["id"] in seen:
                raise _fail(path, f"id '{ind['id']}' is used twice")
            seen.add(ind["id"])
            levels_raw = ind.get("levels")
            if not isinstance(levels_raw, dict) or set(levels_raw) != {"1", "2", "3", "4", "5"}:
                raise _fail(path, f"{iwhere} needs 'levels' with exactly the keys '1' to '5'")
            indicators.append(
                Indicator(
                    id=ind["id"],
                    dimension_id=d["id"],
                    name=_text(ind.get("name"), f"{iwhere}.name", path),
                    help=_text(ind.get("help"), f"{iwhere}.help", path, required=False),
                    levels={int(k): _text(v, f"{iwhere}.levels.{k}", path) for k, v in levels_raw.items()},
                    weight=_number(ind.get("weight", 1), f"{iwhere}.weight", path, positive=True),
                    high_is_bad=_bool(ind.get("high_is_bad", False), f"{iwhere}.high_is_bad", path),
                )
            )
        dimensions.append(
            Dimension(
                id=d["id"],
                name=_text(d.get("name"), f"{where}.name", path),
                help=_text(d.get("help"), f"{where}.help", path, required=False),
                indicators=tuple(indicators),
                weight=_number(d.get("weight", 1), f"{where}.weight", path, positive=True),
            )
        )
    dim_ids = {d.id for d in dimensions}
    ind_ids = {i.id for d in dimensions for i in d.indicators}

    tiers_raw = raw.get("tiers")
    if not isinstance(tiers_raw, list) or not tiers_raw:
        raise _fail(path, "'tiers' must be a non-empty list")
    tiers = tuple(
        sorted(
            (
                Tier(
                    id=str(t.get("id")),
                    name=_text(t.get("name"), f"tiers[{n}].name", path),
                    min_index=_number(t.get("min_index"), f"tiers[{n}].min_index", path),
                )
                for n, t in enumerate(tiers_raw)
                if isinstance(t, dict)
            ),
            key=lambda t: t.min_index,
            reverse=True,
        )
    )
    if len(tiers) != len(tiers_raw) or tiers[-1].min_index > 0:
        raise _fail(path, "'tiers' must be objects, and the lowest must start at min_index 0")
    tier_ids = [t.id for t in tiers]
    if len(set(tier_ids)) != len(tier_ids) or "None" in tier_ids:
        raise _fail(path, "every tier needs its own 'id'")

    diag_raw = raw.get("diagnosis", [])
    if not isinstance(diag_raw, list):
        raise _fail(path, "'diagnosis' must be a list")
    diagnosis = []
    for n, rule in enumerate(diag_raw):
        where = f"diagnosis[{n}]"
        if not isinstance(rule, dict) or not isinstance(rule.get("id"), str):
            raise _fail(path, f"{where} needs an 'id'")
        _check_condition(rule.get("when"), dim_ids, ind_ids, f"{where}.when", path)
        steps = rule.get("next_steps", [])
        if not isinstance(steps, list):
            raise _fail(path, f"{where}.next_steps must be a list")
        diagnosis.append(
            DiagnosisRule(
                id=rule["id"],
                name=_text(rule.get("name"), f"{where}.name", path),
                explanation=_text(rule.get("explanation"), f"{where}.explanation", path),
                next_steps=tuple(_text(s, f"{where}.next_steps[{k}]", path) for k, s in enumerate(steps)),
                when=rule["when"],
            )
        )

    rule_ids = [r.id for r in diagnosis]
    if len(set(rule_ids)) != len(rule_ids):
        raise _fail(path, "every diagnosis rule needs its own 'id'")
    unknown = set(rules) - KNOWN_RULES
    if unknown:
        raise _fail(path, f"unknown keys in 'rules': {', '.join(sorted(unknown))}")

    def rule_number(name: str, default: float) -> Fraction:
        return _number(rules.get(name, default), f"rules.{name}", path, positive=True)

    def rule_int(name: str, default: int) -> int:
        value = rules.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise _fail(path, f"rules.{name} must be a whole number of at least 1")
        return value

    red_below, green_from = rule_number("red_below", 2.5), rule_number("green_from", 3.5)
    if red_below > green_from:
        raise _fail(path, "rules.red_below must not exceed rules.green_from")
    index_drop_rounds = rule_int("index_drop_rounds", DEFAULT_INDEX_DROP_ROUNDS)
    if index_drop_rounds < 2:
        raise _fail(path, "rules.index_drop_rounds must be at least 2 (a drop needs two rounds)")
    return Framework(
        id=raw["id"],
        version=raw["version"],
        name=_text(raw.get("name"), "name", path),
        description=_text(raw.get("description"), "description", path, required=False),
        dimensions=tuple(dimensions),
        gap_threshold=rule_number("gap_threshold", 1.0),
        spread_threshold=rule_number("spread_threshold", 1.0),
        red_below=red_below,
        green_from=green_from,
        trend_step=rule_number("trend_step", 0.25),
        overdue_days=rule_int("overdue_days", 183),
        gap_growth=rule_number("gap_growth", 0.25),
        falling_rounds=rule_int("falling_rounds", 2),
        tiers=tiers,
        exit_review_after=rule_int("exit_review_after", 3),
        diagnosis=tuple(diagnosis),
        path=Path(path) if isinstance(path, str | Path) and path != "<framework>" else None,
        index_falling_rounds=rule_int("index_falling_rounds", DEFAULT_INDEX_FALLING_ROUNDS),
        index_drop=rule_number("index_drop", DEFAULT_INDEX_DROP),
        index_drop_rounds=index_drop_rounds,
    )


def load_framework_file(path: Path) -> Framework:
    data = Path(path).read_bytes()
    try:
        raw = strictjson.loads(data, max_bytes=MAX_FRAMEWORK_BYTES)
    except strictjson.StrictJSONError as exc:
        raise _fail(path, str(exc)) from exc
    return parse_framework(raw, path)


def frameworks_dir() -> Path:
    return resources_dir() / "frameworks"


@functools.lru_cache(maxsize=1)
def _installed() -> dict[str, Framework]:
    found: dict[str, Framework] = {}
    for file in sorted(frameworks_dir().glob("*.json")):
        fw = load_framework_file(file)
        if fw.key in found:
            raise _fail(file, f"framework {fw.key} is also defined in {found[fw.key].path}")
        found[fw.key] = fw
    return found


def installed_frameworks() -> list[Framework]:
    return list(_installed().values())


def find_framework(key: str) -> Framework | None:
    """The framework ``key`` if this run knows it (installed, or registered from a file), else None."""
    return _installed().get(key)


def register_framework(fw: Framework) -> bool:
    """Make a framework that arrived in a file (an invitation, a history) known for this run, so rounds that use
    it can be answered and scored. False when the key is already known (installed frameworks always win)."""
    known = _installed()
    if fw.key in known:
        return False
    known[fw.key] = fw
    return True


def get_framework(key: str) -> Framework:
    try:
        return _installed()[key]
    except KeyError:
        raise NotFoundError("unknown_framework", version=key) from None


DEFAULT_FRAMEWORK_KEY = "healthdesk-default@1"


def default_framework() -> Framework:
    return get_framework(DEFAULT_FRAMEWORK_KEY)
