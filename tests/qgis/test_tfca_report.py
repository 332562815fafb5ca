"""TFCA candidates algorithm and report on a real run (QGIS world map)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsVectorLayer

from cms_connectivity_plugin.core.report import build_report
from cms_connectivity_plugin.core.scenario import Scenario
from tests.core.test_report import assert_html_shows_the_csv


@pytest.fixture(scope="module")
def benelux(processing_ready, tmp_path_factory):
    from cms_connectivity_plugin.qgis_io.run import run_to_folder

    folder = tmp_path_factory.mktemp("benelux")
    # A 100 % target makes every unit holding a range part of every feasible solution, and
    # those units alone form one candidate over BEL, LUX and NLD: the tests below hold for
    # whatever solution the solver returns within its gap or time limit. With 30 % the
    # solutions within the 1 % gap differ in whether any cluster spans a border.
    scenario = Scenario(
        countries=("BEL", "LUX", "NLD"), n_species=3, hex_area_km2=300, target_percent=100.0
    )
    result, paths = run_to_folder(scenario, folder, pdf=False)
    return folder, result, paths


def _layer(gpkg: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def _geoms(layer) -> list:
    return [shapely.from_wkb(bytes(f.geometry().asWkb())) for f in layer.getFeatures()]


def _run(params):
    import processing

    from cms_connectivity_plugin.processing.algorithms.tfca import TfcaCandidatesAlgorithm

    return processing.run(TfcaCandidatesAlgorithm(), params)


def test_algorithm_candidates_span_two_countries_geometrically(benelux):
    folder, _, paths = benelux
    gpkg = paths["gpkg"]
    countries = _layer(gpkg, "countries")
    out = _run(
        {
            "UNITS": _layer(gpkg, "planning_units"),
            "FEATURES": _layer(gpkg, "species_ranges"),
            "SITES": _layer(gpkg, "protected_areas"),
            "COUNTRIES": countries,
            "JOIN_KM": 2.0,
            "OUTPUT": str(folder / "tfca.gpkg"),
            "HABITATS": str(folder / "habitats.gpkg"),
        }
    )
    tfca = QgsVectorLayer(out["OUTPUT"], "tfca", "ogr")
    names = {f.name() for f in tfca.fields()}
    assert {"rank", "score", "countries", "n_transboundary", "importance_dpc"} <= names
    assert tfca.featureCount() >= 1
    shapes = dict(zip([f["iso3"] for f in countries.getFeatures()], _geoms(countries)))
    for feature, geom in zip(tfca.getFeatures(), _geoms(tfca)):
        inside = [c for c, g in shapes.items() if shapely.area(shapely.intersection(geom, g)) > 1e6]
        assert len(inside) >= 2
        assert set(feature["countries"].split(";")) <= set(inside)
        parts = [float(p.split(":")[1]) for p in feature["area_by_country"].split(";")]
        assert sum(parts) == pytest.approx(feature["area_km2"], rel=1e-3, abs=0.5)
    ranks = [f["rank"] for f in tfca.getFeatures()]
    assert sorted(ranks) == list(range(1, len(ranks) + 1))
    habitats = QgsVectorLayer(out["HABITATS"], "habitats", "ogr")
    assert habitats.featureCount() >= 1
    assert {"species", "season", "iso3_a", "iso3_b"} <= {f.name() for f in habitats.fields()}


def test_algorithm_errors_are_one_line(benelux):
    _, _, paths = benelux
    gpkg = paths["gpkg"]
    with pytest.raises(QgsProcessingException, match="lacks the field"):
        _run(
            {
                "UNITS": _layer(gpkg, "species_ranges"),
                "FEATURES": _layer(gpkg, "species_ranges"),
                "OUTPUT": "memory:tfca",
            }
        )


def test_report_on_a_real_run(benelux):
    folder, result, _ = benelux
    report = build_report(result, folder / "report")
    text = report.html.read_text(encoding="utf-8")
    assert_html_shows_the_csv(report, ".", ",")
    assert "ProtConn was not computed for this run." in text


def test_demo_scenario_has_a_pyrenees_candidate(processing_ready):
    from cms_connectivity_plugin.core.pipeline import run_scenario
    from cms_connectivity_plugin.qgis_io.run import read_countries

    result = run_scenario(Scenario(), read_countries(None))
    spans = [set(c.split(";")) for c in result.tfca.countries]
    assert any({"FRA", "ESP"} <= s for s in spans), result.tfca.countries
    assert np.all(result.tfca.n_countries >= 2)
