"""PDFs as a print shop and a phone see them: pages, paper, text, and QR codes that decode."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.leaflets import jobs, render
from desktop.leaflets.jobs import LeafletError
from tests.leaflets.helpers import (
    decode_qr,
    page_count,
    page_png,
    page_size_pt,
    pdf_text,
    run,
    shipped_job,
)

A4_PORTRAIT = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)


def assert_size(actual: tuple[float, float], expected: tuple[float, float]) -> None:
    assert actual == pytest.approx(expected, abs=1.5)


@pytest.mark.parametrize(
    ("code", "copies", "pages", "paper"),
    [
        ("credit-zh", 3, 3, A4_PORTRAIT),
        ("pension-zh", 5, 3, A4_LANDSCAPE),
        ("counterfeit-zh", 9, 3, A4_PORTRAIT),
        ("telecom-zh", 2, 2, A4_LANDSCAPE),
    ],
)
def test_copies_and_layout_make_the_pages_on_a4(
    shipped, family: str, tmp_path: Path, code: str, copies: int, pages: int, paper
) -> None:
    job = shipped_job(shipped, code, copies)
    out = render.write_pdf(job, tmp_path / f"{code}.pdf", family)
    assert page_count(out) == pages == job.sheets
    assert_size(page_size_pt(out), paper)
    assert not (tmp_path / f"{code}.pdf.part").exists()


def test_the_chinese_title_and_body_are_real_text_in_an_embedded_font(
    shipped, family: str, tmp_path: Path
) -> None:
    job = shipped_job(shipped, "telecom-zh", 1)
    out = render.write_pdf(job, tmp_path / "telecom.pdf", family)
    text = "".join(pdf_text(out).split())
    assert "守好钱袋子" in text and "谨防电信网络诈骗" in text
    assert "陌生来电不轻信" in text and "扫码了解更多" in text
    fonts = run("pdffonts", str(out))
    assert "WenQuanYi" in fonts.replace(" ", "") or "wqy" in fonts.lower()
    embedded = [line.split()[-5] for line in fonts.splitlines()[2:]]
    assert embedded and set(embedded) == {"yes"}


def test_the_direct_qr_code_decodes_to_the_designs_link(shipped, family, tmp_path) -> None:
    job = shipped_job(shipped, "credit-zh", 1)
    out = render.write_pdf(job, tmp_path / "credit.pdf", family)
    assert (
        decode_qr(page_png(out, 1, tmp_path))
        == "https://www.example-bank.cn/consumer/credit-report"
    )


def test_a_tracked_run_prints_its_own_short_link_on_every_leaflet(
    shipped, family, tmp_path
) -> None:
    shipped.set_setting(jobs.SERVER_SETTING, "https://hq.example-bank.cn")
    job = shipped_job(shipped, "counterfeit-zh", 6, qr_mode="tracked")
    out = render.write_pdf(job, tmp_path / "tracked.pdf", family)
    url = f"https://hq.example-bank.cn/q/{job.tracking_code}"
    assert decode_qr(page_png(out, 1, tmp_path)) == url * 4, "four A6 leaflets, one code"
    assert decode_qr(page_png(out, 2, tmp_path)) == url * 2, "the rest on the last sheet"
    assert url in "".join(pdf_text(out, 1).split()), "the link is written beside the code"


def test_a5_leaflets_of_an_english_design_decode_too(shipped, family, tmp_path) -> None:
    job = shipped_job(shipped, "fundraising-en", 2)
    out = render.write_pdf(job, tmp_path / "en.pdf", family)
    assert decode_qr(page_png(out, 1, tmp_path)) == job.qr_url * 2
    assert "Say no to illegal fundraising" in pdf_text(out)


def test_a_design_without_a_link_prints_without_a_code(shipped, family, tmp_path) -> None:
    design = shipped.save(
        "leaflet_design", {"title": "反洗钱知识", "body": "不出租出借账户。", "layout": "a4"}
    )
    job = jobs.plan_job(shipped, design, 1)
    out = render.write_pdf(job, tmp_path / "nolink.pdf", family)
    assert decode_qr(page_png(out, 1, tmp_path)) == ""
    assert "反洗钱知识" in pdf_text(out)


def test_a_pdf_in_a_missing_folder_is_a_clear_failure(shipped, family, tmp_path) -> None:
    job = shipped_job(shipped, "credit-zh", 1)
    with pytest.raises(LeafletError) as failed:
        render.write_pdf(job, tmp_path / "no" / "such" / "x.pdf", family)
    assert failed.value.code == "write_failed"


def test_a_printer_gets_one_sheet_and_makes_the_copies(shipped, family, tmp_path) -> None:
    """Through QPrinter as the print preview uses it (a PDF printer: it cannot copy itself)."""
    job = shipped_job(shipped, "counterfeit-zh", 12)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    render.prepare_printer(printer, job)
    assert printer.copyCount() == 3
    painted = render.print_sheets(printer, job, family)
    out = tmp_path / "printed.pdf"
    assert painted == page_count(out) == 3, "no copies by the print system: pages repeated"
    assert_size(page_size_pt(out), A4_PORTRAIT)
    assert decode_qr(page_png(out, 3, tmp_path)) == job.qr_url * 4
    printer.setCopyCount(5)
    assert render.printed_copies(printer, job) == 20
