"""The XLSX and CSV exports read back: sheets, headers, names not codes, dates as dates,
frozen headers, personal data only when asked; CSV with a byte-order mark."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.kinds import KINDS
from desktop.report.errors import UnknownFormat, UnwritableOut
from desktop.report.exports import export
from desktop.report.figures import Report, build
from desktop.report.periods import Period
from desktop.report.scope import Selection
from desktop.report.tables import EXPORTED_KINDS, columns
from desktop.store.store import Store
from tests.report import chinese

PERSONAL = {f.label for k in KINDS.values() for f in k.personal_fields}


def english(context: str, text: str) -> str:
    return text


@pytest.fixture
def report(sup: Store) -> Report:
    return build(sup, Selection(Period.named("2026")), "en")


def test_xlsx_sheets_headers_dates_and_no_personal_data(
    sup: Store, report: Report, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    assert export(sup, report, out, english) == [out]
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Summary",
        "By month",
        "Outreach sessions",
        "Consultations",
        "Special-group visits",
        "Print runs",
        "Leaflets handed out",
    ]
    summary = [[c for c in row] for row in book["Summary"].iter_rows(values_only=True)]
    assert summary[1][0] == "Summary" and str(summary[1][1]).startswith("In 2026, the bank held")
    assert any(r[0] == "Sessions held" and r[1] == report.value("sessions") for r in summary)
    assert any("left out of this report" in str(r[0]) for r in summary)
    months = list(book["By month"].iter_rows(values_only=True))
    assert len(months) == 13 and months[3][1] == report.months[2].figures["sessions"].value
    sessions = book["Outreach sessions"]
    assert sessions.freeze_panes == "A2"
    header = [c.value for c in sessions[1]]
    assert header[:4] == ["Date", "Start time", "End time", "Place"]
    assert sessions.max_row - 1 == report.value("sessions")
    assert sessions.column_dimensions["D"].width == 24
    first = [c.value for c in sessions[2]]
    assert isinstance(first[0], dt.datetime)
    venue = first[header.index("Venue kind")]
    assert venue in {"Village", "Community", "School", "Market / business district", "Elderly home"}
    for kind in EXPORTED_KINDS:
        sheet = book.worksheets[2 + EXPORTED_KINDS.index(kind)]
        assert PERSONAL.isdisjoint(c.value for c in sheet[1])
    consultations = book["Consultations"]
    assert consultations.max_row - 1 == report.value("consultations")
    handouts = book["Leaflets handed out"]
    counted = sum(row[2] or 0 for row in handouts.iter_rows(min_row=2, values_only=True))
    assert counted == report.value("leaflets")


def test_xlsx_with_personal_data_says_so(sup: Store, report: Report, tmp_path: Path) -> None:
    out = tmp_path / "personal.xlsx"
    export(sup, report, out, english, include_personal=True)
    book = openpyxl.load_workbook(out, read_only=True)
    header = next(book["Special-group visits"].iter_rows(max_row=1, values_only=True))
    assert {"Client name", "Client phone", "Client address"} <= set(header)
    notes = [r[0] for r in book["Summary"].iter_rows(values_only=True) if r]
    assert any("holds personal data" in str(n) for n in notes)


def test_chinese_workbook(sup: Store, tmp_path: Path) -> None:
    report = build(sup, Selection(Period.named("2026")), "zh_CN", compare=False)
    out = tmp_path / "报告.xlsx"
    export(sup, report, out, chinese.translate)
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames[:2] == ["摘要", "按月"]
    rows = list(book.worksheets[2].iter_rows(max_row=2, values_only=True))
    header, first = rows
    assert header[0] == chinese.translate("Field", "Date")
    assert first[header.index(chinese.translate("Report", "Review state"))] in {
        chinese.translate("Review", s)
        for s in ("Received", "Approved", "Needs correction", "Corrected", "Changed after approval")
    }


def test_csv_files_with_bom(sup: Store, report: Report, tmp_path: Path) -> None:
    out = tmp_path / "q.csv"
    written = export(sup, report, out, english)
    names = [p.name for p in written]
    assert names == [
        "q-summary.csv",
        "q-months.csv",
        "q-sessions.csv",
        "q-consultations.csv",
        "q-visits.csv",
        "q-print_runs.csv",
        "q-handouts.csv",
    ]
    for path in written:
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with (tmp_path / "q-visits.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [c.header for c in columns("visit", english)]
    assert len(rows) - 1 == report.value("visits")
    assert all(dt.date.fromisoformat(r[0]) for r in rows[1:])
    assert not any(str(p.name).endswith(".part") for p in tmp_path.iterdir())


def test_refused_outputs(sup: Store, report: Report, tmp_path: Path) -> None:
    with pytest.raises(UnknownFormat, match=r"\.xlsx / \.csv / \.pdf"):
        export(sup, report, tmp_path / "report.txt", english)
    with pytest.raises(UnwritableOut):
        export(sup, report, tmp_path / "missing" / "report.xlsx", english)
    assert not (tmp_path / "report.txt").exists()
