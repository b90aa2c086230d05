"""The window where it cannot open: why, on stderr, in the user's language, and exit 1 (Qt
would abort with 134 and say why only to the log)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import display
from desktop.display import DisplayProblem

ROOT = Path(__file__).resolve().parents[1]
CJK = re.compile(r"[\u4e00-\u9fff]")


def _window(tmp_path: Path, lang: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--data-dir", str(tmp_path), "--lang", lang],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is Linux's question")
def test_without_a_display_the_window_says_why_and_exits_1(tmp_path: Path) -> None:
    done = _window(tmp_path, "en")
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("The window cannot open: there is no display here")
    assert "QT_QPA_PLATFORM=offscreen" in done.stderr and "--screenshot" in done.stderr
    assert "Traceback" not in done.stderr and "Aborted" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is Linux's question")
def test_without_a_display_it_says_so_in_chinese(tmp_path: Path) -> None:
    """Waits for the Chinese translation (context "Display")."""
    done = _window(tmp_path, "zh_CN")
    assert done.returncode == 1
    assert "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert "The window cannot open" not in done.stderr and CJK.search(done.stderr)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's Linux platforms")
def test_a_display_qt_cannot_start_on_is_exit_1_not_an_abort(tmp_path: Path) -> None:
    # Two platforms that cannot start here (no such Wayland socket, no X server :97): Qt tries
    # both and gives up with a fatal message, which the app turns into words and exit 1.
    done = _window(
        tmp_path,
        "en",
        QT_QPA_PLATFORM="wayland;xcb",
        WAYLAND_DISPLAY="outreach-test-nowhere",
        DISPLAY=":97",
    )
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "The window cannot open: Qt could not start on this display (" in done.stderr
    assert "DISPLAY=:97" in done.stderr


def test_which_platforms_need_a_display() -> None:
    assert display.problem({}, "linux") == DisplayProblem("no_display")
    assert display.problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux") == (
        DisplayProblem("no_display")
    )
    assert display.problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display.problem({"QT_QPA_PLATFORM": "vnc"}, "linux") is None
    assert display.problem({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "linux") is None
    assert display.problem({}, "win32") is None and display.problem({}, "darwin") is None


def test_missing_libraries_are_named_with_their_packages() -> None:
    ldd = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)\n"
        "\tlibxcb-icccm.so.4 => not found\n"
    )
    missing = display.not_found(ldd)
    assert missing == ["libxcb-icccm.so.4", "libxcb-cursor.so.0"]
    text = DisplayProblem("missing_libraries", tuple(missing)).message()
    assert "missing: libxcb-icccm.so.4, libxcb-cursor.so.0." in text
    assert "apt-get install libxcb-cursor0 libxcb-icccm4 " in text
    assert display.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert display.debian_package("libEGL.so.1") == "libegl1"
