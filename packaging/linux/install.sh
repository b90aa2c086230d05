#!/usr/bin/env sh
# Adds Outreach Log to this user's application menu, from the unpacked folder it sits in:
#   tar -xzf outreach-VERSION-linux-x86_64.tar.gz -C ~/.local/opt && ~/.local/opt/outreach/install.sh
# No root needed. Unpacking a newer tarball over the old folder and running this again upgrades
# in place; the records are in ~/.local/share/OutreachLog, which neither step touches.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
ID=org.outreachlog.OutreachLog
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"

mkdir -p "$SHARE/applications" "$SHARE/metainfo"
sed "s|^Exec=outreach$|Exec=\"$HERE/outreach\"|" "$HERE/share/applications/$ID.desktop" \
  > "$SHARE/applications/$ID.desktop"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$SHARE/metainfo/"
for icon in "$HERE"/share/icons/hicolor/*/apps/$ID.png; do
  size="$(basename "$(dirname "$(dirname "$icon")")")"
  mkdir -p "$SHARE/icons/hicolor/$size/apps"
  cp "$icon" "$SHARE/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
echo "Outreach Log is in the application menu (started by $HERE/outreach)."
