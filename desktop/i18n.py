"""Translations: Qt Linguist sources in assets/i18n, compiled on demand, used by window and CLI.

The .ts files are the sources kept in git. `python -m desktop.i18n update` refreshes them from
the code with lupdate; the compiled .qm files are build output, made with lrelease into the user
cache dir whenever a .ts is newer than its .qm, so a fresh clone needs no build step to speak
Chinese. Only QtCore is used here, so the command line can translate without a display.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import paths

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
PROJECT_ROOT = Path(__file__).resolve().parent.parent
ASSETS = PROJECT_ROOT / "assets"
TS_DIR = ASSETS / "i18n"
#: Where lupdate looks for strings: the UI, and the core's QT_TRANSLATE_NOOP marks.
SOURCE_DIRS = ("desktop", "sync")


def ts_path(lang: str) -> Path:
    return TS_DIR / f"outreach_{lang}.ts"


def pick_language(requested: str | None) -> str:
    if requested:
        return requested
    name = os.environ.get("LANGUAGE") or QLocale.system().name()
    return "zh_CN" if name.lower().startswith("zh") else "en"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the running interpreter's environment."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def compiled(lang: str) -> Path | None:
    """The .qm for `lang`, compiled now if the .ts changed since the last time."""
    if getattr(sys, "frozen", False):
        # A bundle has no lrelease: packaging/outreach.spec ships the catalogues compiled.
        shipped = TS_DIR / f"outreach_{lang}.qm"
        return shipped if shipped.exists() else None
    source = ts_path(lang)
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cache = Path(platformdirs.user_cache_dir(paths.APP_NAME, paths.APP_AUTHOR)) / "i18n"
    target = cache / f"outreach_{lang}_{digest}.qm"
    if not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        result = subprocess.run(
            [_tool("lrelease"), str(source), "-qm", str(partial)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not partial.exists():
            log.error("lrelease failed for %s: %s", source, result.stderr)
            return None
        partial.replace(target)
    return target


class Translator:
    """Looks texts up in the app's catalogue. English is the source language, but it has a
    catalogue too: for its plurals ("1 record", "2 records")."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.qt = QTranslator()
        qm = compiled(lang)
        if qm is not None and not self.qt.load(str(qm)):
            log.error("could not load translations %s", qm)

    def __call__(self, context: str, text: str) -> str:
        return self.qt.translate(context, text) or text

    def install(self, app: QCoreApplication) -> None:
        app.installTranslator(self.qt)


def fill_english(path: Path) -> None:
    """English is the source language: its catalogue repeats the sources, with real plurals.

    Sources with a count say "%n record(s)"; the English forms become "%n record" and
    "%n records".
    """
    tree = ElementTree.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        # pyside6-lupdate does not mark calls with a count as numerus: their "(s)" says so.
        counted = "%n" in source and "(s)" in source
        if counted and message.get("numerus") != "yes":
            message.set("numerus", "yes")
            translation.set("type", "unfinished")
        if translation.get("type") != "unfinished":
            continue
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            translation.text = None
            for form in list(translation):
                translation.remove(form)
            for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ElementTree.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
    tree.write(path, encoding="utf-8", xml_declaration=True)


def source_files() -> list[str]:
    """The Python files lupdate reads, relative to the project root (its working directory)."""
    return sorted(
        str(p.relative_to(PROJECT_ROOT))
        for d in SOURCE_DIRS
        for p in (PROJECT_ROOT / d).rglob("*.py")
    )


def lupdate_command(ts_files: Sequence[str | Path]) -> list[str]:
    """The lupdate call that refreshes `ts_files` from the code; run it in PROJECT_ROOT."""
    targets = [str(t) for t in ts_files]
    return [
        _tool("lupdate"),
        "-locations",
        "none",
        "-no-obsolete",
        *source_files(),
        "-ts",
        *targets,
    ]


def update_sources() -> None:
    """Refresh the .ts files from the code (keeps existing translations)."""
    for lang in LANGUAGES:
        subprocess.run(
            lupdate_command([ts_path(lang).relative_to(PROJECT_ROOT)]), cwd=PROJECT_ROOT, check=True
        )
    fill_english(ts_path("en"))


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        update_sources()
    else:
        sys.exit("usage: python -m desktop.i18n update")
