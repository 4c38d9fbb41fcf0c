#!/bin/sh
# Remove the program installed by install.sh (run as root for a system-wide install). install.sh
# puts a copy in the program folder (~/.local/lib/vertrouwen/uninstall.sh, /opt/vertrouwen/...).
# Your vault and its key slots (~/.local/share/Vertrouwen) are left where they are.
set -eu
app_id=nl.vertrouwen.Vertrouwen
if [ "$(id -u)" = 0 ] && [ "${1:-}" != "--user" ]; then
    prefix=/opt/vertrouwen; bin_dir=/usr/local/bin; share=/usr/local/share
else
    prefix="$HOME/.local/lib/vertrouwen"; bin_dir="$HOME/.local/bin"
    share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
# run from an installed program folder: use the places that install put things
here=$(cd "$(dirname "$0")" && pwd)
if [ -f "$here/.install-paths" ]; then
    . "$here/.install-paths"
fi
cd /
rm -rf "$prefix"
[ -L "$bin_dir/vertrouwen" ] && rm -f "$bin_dir/vertrouwen"
rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
find "$share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
echo "Vertrouwen is verwijderd; je kluis is blijven staan. / Removed; your vault was kept."
