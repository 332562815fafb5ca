#!/usr/bin/env bash
# The README's pictures of what a run hands over (called by `make pages`): the overview map
# in English, an atlas page in French and the report's summary page in Spanish, each from the
# demo run in that language. Full runs stay in out/pages/LANG for reading every page.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="$root/.venv/bin/python"
img="$root/docs/img"
mkdir -p "$img"
for lang in en fr es; do
  "$py" -m cms_connectivity_plugin run --out "$root/out/pages/$lang" --lang "$lang" --quiet \
    >"$root/out/pages-$lang.log" 2>&1
done
pdftoppm -r 80 -png -singlefile "$root/out/pages/en/tfca_map.pdf" "$img/page_map_en"
pdftoppm -r 80 -png -singlefile -f 1 -l 1 "$root/out/pages/fr/tfca_candidates_atlas.pdf" \
  "$img/page_atlas_fr"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1400 \
  --screenshot="$img/page_report_es.png" "file://$root/out/pages/es/report.html" 2>/dev/null
ls -l "$img"/page_*.png
