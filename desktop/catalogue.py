"""The app's translations read straight from the Qt Linguist sources, without Qt.

For the parts that run without Qt (head office's server): the window and the `outreach`
command use desktop.i18n's QTranslator over the compiled catalogue. Plain strings only (no
plurals), which is what command help and messages of the server need.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from pathlib import Path
from xml.etree import ElementTree

LANGUAGES = ("zh_CN", "en")
TS_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"


def language(requested: str | None, env: Mapping[str, str] | None = None) -> str:
    """`requested`, else the language the environment's locale names (zh... is Chinese),
    else English."""
    if requested in LANGUAGES:
        return requested
    env = os.environ if env is None else env
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


@functools.lru_cache(maxsize=4)
def _entries(path: Path) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    try:
        tree = ElementTree.parse(path)
    except (OSError, ElementTree.ParseError):
        return found
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


class Catalogue:
    """translate(context, text) for `lang`, from assets/i18n/outreach_LANG.ts; a text not in
    it (or not translated yet) comes back as it is."""

    def __init__(self, lang: str, folder: Path = TS_DIR) -> None:
        self.lang = lang
        self._entries = _entries(folder / f"outreach_{lang}.ts")

    def __call__(self, context: str, text: str) -> str:
        return self._entries.get((context, text)) or text
