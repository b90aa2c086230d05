"""The A4 PDF read back with poppler: the Chinese title, the period, exact figures and page
numbers are text in it (fonts embedded), its first page is not blank, and the command line
writes it."""

# ruff: noqa: E501
from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.cli import main
from desktop.report.export_pdf import write_pdf
from desktop.report.figures import Report, build
from desktop.report.periods import Period
from desktop.report.scope import Scope, Selection, resolve
from desktop.store.store import Store
from tests.report import chinese
from tests.report.conftest import Made

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (packaging/setup.sh test) is not installed",
)

#: Chinese for the PDF's own texts, until tests/report/chinese.py (and the catalogue) has it.
ZH_PDF: dict[tuple[str, str], str] = {
    (
        "Report",
        "{scope} {period} financial-literacy outreach report",
    ): "{scope} {period} 金融知识宣传工作报告",
    ("Report", "{year}"): "{year}年",
    ("Report", "Q{quarter} {year}"): "{year}年第{quarter}季度",
    ("Report", "{year}-{month}"): "{year}年{month}月",
    ("Report", "{start} to {end}"): "{start}至{end}",
    ("Report", "Period: {start} to {end}"): "统计期间：{start} 至 {end}",
    ("Report", "The figures against a year before"): "各项数据与上年同期对比",
    ("Report", "Charts"): "图表",
    ("Report", "Breakdowns"): "分类统计",
    (
        "Report",
        "Month by month (second line: change against a year before)",
    ): "按月统计（第二行为同比变化）",
    ("Report", "Notes"): "说明",
    ("Report", "Name"): "名称",
    ("Report", "Sessions by team"): "各团队活动场次",
    (
        "Report",
        "This report holds figures only: no personal data (names, phones, addresses).",
    ): "本报告只含统计数据，不含个人信息（姓名、电话、地址）。",
    ("Report", "Made with Outreach Log on {date}"): "宣传活动台账生成于 {date}",
    ("Report", "Page {page} of {pages}"): "第 {page} 页 / 共 {pages} 页",
    ("Report", "none"): "无",
    ("Report", "No records"): "无记录",
    ("Report", "Others ({count})"): "其他（{count}项）",
    ("Report", "This period"): "本期",
}


def zh(context: str, text: str) -> str:
    return ZH_PDF.get((context, text)) or chinese.translate(context, text)


def english(context: str, text: str) -> str:
    return text


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return unicodedata.normalize("NFKC", done.stdout)


def first_page(path: Path, folder: Path) -> QImage:
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(path), str(folder / "page")],
        check=True,
    )
    (png,) = folder.glob("page*.png")
    return QImage(str(png))


@pytest.fixture
def branch_report(sup: Store) -> Report:
    wanted = Scope(branch="青山支行")
    selection = Selection(Period.named("2026Q1"), resolve(sup.conn, wanted), False, wanted)
    return build(sup, selection, "zh_CN")


def test_chinese_pdf_title_period_figures_pages(
    qapp: object, branch_report: Report, tmp_path: Path
) -> None:
    out = tmp_path / "q1.pdf"
    seen: list[tuple[int, int]] = []
    write_pdf(branch_report, out, zh, progress=lambda n, m: seen.append((n, m)))
    text = pdf_text(out)
    assert "青山支行 2026年第1季度 金融知识宣传工作报告" in text
    assert "2026-01-01 至 2026-03-31" in text
    pages = seen[-1][1]
    assert pages >= 2 and seen == [(n, pages) for n in range(1, pages + 1)]
    bare = "".join(text.split())  # pdftotext may drop the spaces around "/"
    assert f"第1页/共{pages}页" in bare and f"第{pages}页/共{pages}页" in bare
    for key in ("sessions", "audience", "consultations", "visits"):
        assert f"{branch_report.value(key):,}" in text
    assert "赵大爷" not in text and "13800000000" not in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    embedded = [line.split()[-5] for line in fonts.stdout.splitlines()[2:]]
    assert embedded and set(embedded) == {"yes"}  # prints the same on any machine
    image = first_page(out, tmp_path)
    assert not image.isNull()
    dark = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200


def test_english_pdf_and_no_partial_file(qapp: object, sup: Store, tmp_path: Path) -> None:
    report = build(sup, Selection(Period.named("2026")), "en")
    out = tmp_path / "year.pdf"
    write_pdf(report, out, english, title_bank="Qingshan Rural Bank")
    text = pdf_text(out)
    assert "Qingshan Rural Bank 2026 financial-literacy outreach report" in text
    assert "Page 1 of" in text and f"{report.value('sessions'):,}" in text
    assert list(tmp_path.iterdir()) == [out]


def test_cli_writes_the_pdf(
    qapp: object, filled: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """qapp first: the command makes a QGuiApplication only when none exists, and pytest-qt's
    widget tests need theirs to be a QApplication."""
    out = tmp_path / "q1.pdf"
    code = main(
        [
            "--lang",
            "en",
            "report",
            "--data-dir",
            str(filled.data_dir),
            "--period",
            "2026Q1",
            "--branch",
            "城关支行",
            "--out",
            str(out),
        ]
    )
    printed, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert f"Written: {out}" in printed
    text = pdf_text(out)
    assert "城关支行 Q1 2026 financial-literacy outreach report" in text
    assert "Page 1 of" in text
