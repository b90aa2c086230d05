"""Logging to a rotating file in the platform's log dir; tracebacks go there, not to users."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers

from desktop import paths

_fault_file = None


def setup(level: int = logging.INFO) -> None:
    global _fault_file
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    directory = paths.log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        directory / "outreach.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(level)
    _fault_file = open(directory / "crash.log", "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(_fault_file)
