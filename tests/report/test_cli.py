"""`outreach report`: files written and the paragraph printed; every mistake one line on
stderr and exit code 2, no traceback, nothing written."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from tests.report.conftest import Made


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_writes_the_workbook(
    filled: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.xlsx"
    code, printed, err = run(
        capsys,
        "--data-dir",
        str(filled.data_dir),
        "--period",
        "2026Q1",
        "--branch",
        "城关支行",
        "--approved-only",
        "--out",
        str(out),
    )
    assert (code, err) == (0, "")
    assert "城关支行 held" in printed and "approved records only" in printed
    assert f"Written: {out}" in printed
    assert "Summary" in openpyxl.load_workbook(out, read_only=True).sheetnames


def test_writes_csv_files(filled: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, printed, _ = run(
        capsys,
        "--data-dir",
        str(filled.data_dir),
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--team",
        "青山队",
        "--out",
        str(tmp_path / "r.csv"),
    )
    assert code == 0
    assert (tmp_path / "r-sessions.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert printed.count("Written: ") == 7


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-02-30", "--to", "2026-03-01"], "--from: '2026-02-30' is not a date"),
        (["--from", "2026-03-01", "--to", "2026-02-01"], "ends (2026-02-01) before it starts"),
        (["--period", "2026Q7"], "'2026Q7' is not a period"),
        (["--period", "2026", "--from", "2026-01-01"], "Say the period once"),
        (["--from", "2026-01-01"], "Say which period"),
        (["--period", "2026", "--team", "没有的队"], "No team '没有的队'"),
        (["--period", "2026", "--branch", "月亮支行"], "No branch '月亮支行'"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(
    filled: Made,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "r.xlsx"
    code, printed, err = run(capsys, "--data-dir", str(filled.data_dir), *args, "--out", str(out))
    assert code == 2 and printed == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_bad_outputs_and_no_store(
    filled: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = ["--data-dir", str(filled.data_dir), "--period", "2026"]
    code, _, err = run(capsys, *store, "--out", str(tmp_path / "r.txt"))
    assert code == 2 and "must end in .xlsx / .csv / .pdf" in err
    code, _, err = run(capsys, *store, "--out", str(tmp_path / "no" / "r.xlsx"))
    assert code == 2 and "Cannot write" in err
    empty = tmp_path / "empty"
    code, _, err = run(capsys, "--data-dir", str(empty), "--period", "2026", "--out", "r.xlsx")
    assert code == 2 and "There is no store" in err and not empty.exists()


def test_file_as_keeps_the_report_and_its_records(
    filled: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from desktop.report import filing
    from desktop.store.store import Store

    copy = tmp_path / "copy"
    shutil.copytree(filled.data_dir, copy)
    args = ["--data-dir", str(copy), "--period", "2026Q1", "--out", str(tmp_path / "q1.xlsx")]
    code, out, _ = run(capsys, *args, "--file-as", "全行 2026年第一季度")
    assert code == 0 and "Filed as “全行 2026年第一季度”" in out
    store = Store(copy)
    try:
        (filed,) = filing.filed_reports(store)
        assert f"{filed['records_count']} records counted" in out
        assert filing.since_filed(store, filed).records == 0
    finally:
        store.close()
