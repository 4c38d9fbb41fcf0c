#!/bin/sh
# Install Vertrouwen from this unpacked folder: for you alone, or (run as root) for everyone.
#   ./install.sh            -> ~/.local/lib/vertrouwen, menu entry and icon in ~/.local/share
#   sudo ./install.sh       -> /opt/vertrouwen, menu entry and icon in /usr/local/share
#   ./install.sh --user     -> for the current user, also when run as root
# Installing again replaces the program; your vault (~/.local/share/Vertrouwen) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=nl.vertrouwen.Vertrouwen

if [ "$(id -u)" = 0 ] && [ "${1:-}" != "--user" ]; then
    prefix=/opt/vertrouwen
    bin_dir=/usr/local/bin
    share=/usr/local/share
else
    prefix="$HOME/.local/lib/vertrouwen"
    bin_dir="$HOME/.local/bin"
    share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

# copy to a fresh folder, then swap it in, so an interrupted install leaves the old one working
mkdir -p "$(dirname "$prefix")" "$bin_dir" "$share/applications" "$share/metainfo"
rm -rf "$prefix.new"
cp -a "$here/Vertrouwen" "$prefix.new"
rm -rf "$prefix.old"
[ -d "$prefix" ] && mv "$prefix" "$prefix.old"
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"
# the uninstaller goes with the program and remembers where this install put things
cp "$here/uninstall.sh" "$prefix/uninstall.sh"
chmod 755 "$prefix/uninstall.sh"
printf "prefix='%s'\nbin_dir='%s'\nshare='%s'\n" "$prefix" "$bin_dir" "$share" > "$prefix/.install-paths"
ln -sf "$prefix/vertrouwen" "$bin_dir/vertrouwen"

for png in "$here"/icons/*.png; do
    size=$(basename "$png" .png)
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$here/icons/$app_id.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"

# the menu entry starts the program by its full path: ~/.local/bin is not always on the PATH
sed -e "s|^Exec=.*|Exec=$prefix/vertrouwen|" -e "s|^TryExec=.*|TryExec=$prefix/vertrouwen|" \
    "$here/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"

command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true

echo "Vertrouwen is geïnstalleerd in $prefix; start het vanuit het menu (Kantoor > Vertrouwen)."
echo "Installed in $prefix; command line: $bin_dir/vertrouwen --help"
echo "Verwijderen / uninstall: $prefix/uninstall.sh"
