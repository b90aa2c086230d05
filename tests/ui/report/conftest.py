"""The report core's supervisor store (tests/report/conftest.py: several teams over two years,
deleted, moved, edited and sent-back records), made once, for the report view's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.store.store import Store
from desktop.ui.context import UiContext
from tests.report.conftest import Made, fill


@pytest.fixture(scope="session")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    folder = tmp_path_factory.mktemp("ui_report") / "supervisor"
    store = Store(folder)
    store.set_setting("team", "消保部")
    store.set_setting("author", "李主任")
    result = fill(store)
    store.close()
    return result


@pytest.fixture
def sup(made: Made) -> Iterator[Store]:
    store = Store(made.data_dir)
    yield store
    store.close()


@pytest.fixture
def sup_ctx(sup: Store, qapp) -> UiContext:
    return UiContext(sup, "en")
