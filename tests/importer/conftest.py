"""Fixtures for the import tests."""

from __future__ import annotations

import pytest

from desktop.store.store import Store


@pytest.fixture
def design(store: Store) -> str:
    """A leaflet design titled 防诈骗折页; its uuid."""
    return store.save("leaflet_design", {"title": "防诈骗折页", "topic": "telecom_fraud"})["uuid"]
