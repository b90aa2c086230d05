"""Ledgers as branches keep them: header mapping, layout, values as people write them, leaflets."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.domain.designs import NOT_RECORDED_UUID
from desktop.domain.kinds import SESSION
from desktop.importer import mapping as mp
from desktop.importer import sources
from desktop.importer.ledger import ImportFailed, MappingNeeded, import_file
from desktop.importer.mapping import NEW, propose, read_count
from desktop.store.store import Store
from tests.importer.branch import HEADERS, ROWS, write_branch_csv, write_branch_xlsx
from tests.importer.ledgers import VALID, row, same, snapshot, write_csv


def write_rows(path: Path, rows: list[list[Any]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def by_place(store: Store) -> dict[str, dict[str, Any]]:
    return {s["place"]: s for s in store.query("session")}


def changes(report: Any) -> list[str]:
    return report.change_lines(same)


# -- header mapping ---------------------------------------------------------------------------


def test_a_branch_ledger_is_proposed_column_by_column(store: Store, tmp_path: Path) -> None:
    proposal = propose(write_branch_csv(tmp_path / "b.csv"), store, owned=True)
    assert proposal.header_row == 3, "the title row and the blank row are skipped"
    assert {c.header: c.target for c in proposal.columns} == {
        "序号": "ignore",
        "活动时间": "held_on",
        "宣传地点": "place",
        "场所": "venue_kind",
        "宣传内容": "topics",
        "合作单位": "partners",
        "参与人数（人）": "audience",
        "咨询人次": "consultation_count",
        "发放宣传资料（份）": "leaflets",
        "其他说明": "notes",
    }
    reasons = {c.header: c.reason for c in proposal.columns}
    assert reasons["序号"] == "sequence"
    assert reasons["合作单位"] == "header", "an alias of the field"
    assert reasons["活动时间"] == "values", "like start time's 时间, but it holds dates"
    assert reasons["其他说明"] == "unknown"
    assert proposal.column(1).samples == ("2025-03-14", "2025-03-15", "2025-03-20")
    assert not proposal.certain
    assert proposal.missing == []


def test_exact_template_headers_need_no_confirmation(store: Store, tmp_path: Path) -> None:
    proposal = propose(write_csv(tmp_path / "a.csv", [row()]), store)
    assert proposal.certain
    assert all(c.reason == "header" and c.confidence == 1.0 for c in proposal.columns)


def test_a_ledger_that_is_not_certain_is_not_imported_without_a_word(
    store: Store, tmp_path: Path
) -> None:
    before = snapshot(store)
    with pytest.raises(MappingNeeded) as asked:
        import_file(store, write_branch_csv(tmp_path / "b.csv"))
    assert asked.value.proposal.header_row == 3
    assert snapshot(store) == before
    assert store.setting(mp.COLUMNS_SETTING + mp.header_key(HEADERS)) is None


def test_unknown_columns_go_to_the_notes_unless_ignored(store: Store, tmp_path: Path) -> None:
    header = [*VALID, "天气", "带队人"]
    path = write_csv(tmp_path / "a.csv", [row(**{"天气": "小雨", "带队人": "王芳"})], header=header)
    proposal = propose(path, store)
    assert [proposal.column(i).target for i in (14, 15)] == ["notes", "notes"]
    import_file(store, path, mapping=proposal.mapping())
    [session] = store.query("session")
    assert session["notes"] == "现场宣传\n天气: 小雨\n带队人: 王芳"

    told = propose(path, store, columns={"带队人": "ignore", "天气": "notes"})
    assert told.column(15).reason == "given"
    import_file(store, path, mapping=told.mapping())
    [session] = store.query("session")
    assert session["notes"] == "现场宣传\n天气: 小雨"


def test_a_confirmed_mapping_is_remembered_for_the_same_headers(
    store: Store, tmp_path: Path
) -> None:
    first = write_branch_csv(tmp_path / "b.csv", ROWS[:1])
    proposal = propose(first, store, owned=True)
    import_file(store, first, mapping=proposal.mapping(), owned=True)
    later = propose(write_branch_csv(tmp_path / "c.csv", ROWS[1:]), store, owned=True)
    assert later.remembered
    assert {c.reason for c in later.columns} == {"remembered"}
    # 养老诈骗防范 is new in the second file: its value still needs a word.
    assert [(v.text, v.entry) for v in later.values] == [("养老诈骗防范", "pension_fraud")]
    assert not later.certain
    other = propose(write_csv(tmp_path / "t.csv", [row()]), store)
    assert not other.remembered, "another header row, another mapping"


def test_header_similarity_and_typed_targets(store: Store) -> None:
    assert mp.similarity("养老诈骗防范", "防范养老诈骗") >= 0.9
    assert mp.similarity("城关县司法局", "司法局") > mp.similarity("派出所", "司法局")
    assert mp.similarity("a", "a") == 1.0 and mp.similarity("x", "防范") == 0.0
    assert mp.resolve_target(store, "地点") == "place"
    assert mp.resolve_target(store, " Notes ") == "notes"
    assert mp.resolve_target(store, "leaflets:pension-zh").startswith("leaflets:")
    with pytest.raises(ImportFailed) as caught:
        mp.resolve_target(store, "天气")
    assert caught.value.problems[0].template == mp.NO_SUCH_TARGET
    headers = ("序号", "", "地点")
    assert [mp.column_index(headers, k) for k in ("地点", "B", "c", 0)] == [2, 1, 2, 0]


# -- layout -----------------------------------------------------------------------------------


def test_the_header_is_the_row_that_maps_best(store: Store, tmp_path: Path) -> None:
    rows = [["2025年宣传台账"], ["填报单位：城关支行", "", "填报人：王芳"], [], list(VALID)]
    rows.append(list(row().values()))
    proposal = propose(write_rows(tmp_path / "a.csv", rows), store)
    assert proposal.header_row == 4
    assert proposal.certain, "the template's headers, only lower down"
    report = import_file(store, tmp_path / "a.csv")
    assert report.added == 1


def test_totals_rows_and_blank_rows_are_skipped_and_named(store: Store, tmp_path: Path) -> None:
    rows = [list(VALID), list(row().values()), list(row(地点="b").values())]
    rows += [["小计", "", "", "", "", "", "", "", "", "", "170"], []]
    rows += [list(row(地点="c").values()), ["", "Total", "", "", "", "", "", "", "", "", "255"]]
    rows += [["总 计："], [], []]
    report = import_file(store, write_rows(tmp_path / "a.csv", rows))
    assert report.rows == 3 and store.count("session") == 3
    assert [line for line in report.lines(same) if "totals" in line] == [
        "Row 4: a totals row, not imported",
        "Row 7: a totals row, not imported",
        "Row 8: a totals row, not imported",
    ]


def test_sequence_columns_are_recognised_by_header_or_values(store: Store, tmp_path: Path) -> None:
    header = ["No.", *VALID, "行"]
    rows = [{"No.": str(i), "行": str(10 + i), **row(地点=f"村{i}")} for i in range(1, 5)]
    proposal = propose(write_csv(tmp_path / "a.csv", rows, header=header), store)
    assert (proposal.column(0).target, proposal.column(0).reason) == ("ignore", "sequence")
    assert (proposal.column(15).target, proposal.column(15).reason) == ("ignore", "sequence")
    import_file(store, tmp_path / "a.csv", mapping=proposal.mapping())
    assert {s["notes"] for s in store.query("session")} == {"现场宣传"}, "nothing of them kept"


def test_merged_cells_read_as_the_value_they_show(store: Store, tmp_path: Path) -> None:
    path = write_branch_xlsx(tmp_path / "b.xlsx")
    workbook = openpyxl.load_workbook(path, read_only=True)
    member = workbook.worksheets[0]._worksheet_path  # type: ignore[attr-defined]
    workbook.close()
    assert sources._merged_ranges(path, member) == [(1, 1, 1, len(HEADERS)), (4, 4, 5, 4)]
    proposal = propose(path, store, owned=True)
    assert proposal.header_row == 3
    import_file(store, path, mapping=proposal.mapping())
    sessions = by_place(store)
    assert sessions["河西镇中心小学"]["venue_kind"] == "village", "from the merged D4:D5"
    assert sessions["柳树村村委会"]["held_on"] == "2025-03-14"


def test_fill_merged_holds_only_the_ranges_of_the_current_row() -> None:
    rows = iter([("a", None, "x"), (None, None, "y"), (None, None, None), ("b", None)])
    merged = [(1, 1, 2, 2), (4, 1, 4, 3), (9, 1, 9, 2)]
    assert list(sources.fill_merged(rows, merged)) == [
        ["a", "a", "x"],
        ["a", "a", "y"],
        (None, None, None),
        ["b", "b", "b"],
    ]


# -- values as people write them --------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("约80", (80, True)),
        ("200余", (200, True)),
        ("80人", (80, True)),
        ("1,200", (1200, True)),
        ("１２０", (120, True)),
        ("300 份", (300, True)),
        ("85", (85, False)),
        (85.0, (85, False)),
        ("很多", (None, False)),
        ("80-100", (None, False)),
        ("", (None, False)),
    ],
)
def test_counts_are_read_as_people_write_them(written: Any, read: tuple[Any, bool]) -> None:
    assert read_count(written) == read


def test_every_changed_value_is_listed_with_its_row(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "a.csv",
        [row(受众人数="约80", 咨询人数=""), row(地点="b", 受众人数="200余"), row(地点="c")],
    )
    report = import_file(store, path)
    sessions = by_place(store)
    assert sessions["柳树村"]["audience"] == 80
    assert sessions["柳树村"]["consultation_count"] is None, "a blank count stays blank"
    assert changes(report) == [
        'Row 2, column "受众人数": "约80" read as 80',
        'Row 3, column "受众人数": "200余" read as 200',
    ]
    assert report.lines(same)[1] == "Read otherwise than written:"


def test_near_miss_list_entries_get_the_most_similar_entry(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "a.csv",
        [
            row(宣传主题="养老诈骗防范、反洗钱", 合作单位="城关县司法局"),
            row(地点="b", 宣传主题="养老诈骗防范"),
        ],
    )
    proposal = propose(path, store)
    assert [(v.list_name, v.text, v.entry, v.rows) for v in proposal.values] == [
        ("topics", "养老诈骗防范", "pension_fraud", (2, 3)),
        ("partners", "城关县司法局", "justice_bureau", (2,)),
    ]
    with pytest.raises(MappingNeeded):
        import_file(store, path)
    report = import_file(store, path, mapping=proposal.mapping())
    assert by_place(store)["柳树村"]["topics"] == ["pension_fraud", "aml"]
    assert by_place(store)["柳树村"]["partners"] == ["justice_bureau"]
    assert changes(report) == [
        'Rows 2, 3, column "宣传主题": "养老诈骗防范" read as "防范养老诈骗"',
        'Row 2, column "合作单位": "城关县司法局" read as "司法局"',
    ]
    # Confirmed once: the next file that writes it so needs no word on it.
    again = propose(write_csv(tmp_path / "b.csv", [row(地点="d", 宣传主题="养老诈骗防范")]), store)
    assert again.values == () and again.certain
    report = import_file(store, tmp_path / "b.csv")
    assert changes(report) == ['Row 2, column "宣传主题": "养老诈骗防范" read as "防范养老诈骗"']


def test_a_value_can_become_a_new_entry_where_the_laptop_owns_its_lists(
    store: Store, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "a.csv", [row(合作单位="县妇联"), row(地点="b", 合作单位="县妇联")])
    owned = propose(path, store, owned=True)
    assert [(v.text, v.entry, v.reason) for v in owned.values] == [("县妇联", NEW, "new")]
    report = import_file(store, path, mapping=owned.mapping(), owned=True)
    [entry] = [i for i in store.ref_items("partners") if i["label_zh"] == "县妇联"]
    assert {s["partners"][0] for s in store.query("session")} == {entry["code"]}
    assert entry["code"] == entry["code"].lower() and entry["code"].startswith("imported-")
    assert "Added to the list Partner organisations: 县妇联" in report.lines(same)
    # An enrolled laptop's lists are head office's: nothing to propose, the rows are refused.
    other = tmp_path / "other"
    enrolled = Store(other)
    try:
        path = write_csv(tmp_path / "c.csv", [row(合作单位="县妇联")])
        proposal = propose(path, enrolled, owned=False)
        assert [(v.entry, v.reason) for v in proposal.values] == [(None, "none")]
        with pytest.raises(ImportFailed) as caught:
            import_file(enrolled, path, mapping=proposal.mapping(), owned=False)
        assert [(p.row, p.column) for p in caught.value.rows] == [(2, "合作单位")]
        with pytest.raises(ImportFailed):
            propose(path, enrolled, values={("partners", "县妇联"): "new"}, owned=False)
    finally:
        enrolled.close()


# -- leaflets ---------------------------------------------------------------------------------


def test_every_new_store_holds_the_shipped_designs(tmp_path: Path) -> None:
    fresh = Store(tmp_path / "fresh")
    try:
        assert fresh.count("leaflet_design") == 12
        assert fresh.pending_changes() == 0, "seeded, as the reference lists"
    finally:
        fresh.close()


def test_leaflets_of_no_design_count_under_design_not_recorded(
    store: Store, tmp_path: Path
) -> None:
    path = write_branch_csv(tmp_path / "b.csv")
    report = import_file(store, path, mapping=propose(path, store, owned=True).mapping())
    assert report.added == 3
    design = store.get("leaflet_design", NOT_RECORDED_UUID)
    assert design is not None and not design["active"]
    assert (
        sum(store.handouts(s["uuid"]).get(NOT_RECORDED_UUID, 0) for s in by_place(store).values())
        == 1700
    )
    assert store.pending_changes() == 3 + 3, "sessions and hand-outs; the design is seeded"
    assert not [w for w in report.warnings if "stock" in w.line(same)], "it has no stock"


def test_a_hand_out_beyond_the_stock_is_named(store: Store, tmp_path: Path, design: str) -> None:
    store.save("print_run", {"design": design, "printed_on": "2026-03-01", "copies": 100})
    header = [*VALID, "折页:防诈骗折页"]
    rows = [row(**{header[-1]: "80"}), row(地点="b", **{header[-1]: "50"})]
    report = import_file(store, write_csv(tmp_path / "a.csv", rows, header=header))
    assert [w.line(same) for w in report.warnings] == [
        'Row 3, column "折页:防诈骗折页": More than the 20 in stock: is a print run not'
        " recorded yet?"
    ]


# -- all or nothing, twice adds nothing ---------------------------------------------------------


def test_a_bad_row_writes_nothing_not_even_the_mapping(store: Store, tmp_path: Path) -> None:
    rows = (*ROWS, (4, "2025-13-01", "坏村", "进农村", "反洗钱", "", "10", "", "", ""))
    path = write_branch_csv(tmp_path / "b.csv", rows)
    before = snapshot(store)
    proposal = propose(path, store, owned=True)
    with pytest.raises(ImportFailed) as caught:
        import_file(store, path, mapping=proposal.mapping(), owned=True)
    assert [(p.row, p.column) for p in caught.value.rows] == [(7, "活动时间")]
    assert snapshot(store) == before
    assert store.get("leaflet_design", NOT_RECORDED_UUID) is None
    assert not propose(path, store, owned=True).remembered


def test_a_branch_ledger_imported_twice_adds_nothing(store: Store, tmp_path: Path) -> None:
    path = write_branch_xlsx(tmp_path / "b.xlsx")
    import_file(store, path, mapping=propose(path, store, owned=True).mapping())
    after = snapshot(store)
    report = import_file(store, path)  # remembered now: no word needed
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
    assert snapshot(store) == after


def test_the_design_not_recorded_has_the_same_uuid_on_every_laptop() -> None:
    from desktop.domain.refdata import NAMESPACE

    assert str(uuid.uuid5(NAMESPACE, "leaflet_design:not-recorded")) == NOT_RECORDED_UUID


def test_the_command_line_shows_progress_for_big_files_only() -> None:
    from desktop.importer import confirm

    out = io.StringIO()
    report = confirm._progress(same, out)
    for done in range(0, 100, 10):
        report(done, 100)  # a small file: no line
    assert out.getvalue() == ""
    total = 4 * confirm.PROGRESS_ROWS
    for done in range(0, total + 1, 250):
        report(done, total)
    lines = out.getvalue().splitlines()
    assert lines[0] == "Importing: 0%" and lines[-1] == "Importing: 100%"
    assert len(lines) == 21, "every 5 per cent"


def test_the_importer_needs_no_qt() -> None:
    code = (
        "import sys; import desktop.importer.confirm, desktop.importer.mapping;"
        " import desktop.importer.ledger; print('PySide6' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_targets_offer_every_field_ignore_and_each_design(store: Store, design: str) -> None:
    codes = [t.code for t in mp.targets(store)]
    assert codes[:14] == [f.name for f in SESSION.fields]
    assert {"ignore", "leaflets", f"leaflets:{design}"} <= set(codes)
    assert len(codes) == 14 + 2 + 13, "the shipped designs and the fixture's"


def test_imported_sessions_name_the_staff_else_the_importing_officer(
    store: Store, tmp_path: Path
) -> None:
    store.set_current_officer(str(store.add_officer("赵敏")["uuid"]))
    with_staff = row(地点="有人村", 参与人员="王芳、李强")
    without = row(地点="无人村", 参与人员="", 开始时间="14:00", 结束时间="15:00")
    import_file(store, write_csv(tmp_path / "l.csv", [with_staff, without]))
    sessions = by_place(store)
    assert sessions["有人村"]["author"] == "王芳"
    assert sessions["无人村"]["author"] == "赵敏"
    assert store.history(sessions["有人村"]["uuid"])[-1]["author"] == "王芳"
