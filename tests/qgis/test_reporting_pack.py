"""The reporting pack: places across designations (places.csv, the ``places`` layer, the
report's section) and the Word document, from one run of the chain."""

from __future__ import annotations

import csv

import pytest
from qgis.core import QgsVectorLayer

from cms_connectivity_plugin.core.places import ROW_COLUMNS
from cms_connectivity_plugin.core.workflow import WorkflowSettings


def test_the_package_lists_places_with_their_designations_and_role(processing_ready, tmp_path):
    from cms_connectivity_plugin.qgis_io.run import run_to_folder

    out = tmp_path / "package"
    settings = WorkflowSettings(countries=("BEL", "LUX"), n_species=3, cell_area_km2=300.0)
    _, paths = run_to_folder(settings, out, pdf=False)
    with open(out / "places.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and tuple(rows[0]) == ROW_COLUMNS
    layer = QgsVectorLayer(f"{out / 'cms_connectivity.gpkg'}|layername=places", "p", "ogr")
    assert layer.isValid() and layer.featureCount() >= 1
    # Every record of the protected areas is in exactly one place.
    sites = QgsVectorLayer(f"{out / 'cms_connectivity.gpkg'}|layername=protected_areas", "s", "ogr")
    assert len(rows) == sites.featureCount()
    assert {int(r["place_id"]) for r in rows} == {f["place_id"] for f in layer.getFeatures()}
    for feature in layer.getFeatures():
        # The place's role in the plan, from the same run.
        assert feature["network_status"]
        assert 0.0 <= feature["network_share"] <= 1.0 + 1e-9
    shares = {}
    for r in rows:
        shares.setdefault(r["place_id"], []).append(float(r["share_of_place"]))
    assert all(0.0 < max(s) <= 1.0 for s in shares.values())
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "Places and their designations" in report
    assert (out / "report_places.csv").is_file()
    docx = pytest.importorskip("docx")
    document = docx.Document(paths["report_docx"])
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Places and their designations" in headings


def test_own_site_layers_become_places_in_the_data_step(processing_ready, tmp_path, shared_data):
    """Real Ramsar sites of Ukraine as the run's own sites: the data step writes the place
    layer (for the dock) and the package lists them under the Ramsar Convention."""
    from cms_connectivity_plugin.qgis_io.run import run_to_folder

    folder = shared_data / "ramsar_ukraine"
    layers = sorted(str(p) for p in folder.glob("*.shp"))[:3] if folder.is_dir() else []
    if not layers:
        pytest.skip("../shared/data/ramsar_ukraine is not here")
    out = tmp_path / "ukraine"
    settings = WorkflowSettings(
        countries=("UKR",),
        n_species=2,
        cell_area_km2=2000.0,
        sites=tuple(layers),
        simulate_sites=False,
    )
    _, paths = run_to_folder(settings, out, pdf=False)
    step_layer = QgsVectorLayer(str(out / "places.gpkg"), "places", "ogr")
    assert step_layer.isValid() and step_layer.featureCount() == len(layers)
    with open(out / "places.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(layers)
    assert {r["convention"] for r in rows} == {"Ramsar Convention on Wetlands"}
