"""The report core's supervisor store (tests/report/conftest.py: several teams over two years,
deleted, moved, edited and sent-back records), made once, for the report view's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.store.store import Store
from desktop.ui.context import UiContext
from tests.report.conftest import Made, filled  # noqa: F401  (a fixture)


@pytest.fixture(scope="session")
def made(filled: Made) -> Made:  # noqa: F811
    """The report core's store: the same one, made once for both test folders."""
    return filled


@pytest.fixture
def sup(made: Made) -> Iterator[Store]:
    store = Store(made.data_dir)
    yield store
    store.close()


@pytest.fixture
def sup_ctx(sup: Store, qapp) -> UiContext:
    return UiContext(sup, "en")
