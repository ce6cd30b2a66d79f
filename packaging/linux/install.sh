#!/usr/bin/env bash
# Install Mama Killa POS for the current user, from this folder (the bundle).
#
#   ./install.sh             copies the bundle to ~/.local/opt/mamakilla-pos and adds it
#                            to the applications menu (no root needed)
#   ./install.sh --uninstall removes the program and the menu entry; the shop's data
#                            (~/.local/share/mamakilla-pos: the database and its backups) is kept
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TARGET=${MAMAKILLA_INSTALL_DIR:-$HOME/.local/opt/mamakilla-pos}
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPS=$DATA/applications
ICONS=$DATA/icons/hicolor/256x256/apps
BIN=$HOME/.local/bin

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$TARGET"
    rm -f "$APPS/mamakilla-pos.desktop" "$ICONS/mamakilla-pos.png" "$BIN/mamakilla-pos"
    echo "Mama Killa POS desinstalado. Los datos de la tienda se conservan."
    exit 0
fi

if [ "$HERE" != "$TARGET" ]; then
    mkdir -p "$(dirname "$TARGET")"
    rm -rf "$TARGET.new"
    cp -a "$HERE" "$TARGET.new"
    rm -rf "$TARGET"
    mv "$TARGET.new" "$TARGET"
fi
mkdir -p "$APPS" "$ICONS" "$BIN"
cp "$TARGET/mamakilla-pos.png" "$ICONS/mamakilla-pos.png"
sed "s|^Exec=.*|Exec=\"$TARGET/mamakilla-pos\"|; s|^Icon=.*|Icon=$ICONS/mamakilla-pos.png|" \
    "$TARGET/mamakilla-pos.desktop" > "$APPS/mamakilla-pos.desktop"
chmod +x "$APPS/mamakilla-pos.desktop"
ln -sf "$TARGET/mamakilla-pos" "$BIN/mamakilla-pos"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
echo "Mama Killa POS instalado en $TARGET; está en el menú de aplicaciones."
