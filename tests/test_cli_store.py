"""The `outreach` subcommands and the store: a file that is not a store is never written
into, each writing command makes the day's copy, and store failures are in our words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.importer.template import CSV_NAME, TEMPLATES_DIR
from desktop.store import backups
from desktop.store.store import DB_NAME, Store
from tests.importer.test_cli import outreach
from tests.store.test_store_failures import ENGLISH_OF_SQLITE, _read_only


def test_an_import_into_an_empty_store_file_is_refused_as_damaged(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"")
    done = outreach("import", "--data-dir", tmp_path, "--lang", "en", TEMPLATES_DIR / CSV_NAME)
    assert done.returncode == 1
    assert "is not an Outreach Log store, or it is damaged" in done.stderr
    assert (tmp_path / DB_NAME).read_bytes() == b"", "nothing went into it"
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]


def _records_in(copy: Path) -> int:
    conn = sqlite3.connect(copy)
    try:
        return int(conn.execute("SELECT count(*) FROM sessions WHERE NOT deleted").fetchone()[0])
    finally:
        conn.close()


def test_an_import_makes_the_days_copy_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = outreach("import", "--data-dir", data, "--lang", "en", TEMPLATES_DIR / CSV_NAME)
    assert done.returncode == 0, done.stderr
    made = backups.copies(data)
    assert len(made) == 1 and _records_in(made[0]) == 2, "the copy holds what was imported"
    outreach("import", "--data-dir", data, "--lang", "en", TEMPLATES_DIR / CSV_NAME)
    assert backups.copies(data) == made, "one copy a day"
    done = outreach("restore", "--data-dir", data, "--lang", "en")
    assert done.returncode == 0, done.stderr
    s = Store(data)
    try:
        assert s.count("session") == 2
    finally:
        s.close()


def test_printing_leaflets_makes_the_days_copy(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = outreach("leaflet", "--data-dir", data, "--lang", "en", "--list")
    assert done.returncode == 0, done.stderr
    assert len(backups.copies(data)) == 1


def test_restore_makes_no_copy_of_its_own(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Store(data).close()
    outreach("restore", "--data-dir", data, "--lang", "en")
    assert backups.copies(data) == []


def test_a_read_only_data_folder_is_said_in_chinese_without_sqlites_english(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    Store(data).close()
    with _read_only(data):
        done = outreach("import", "--data-dir", data, "--lang", "zh_CN", TEMPLATES_DIR / CSV_NAME)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert str(data) in done.stderr
    assert not any(words in done.stderr for words in ENGLISH_OF_SQLITE), done.stderr
    # Waits for the Chinese translation of the message (context "Store"):
    assert "cannot be written to" not in done.stderr
