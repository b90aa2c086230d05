"""The rounding the published reports use ("发放宣传折页2000余份", "提供上门服务近万次",
"开展活动848场"), in one function so the paragraph and every export say it the same way."""

from __future__ import annotations


def _zh_number(value: int) -> str:
    """Digits, in 万 from ten thousand on when that is exact to one decimal (2.3万)."""
    if value >= 10_000 and value % 1_000 == 0:
        return f"{value / 10_000:g}万"
    return str(value)


def published(value: int, lang: str = "zh_CN") -> str:
    """`value` as a published report writes it, in Chinese or English.

    The rules, in order (n is the exact figure):

    - n under 100: exact ("97").
    - a round number (one significant figure: 300, 2000, 10000): exact; so is one of two
      significant figures from 1,000 on (2300).
    - within 5% below the next one-significant-figure number (900 for 848, 10000 for 9640):
      "近N" / "nearly N" ("近万", "近900", "nearly 10,000"); 855-899 is "近900", 848 is not.
    - 1,000 and over: cut to two significant figures, then "余" / "over" ("2000余" for 2,037,
      "2300余" for 2,350, "2.3万余" for 23,456): reports never give thousands to the unit.
    - 100 to 999: "N00余" / "over N00" only within 5% above a whole hundred ("300余" for
      301-315); otherwise exact ("848": a count of hundreds reads better exact than as
      "800余", which would hide 48).

    Chinese counts of ten thousand and more are written in 万 ("近2万", "12万余"); English ones
    with thousands separators.
    """
    zh = lang.startswith("zh")

    def exact(n: int) -> str:
        return _zh_number(n) if zh else f"{n:,}"

    if value < 100:
        return exact(value)
    unit = 10 ** (len(str(value)) - 1)
    if value % unit == 0:
        return exact(value)
    above = (value // unit + 1) * unit
    if value * 100 >= above * 95:
        if not zh:
            return f"nearly {above:,}"
        return "近" + {1_000: "千", 10_000: "万"}.get(above, _zh_number(above))
    step = unit // 10 if value >= 1_000 else unit
    floor = value // step * step
    if floor == value:
        return exact(value)
    if value >= 1_000 or (value - floor) * 100 <= floor * 5:
        return f"{_zh_number(floor)}余" if zh else f"over {floor:,}"
    return exact(value)
