"""Opening the store when the window starts: a damaged one can be put back from its copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store import backups
from desktop.store.errors import StoreUnavailable
from desktop.store.store import DB_NAME, Store
from desktop.ui.app import Declined, open_store
from tests.ui.conftest import session_values


def _damaged_with_a_copy(folder: Path) -> bytes:
    store = Store(folder)
    store.save("session", session_values(place="石桥村"))
    backups.make(store.path, folder)
    store.close()
    damage = b"\x00not a store any more" * 256
    (folder / DB_NAME).write_bytes(damage)
    return damage


def test_a_damaged_store_is_put_back_from_its_copy_when_the_user_agrees(tmp_path: Path) -> None:
    _damaged_with_a_copy(tmp_path)
    asked: list[tuple[str, str]] = []

    def agree(failure: StoreUnavailable, copy: Path) -> bool:
        asked.append((failure.code, copy.name))
        return True

    store = open_store(tmp_path, agree)
    try:
        assert [r["place"] for r in store.query("session")] == ["石桥村"]
    finally:
        store.close()
    assert asked == [("damaged", backups.copies(tmp_path)[-1].name)]
    assert len(list(tmp_path.glob("replaced-*"))) == 1


def test_a_damaged_store_stays_as_it_is_unless_the_user_agrees(tmp_path: Path) -> None:
    damage = _damaged_with_a_copy(tmp_path)
    with pytest.raises(Declined):
        open_store(tmp_path, lambda _failure, _copy: False)
    assert (tmp_path / DB_NAME).read_bytes() == damage
    assert not list(tmp_path.glob("replaced-*"))
