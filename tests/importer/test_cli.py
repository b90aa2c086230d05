"""`outreach import` run as a user would: a separate process, exit code and messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.importer.template import CSV_NAME, TEMPLATES_DIR
from desktop.store.store import Store
from tests.importer.branch import write_branch_csv, write_branch_xlsx
from tests.importer.ledgers import row, write_csv

ROOT = Path(__file__).resolve().parents[2]


def outreach(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_template_imports_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = outreach("import", "--data-dir", data, "--lang", "en", TEMPLATES_DIR / CSV_NAME)
    assert done.returncode == 0, done.stderr
    assert "Rows imported: 2 (new: 2, updated: 0, unchanged: 0)." in done.stdout
    store = Store(data)
    try:
        assert store.count("session") == 2
    finally:
        store.close()


def test_a_broken_file_exits_1_naming_the_rows(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = write_csv(tmp_path / "bad.csv", [row(), row(地点="b", 日期="2026-13-01")])
    done = outreach("import", "--data-dir", data, "--lang", "en", path)
    assert done.returncode == 1
    assert 'Row 3, column "日期": Enter a date such as 2026-03-15.' in done.stderr
    assert done.stdout == ""
    store = Store(data)
    try:
        assert store.count("session") == 0
    finally:
        store.close()


def sessions(data: Path) -> dict[str, dict[str, object]]:
    store = Store(data)
    try:
        return {s["place"]: s for s in store.query("session")}
    finally:
        store.close()


def test_a_branch_ledger_imports_once_its_mapping_is_confirmed(tmp_path: Path) -> None:
    """The "done when" of issue 10: a title row, a sequence column, its own headers, qualified
    counts, near-miss list entries and a totals row, confirmed with --columns."""
    data = tmp_path / "data"
    path = write_branch_csv(tmp_path / "branch.csv")
    asked = outreach("import", "--data-dir", data, "--lang", "en", path)
    assert asked.returncode == 2, asked.stderr
    printed = asked.stdout
    assert "Header row: 3" in printed
    assert "序号 = ignore  # 0.95; a sequence-number column" in printed
    assert "活动时间 = held_on" in printed and "其他说明 = notes" in printed
    assert "topics:养老诈骗防范 = pension_fraud  # 防范养老诈骗" in printed
    assert "partners:城关县司法局 = justice_bureau  # 司法局" in printed
    assert "--accept" in printed and "--mapping FILE" in printed
    assert sessions(data) == {}, "nothing written before the mapping is confirmed"

    done = outreach(
        "import", "--data-dir", data, "--lang", "en", path, "--columns", "其他说明=notes"
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Rows imported: 3 (new: 3, updated: 0, unchanged: 0)."
    for expected in (
        "Row 7: a totals row, not imported",
        'Row 4, column "参与人数（人）": "约80" read as 80',
        'Row 4, column "发放宣传资料（份）": "200余" read as 200',
        'Row 6, column "参与人数（人）": "80人" read as 80',
        'Row 6, column "发放宣传资料（份）": "1,200" read as 1200',
        'Rows 5, 6, column "宣传内容": "养老诈骗防范" read as "防范养老诈骗"',
        'Row 4, column "合作单位": "城关县司法局" read as "司法局"',
    ):
        assert expected in lines, expected
    found = sessions(data)
    assert found["柳树村村委会"]["audience"] == 80
    assert found["柳树村村委会"]["notes"] == "其他说明: 雨天"
    assert found["锦屏镇敬老院"]["topics"] == ["pension_fraud"]

    again = outreach("import", "--data-dir", data, "--lang", "en", path)
    assert again.returncode == 0, "the confirmed mapping is remembered"
    assert "Rows imported: 3 (new: 0, updated: 0, unchanged: 3)." in again.stdout


def test_corrections_by_values_and_by_a_mapping_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = write_branch_csv(tmp_path / "branch.csv")
    printed = outreach("import", "--data-dir", data, "--lang", "en", path).stdout
    mapping = tmp_path / "mapping.txt"
    text = printed[printed.index("[columns]") :].replace("其他说明 = notes", "其他说明 = ignore")
    mapping.write_text(text, encoding="utf-8")
    done = outreach(
        "import",
        "--data-dir",
        data,
        path,
        "--lang",
        "en",
        "--mapping",
        mapping,
        "--values",
        "partners:城关县司法局=new",
    )
    assert done.returncode == 0, done.stderr
    assert "Added to the list Partner organisations: 城关县司法局" in done.stdout
    found = sessions(data)
    assert found["柳树村村委会"]["notes"] is None, "ignored as the file says"
    assert found["柳树村村委会"]["partners"] != ["justice_bureau"]


def test_a_wrong_correction_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = write_branch_csv(tmp_path / "branch.csv")
    done = outreach("import", "--data-dir", data, "--lang", "en", path, "--columns", "天气=place")
    assert done.returncode == 1
    assert 'The file has no column "天气".' in done.stderr
    done = outreach("import", "--data-dir", data, "--lang", "en", path, "--columns", "场所")
    assert done.returncode == 1 and '"场所" is not of the form HEADER=field.' in done.stderr
    assert sessions(data) == {}


def test_import_help_is_translated(tmp_path: Path) -> None:
    done = outreach("import", "--help", "--lang", "en")
    assert "--accept" in done.stdout and "--columns HEADER=FIELD" in done.stdout


def test_accept_takes_the_printed_proposal_of_a_workbook(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = write_branch_xlsx(tmp_path / "branch.xlsx")
    done = outreach("import", "--data-dir", data, "--lang", "en", path, "--accept")
    assert done.returncode == 0, done.stderr
    found = sessions(data)
    assert sorted(found) == ["柳树村村委会", "河西镇中心小学", "锦屏镇敬老院"]
    assert found["河西镇中心小学"]["venue_kind"] == "village", "the merged cell's value"
