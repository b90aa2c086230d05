"""Test set-up: offscreen Qt, throwaway user dirs, and real stores in tmp_path."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt or platformdirs: no display needed, nothing written to real dirs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
_home = Path(tempfile.mkdtemp(prefix="outreach-test-home-"))
for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
    os.environ[var] = str(_home / var.lower())

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from desktop.store.store import Store  # noqa: E402


@pytest.fixture
def store(tmp_path: Path):
    """A fresh store in its own data dir, with the default reference lists."""
    s = Store(tmp_path / "data")
    s.set_setting("author", "测试员")
    yield s
    s.close()


@pytest.fixture
def today() -> dt.date:
    return dt.date.today()
