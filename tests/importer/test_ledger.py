"""Importing ledger rows: what gets stored, what is refused, and that nothing is ever doubled."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.domain.kinds import SESSION
from desktop.domain.validation import MESSAGES, Issue
from desktop.importer import columns as cols
from desktop.importer import ledger
from desktop.importer.ledger import (
    ImportFailed,
    MappingNeeded,
    import_file,
    import_namespace,
    row_uuid,
)
from desktop.importer.report import WARNINGS_KEPT, Problem
from desktop.store.queries import RecordFilter
from desktop.store.store import Store
from tests.importer.ledgers import VALID, row, same, snapshot, write_csv


def reasons(failed: ImportFailed) -> list[tuple[int, str, str]]:
    """(row, column, issue code or import message) of each row problem."""
    return [
        (p.row, p.column, p.reason.code if isinstance(p.reason, Issue) else p.reason.template)
        for p in failed.rows
    ]


def test_rows_become_sessions_with_clean_values(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "a.csv", [row(), row(地点="王家村", 受众人数="４０", 日期="2026年3月1日")]
    )
    report = import_file(store, path)
    assert (report.rows, report.added, report.updated, report.unchanged) == (2, 2, 0, 0)
    sessions = {s["place"]: s for s in store.query("session")}
    assert sessions["柳树村"]["topics"] == ["telecom_fraud", "aml"]
    assert sessions["柳树村"]["staff"] == ["王芳", "李强"]
    assert sessions["柳树村"]["venue_kind"] == "village"
    assert sessions["王家村"]["audience"] == 40
    assert sessions["王家村"]["held_on"] == "2026-03-01"


def test_row_uuid_is_derived_from_the_sessions_identity(store: Store, tmp_path: Path) -> None:
    import_file(store, write_csv(tmp_path / "a.csv", [row(开始时间="")]))
    values = {"held_on": "2026-03-14", "start_time": None, "place": "柳树村"}
    expected = row_uuid(import_namespace(store), {**values, "venue_kind": "village"})
    assert store.get("session", expected) is not None


def test_enrolling_between_two_imports_adds_nothing(store: Store, tmp_path: Path) -> None:
    ledger = write_csv(tmp_path / "a.csv", [row(), row(地点="李庄")])
    import_file(store, ledger)
    with store.transaction():
        store.set_setting("team", "城关支行宣讲一队")  # what enrolment does
    report = import_file(store, ledger)
    assert (report.added, report.unchanged) == (0, 2)
    assert store.count("session") == 2


def test_importing_again_keeps_corrections_made_since(store: Store, tmp_path: Path) -> None:
    ledger = write_csv(tmp_path / "a.csv", [row(), row(地点="李庄")])
    import_file(store, ledger)
    (session,) = store.query("session", RecordFilter(text="柳树村"))
    fields = {name: session[name] for name in SESSION.field_names}
    store.save("session", {**fields, "audience": 55}, session["uuid"])  # a supervisor's fix
    report = import_file(
        store, write_csv(tmp_path / "b.csv", [row(), row(地点="李庄"), row(地点="新村")])
    )
    assert (report.added, report.updated, report.unchanged) == (1, 0, 2)
    assert store.get("session", session["uuid"])["audience"] == 55
    # A row corrected in the file is a new word on it: that one is taken.
    report = import_file(store, write_csv(tmp_path / "c.csv", [row(受众人数="90")]))
    assert (report.updated, report.unchanged) == (1, 0)
    assert store.get("session", session["uuid"])["audience"] == 90


def test_headers_match_names_labels_and_aliases_loosely(store: Store, tmp_path: Path) -> None:
    cells = {" Date ": "2026-03-14", "PLACE": "柳树村", "venue": "school", "Topics": "aml"}
    cells["受众人数 "] = "30"
    path = write_csv(tmp_path / "a.csv", [cells], header=list(cells))
    import_file(store, path)
    [session] = store.query("session")
    assert (session["venue_kind"], session["audience"]) == ("school", 30)


def test_every_header_of_a_field_leads_to_that_field() -> None:
    by_header = cols.field_by_header()
    for f in SESSION.fields:
        for name in cols.header_names(f):
            assert by_header[cols.fold(name)] == f.name, name


def test_unknown_columns_ask_first_and_missing_ones_reject_the_file(
    store: Store, tmp_path: Path
) -> None:
    before = snapshot(store)
    header = ["日期", "地点", "受众人数", "客户姓名"]
    path = write_csv(tmp_path / "a.csv", [{"日期": "2026-03-14"}], header=header)
    with pytest.raises(MappingNeeded) as asked:
        import_file(store, path)
    proposal = asked.value.proposal
    unknown = proposal.column(3)
    assert (unknown.header, unknown.target, unknown.reason) == ("客户姓名", "notes", "unknown")
    assert [f.name for f in proposal.missing] == ["venue_kind", "topics"]
    with pytest.raises(ImportFailed) as caught:
        import_file(store, path, mapping=proposal.mapping())
    [missing] = caught.value.problems
    assert missing.template == cols.MISSING_COLUMNS
    assert "场所类型" in missing.params["columns"] and "宣传主题" in missing.params["columns"]
    assert snapshot(store) == before


def test_two_columns_for_one_field_are_refused(store: Store, tmp_path: Path) -> None:
    header = [*VALID, "活动日期"]
    path = write_csv(tmp_path / "a.csv", [row()], header=header)
    with pytest.raises(MappingNeeded) as asked:
        import_file(store, path)
    proposal = asked.value.proposal
    second = proposal.column(len(header) - 1)
    assert (second.target, second.reason) == ("notes", "taken"), "the first keeps the field"
    both = {**proposal.mapping().columns, len(header) - 1: "held_on"}
    with pytest.raises(ImportFailed) as caught:
        import_file(store, path, mapping=replace(proposal.mapping(), columns=both))
    [problem] = caught.value.problems
    assert problem == Problem(cols.SAME_COLUMN, {"first": "日期", "second": "活动日期"})


def test_bad_dates_are_reported_with_row_and_column(store: Store, tmp_path: Path) -> None:
    rows = [row(), row(日期="2026-02-30"), row(日期="昨天"), row(日期="2099-01-01")]
    with pytest.raises(ImportFailed) as caught:
        import_file(store, write_csv(tmp_path / "a.csv", rows))
    assert reasons(caught.value) == [
        (3, "日期", "bad_date"),
        (4, "日期", "bad_date"),
        (5, "日期", "future_date"),
    ]


def test_negative_counts_are_errors(store: Store, tmp_path: Path, design: str) -> None:
    header = [*VALID, "折页:防诈骗折页"]
    rows = [row(受众人数="-5"), row(地点="b", 咨询人数="-1", **{"折页:防诈骗折页": "-3"})]
    with pytest.raises(ImportFailed) as caught:
        import_file(store, write_csv(tmp_path / "a.csv", rows, header=header))
    assert reasons(caught.value) == [
        (2, "受众人数", "too_small"),
        (3, "咨询人数", "too_small"),
        (3, "折页:防诈骗折页", "too_small"),
    ]


def test_error_lines_use_the_validation_messages_translated(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as caught:
        import_file(store, write_csv(tmp_path / "a.csv", [row(), row(受众人数="很多")]))
    lines = caught.value.lines(lambda context, text: f"<{context}>{text}")
    assert lines[0] == "<Import>Nothing was imported. Rows with errors: 1."
    expected = f"<Validation>{MESSAGES['not_a_number']}"
    assert lines[1] == f'<Import>Row 3, column "受众人数": {expected}'


def test_row_numbers_count_the_header_blank_rows_and_multiline_cells(
    store: Store, tmp_path: Path
) -> None:
    rows = [row(备注="第一行\n第二行"), {}, row(地点="b"), row(地点="c", 受众人数="很多")]
    with pytest.raises(ImportFailed) as caught:
        import_file(store, write_csv(tmp_path / "a.csv", rows))
    assert reasons(caught.value) == [(5, "受众人数", "not_a_number")]


def test_same_session_twice_in_a_file_names_the_first_row(store: Store, tmp_path: Path) -> None:
    rows = [row(开始时间=""), row(地点="b"), row(开始时间=" ", 地点=" 柳树村 "), row(地点="b")]
    with pytest.raises(ImportFailed) as caught:
        import_file(store, write_csv(tmp_path / "a.csv", rows))
    assert reasons(caught.value) == [(4, "", ledger.DUPLICATE), (5, "", ledger.DUPLICATE_TIMED)]
    assert "Row 4: Duplicate of row 2: add a start time" in "\n".join(caught.value.lines(same))


def test_a_value_under_no_header_is_kept_in_the_notes(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "a.csv", [row(), row(地点="b", **{"": "多余"})], header=[*VALID, ""]
    )
    with pytest.raises(MappingNeeded) as asked:
        import_file(store, path)
    column = asked.value.proposal.column(14)
    assert (column.name, column.target, column.samples) == ("O", "notes", ("多余",))
    import_file(store, path, mapping=asked.value.proposal.mapping())
    notes = {s["place"]: s["notes"] for s in store.query("session")}
    assert notes == {"柳树村": "现场宣传", "b": "现场宣传\nO: 多余"}


def test_warnings_do_not_block_and_are_reported(store: Store, tmp_path: Path) -> None:
    report = import_file(store, write_csv(tmp_path / "a.csv", [row(受众人数="3", 咨询人数="9")]))
    assert report.added == 1
    assert [(w.row, w.column) for w in report.warnings] == [(2, "咨询人数")]
    assert "Row 2" in report.lines(same)[2]


def test_many_warnings_are_counted_but_only_the_first_kept(store: Store, tmp_path: Path) -> None:
    rows = [row(地点=f"村{i}", 受众人数="3", 咨询人数="9") for i in range(WARNINGS_KEPT + 5)]
    report = import_file(store, write_csv(tmp_path / "a.csv", rows))
    assert report.warning_count == WARNINGS_KEPT + 5
    assert len(report.warnings) == WARNINGS_KEPT
    assert report.lines(same)[-1] == "... and 5 more."


def test_leaflet_columns_record_handouts(store: Store, tmp_path: Path, design: str) -> None:
    header = [*VALID, "折页：防诈骗折页 "]
    path = write_csv(tmp_path / "a.csv", [row(**{header[-1]: "120"})], header=header)
    import_file(store, path)
    [session] = store.query("session")
    assert store.handouts(session["uuid"]) == {design: 120}

    path = write_csv(tmp_path / "a.csv", [row(**{header[-1]: "150"})], header=header)
    report = import_file(store, path)
    assert (report.added, report.updated) == (0, 1)
    assert store.handouts(session["uuid"]) == {design: 150}


def test_an_unknown_leaflet_design_is_asked_about(store: Store, tmp_path: Path) -> None:
    header = [*VALID, "leaflets:本行自制"]
    before = snapshot(store)
    with pytest.raises(MappingNeeded) as asked:
        import_file(store, write_csv(tmp_path / "a.csv", [row()], header=header))
    column = asked.value.proposal.column(len(header) - 1)
    assert (column.target, column.certain) == ("leaflets", False), "design not recorded"
    assert snapshot(store) == before


def test_importing_twice_adds_nothing(store: Store, tmp_path: Path, design: str) -> None:
    header = [*VALID, "折页:防诈骗折页"]
    rows = [row(**{"折页:防诈骗折页": "50"}), row(地点="b", 开始时间="")]
    path = write_csv(tmp_path / "a.csv", rows, header=header)
    import_file(store, path)
    after_first = snapshot(store)
    pending = store.pending_changes()
    report = import_file(store, path)
    assert (report.rows, report.added, report.updated, report.unchanged) == (2, 0, 0, 2)
    assert snapshot(store) == after_first
    assert store.pending_changes() == pending


def test_a_changed_row_updates_its_session(store: Store, tmp_path: Path) -> None:
    import_file(store, write_csv(tmp_path / "a.csv", [row()]))
    [session] = store.query("session")
    report = import_file(store, write_csv(tmp_path / "a.csv", [row(受众人数="90")]))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 0)
    assert store.get("session", session["uuid"])["audience"] == 90
    assert [h["action"] for h in store.history(session["uuid"])] == ["update", "create"]


def test_columns_left_out_keep_what_the_session_holds(store: Store, tmp_path: Path) -> None:
    import_file(store, write_csv(tmp_path / "a.csv", [row()]))
    narrow = [h for h in VALID if h not in ("备注", "参与人员")]
    report = import_file(store, write_csv(tmp_path / "b.csv", [row()], header=narrow))
    [session] = store.query("session")
    assert report.unchanged == 1
    assert (session["notes"], session["staff"]) == ("现场宣传", ["王芳", "李强"])


def test_a_deleted_session_comes_back(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [row()])
    import_file(store, path)
    [session] = store.query("session")
    store.delete("session", session["uuid"])
    assert import_file(store, path).added == 1
    assert store.get("session", session["uuid"]) is not None


def test_a_rejected_file_leaves_the_store_exactly_as_it_was(
    store: Store, tmp_path: Path, design: str
) -> None:
    header = [*VALID, "折页:防诈骗折页"]
    import_file(store, write_csv(tmp_path / "a.csv", [row()], header=header))
    before = snapshot(store)
    rows = [
        row(受众人数="99", **{"折页:防诈骗折页": "7"}),
        row(地点="新村"),
        row(地点="x", 受众人数=""),
    ]
    with pytest.raises(ImportFailed) as caught:
        import_file(store, write_csv(tmp_path / "b.csv", rows, header=header))
    assert reasons(caught.value) == [(4, "受众人数", "required")]
    assert snapshot(store) == before
    assert store.query("session")[0]["audience"] == 85


def test_a_store_change_during_the_import_rolls_everything_back(
    store: Store, tmp_path: Path, design: str
) -> None:
    header = [*VALID, "折页:防诈骗折页"]
    rows = [row(地点=f"村{i}", **{"折页:防诈骗折页": "5"}) for i in range(600)]
    path = write_csv(tmp_path / "a.csv", rows, header=header)
    before = snapshot(store)

    def delete_design_while_checking(done: int, total: int) -> None:
        if 0 < done < total // 2 and store.get("leaflet_design", design):
            store.delete("leaflet_design", design)

    with pytest.raises(ImportFailed) as caught:
        import_file(store, path, delete_design_while_checking)
    assert reasons(caught.value) == [(2, "", "unknown_link")]
    # Only the design's deletion remains: not one session or hand-out of the file.
    assert snapshot(store) == {
        **before,
        "outbox": before["outbox"] + 1,
        "history": before["history"] + 1,
    }


def test_a_big_file_imports_and_reports_progress(store: Store, tmp_path: Path) -> None:
    count = 10_000
    rows = (row(地点=f"村{i}", 开始时间=f"{8 + i % 3}:{i % 60:02d}") for i in range(count))
    path = write_csv(tmp_path / "big.csv", list(rows))
    calls: list[tuple[int, int]] = []
    report = import_file(store, path, lambda done, total: calls.append((done, total)))
    assert report.added == count
    assert store.count("session") == count
    assert calls[-1] == (2 * count, 2 * count)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len(calls) < count // 100
