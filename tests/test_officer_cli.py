"""`outreach --officer NAME`: the command line records as a named officer too."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store import replication
from desktop.store.store import Store
from sync.client import SERVER, TOKEN


def author_of(data_dir: Path) -> str:
    store = Store(data_dir)
    try:
        return store.author
    finally:
        store.close()


def test_officer_option_names_who_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    data = tmp_path / "data"
    assert author_of(data) == getpass.getuser(), "nobody chosen: the OS login"
    assert main(["leaflet", "--list", "--officer", "王芳", "--data-dir", str(data)]) == 0
    assert author_of(data) == "王芳", "the laptop's current officer from now on"
    assert main(["--officer", "李明", "leaflet", "--list", "--data-dir", str(data)]) == 0
    assert author_of(data) == "李明"

    store = Store(data)
    try:
        with store.transaction():
            store.set_setting(SERVER, "http://127.0.0.1:9")
            store.set_setting(TOKEN, "token")
        replication.adopt_team(store, "城关一队")
        assert [o["name"] for o in store.officers()] == ["李明", "王芳"]
    finally:
        store.close()
    capsys.readouterr()
    # Enrolled: the roster is head office's, so a name not on it is refused, saying why.
    assert main(["leaflet", "--list", "--officer", "张三", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "张三 is not on the team's roster" in err and "李明、王芳" in err
    assert author_of(data) == "李明"
    assert main(["leaflet", "--list", "--officer", "王芳", "--data-dir", str(data)]) == 0
    assert author_of(data) == "王芳"
