"""Whether the window can open here, asked before Qt is: Qt aborts the process (exit 134,
"Aborted") when it finds no display or its platform plugin cannot load, and says why only to
the log. Plain Python (no Qt), so the answer comes before Qt is imported.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.fields import QT_TRANSLATE_NOOP

CONTEXT = "Display"

MESSAGES = {
    "no_display": QT_TRANSLATE_NOOP(
        "Display",
        "The window cannot open: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY"
        " is set). Start Outreach Log from a desktop session; or, for a picture of the window"
        " without a display, run it with QT_QPA_PLATFORM=offscreen and --screenshot FILE.png."
        " The subcommands (import, sync, leaflet...) need no display.",
    ),
    "missing_libraries": QT_TRANSLATE_NOOP(
        "Display",
        "The window cannot open: these system libraries Qt needs are missing: {libraries}. On"
        " Debian or Ubuntu: apt-get install {packages} (bash packaging/setup.sh app installs"
        " them).",
    ),
    "failed": QT_TRANSLATE_NOOP(
        "Display",
        "The window cannot open: Qt could not start on this display ({display}). The details"
        " are in the log file in {logs}.",
    ),
}

#: Platforms that draw on a screen of a display server; the others (offscreen, vnc,
#: linuxfb, eglfs...) need none.
_DISPLAY_SERVER = {"xcb", "wayland", "wayland-egl"}

#: The platform plugins' files (libq*.so) by platform.
_PLUGINS = {"xcb": "xcb", "wayland": "wayland", "wayland-egl": "wayland"}

#: Debian packages of the libraries whose package name does not follow from the file's.
_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


@dataclass(frozen=True)
class DisplayProblem:
    """Why the window cannot open; `message()` says it in the user's language."""

    code: str
    libraries: tuple[str, ...] = ()
    display: str = ""

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = MESSAGES[self.code]
        if translate is not None:
            template = translate(CONTEXT, template)
        from desktop import paths

        packages = sorted({debian_package(name) for name in self.libraries})
        return template.format(
            libraries=", ".join(self.libraries),
            packages=" ".join(packages),
            display=self.display,
            logs=paths.log_dir(),
        )


def platforms(env: Mapping[str, str]) -> list[str]:
    """The platforms QT_QPA_PLATFORM asks for, in order ("wayland;xcb", "xcb:arg"); empty
    for Qt's own choice."""
    wanted = env.get("QT_QPA_PLATFORM", "")
    return [p.split(":")[0].strip().lower() for p in wanted.split(";") if p.strip()]


def problem(
    env: Mapping[str, str] | None = None, system: str = sys.platform
) -> DisplayProblem | None:
    """Why the window would not open here, or None (also where it cannot be told before Qt
    tries: Windows and macOS always have a screen)."""
    env = os.environ if env is None else env
    if not system.startswith("linux"):
        return None
    wanted = platforms(env)
    if any(p not in _DISPLAY_SERVER for p in wanted):
        return None  # offscreen and the like: no display needed
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if not wanted:  # Qt's choice: X11, or Wayland in a Wayland session
        reachable = x11 or wayland
    else:
        reachable = ("xcb" in wanted and x11) or (bool(set(wanted) - {"xcb"}) and wayland)
    if not reachable:
        return DisplayProblem("no_display")
    chosen = wanted[0] if len(wanted) == 1 else None  # with a fallback, Qt tries the next
    if not wanted and x11 and not wayland:
        chosen = "xcb"
    if chosen is not None:
        missing = missing_libraries([_plugin(_PLUGINS[chosen])])
        if missing:
            return DisplayProblem("missing_libraries", tuple(missing))
    return None


def describe(env: Mapping[str, str] | None = None) -> str:
    """The display settings Qt went by, as the user can check them."""
    env = os.environ if env is None else env
    names = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    return ", ".join(f"{name}={env[name]}" for name in names if env.get(name)) or "-"


def _plugin(name: str) -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    found = Path(list(spec.submodule_search_locations)[0]) / "Qt/plugins/platforms"
    plugin = found / f"libq{name}.so"
    return plugin if plugin.exists() else None


def missing_libraries(files: Iterable[Path | None]) -> list[str]:
    """The shared libraries the dynamic linker cannot find for `files` (by ldd, which is part
    of every glibc system; nothing is said where there is none)."""
    ldd = shutil.which("ldd")
    paths = [str(f) for f in files if f is not None]
    if ldd is None or not paths:
        return []
    try:
        done = subprocess.run(
            [ldd, *paths], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return not_found(done.stdout)


def not_found(ldd_output: str) -> list[str]:
    """The libraries ldd's output says are "not found", once each, in order."""
    names = re.findall(r"^\s*(\S+) => not found", ldd_output, flags=re.MULTILINE)
    return list(dict.fromkeys(names))


def missing_from_import_error(error: ImportError) -> list[str]:
    """The libraries an ImportError of a Qt module names, with any others its module lacks."""
    named = re.findall(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file", str(error))
    spec = importlib.util.find_spec("PySide6")
    more: list[str] = []
    if spec is not None and spec.submodule_search_locations:
        folder = Path(list(spec.submodule_search_locations)[0])
        more = missing_libraries(sorted(folder.glob("Qt[CGW]*.abi3.so")))
    return list(dict.fromkeys([*named, *more]))


def debian_package(library: str) -> str:
    """The Debian package that usually holds a library: libxcb-cursor.so.0 is in
    libxcb-cursor0, libxkbcommon-x11.so.0 in libxkbcommon-x11-0."""
    if library in _PACKAGES:
        return _PACKAGES[library]
    found = re.match(r"^(lib.+?)\.so\.(\d+)", library)
    if found is None:
        return library
    base, version = found.group(1).lower(), found.group(2)
    return f"{base}-{version}" if base[-1].isdigit() else f"{base}{version}"
