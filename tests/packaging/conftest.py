"""The frozen app, built once per test session by packaging/build-linux into a temp dir.

`bundle` is for any test that runs the frozen app (tests/packaging/test_bundle.py, and an
upgrade through the frozen app): mark such tests `bundle`, so `-m "not bundle"` skips the build.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NO_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


@dataclass(frozen=True)
class Bundle:
    """A built bundle and a home of its own, in which it runs as on a laptop that never had
    Python or fonts: what the frozen app finds, it found in the bundle."""

    dist: Path
    home: Path

    @property
    def folder(self) -> Path:
        return self.dist / "outreach"

    @property
    def executable(self) -> Path:
        return self.folder / "outreach"

    def env(self, **extra: str) -> dict[str, str]:
        """A bare machine's environment: no Python, no fonts, user dirs of its own."""
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "FONTCONFIG_FILE": str(self.home / "fonts.conf"),
        }
        for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
            env[var] = str(self.home / var.lower())
        env.update(extra)
        return env

    def run(self, *args: str | Path, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.executable), *map(str, args)],
            env=self.env(**extra),
            cwd=self.home,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def log(self) -> str:
        path = self.home / "xdg_state_home" / "OutreachLog" / "log" / "outreach.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail(
            "PyInstaller is missing: bash packaging/setup.sh test (or pip install .[bundle])"
        )
    base = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build-linux"), "--dist", str(base / "dist"),
         "--work", str(base / "work"), "--python", sys.executable, "--gzip", "1"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    home = base / "home"
    home.mkdir()
    (home / "fonts.conf").write_text(NO_FONTS_CONF.format(cache=home / "fc-cache"))
    return Bundle(base / "dist", home)
