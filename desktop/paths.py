"""Where the app keeps its files: the platform's user dirs, never next to the code."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "OutreachLog"
APP_AUTHOR = "OutreachLog"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def demo_data_dir() -> Path:
    """Where `--demo` keeps its store unless told otherwise: apart from the real one, so demo
    records never mix with real work (nor travel to head office with it)."""
    return default_data_dir() / "demo"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
