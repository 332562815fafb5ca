#!/usr/bin/env bash
# Local Dask workers started from inside the real QGIS desktop (under Xvfb): they must run
# under Python, not under QGIS's binary, and give the in-process dPC. Prints the JSON report.
# Usage: scripts/desktop_workers.sh (needs the QGIS desktop, apt package qgis, and the venv).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
profile="$(mktemp -d)"
out="$profile/report.json"
unset QT_QPA_PLATFORM  # offscreen crashes the QGIS desktop
PYTHONPATH="$root:$("$root/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
export PYTHONPATH CMS_OUT="$out"
timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" \
  qgis --nologo --noversioncheck --profiles-path "$profile" \
  --code "$root/scripts/desktop_workers.py" </dev/null >/dev/null 2>&1 || true
cat "$out"
rm -rf "$profile"
