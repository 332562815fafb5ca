"""Borders on real Natural Earth layers: ISO3 traps, shared borders, sea crossings."""

from __future__ import annotations

import pytest
import shapely
from qgis.core import QgsProcessingException, QgsVectorLayer

from cms_connectivity_plugin.core.borders import build_study_area, shared_borders
from cms_connectivity_plugin.qgis_io.layers import countries_from_layer


@pytest.fixture(scope="module")
def ne50(shared_data):
    layer = QgsVectorLayer(str(shared_data / "natural_earth" / "countries50.gpkg"), "ne50", "ogr")
    assert layer.isValid()
    return layer


def test_minus_99_codes_fall_back_to_adm0(ne50):
    table = countries_from_layer(ne50)
    by_name = dict(zip(table.names, table.iso3))
    assert by_name["France"] == "FRA" and by_name["Norway"] == "NOR"
    assert (table.iso3 != "").all()


def test_pyrenees_and_iberian_borders_but_no_strait_of_gibraltar(ne50):
    study = build_study_area(countries_from_layer(ne50), ("FRA", "ESP", "AND", "PRT", "MAR"))
    left, right, lines = shared_borders(study.countries, study.codes)
    lengths = {
        tuple(sorted(pair)): shapely.length(line) / 1000
        for pair, line in zip(zip(left, right), lines)
    }
    assert 400 < lengths[("ESP", "FRA")] < 700  # the Pyrenees (about 650 km on the ground)
    assert 800 < lengths[("ESP", "PRT")] < 1400
    assert ("AND", "ESP") in lengths and ("AND", "FRA") in lengths
    assert ("ESP", "MAR") not in lengths  # 14 km of sea is not a border
    assert not [p for p in lengths if "MAR" in p]


def test_shared_borders_algorithm(processing_ready, ne50):
    import processing

    result = processing.run(
        "cmsconnectivity:sharedborders",
        {"COUNTRIES": "DEU,CHE,FRA", "BORDERS": ne50, "OUTPUT": "memory:"},
    )
    layer = result["OUTPUT"]
    pairs = {tuple(sorted((f["iso3_a"], f["iso3_b"]))) for f in layer.getFeatures()}
    assert pairs == {("CHE", "DEU"), ("CHE", "FRA"), ("DEU", "FRA")}
    assert all(f["length_km"] > 50 for f in layer.getFeatures())
    with pytest.raises(QgsProcessingException, match="Unknown ISO3"):
        processing.run(
            "cmsconnectivity:sharedborders",
            {"COUNTRIES": "DEU,XXA", "BORDERS": ne50, "OUTPUT": "memory:"},
        )
