"""`outreach import` run as a user would: a separate process, exit code and messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.importer.template import CSV_NAME, TEMPLATES_DIR
from desktop.store.store import Store
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
