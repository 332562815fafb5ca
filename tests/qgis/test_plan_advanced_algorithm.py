"""``cmsconnectivity:plan``'s advanced parameters through processing.run: stepping stones,
each country's share, the cross-border bonus and a connectivity table. Every check is
recomputed from the written layer's geometry and fields with shapely."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsProcessingParameterDefinition

from cms_connectivity_plugin.core.crs import transform
from cms_connectivity_plugin.processing.algorithms.plan import PlanNetworkAlgorithm
from cms_connectivity_plugin.qgis_io.layers import memory_layer
from tests.qgis.test_plan_algorithm import (  # noqa: F401 (fixtures)
    KM,
    LAEA,
    base,
    ranges,
    run,
    selected_geometry,
    units,
    units_with,
)

ADVANCED = (
    "STEPPING_STONES_KM",
    "COUNTRY_SHARE",
    "CROSS_BORDER_BONUS",
    "CONNECTIVITY",
    "CONNECTIVITY_WEIGHT",
    "CONNECTIVITY_SYMMETRIC",
)


def test_advanced_parameters_sit_in_the_dialogs_advanced_group(qgis_app):
    algorithm = PlanNetworkAlgorithm().create()
    for name in ADVANCED:
        definition = algorithm.parameterDefinition(name)
        assert definition is not None, name
        assert definition.flags() & QgsProcessingParameterDefinition.FlagAdvanced, name


def test_each_country_keeps_its_share(run, units, ranges):  # noqa: F811
    plain, _ = run(PlanNetworkAlgorithm, base(units, ranges, GAP=0.0))
    result, _ = run(PlanNetworkAlgorithm, base(units, ranges, GAP=0.0, COUNTRY_SHARE=40.0))
    flags, features, geoms = selected_geometry(result["OUTPUT"])
    country = np.array([f["country"] for f in features], dtype=object)
    area = shapely.area(geoms)
    for code in ("AAA", "BBB"):
        mine = country == code
        assert area[mine & flags].sum() >= 0.4 * area[mine].sum() * (1 - 1e-9), code
    plain_flags, plain_features, _ = selected_geometry(plain["OUTPUT"])
    plain_country = np.array([f["country"] for f in plain_features], dtype=object)
    # The share binds for BBB (six units, a sixth of the grid): the plan had to add units.
    assert area[(plain_country == "BBB") & plain_flags].sum() < 0.4 * area[country == "BBB"].sum()
    assert result["COST"] > plain["COST"]


#: A west-east flyway over the grid: breeding in the west, wintering in the east.
PASSAGE = shapely.box(10 * KM, 22 * KM, 50 * KM, 38 * KM)
FLYWAY = [
    ("Anser fabalis", 2, shapely.box(0, 25 * KM, 10 * KM, 40 * KM)),
    ("Anser fabalis", 3, shapely.box(50 * KM, 25 * KM, 60 * KM, 40 * KM)),
    ("Anser fabalis", 4, PASSAGE),
]


def flyway_ranges():
    geoms = transform(np.array([g for _, _, g in FLYWAY], dtype=object), LAEA, "EPSG:4326")
    return memory_layer(
        "flyway",
        "MultiPolygon",
        "EPSG:4326",
        {
            "species": np.array([s for s, _, _ in FLYWAY], dtype=object),
            "seasonal": np.array([k for _, k, _ in FLYWAY], dtype=np.int64),
        },
        shapely.multipolygons([[g] for g in geoms]),
    )


def _stopovers(result) -> tuple[np.ndarray, np.ndarray]:
    """x of the selected stopovers and of every unit holding the passage range (>= 10 %)."""
    flags, _, geoms = selected_geometry(result["OUTPUT"])
    passage = PASSAGE
    cover = shapely.area(shapely.intersection(geoms, passage)) / shapely.area(geoms)
    x = shapely.get_coordinates(shapely.centroid(geoms))[:, 0]
    return np.sort(x[flags & (cover >= 0.1)]), np.sort(np.unique(x[cover >= 0.1]))


def test_stepping_stones_leave_no_gap_wider_than_asked_along_the_passage(run, units):  # noqa: F811
    flyway = flyway_ranges()
    plain, _ = run(PlanNetworkAlgorithm, base(units, flyway, GAP=0.0))
    x, holders = _stopovers(plain)
    # The plain plan leaves a 20 km stretch of the passage without a stopover.
    assert np.diff(np.r_[holders.min(), x, holders.max()]).max() >= 20_000
    result, _ = run(PlanNetworkAlgorithm, base(units, flyway, GAP=0.0, STEPPING_STONES_KM=10.0))
    x, holders = _stopovers(result)
    # The axis runs from the breeding range (west) to the wintering range (east); with 10 km
    # between stopovers every 10 km column of the passage range holds one.
    assert np.diff(x).max() <= 10_000 + 1e-6
    assert x.min() - holders.min() <= 5_000 + 1e-6 and holders.max() - x.max() <= 5_000 + 1e-6
    assert result["COST"] > plain["COST"]


def test_connectivity_table_keeps_linked_units_together(run, units, ranges, tmp_path):  # noqa: F811
    plain, _ = run(PlanNetworkAlgorithm, base(units, ranges, GAP=0.0))
    plain_flags, features, _ = selected_geometry(plain["OUTPUT"])
    ids = [f["unit_id"] for f in features]
    out = [i for i, s in zip(ids, plain_flags) if not s]
    a, b = out[0], out[-1]
    table = tmp_path / "links.csv"
    table.write_text(f"id1,id2,value\n{a},{b},1000\n")
    result, _ = run(
        PlanNetworkAlgorithm,
        base(units, ranges, GAP=0.0, CONNECTIVITY=str(table), CONNECTIVITY_WEIGHT=1.0),
    )
    flags, features, _ = selected_geometry(result["OUTPUT"])
    chosen = {f["unit_id"] for f, s in zip(features, flags) if s}
    assert {a, b} <= chosen  # 1,000 earned for keeping both is more than they cost
    unused, feedback = run(
        PlanNetworkAlgorithm, base(units, ranges, GAP=0.0, CONNECTIVITY=str(table))
    )
    assert any("was not used" in e for e in feedback.errors)
    bad = tmp_path / "bad.csv"
    bad.write_text("id1,id2,value\n1,9999,1\n")
    with pytest.raises(QgsProcessingException, match="9999"):
        run(
            PlanNetworkAlgorithm,
            base(units, ranges, CONNECTIVITY=str(bad), CONNECTIVITY_WEIGHT=1.0),
        )


def test_country_settings_need_a_country_field_and_say_which(run, ranges):  # noqa: F811
    layer = units_with("locked_out", [])  # the grid without a country field
    with pytest.raises(QgsProcessingException, match="'country' field"):
        run(PlanNetworkAlgorithm, base(layer, ranges, COUNTRY_SHARE=30.0))
    with pytest.raises(QgsProcessingException, match="'country' field"):
        run(PlanNetworkAlgorithm, base(layer, ranges, CROSS_BORDER_BONUS=1.0))
