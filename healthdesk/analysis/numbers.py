"""Number conversion and text formatting for the scoring engine's exact values.

The engine keeps every number as a ``Fraction``. Outputs either carry full precision (:func:`to_float`, for JSON and
charts) or text rounded half-up, away from zero at exactly half (:func:`fmt2` for scores and gaps, :func:`fmt1` for
the health index). The rounding is done on the exact value, so ``Fraction(2.125)`` is ``"2.13"`` although the float
2.125 would round to ``"2.12"`` with ``format()``.

None in, None out: showing a placeholder such as "—" for a withheld value is the caller's job.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

Number = Fraction | int | float


def _exact(x: Number) -> Fraction:
    if isinstance(x, bool):
        raise TypeError("a bool is not a number here")
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return Fraction(x)
    if isinstance(x, float):
        # A float (only the spread is one) is taken at its shortest decimal text, the number a reader sees in
        # the JSON: 2.675 formats as "2.68", not as its binary value 2.67499999...
        if x != x or x in (float("inf"), float("-inf")):
            raise ValueError(f"cannot format {x}")
        return Fraction(repr(x))
    raise TypeError(f"expected a Fraction, int or float, got {type(x).__name__}")


def to_float(x: Number | None) -> float | None:
    """The nearest float, or None for None."""
    if x is None:
        return None
    return float(_exact(x))


def round_half_up(x: Number, places: int) -> Decimal:
    """``x`` rounded to ``places`` decimals, half away from zero (Decimal ROUND_HALF_UP), computed exactly.

    Never returns a negative zero: ``Fraction(-1, 1000)`` rounds to ``Decimal("0.00")``.
    """
    value = _exact(x)
    scale = 10**places
    scaled = abs(value) * scale
    # Exact half-up on the magnitude: floor(|x| * 10^places + 1/2).
    magnitude = int(scaled + Fraction(1, 2))
    result = Decimal(magnitude).scaleb(-places)
    if value < 0 and magnitude:
        result = -result
    # Normalise the exponent so the text always has exactly ``places`` decimals.
    return result.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt2(x: Number | None) -> str | None:
    """Two decimals, half-up: ``Fraction(17, 8)`` -> ``"2.13"``, ``Fraction(-1, 8)`` -> ``"-0.13"``."""
    if x is None:
        return None
    return f"{round_half_up(x, 2):f}"


def fmt1(x: Number | None) -> str | None:
    """One decimal, half-up, for the health index: ``Fraction(249, 4)`` (62.25) -> ``"62.3"``."""
    if x is None:
        return None
    return f"{round_half_up(x, 1):f}"


def fmt_signed2(x: Number | None) -> str | None:
    """Two decimals with an explicit sign: ``"+0.40"``, ``"-0.25"``; ``"0.00"`` when it rounds to zero."""
    if x is None:
        return None
    rounded = round_half_up(x, 2)
    text = f"{rounded:f}"
    return f"+{text}" if rounded > 0 else text


def fmt_signed1(x: Number | None) -> str | None:
    """One decimal with an explicit sign, for index changes: ``"+6.3"``, ``"-2.5"``, ``"0.0"``."""
    if x is None:
        return None
    rounded = round_half_up(x, 1)
    text = f"{rounded:f}"
    return f"+{text}" if rounded > 0 else text
