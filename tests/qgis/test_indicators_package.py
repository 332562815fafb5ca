"""Every package holds indicators.csv/json: GBF 3.1 and ProtConn per country, official names."""

from __future__ import annotations

import csv
import json

from cms_connectivity_plugin.core.indicators import (
    COLUMNS,
    EXISTING,
    GBF_31_LAND,
    GBF_PROTCONN,
    INDICATORS_CSV,
    INDICATORS_JSON,
    WITH_PLAN,
)
from cms_connectivity_plugin.core.workflow import WorkflowSettings


def test_the_package_has_gbf_indicators_per_country(processing_ready, tmp_path):
    from cms_connectivity_plugin.qgis_io.run import run_to_folder

    out = tmp_path / "package"
    settings = WorkflowSettings(countries=("BEL", "LUX"), n_species=2, cell_area_km2=300.0)
    _, paths = run_to_folder(settings, out, pdf=False)
    assert paths["indicators_csv"] == str(out / INDICATORS_CSV)
    assert paths["indicators_json"] == str(out / INDICATORS_JSON)
    with open(out / INDICATORS_CSV, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and set(COLUMNS) <= set(rows[0])
    for code in ("BEL", "LUX"):
        for scenario in (EXISTING, WITH_PLAN):
            mine = [r for r in rows if r["country"] == code and r["scenario"] == scenario]
            cover = [r for r in mine if r["indicator_code"] == GBF_31_LAND]
            conn = [r for r in mine if r["indicator_code"] == GBF_PROTCONN]
            assert cover and conn, (code, scenario)
            assert cover[-1]["indicator_name"].startswith("3.1 Coverage of protected areas")
            assert 0.0 <= float(cover[-1]["value"]) <= 100.0
            assert cover[-1]["unit"] == "%" and cover[-1]["sources"] and cover[-1]["date"]
            assert "ProtConn" in conn[0]["indicator_name"]
    document = json.loads((out / INDICATORS_JSON).read_text(encoding="utf-8"))
    assert len(document["indicators"]) == len(rows)
    # Listed in the package manifest: a rerun replaces them with the package.
    manifest = json.loads((out / ".cms_connectivity_package.json").read_text(encoding="utf-8"))
    assert INDICATORS_CSV in manifest and INDICATORS_JSON in manifest
