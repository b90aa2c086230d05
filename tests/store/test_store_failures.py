"""Every way a user meets a store that cannot be used is said in the user's words and
language, by a failure type of its own; SQLite's English stays in the log."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.i18n import Translator
from desktop.store import errors, store
from desktop.store.errors import (
    StoreBusy,
    StoreCannotOpen,
    StoreDamaged,
    StoreDiskFull,
    StoreReadOnly,
    StoreUnavailable,
    store_failure,
)
from desktop.store.store import DB_NAME, Store

#: What SQLite and the system say, which must never reach the user.
ENGLISH_OF_SQLITE = (
    "unable to open database file",
    "database is locked",
    "database or disk is full",
    "readonly database",
    "file is not a database",
    "Permission denied",
    "Operation not permitted",
)


def _made(folder: Path) -> Path:
    Store(folder).close()
    return folder / DB_NAME


def _both_languages(failure: StoreUnavailable) -> tuple[str, str]:
    english = failure.message(Translator("en"))
    chinese = failure.message(Translator("zh_CN"))
    for text in (english, chinese):
        assert not any(words in text for words in ENGLISH_OF_SQLITE), text
    return english, chinese


# -- not a store --------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"\x00garbage" * 512])
def test_an_empty_or_random_file_is_damaged_and_left_as_it_is(
    tmp_path: Path, content: bytes
) -> None:
    store_file = tmp_path / DB_NAME
    store_file.write_bytes(content)
    with pytest.raises(StoreDamaged) as caught:
        Store(tmp_path)
    assert store_file.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]
    assert "is not an Outreach Log store, or it is damaged" in caught.value.message()


def test_another_programs_database_is_not_taken_for_a_new_store(tmp_path: Path) -> None:
    store_file = tmp_path / DB_NAME
    conn = sqlite3.connect(store_file)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = store_file.read_bytes()
    with pytest.raises(StoreDamaged):
        Store(tmp_path)
    assert store_file.read_bytes() == before
    check = sqlite3.connect(store_file)
    try:
        names = [r[0] for r in check.execute("SELECT name FROM sqlite_master")]
    finally:
        check.close()
    assert names == ["contacts"], "nothing of ours was added to it"


def test_a_new_store_file_appears_whole_and_a_stopped_creation_leaves_no_trace(
    tmp_path: Path,
) -> None:
    # An app stopped while creating a store leaves its partial file: the next start passes it.
    (tmp_path / (DB_NAME + ".creating")).write_bytes(b"")
    s = Store(tmp_path)
    try:
        assert s.count("session") == 0
    finally:
        s.close()
    assert (tmp_path / DB_NAME).stat().st_size > 0
    assert not (tmp_path / (DB_NAME + ".creating")).exists()
    Store(tmp_path).close()  # and it opens again as the store it is


# -- read-only folder ---------------------------------------------------------------------------


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """The folder (or file) made read-only for this process: by its mode, or (root ignores
    modes) by the immutable flag, which binds root too; skipped where neither can be done."""
    mode = folder.stat().st_mode
    os.chmod(folder, 0o555 if folder.is_dir() else 0o444)
    immutable = False
    try:
        if os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
            if done.returncode != 0:
                pytest.skip("root, and the file system has no immutable flag")
            immutable = True
        probe = folder / "probe" if folder.is_dir() else folder
        try:
            with open(probe, "a"):
                pass
        except OSError:
            pass
        else:
            if probe != folder:
                probe.unlink()
            pytest.skip("it could not be made read-only")
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        os.chmod(folder, mode)


def test_a_store_in_a_read_only_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _made(folder)
    with _read_only(folder), pytest.raises(StoreReadOnly) as caught:
        Store(folder)
    english, chinese = _both_languages(caught.value)
    assert english == (
        f"The data folder {folder} cannot be written to (no permission). Choose a data folder"
        " you may write in (--data-dir), or ask for permission to write in this one."
    )
    assert str(folder) in chinese and "cannot be written" not in chinese  # waits for translation


def test_a_store_file_that_may_not_be_written_says_so(tmp_path: Path) -> None:
    store_file = _made(tmp_path)
    with _read_only(store_file):
        s = Store(tmp_path)  # it can be read...
        try:
            with pytest.raises(sqlite3.OperationalError) as raised, s.transaction():
                s.set_setting("x", 1)  # ...not written
        finally:
            s.close()
        failure = store_failure(s.path, raised.value)
    assert isinstance(failure, StoreReadOnly)
    assert _both_languages(failure)[0] == (
        f"The store {store_file} cannot be written to (no permission). Ask for permission to"
        " write it, or choose another data folder (--data-dir)."
    )


def test_a_new_data_folder_under_a_read_only_one_says_so(tmp_path: Path) -> None:
    with _read_only(tmp_path), pytest.raises(StoreReadOnly) as caught:
        Store(tmp_path / "data")
    assert "cannot be written to (no permission)" in _both_languages(caught.value)[0]


# -- locked by another program ------------------------------------------------------------------


def test_a_store_another_program_holds_is_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 100)
    store_file = _made(tmp_path)
    other = sqlite3.connect(store_file, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreBusy) as caught:
            Store(tmp_path)
    finally:
        other.close()
    english, _ = _both_languages(caught.value)
    assert english == (
        f"The store in {tmp_path} is busy in another program; close it and try again."
    )
    Store(tmp_path).close()  # free again once the other program lets go


def test_a_write_held_up_by_another_program_is_busy(tmp_path: Path) -> None:
    s = Store(tmp_path)
    other = sqlite3.connect(s.path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program writing
        s.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(sqlite3.OperationalError) as raised, s.transaction():
            s.set_setting("x", 1)
        assert isinstance(store_failure(s.path, raised.value), StoreBusy)
    finally:
        other.close()
        s.close()


# -- disk full ----------------------------------------------------------------------------------


def test_a_full_disk_is_said_in_our_words(tmp_path: Path) -> None:
    s = Store(tmp_path)
    try:
        pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
        s.conn.execute(f"PRAGMA max_page_count = {pages}")  # the file may grow no more
        with pytest.raises(sqlite3.OperationalError) as raised, s.transaction():
            s.set_setting("filler", "x" * 100_000)
    finally:
        s.close()
    failure = store_failure(tmp_path / DB_NAME, raised.value)
    assert isinstance(failure, StoreDiskFull)
    english, _ = _both_languages(failure)
    assert english.startswith(f"The disk that holds {tmp_path} is full")


# -- cannot open --------------------------------------------------------------------------------


def test_a_store_that_cannot_be_opened_names_the_systems_reason(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).mkdir()  # a folder where the store file should be
    with pytest.raises(StoreCannotOpen) as caught:
        Store(tmp_path)
    english, chinese = _both_languages(caught.value)
    assert english == f"The store {tmp_path / DB_NAME} cannot be opened: it is a folder, not a file"
    assert "cannot be opened" not in chinese  # waits for the Chinese translation


def test_a_reason_the_system_does_not_name_is_not_shown_in_english(tmp_path: Path) -> None:
    failure = StoreCannotOpen(tmp_path / DB_NAME, "disk I/O error")
    assert "disk I/O error" not in failure.message()
    assert "the details are in the log file" in failure.message()


def test_every_failure_has_its_own_type_and_message() -> None:
    kinds = [errors.FolderUnusable, StoreDamaged, StoreBusy, StoreReadOnly, StoreDiskFull]
    kinds.append(StoreCannotOpen)
    assert len({k.CODE for k in kinds}) == len(kinds)
    assert all(k.CODE in errors.MESSAGES for k in kinds)
