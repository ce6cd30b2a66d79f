#!/usr/bin/env bash
# Build the Linux bundle of Mama Killa POS: one folder, dist/mamakilla-pos/, whose
# mamakilla-pos program runs on a machine without Python.
#
#   bash packaging/build.sh            # from anywhere; uses the active virtual environment
#   bash packaging/build.sh --tar      # also packs dist/mamakilla-pos-<version>-linux-<arch>.tar.gz
#
# The Python used is $PYTHON, else the active venv's ($VIRTUAL_ENV), else python3;
# it must have the app's dependencies (pip install -e . or pip install .).
# PyInstaller is installed into that environment when it is missing.
# Knobs: DIST_DIR (default <repo>/dist), WORK_DIR (default <repo>/build/pyinstaller).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -n "${PYTHON:-}" ]; then
    :
elif [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then
    PYTHON=$VIRTUAL_ENV/bin/python
else
    PYTHON=python3
fi
DIST_DIR=${DIST_DIR:-$ROOT/dist}
WORK_DIR=${WORK_DIR:-$ROOT/build/pyinstaller}
PYINSTALLER_REQUIREMENT='pyinstaller>=6.10,<7'
TAR=0
for arg in "$@"; do
    case $arg in
        --tar) TAR=1 ;;
        -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

START=$(date +%s)
echo "-- Python: $("$PYTHON" -c 'import sys; print(sys.executable, sys.version.split()[0])')"
if ! "$PYTHON" -c 'import PyInstaller' 2>/dev/null; then
    echo "-- installing $PYINSTALLER_REQUIREMENT"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check "$PYINSTALLER_REQUIREMENT"
fi
echo "-- PyInstaller $("$PYTHON" -m PyInstaller --version)"
"$PYTHON" -c 'import mamakilla_pos, PySide6, sqlalchemy, alembic, reportlab' ||
    { echo "build.sh: the app's dependencies are missing: pip install -e ." >&2; exit 1; }

# Translations: compile resources/translations/*.ts into the .qm files the app loads
# (the .qm files are build products, not kept in git). Nothing to do while there are none.
shopt -s nullglob
TS_FILES=("$ROOT"/resources/translations/*.ts)
shopt -u nullglob
if [ ${#TS_FILES[@]} -gt 0 ]; then
    LRELEASE=$(dirname "$PYTHON")/pyside6-lrelease
    [ -x "$LRELEASE" ] || LRELEASE=pyside6-lrelease
    for ts in "${TS_FILES[@]}"; do
        "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
    done
    echo "-- compiled ${#TS_FILES[@]} translation(s)"
fi

# Qt must not look for a display while PyInstaller inspects it.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cd "$ROOT"
"$PYTHON" -m PyInstaller packaging/mamakilla-pos.spec \
    --noconfirm --clean --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$WORK_DIR"

NAME=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["name"])')
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
BUNDLE=$DIST_DIR/$NAME
# Debug information in some libraries (libpython above all) is of no use to the shop: ~30 MB less.
if command -v strip >/dev/null; then
    find "$BUNDLE" -type f -name '*.so*' -exec strip --strip-debug {} + 2>/dev/null || true
fi
cp packaging/linux/mamakilla-pos.desktop packaging/linux/mamakilla-pos.png packaging/linux/install.sh "$BUNDLE/"
chmod +x "$BUNDLE/install.sh" "$BUNDLE/$NAME"

echo "-- built $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)) in $(($(date +%s) - START)) s"
if [ "$TAR" = 1 ]; then
    ARCHIVE=$DIST_DIR/$NAME-$VERSION-linux-$(uname -m).tar.gz
    tar -C "$DIST_DIR" -czf "$ARCHIVE" "$NAME"
    echo "-- packed $ARCHIVE ($(du -sh "$ARCHIVE" | cut -f1))"
fi
