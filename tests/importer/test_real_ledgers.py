"""What ledgers never written for the app met on their way in (a new user's first hour)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.importer.confirm import proposal_lines
from desktop.importer.ledger import NO_YEAR, ImportFailed, import_file
from desktop.importer.mapping import is_sub_header, is_totals, propose, split_list, time_range
from desktop.store.store import Store
from tests.importer.ledgers import same

HEADERS = ["活动日期", "时间段", "宣传地点", "宣传方式", "宣传主题", "受众人数", "负责人"]
SPAN_ROW = ["2024-03-15", "9:00-11:00", "石桥村", "进农村", "反洗钱", "50", "赵强"]


def ledger(path: Path, rows: list[list[Any]], header: list[str] = HEADERS) -> Path:
    with open(path, "w", encoding="gb18030", newline="") as f:  # old Excel's "CSV"
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def confirmed(store: Store, path: Path) -> Any:
    return import_file(store, path, mapping=propose(path, store, owned=True).mapping())


def test_branch_headers_for_venue_staff_and_time_span_are_proposed(
    store: Store, tmp_path: Path
) -> None:
    path = ledger(tmp_path / "a.csv", [SPAN_ROW])
    proposal = propose(path, store, owned=True)
    assert {c.header: c.target for c in proposal.columns} == {
        "活动日期": "held_on",
        "时间段": "start_time",
        "宣传地点": "place",
        "宣传方式": "venue_kind",
        "宣传主题": "topics",
        "受众人数": "audience",
        "负责人": "staff",
    }
    assert not proposal.certain, "a header the fields do not name is asked about"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("9:00-11:00", ("09:00", "11:00")),
        ("14:30～16:00", ("14:30", "16:00")),
        ("８：３０－１０：００", ("08:30", "10:00")),
        ("9:00至11:30", ("09:00", "11:30")),
        ("9:00", None),
        ("下午2:00-4:00", None),  # not read as 02:00: refused by validation instead
    ],
)
def test_time_spans_are_read_as_start_and_end(written: str, read: Any) -> None:
    assert time_range(written) == read


def test_a_time_span_cell_gives_the_start_and_the_end_and_is_listed(
    store: Store, tmp_path: Path
) -> None:
    path = ledger(tmp_path / "a.csv", [SPAN_ROW])
    report = confirmed(store, path)
    (session,) = store.query("session")
    assert (session["start_time"], session["end_time"]) == ("09:00", "11:00")
    assert report.change_lines(same) == [
        'Row 2, column "时间段": "9:00-11:00" read as 09:00 – 11:00'
    ]
    assert confirmed(store, path).unchanged == 1, "a second import adds nothing"


def test_topics_separated_by_a_slash_are_each_an_entry(store: Store, tmp_path: Path) -> None:
    path = ledger(
        tmp_path / "a.csv",
        [["2024-03-15", "", "石桥村", "进农村", "反洗钱/防范非法集资", "50", "赵强"]],
    )
    assert not propose(path, store, owned=True).values, "both are entries: nothing to ask"
    confirmed(store, path)
    (session,) = store.query("session")
    assert session["topics"] == ["aml", "illegal_fundraising"], "no topic silently lost"


def test_a_date_without_its_year_is_refused_saying_so(store: Store, tmp_path: Path) -> None:
    path = ledger(tmp_path / "a.csv", [["3月15日", "", "石桥村", "进农村", "反洗钱", "50", "赵强"]])
    with pytest.raises(ImportFailed) as failed:
        confirmed(store, path)
    (problem,) = failed.value.rows
    assert (problem.row, problem.column) == (2, "活动日期")
    assert problem.reason.template == NO_YEAR  # type: ignore[union-attr]
    assert '"3月15日" has no year' in problem.line(same)
    assert store.count("session") == 0


def test_a_workbook_is_read_from_its_ledger_sheet_and_names_the_others(
    store: Store, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "填表说明"
    cover.append(["填表说明：每次活动一行。"])
    cover.append(["受众人数填写整数。"])
    table = book.create_sheet("台账")
    table.append(["日期", "地点", "场所类型", "宣传主题", "受众人数"])
    table.append([dt.date(2024, 3, 15), "石桥村", "进农村", "反洗钱", 50])
    hidden = book.create_sheet("旧表")
    hidden.sheet_state = "hidden"
    path = tmp_path / "a.xlsx"
    book.save(path)
    proposal = propose(path, store, owned=True)
    assert (proposal.sheet, proposal.other_sheets) == ("台账", ("填表说明",)), "hidden: not named"
    assert proposal.header_row == 1
    report = import_file(store, path, mapping=proposal.mapping())
    (session,) = store.query("session")
    assert session["place"] == "石桥村"
    assert 'read from the sheet "台账"; other sheets are not read: "填表说明"' in "\n".join(
        report.lines(same)
    )
    assert 'other sheets are not read: "填表说明"' in "\n".join(
        proposal_lines(proposal, store, same, "a.xlsx")
    )


@pytest.mark.parametrize(
    "label", ["3月小计", "3月份小计", "2024年3月小计", "第一季度合计", "上半年合计", "小计（3月）"]
)
def test_totals_rows_named_by_their_period_are_skipped(
    store: Store, tmp_path: Path, label: str
) -> None:
    path = ledger(tmp_path / "a.csv", [SPAN_ROW, [label, "", "", "", "", "50", ""]])
    report = confirmed(store, path)
    assert report.rows == 1
    assert [r.row for r in report.skipped] == [3]


@pytest.mark.parametrize("text", ["石桥村", "合计人数", "小计说明见备注"])
def test_a_cell_that_only_mentions_totals_is_no_totals_row(text: str) -> None:
    assert not is_totals([text])


def test_a_header_on_two_lines_is_named_without_its_line_break(
    store: Store, tmp_path: Path
) -> None:
    header = ["活动\n日期", *HEADERS[1:]]
    path = ledger(tmp_path / "a.csv", [SPAN_ROW], header=header)
    proposal = propose(path, store, columns={"活动日期": "held_on"}, owned=True)
    assert proposal.column(0).header == "活动 日期"
    assert (proposal.column(0).target, proposal.column(0).reason) == ("held_on", "given")


def test_two_columns_under_one_merged_header_are_told_apart(store: Store, tmp_path: Path) -> None:
    header = ["活动时间", "活动时间", *HEADERS[2:]]
    cells = ["2024-03-15", "9点", "石桥村", "进农村", "反洗钱", "50", "赵强"]
    path = ledger(tmp_path / "a.csv", [cells], header)
    proposal = propose(path, store, columns={"A": "held_on", "B": "start_time"}, owned=True)
    printed = proposal_lines(proposal, store, same, "a.csv")
    assert [line.split("  #")[0] for line in printed if line.startswith(("A =", "B ="))] == [
        "A = held_on",
        "B = start_time",
    ], "a mapping file of the printout keeps both columns"
    with pytest.raises(ImportFailed) as failed:
        import_file(store, path, mapping=proposal.mapping())
    assert [p.column for p in failed.value.rows] == ["活动时间 (B)"]


def test_a_header_on_two_rows_is_read_as_one(store: Store, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2024年一季度金融宣传台账"])
    sheet.append(["活动时间", None, "活动地点", "场所类型", "宣传主题", "参与人数"])
    sheet.append(["日期", "时段", None, None, None, "（人）"])
    sheet.merge_cells("A2:B2")
    sheet.append([dt.date(2024, 3, 15), "9:00-11:00", "西湖村", "进农村", "反洗钱", 40])
    path = tmp_path / "a.xlsx"
    book.save(path)
    proposal = propose(path, store, owned=True)
    assert proposal.header_row == 3
    assert {c.header: c.target for c in proposal.columns} == {
        "日期": "held_on",
        "时段": "start_time",
        "活动地点": "place",
        "场所类型": "venue_kind",
        "宣传主题": "topics",
        "参与人数（人）": "audience",
    }
    assert import_file(store, path, mapping=proposal.mapping()).added == 1
    (session,) = store.query("session")
    assert (session["held_on"], session["start_time"], session["audience"]) == (
        "2024-03-15",
        "09:00",
        40,
    )
    assert import_file(store, path).unchanged == 1, "remembered, and nothing doubled"


def test_a_first_data_row_is_no_second_header_line() -> None:
    assert not is_sub_header(["2024-03-15", "石桥村", "进农村", "反洗钱", "50"])
    assert not is_sub_header(["石桥村", "进农村", "反洗钱"])
    assert is_sub_header(["日期", "时段", None, "（人）"])


def test_a_wrong_time_span_is_named_by_its_own_column(store: Store, tmp_path: Path) -> None:
    rows = [[*SPAN_ROW[:1], span, *SPAN_ROW[2:]] for span in ("9:00-25:00", "11:00-9:00")]
    rows[1][0] = "2024-03-16"
    with pytest.raises(ImportFailed) as failed:
        confirmed(store, ledger(tmp_path / "a.csv", rows))
    assert [(p.row, p.column) for p in failed.value.rows] == [(2, "时间段"), (3, "时间段")]


def test_rows_numbered_in_advance_but_never_filled_in_are_blank(
    store: Store, tmp_path: Path
) -> None:
    header = ["序号", *HEADERS]
    rows = [["1", *SPAN_ROW], *([str(n), "", "", "", "", "", "", ""] for n in range(2, 6))]
    rows.append(["合计", "", "", "", "", "", "50", ""])
    path = ledger(tmp_path / "a.csv", rows, header)
    proposal = propose(path, store, owned=True)
    assert proposal.column(0).target == "ignore"
    report = import_file(store, path, mapping=proposal.mapping())
    assert (report.rows, report.added) == (1, 1)
    assert [r.row for r in report.skipped] == [7], "the totals row is still named"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("防范电信网络诈骗 反洗钱", ["防范电信网络诈骗", "反洗钱"]),
        ("张伟 李娜", ["张伟", "李娜"]),
        ("张伟/李娜", ["张伟", "李娜"]),
        ("张  伟", ["张  伟"]),  # a two-character name spaced out to line up: one person
        ("Telecom and online fraud", ["Telecom and online fraud"]),
    ],
)
def test_list_cells_split_where_people_separate_entries(written: str, read: list[str]) -> None:
    assert split_list(written) == read


def test_staff_separated_by_spaces_are_several_people_and_listed(
    store: Store, tmp_path: Path
) -> None:
    path = ledger(tmp_path / "a.csv", [[*SPAN_ROW[:6], "张伟 李娜"]])
    report = confirmed(store, path)
    (session,) = store.query("session")
    assert session["staff"] == ["张伟", "李娜"]
    assert 'Row 2, column "负责人": "张伟 李娜" read as 张伟、李娜' in report.change_lines(same)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "gb18030"])
def test_tab_separated_text_is_read_as_excel_saved_it(
    store: Store, tmp_path: Path, encoding: str
) -> None:
    """Excel's "Unicode text" (UTF-16, tabs) and "text (tab separated)", or cells pasted."""
    lines = [
        "日期\t地点\t场所类型\t宣传主题\t受众人数",
        "2024-03-15\t石桥村\t进农村\t反洗钱\t50",
        "",
    ]
    path = tmp_path / "a.txt"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    assert import_file(store, path).added == 1, "template headers: nothing to confirm"
    (session,) = store.query("session")
    assert (session["held_on"], session["place"], session["audience"]) == (
        "2024-03-15",
        "石桥村",
        50,
    )


def test_a_known_branch_header_keeps_its_list_field_when_values_are_near_misses(
    store: Store, tmp_path: Path
) -> None:
    header = [*HEADERS[:4], "宣传内容", *HEADERS[5:]]
    rows = [[*SPAN_ROW[:4], topic, *SPAN_ROW[5:]] for topic in ("反诈", "反假币", "征信")]
    for at, cells in enumerate(rows):
        cells[2] = f"村{at}"
    proposal = propose(ledger(tmp_path / "a.csv", rows, header), store, owned=True)
    assert proposal.column(4).target == "topics"
    assert {v.text: v.entry for v in proposal.values} == {
        "反诈": "new",
        "反假币": "counterfeit",
        "征信": "credit_report",
    }, "each asked about, none taken silently"


def test_a_date_cell_with_a_time_of_day_is_listed_with_what_was_taken(
    store: Store, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["日期", "地点", "场所类型", "宣传主题", "受众人数"])
    sheet.append([dt.datetime(2024, 3, 15, 9, 30), "石桥村", "进农村", "反洗钱", 50])
    sheet.append([dt.datetime(2024, 3, 16), "南村", "进农村", "反洗钱", 50])
    path = tmp_path / "a.xlsx"
    book.save(path)
    report = import_file(store, path)
    sessions = {s["place"]: s for s in store.query("session")}
    assert sessions["石桥村"]["held_on"] == "2024-03-15"
    assert sessions["南村"]["held_on"] == "2024-03-16"
    assert report.change_lines(same) == [
        'Row 2, column "日期": "2024-03-15 09:30:00" read as 2024-03-15'
    ], "the time of day left out is not left out unsaid"
    assert import_file(store, path).unchanged == 2
