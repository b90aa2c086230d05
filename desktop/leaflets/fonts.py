"""Finding a font with Chinese glyphs, so leaflets never print boxes instead of characters.

Looked for, in order: a font shipped beside the app in assets/fonts, fontconfig's choice for
Simplified Chinese, then well-known files in the usual font folders (Linux, Windows, macOS).
Setting OUTREACH_FONT_DIRS (folders separated by os.pathsep) replaces all of that with a search
of those folders only: for a frozen app's own font folder, and for tests of the missing-font path.
Only file names are judged here; render.py checks that the font really covers Chinese.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from desktop.domain.fields import QT_TRANSLATE_NOOP

ENV_DIRS = "OUTREACH_FONT_DIRS"
FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
BUNDLED_DIR = Path(__file__).resolve().parent.parent.parent / "assets" / "fonts"

#: File names of fonts known to cover Simplified Chinese, best first.
KNOWN_NAMES: tuple[str, ...] = (
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
    "NotoSansCJK-Regular.ttc",
    "NotoSansCJKsc-Regular.otf",
    "NotoSansSC-Regular.otf",
    "NotoSansSC-Regular.ttf",
    "SourceHanSansSC-Regular.otf",
    "SourceHanSansCN-Regular.otf",
    "DroidSansFallbackFull.ttf",
    "msyh.ttc",
    "simhei.ttf",
    "simsun.ttc",
    "PingFang.ttc",
    "Hiragino Sans GB.ttc",
    "STHeiti Light.ttc",
)

SYSTEM_DIRS: tuple[Path, ...] = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local" / "share" / "fonts",
    Path.home() / ".fonts",
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
    Path("/System/Library/Fonts"),
    Path("/Library/Fonts"),
)

MISSING_FONT = QT_TRANSLATE_NOOP(
    "Leaflets",
    "No font with Chinese characters was found, so the leaflet would print boxes instead of "
    "text. Install the WenQuanYi Micro Hei font (Debian and Ubuntu: fonts-wqy-microhei) "
    "and try again.",
)


class NoCjkFont(Exception):
    """No usable font with Chinese glyphs on this machine."""

    def __init__(self, looked_in: Sequence[str] = ()) -> None:
        self.looked_in = list(looked_in)
        super().__init__("no font with Chinese glyphs found in " + ", ".join(self.looked_in))

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        return translate("Leaflets", MISSING_FONT) if translate else MISSING_FONT


def override_dirs() -> list[Path] | None:
    value = os.environ.get(ENV_DIRS)
    if value is None:
        return None
    return [Path(p) for p in value.split(os.pathsep) if p]


def _font_files(folder: Path) -> Iterable[Path]:
    if not folder.is_dir():
        return
    for root, _dirs, files in os.walk(folder):
        for name in sorted(files):
            if name.lower().endswith(FONT_SUFFIXES):
                yield Path(root) / name


def _known_first(files: Iterable[Path]) -> list[Path]:
    rank = {name.lower(): i for i, name in enumerate(KNOWN_NAMES)}
    return sorted(files, key=lambda p: rank.get(p.name.lower(), len(rank)))


def _fontconfig() -> list[Path]:
    """Fontconfig's best Simplified Chinese font, then every other one it knows."""
    if not shutil.which("fc-list"):
        return []

    def run(*args: str) -> str:
        try:
            done = subprocess.run(args, capture_output=True, text=True, timeout=10, check=False)
        except (OSError, subprocess.SubprocessError):
            return ""
        return done.stdout if done.returncode == 0 else ""

    # fc-match always answers, with a Latin font if need be: trust it only if fc-list agrees.
    lines = run("fc-list", ":lang=zh-cn", "file").splitlines()
    covering = [Path(name) for name in (ln.strip().rstrip(":").strip() for ln in lines) if name]
    best = Path(run("fc-match", "-f", "%{file}", ":lang=zh-cn").strip() or ".")
    ordered = _known_first(covering)
    if best in covering:
        ordered.remove(best)
        ordered.insert(0, best)
    return ordered


def candidates(dirs: Sequence[Path] | None = None) -> list[Path]:
    """Font files that may hold Chinese glyphs, most likely first (possibly none).

    With `dirs` (or OUTREACH_FONT_DIRS set), only the fonts in those folders.
    """
    chosen = dirs if dirs is not None else override_dirs()
    if chosen is not None:
        return _known_first(f for d in chosen for f in _font_files(Path(d)))
    found = _known_first(_font_files(BUNDLED_DIR))
    found += _fontconfig()
    for folder in SYSTEM_DIRS:
        for name in KNOWN_NAMES:
            for hit in (folder / name, *folder.glob(f"*/{name}"), *folder.glob(f"*/*/{name}")):
                if hit.is_file():
                    found.append(hit)
    unique: list[Path] = []
    for path in found:
        if path.is_file() and path not in unique:
            unique.append(path)
    return unique


def looked_in(dirs: Sequence[Path] | None = None) -> list[str]:
    chosen = dirs if dirs is not None else override_dirs()
    if chosen is not None:
        return [str(d) for d in chosen]
    return [str(BUNDLED_DIR), "fontconfig", *(str(d) for d in SYSTEM_DIRS)]


def find_cjk_font(dirs: Sequence[Path] | None = None) -> Path:
    """The most likely font file with Chinese glyphs; raises NoCjkFont when there is none."""
    found = candidates(dirs)
    if not found:
        raise NoCjkFont(looked_in(dirs))
    return found[0]
