"""The frozen app, built by packaging/build-linux into a temp dir and run as a laptop would.

Built once per session (about 30 s); `-m "not bundle"` leaves these out of a quick local run,
the full run (`.ci/run`) keeps them. The frozen app runs with a clean environment and a
fontconfig that knows no fonts, like a bare machine: whatever it needs (Qt plugins,
translations, the Chinese font, assets) must come from the bundle.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PIL import Image, ImageChops

from tests.packaging.conftest import Bundle

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(sys.platform != "linux", reason="packaging/build-linux builds on Linux"),
]

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.outreachlog.OutreachLog"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
#: The bundle's weight, measured at 145 MB: a guard against a filter that stops working
#: (the untrimmed build weighs 195 MB).
MAX_BUNDLE_MB = 170
#: MainWindow's size (main_window.py), which the offscreen screenshot keeps.
WINDOW_SIZE = (1280, 800)


def files_in(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_bundle_holds_what_the_app_needs_and_little_else(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    assert os.access(bundle.executable, os.X_OK)
    for needed in (
        "assets/i18n/outreach_zh_CN.qm",
        "assets/i18n/outreach_en.qm",
        "assets/fonts/wqy-microhei.ttc",
        "assets/leaflets/designs.json",
        "assets/templates/ledger_template.csv",
        "assets/icons/outreach.ico",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
    ):
        assert (internal / needed).is_file(), needed
    # The font travels with its licence (Apache-2.0 asks for it).
    notice = (internal / "assets/fonts/wqy-microhei-NOTICE.txt").read_text(encoding="utf-8")
    assert "Apache License, Version 2.0" in notice
    names = files_in(internal)
    unwanted = re.compile(
        r"(Qt6(Network|Qml|Quick|Pdf|WebEngine|EglFs)|qgtk3|qeglfs|qlinuxfb|qvnc|libgtk|libcairo"
        r"|fastapi|sqlalchemy|uvicorn|pytest|\.ts$)",
        re.IGNORECASE,
    )
    assert sorted(n for n in names if unwanted.search(n)) == []
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []
    files = [p for p in bundle.folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    assert size_mb < MAX_BUNDLE_MB


def tofu_free(image: Image.Image, other: Image.Image) -> bool:
    """Whether two pictures of the same window differ in more than a few pixels."""
    box = ImageChops.difference(image.convert("RGB"), other.convert("RGB")).getbbox()
    return box is not None


def test_frozen_window_starts_offscreen_in_chinese_with_the_shipped_font(bundle: Bundle) -> None:
    before = files_in(bundle.folder)
    shots = {}
    for lang in ("zh_CN", "en"):
        shot = bundle.home / f"window-{lang}.png"
        done = bundle.run(
            "--demo", "--lang", lang, "--screenshot", shot, "--data-dir", bundle.home / lang
        )
        assert done.returncode == 0, done.stderr
        with Image.open(shot) as picture:
            assert picture.size == WINDOW_SIZE
            shots[lang] = picture.convert("RGB")
        colours = shots[lang].getcolors(maxcolors=1_000_000) or []
        assert len(colours) > 50, "a blank window"
    # No machine font at all (see fonts.conf): the Chinese came from the bundle's font.
    assert "no font with Chinese glyphs" not in bundle.log()
    assert tofu_free(shots["zh_CN"], shots["en"])

    # Without the shipped font the same window has no Chinese glyphs to draw, and says so:
    # the check above would have seen it.
    empty = bundle.home / "no-fonts"
    empty.mkdir()
    shot = bundle.home / "window-nofont.png"
    done = bundle.run(
        "--demo", "--lang", "zh_CN", "--screenshot", shot, "--data-dir", bundle.home / "zh_CN",
        OUTREACH_FONT_DIRS=str(empty),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "no font with Chinese glyphs" in bundle.log()
    with Image.open(shot) as boxes:
        assert tofu_free(boxes, shots["zh_CN"])
    # The app never writes next to its code.
    assert files_in(bundle.folder) == before


def test_frozen_command_line_speaks_chinese(bundle: Bundle) -> None:
    done = bundle.run("--lang", "zh_CN", "--help")
    assert done.returncode == 0, done.stderr
    assert "用法" in done.stdout


def test_frozen_import_and_leaflet_on_a_scratch_store(bundle: Bundle) -> None:
    data = bundle.home / "scratch"
    template = ROOT / "assets" / "templates"
    done = bundle.run("import", "--data-dir", data, template / "ledger_template.csv")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Rows imported: 2" in done.stdout
    done = bundle.run(
        "import", "--data-dir", bundle.home / "xlsx", template / "ledger_template.xlsx"
    )
    assert done.returncode == 0, done.stdout + done.stderr

    pdf = bundle.home / "leaflet.pdf"
    done = bundle.run(
        "leaflet", "--data-dir", data, "--design", "telecom-zh", "--copies", "10", "--out", pdf
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert pdf.stat().st_size > 10_000
    listed = bundle.run("leaflet", "--data-dir", data, "--list")
    assert re.search(r"^telecom-zh\t.*\t10$", listed.stdout, re.MULTILINE), listed.stdout
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True)
    assert "守好钱袋子" in unicodedata.normalize("NFKC", text.stdout)
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True)
    assert "WenQuanYi" in fonts.stdout


def test_tarball_carries_the_menu_entry_icon_and_metadata(bundle: Bundle) -> None:
    tarball = bundle.dist / f"outreach-{VERSION}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(tarball) as tar:
        names = set(tar.getnames())
    assert {
        "outreach/outreach",
        "outreach/install.sh",
        f"outreach/share/applications/{APP_ID}.desktop",
        f"outreach/share/metainfo/{APP_ID}.metainfo.xml",
        f"outreach/share/icons/hicolor/16x16/apps/{APP_ID}.png",
        f"outreach/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        "outreach/_internal/assets/fonts/wqy-microhei.ttc",
    } <= names
    meta = ElementTree.parse(bundle.folder / "share" / "metainfo" / f"{APP_ID}.metainfo.xml")
    assert meta.findtext("id") == APP_ID
    assert meta.find("releases/release").get("version") == VERSION  # type: ignore[union-attr]

    # install.sh puts the entry in the user's menu, pointing at this very folder.
    share = bundle.home / "menu"
    done = subprocess.run(
        ["sh", str(bundle.folder / "install.sh")],
        env={**bundle.env(), "XDG_DATA_HOME": str(share)},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(share / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == f'"{bundle.executable}"'
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert (share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()


def iss_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def iss_entry(line: str) -> dict[str, str]:
    """`Name: "x"; Filename: "y"; Flags: z` as a dict."""
    return {
        key.strip(): value.strip().strip('"')
        for key, value in (part.split(":", 1) for part in line.split(";") if ":" in part)
    }


def windows_executables() -> set[str]:
    spec = (ROOT / "packaging" / "outreach.spec").read_text(encoding="utf-8")
    return set(re.findall(r'executable\("([\w-]+)"', spec))


def test_inno_setup_script_names_only_files_the_bundle_has(bundle: Bundle) -> None:
    """The installer cannot be built here: every file it names must be in the bundle the spec
    makes. The layout is the same on Windows but for the executables: the spec makes
    outreach.exe and outreach-cli.exe there (one Analysis, two EXEs), `outreach` here."""
    text = (ROOT / "packaging" / "windows" / "outreach.iss").read_text(encoding="utf-8")
    sections = iss_sections(text)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    bundle_dir = re.search(r'#define BundleDir SourcePath \+ "([^"]+)"', text)
    assert bundle_dir is not None

    named: list[str] = [setup["SetupIconFile"], setup["UninstallDisplayIcon"]]
    named += [iss_entry(line)["Source"] for line in sections["Files"]]
    for line in sections["Icons"]:
        entry = iss_entry(line)
        named += [entry["Filename"], entry["IconFilename"]]
    named += [iss_entry(line)["Filename"] for line in sections["Run"]]
    assert len(named) > 5
    exes = windows_executables()
    for name in named:
        relative = name.replace("{#BundleDir}", "").replace("{app}", "").strip("\\")
        path = bundle.folder.joinpath(*relative.split("\\"))
        if relative.endswith(".exe"):
            assert relative[: -len(".exe")] in exes, f"{name}: not an executable the spec makes"
            assert bundle.executable.is_file()
        elif relative.endswith("\\*"):
            assert path.parent.is_dir() and any(path.parent.iterdir()), name
        else:
            assert path.is_file(), name
    # The script's bundle dir is the one the spec writes: dist/outreach in the checkout.
    assert bundle_dir.group(1).split("\\") == ["..", "..", "dist", "outreach"]

    # Per user, upgrades in place, and the records survive the uninstaller.
    assert setup["PrivilegesRequired"] == "lowest"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    for section in ("UninstallDelete", "InstallDelete"):
        for line in sections.get(section, []):
            target = iss_entry(line)["Name"]
            assert target.startswith("{app}\\"), f"{section} reaches outside the install: {line}"
