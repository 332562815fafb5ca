"""``cmsconnectivity:simulate``: simulated training data as layers that feed the real workflow."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsWkbTypes

from cms_connectivity_plugin.core.scenario import DEFAULT_COUNTRIES, Scenario
from cms_connectivity_plugin.processing.algorithms.inputs import (
    PrepareRangesAlgorithm,
    PrepareSitesAlgorithm,
)
from cms_connectivity_plugin.processing.algorithms.planning_units import BuildPlanningUnitsAlgorithm
from cms_connectivity_plugin.processing.algorithms.simulate import SimulateTrainingDataAlgorithm

WDPA_FIELDS = [
    "WDPAID",
    "NAME",
    "DESIG_ENG",
    "IUCN_CAT",
    "STATUS",
    "STATUS_YR",
    "ISO3",
    "REP_AREA",
    "MARINE",
]


@pytest.fixture(scope="module")
def run(qgis_app):
    """``run(AlgorithmClass, params) -> results`` through processing.run."""
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()

    def _run(algorithm_class, params):
        return processing.run(algorithm_class().create(), params, feedback=QgsProcessingFeedback())

    return _run


def simulate(run, countries="FRA,ESP", n_species=4, seed=42):
    return run(
        SimulateTrainingDataAlgorithm,
        {
            "COUNTRIES": countries,
            "N_SPECIES": n_species,
            "SEED": seed,
            "RANGES": "TEMPORARY_OUTPUT",
            "PROTECTED_AREAS": "TEMPORARY_OUTPUT",
            "STUDY_AREA": "TEMPORARY_OUTPUT",
        },
    )


@pytest.fixture(scope="module")
def simulated(run):
    return simulate(run)


def rows(layer) -> list[dict]:
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def geometries(layer) -> list[bytes]:
    return [bytes(f.geometry().asWkb()) for f in layer.getFeatures()]


def test_metadata_and_parameters():
    alg = SimulateTrainingDataAlgorithm().create()
    alg.initAlgorithm()
    assert alg.name() == "simulate" and alg.groupId() == "inputs" and alg.group() == "Inputs"
    assert alg.displayName() == "Simulate training data (species ranges and protected areas)"
    assert "not real data" in alg.shortHelpString() and "seed" in alg.shortHelpString()
    names = [p.name() for p in alg.parameterDefinitions()]
    assert names == [
        "COUNTRIES",
        "BORDERS",
        "N_SPECIES",
        "SEED",
        "MAX_OFFSHORE",
        "RANGES",
        "PROTECTED_AREAS",
        "STUDY_AREA",
    ]
    defaults = Scenario()
    assert alg.parameterDefinition("COUNTRIES").defaultValue() == ",".join(DEFAULT_COUNTRIES)
    assert (
        alg.parameterDefinition("BORDERS").flags() & alg.parameterDefinition("BORDERS").FlagOptional
    )
    n_species = alg.parameterDefinition("N_SPECIES")
    assert (n_species.defaultValue(), n_species.minimum(), n_species.maximum()) == (12, 1, 500)
    assert alg.parameterDefinition("SEED").defaultValue() == 42
    assert alg.parameterDefinition("MAX_OFFSHORE").defaultValue() == defaults.max_offshore_km
    outputs = {o.name() for o in alg.outputDefinitions()}
    assert {"RANGES", "PROTECTED_AREAS", "STUDY_AREA", "N_RANGES", "N_PROTECTED"} <= outputs


def test_layers_have_the_real_data_schemas_in_the_study_area_crs(simulated):
    ranges, sites, study = (
        simulated["RANGES"],
        simulated["PROTECTED_AREAS"],
        simulated["STUDY_AREA"],
    )
    for layer in (ranges, sites, study):
        assert layer.isValid() and layer.wkbType() == QgsWkbTypes.MultiPolygon
        assert "+proj=laea" in layer.crs().toProj()
        assert all(f.geometry().isGeosValid() for f in layer.getFeatures())
    assert ranges.crs() == sites.crs() == study.crs()

    assert ranges.fields().names()[:4] == ["binomial", "presence", "origin", "seasonal"]
    range_rows = rows(ranges)
    assert simulated["N_RANGES"] == len(range_rows) == ranges.featureCount()
    assert len({r["binomial"] for r in range_rows}) == 4
    assert {r["seasonal"] for r in range_rows} <= {2, 3, 4}
    assert {(r["presence"], r["origin"]) for r in range_rows} == {(1, 1)}

    assert sites.fields().names() == WDPA_FIELDS
    site_rows = rows(sites)
    assert simulated["N_PROTECTED"] == len(site_rows) >= 5
    assert {r["ISO3"] for r in site_rows} == {"FRA", "ESP"}
    assert {r["STATUS"] for r in site_rows} == {"Designated"}
    assert len({r["WDPAID"] for r in site_rows}) == len(site_rows)
    for feature in sites.getFeatures():  # REP_AREA is the polygon's area in km2
        assert feature["REP_AREA"] == pytest.approx(feature.geometry().area() / 1e6, rel=1e-3)

    study_rows = rows(study)
    assert [(r["iso3"], r["name"]) for r in study_rows] == [("FRA", "France"), ("ESP", "Spain")]
    area = sum(f.geometry().area() for f in study.getFeatures()) / 1e6
    assert 1_000_000 < area < 1_150_000  # mainland France 550,000 + Spain 505,000 km2


def test_ranges_and_sites_feed_the_real_data_algorithms(run, simulated):
    ranges, sites = simulated["RANGES"], simulated["PROTECTED_AREAS"]
    expected_features = {(r["binomial"], r["seasonal"]) for r in rows(ranges)}

    prepared = run(PrepareRangesAlgorithm, {"INPUT": [ranges], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert prepared["SPECIES"] == 4
    assert prepared["FEATURES"] == len(expected_features)
    assert {(r["species"], r["seasonal"]) for r in rows(prepared["OUTPUT"])} == expected_features

    prepared_sites = run(PrepareSitesAlgorithm, {"INPUT": [sites], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert prepared_sites["SITES"] == simulated["N_PROTECTED"]
    assert prepared_sites["OUTPUT"].featureCount() == simulated["N_PROTECTED"]

    units = run(
        BuildPlanningUnitsAlgorithm,
        {
            "STUDY_AREA": simulated["STUDY_AREA"],
            "CELL_AREA": 20_000.0,
            "PROTECTED": sites,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    unit_rows = rows(units["OUTPUT"])
    assert units["UNIT_COUNT"] == len(unit_rows) > 40
    assert {r["country"] for r in unit_rows} == {"FRA", "ESP"}
    assert max(r["protected_share"] for r in unit_rows) > 0


def test_same_seed_same_layers_other_seed_other_layers(run, simulated):
    again = simulate(run)
    for key in ("RANGES", "PROTECTED_AREAS", "STUDY_AREA"):
        assert geometries(again[key]) == geometries(simulated[key])
        assert rows(again[key]) == rows(simulated[key])
    other = simulate(run, seed=7)
    assert geometries(other["STUDY_AREA"]) == geometries(simulated["STUDY_AREA"])
    assert geometries(other["RANGES"]) != geometries(simulated["RANGES"])
    assert geometries(other["PROTECTED_AREAS"]) != geometries(simulated["PROTECTED_AREAS"])


def test_loaded_layers_are_styled_by_role(qgis_app):
    import processing
    from processing.core.Processing import Processing
    from qgis.core import QgsProject

    from cms_connectivity_plugin.qgis_io.styles import ROLE_PROPERTY

    Processing.initialize()
    result = processing.runAndLoadResults(
        SimulateTrainingDataAlgorithm().create(),
        {
            "COUNTRIES": "PRT",
            "N_SPECIES": 2,
            "RANGES": "memory:",
            "PROTECTED_AREAS": "memory:",
            "STUDY_AREA": "memory:",
        },
    )
    ids = [result[key] for key in ("RANGES", "PROTECTED_AREAS", "STUDY_AREA")]
    try:
        ranges, sites, study = (QgsProject.instance().mapLayer(i) for i in ids)
        assert ranges.customProperty(ROLE_PROPERTY) == "species_ranges"
        assert ranges.renderer().type() == "categorizedSymbol"
        assert ranges.renderer().classAttribute() == "seasonal"
        assert sites.customProperty(ROLE_PROPERTY) == "protected_areas"
        assert study.customProperty(ROLE_PROPERTY) == "countries"
    finally:
        QgsProject.instance().removeMapLayers(ids)


@pytest.mark.parametrize(
    ("countries", "message"),
    [
        ("FRA,XQZ", r"^Unknown ISO3 code\(s\) XQZ\b"),
        (" , ", r"^The country list is empty"),
        ("FR", r"^'FR' is not an ISO3 country code"),
    ],
)
def test_bad_countries_give_one_line(run, countries, message):
    with pytest.raises(QgsProcessingException, match=message) as info:
        simulate(run, countries=countries)
    assert "\n" not in str(info.value)
