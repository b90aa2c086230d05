"""Reading the files teams actually have: Excel's CSV in UTF-8 or GBK, .xlsx, and broken ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from desktop.i18n import Translator
from desktop.importer import ledger, sources
from desktop.importer.ledger import ImportFailed, import_file
from desktop.importer.report import Problem
from desktop.importer.template import headers
from desktop.store.queries import RecordFilter
from desktop.store.store import Store
from tests.importer.ledgers import VALID, row, same, snapshot, write_csv


def failure(store: Store, path: Path) -> tuple[Problem, ...]:
    """The file-level problems importing `path` raises; checks nothing was written."""
    before = snapshot(store)
    with pytest.raises(ImportFailed) as caught:
        import_file(store, path)
    assert snapshot(store) == before
    return caught.value.problems


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig"])
def test_excel_csv_encodings_import(store: Store, tmp_path: Path, encoding: str) -> None:
    path = write_csv(
        tmp_path / "a.csv",
        [row(地点="锦屏镇敬老院", 场所类型="老年之家 / 敬老院")],
        encoding=encoding,
    )
    assert import_file(store, path).added == 1
    [session] = store.query("session")
    assert (session["place"], session["venue_kind"]) == ("锦屏镇敬老院", "elderly_home")
    assert session["topics"] == ["telecom_fraud", "aml"]


def test_gbk_is_noticed_even_when_only_a_late_row_needs_it(store: Store, tmp_path: Path) -> None:
    lines = ["date,place,venue,topics,audience"]
    lines += [f"2026-03-14,v{i},village,aml,5" for i in range(3000)]
    lines.append("2026-03-14,王家村,进农村,反洗钱,5")
    path = tmp_path / "a.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    assert import_file(store, path).added == 3001
    [session] = store.query("session", RecordFilter(text="王家村"))
    assert (session["venue_kind"], session["topics"]) == ("village", ["aml"])


def test_bytes_that_are_neither_utf8_nor_gbk_are_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    # 0xFF starts no character of either (UTF-16 with its BOM is read: test_real_ledgers).
    path.write_bytes(",".join(VALID).encode("utf-8") + b"\xff\xff\r\n")
    assert failure(store, path) == (Problem(sources.NOT_TEXT),)


def test_an_empty_file_is_refused(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(b"")
    (tmp_path / "b.csv").write_bytes(b"\xef\xbb\xbf\r\n\r\n")
    assert failure(store, tmp_path / "a.csv") == (Problem(ledger.EMPTY),)
    assert failure(store, tmp_path / "b.csv") == (Problem(ledger.EMPTY),)


def test_a_header_without_rows_is_refused(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [{}, {}])
    problems = failure(store, path)
    assert problems == (Problem(ledger.NO_ROWS),)
    with pytest.raises(ImportFailed) as caught:
        import_file(store, path)
    assert caught.value.lines(same) == [
        "Nothing was imported: this file cannot be read as a ledger.",
        "The file has column headers but no rows below them.",
    ]


def test_a_missing_file_is_reported_in_the_users_words(store: Store, tmp_path: Path) -> None:
    [problem] = failure(store, tmp_path / "nowhere.csv")
    assert problem.template == sources.UNREADABLE
    assert problem.message(same) == "The file could not be opened: no such file or folder"
    assert problem.message(Translator("zh_CN")) == "无法打开文件：没有这个文件或文件夹"
    [problem] = failure(store, tmp_path)  # a folder
    assert problem.message(same) == "The file could not be opened: it is a folder, not a file"


def test_old_excel_and_damaged_workbooks_are_refused(store: Store, tmp_path: Path) -> None:
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    assert failure(store, tmp_path / "old.xls") == (Problem(sources.OLD_EXCEL),)
    assert failure(store, tmp_path / "bad.xlsx") == (Problem(sources.NOT_WORKBOOK),)


def test_a_broken_csv_line_is_named(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [row()])
    path.write_bytes(path.read_bytes() + b"2026-03-15," + b"x" * 200_000 + b"\r\n")
    [problem] = failure(store, path)
    assert (problem.template, problem.params["line"]) == (sources.BIG_CELL, 3)
    assert problem.message(same) == (
        "Line 3 of the file has a cell of more than 131072 characters (a quote left open?)."
    )


def test_xlsx_with_typed_cells_imports(store: Store, tmp_path: Path, design: str) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([*headers(), "折页:防诈骗折页"])
    typed = {
        **VALID,
        "日期": dt.datetime(2026, 3, 14),
        "开始时间": dt.time(9, 30),
        "受众人数": 85.0,
    }
    sheet.append([*(typed[h] for h in headers()), 30])
    sheet.append([])
    sheet.append(
        [*(typed[h] for h in headers()[:3]), "王家村", *(typed[h] for h in headers()[4:]), None]
    )
    workbook.create_sheet("其他").append(["不读这一页"])
    path = tmp_path / "ledger.xlsx"
    workbook.save(path)

    report = import_file(store, path)
    assert (report.rows, report.added) == (2, 2)
    sessions = {s["place"]: s for s in store.query("session")}
    first = sessions["柳树村"]
    assert (first["held_on"], first["start_time"], first["audience"]) == ("2026-03-14", "09:30", 85)
    assert store.handouts(first["uuid"]) == {design: 30}
    assert store.handouts(sessions["王家村"]["uuid"]) == {}


def test_xlsx_errors_give_the_sheets_row_numbers(store: Store, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(headers())
    sheet.append([VALID[h] for h in headers()])
    sheet.append([])
    sheet.append([{**VALID, "地点": "王家村", "受众人数": -1}[h] for h in headers()])
    path = tmp_path / "ledger.xlsx"
    workbook.save(path)
    with pytest.raises(ImportFailed) as caught:
        import_file(store, path)
    assert [(p.row, p.column) for p in caught.value.rows] == [(4, "受众人数")]


def test_a_workbook_that_does_not_state_its_size_is_counted(store: Store, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook(write_only=True)  # writes no <dimension>, as some exporters
    sheet = workbook.create_sheet()
    sheet.append(headers())
    for i in range(300):
        sheet.append([{**VALID, "地点": f"村{i}"}[h] for h in headers()])
    path = tmp_path / "ledger.xlsx"
    workbook.save(path)
    calls: list[tuple[int, int]] = []
    assert import_file(store, path, lambda done, total: calls.append((done, total))).added == 300
    assert {total for _, total in calls} == {600}
