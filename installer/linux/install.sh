#!/bin/sh
# Install the built bundle (dist/sfa-desk/) for all users: /opt/sfa-desk, a sfa-desk command,
# the menu entry and its icons. Run as root from the repository root after `make installer`;
# `installer/linux/install.sh --uninstall` removes it again (profiles in ~/.local/share stay).
# DESTDIR stages the install under another root (for packaging, or to try it out).
set -eu
root="${DESTDIR:-}"
prefix="$root/opt/sfa-desk"
share="$root/usr/share"
bin="$root/usr/bin"
here=$(dirname "$0")

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$prefix" "$bin/sfa-desk" "$share/applications/sfa-desk.desktop" \
        "$share/icons/hicolor/scalable/apps/sfa-desk.svg"
    for png in "$share"/icons/hicolor/*/apps/sfa-desk.png; do rm -f "$png"; done
    exit 0
fi

test -x dist/sfa-desk/sfa-desk || { echo "build it first: make installer" >&2; exit 1; }
mkdir -p "$(dirname "$prefix")" && rm -rf "$prefix.new" && cp -a dist/sfa-desk "$prefix.new"
rm -rf "$prefix" && mv "$prefix.new" "$prefix"   # an upgrade replaces the whole folder
mkdir -p "$bin" && ln -sf /opt/sfa-desk/sfa-desk "$bin/sfa-desk"
install -D -m 0644 "$here/sfa-desk.desktop" "$share/applications/sfa-desk.desktop"
install -D -m 0644 "$here/sfa-desk.svg" "$share/icons/hicolor/scalable/apps/sfa-desk.svg"
for dir in "$here"/icons/*x*; do
    install -D -m 0644 "$dir/sfa-desk.png" "$share/icons/hicolor/$(basename "$dir")/apps/sfa-desk.png"
done
command -v update-desktop-database > /dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache > /dev/null && gtk-update-icon-cache -q "$share/icons/hicolor" 2> /dev/null || true
echo "installed in $prefix; start it from the menu or with sfa-desk"
