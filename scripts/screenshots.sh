#!/usr/bin/env bash
# Screenshots of QGIS's main window with the dock on each step (called by `make screenshots`).
# The QGIS desktop runs on Debian's Python; the venv's packages (shapely built on Debian's
# GEOS, highspy) come in through PYTHONPATH, the staged plugin through QGIS_PLUGINPATH.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
profile="$root/out/qgis-profile"
rm -rf "$profile"
mkdir -p "$root/docs/img"
unset MAKEFLAGS MFLAGS MAKELEVEL QT_QPA_PLATFORM  # offscreen (set for tests) crashes QGIS desktop
export QGIS_PLUGINPATH="$root/build" CMS_SHOTS="$root/docs/img" PYTHONFAULTHANDLER=1
PYTHONPATH="$("$root/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
export PYTHONPATH
exec xvfb-run -a -s "-screen 0 1600x1000x24" \
  qgis --nologo --noversioncheck --profiles-path "$profile" --code "$root/scripts/screenshots.py"
