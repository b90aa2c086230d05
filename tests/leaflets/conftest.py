"""Leaflet fixtures: a store holding the shipped designs, and the font leaflets print in."""

from __future__ import annotations

import pytest

from desktop.leaflets import designs, render


@pytest.fixture
def shipped(store):
    designs.install_shipped_designs(store)
    return store


@pytest.fixture
def family(qapp) -> str:
    return render.leaflet_family(["中文"])
