"""The frozen app's entry point (PyInstaller runs this file, not the `outreach` script).

A windowed Windows build has no console: sys.stdout and sys.stderr are None there, and the
command line's flush at the end would fail; writing into nothing is what such a start means.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (open until exit)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (open until exit)
    from desktop.cli import main as outreach

    return outreach()


if __name__ == "__main__":
    sys.exit(main())
