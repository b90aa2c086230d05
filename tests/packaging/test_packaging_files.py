"""The bundle's ingredients that need no build: icons, menu entry, metadata, shipped catalogues.

Quick, so they run in the `-m "not bundle"` run too; test_bundle.py checks the built result.
"""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest
from PIL import Image, ImageChops

from desktop import i18n

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "assets" / "icons"
APP_ID = "org.outreachlog.OutreachLog"
_spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
assert _spec is not None and _spec.loader is not None
make_icons = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_icons)


@pytest.mark.parametrize("size", make_icons.SIZES)
def test_icons_are_the_drawing_at_each_size(size: int) -> None:
    """The PNGs in git are what make_icons.py draws now (run it again after changing it)."""
    with Image.open(ICONS / f"outreach-{size}.png") as shipped:
        assert shipped.size == (size, size)
        assert shipped.mode == "RGBA"
        difference = ImageChops.difference(shipped, make_icons.draw(size))
        # A Pillow upgrade may move a resampled edge by a shade, never redraw the mark.
        extrema = cast(tuple[tuple[int, int], ...], difference.getextrema())  # one per band
        assert max(high for _low, high in extrema) <= 16


def test_windows_icon_holds_every_size() -> None:
    with Image.open(ICONS / "outreach.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in make_icons.SIZES}


def test_desktop_entry_is_what_install_sh_expects() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "outreach"  # install.sh replaces exactly this line
    assert desktop["Icon"] == APP_ID
    assert desktop["Name[zh_CN]"] == "宣传活动台账"
    if shutil.which("desktop-file-validate"):
        path = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
        done = subprocess.run(["desktop-file-validate", path], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_appstream_metadata_validates(tmp_path: Path) -> None:
    source = (ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml").read_text("utf-8")
    filled = tmp_path / f"{APP_ID}.metainfo.xml"
    filled.write_text(source.replace("@VERSION@", "1.0.0").replace("@DATE@", "2026-12-01"))
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(filled)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_frozen_app_reads_shipped_catalogues_and_never_runs_lrelease(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "outreach_zh_CN.qm").write_bytes(b"compiled")
    monkeypatch.setattr(i18n, "TS_DIR", tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(subprocess, "run", None)  # any lrelease call would fail loudly
    assert i18n.compiled("zh_CN") == tmp_path / "outreach_zh_CN.qm"
    assert i18n.compiled("en") is None


def test_window_icon_is_the_shipped_one(qapp: object) -> None:
    from PySide6.QtGui import QIcon

    from desktop.ui.app import ICON_FILE

    assert ICON_FILE == ICONS / "outreach-256.png"
    assert not QIcon(str(ICON_FILE)).pixmap(16, 16).isNull()
