#!/usr/bin/env bash
# Prepares this checkout on a fresh Debian/Ubuntu machine, once; later runs take a second.
#   setup.sh app     Qt's system libraries, a CJK font, and .venv with the app
#   setup.sh server  .venv with head office's server (the [server] extras; no Qt libraries)
#   setup.sh test    the app's plus the test tools (QR decoder, PDF tools, PostgreSQL, pytest)
#                    and the bundle's (the tests build it)
#   setup.sh bundle  the app's plus PyInstaller and binutils, to build the bundle (build-linux)
# Sourced by outreach.sh, head-office.sh and test.sh, so the README's commands need nothing
# done by hand.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE="${1:-app}"
VENV="$ROOT/.venv"

APP_DEBS=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
          fonts-wqy-microhei
          # a real window (Qt's xcb and wayland plugins), not only offscreen
          libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
          libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0
          libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libwayland-cursor0)
TEST_DEBS=(zbar-tools poppler-utils postgresql libfaketime)
BUNDLE_DEBS=(binutils)  # PyInstaller reads and strips libraries with objdump and strip

missing_debs() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || echo "$pkg"
  done
}

install_debs() {
  local missing
  missing=$(missing_debs "$@")
  [ -z "$missing" ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "Please install these system packages: $missing" >&2
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "Please install (as root): apt-get install $missing" >&2; exit 1
    fi
  fi
  echo "Installing system packages: $missing" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    $missing >/dev/null
}

debs=()
[ "$MODE" != server ] && debs+=("${APP_DEBS[@]}")
[ "$MODE" = test ] && debs+=("${TEST_DEBS[@]}")
case "$MODE" in test | bundle) debs+=("${BUNDLE_DEBS[@]}") ;; esac
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
  debs+=(python3-venv)
fi
[ "${#debs[@]}" -gt 0 ] && install_debs "${debs[@]}"

if [ ! -x "$VENV/bin/python" ]; then
  echo "Creating $VENV" >&2
  "$PYTHON" -m venv "$VENV"
fi
extras=""
[ "$MODE" = test ] && extras="[test,bundle]"
[ "$MODE" = bundle ] && extras="[bundle]"
[ "$MODE" = server ] && extras="[server]"
stamp="$VENV/.installed-$MODE-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "Installing Python packages into $VENV" >&2
  "$VENV/bin/pip" install -q --disable-pip-version-check -e "$ROOT$extras"
  touch "$stamp"
fi
if [ -z "${LANG:-}" ] || [ "$LANG" = C ] || [ "$LANG" = POSIX ]; then
  export LANG=C.UTF-8  # Qt warns about, and mangles file names under, a non-UTF-8 locale
fi
