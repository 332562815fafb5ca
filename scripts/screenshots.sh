#!/usr/bin/env bash
# Screenshots of QGIS's main window with the dock on each step (called by `make screenshots`).
# Usage: scripts/screenshots.sh [LANG] (en, the default, refreshes docs/img; fr and es go to
# out/screenshots/LANG, to read the dock as a French or Spanish focal point would).
# The QGIS desktop runs on Debian's Python; the venv's packages (shapely built on Debian's
# GEOS, highspy) come in through PYTHONPATH, the staged plugin through QGIS_PLUGINPATH.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lang="${1:-en}"
shots="$root/docs/img"
[ "$lang" = en ] || shots="$root/out/screenshots/$lang"
profile="$root/out/qgis-profile-$lang"
rm -rf "$profile"
mkdir -p "$shots"
unset MAKEFLAGS MFLAGS MAKELEVEL QT_QPA_PLATFORM  # offscreen (set for tests) crashes QGIS desktop
export QGIS_PLUGINPATH="$root/build" CMS_SHOTS="$shots" PYTHONFAULTHANDLER=1
PYTHONPATH="$("$root/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
export PYTHONPATH
exec xvfb-run -a -s "-screen 0 1600x1000x24" \
  qgis --nologo --noversioncheck --lang "$lang" --profiles-path "$profile" \
  --code "$root/scripts/screenshots.py"
