"""The summary paragraph in Chinese and English, with the published rounding and the exact
figures beside it; and the note on which records were counted."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.report.figures import build
from desktop.report.periods import Period
from desktop.report.rounding import published
from desktop.report.scope import Scope, Selection
from desktop.report.summary import counting_note, paragraph, period_words
from desktop.store.store import Store
from tests.report import chinese

ROOT = Path(__file__).resolve().parents[2]
#: The modules whose texts chinese.py holds (the PDF, charts and filing bring their own).
MODULES = (
    "cli",
    "drilldown",
    "errors",
    "export_csv",
    "export_xlsx",
    "exports",
    "figures",
    "periods",
    "rounding",
    "scope",
    "summary",
    "tables",
)
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def english(context: str, text: str) -> str:
    return text


def test_chinese_paragraph_in_the_published_style(sup: Store) -> None:
    report = build(sup, Selection(Period.named("2026")), "zh_CN", compare=False)
    made = paragraph(report, chinese.translate)
    assert made.text.startswith("2026年，全行共开展线上线下宣传活动")
    for part in made.parts:
        assert part.written == published(part.exact, "zh_CN")
        assert part.written in made.text
    leaflets = next(p for p in made.parts if p.key == "leaflets")
    assert leaflets.exact == report.value("leaflets")
    assert f"发放宣传折页{leaflets.written}份" in made.text


def test_english_paragraph_and_scope_words(sup: Store) -> None:
    selection = Selection(Period.named("2026Q1"), ("城关一队", "城关二队"), False, Scope())
    report = build(sup, selection, "en", compare=False)
    made = paragraph(report, english)
    assert made.text.startswith("In quarter 1 of 2026, 城关一队, 城关二队 held ")
    assert f"reached {published(report.value('audience'), 'en')} people" in made.text
    branch = Selection(Period.named("2025"), ("城关一队",), False, Scope(branch="城关支行"))
    assert " 城关支行 held " in paragraph(build(sup, branch, "en", False), english).text


def test_period_words() -> None:
    assert period_words(Period.named("2026-03"), chinese.translate) == "2026年03月"
    assert period_words(Period.named("2026"), english) == "In 2026"
    assert (
        period_words(Period.between("2026-03-09", "2026-03-22"), chinese.translate)
        == "2026-03-09至2026-03-22"
    )


def test_counting_note(sup: Store) -> None:
    every = build(sup, Selection(Period.named("2026")), "en", compare=False)
    approved = build(sup, Selection(Period.named("2026"), approved_only=True), "en", False)
    assert "every record received" in counting_note(every, english)
    note = counting_note(approved, english)
    assert "approved records only" in note
    waiting = sum(c.waiting for c in approved.review)
    assert f"{waiting} records were still waiting" in note
