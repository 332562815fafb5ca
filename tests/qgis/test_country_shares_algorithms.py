"""Countries of every area through the toolbox: planningunits writes each unit's km2 per
country (``country_shares``) and says which units lie at sea or took their site's own ISO3
code; plan keeps the field; tfcacandidates reports true areas per country from it, works on
QGIS's whole world map and finds the species field prepareranges writes."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
import shapely

from tests.qgis.feedback import Recorder
from tests.qgis.gpkg import write_gpkg

LAEA = "EPSG:3035"
X0, Y0, KM = 3_000_000.0, 2_200_000.0, 1000.0
DATA = Path("/work/shared/data")
PEREBRODY = DATA / "ramsar_ukraine" / "1402_Perebrody_Peatlands.shp"
NORTH_SEA = DATA / "north_sea_mpas" / "MPA_NorthSea_Shapes.shp"


def read_ogr(path: Path) -> tuple[list[dict], list, str]:
    """(attributes, shapely geometries, CRS WKT) of a file's first layer, read with OGR."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    lyr = ds.GetLayer(0)
    rows, geoms = [], []
    for feature in lyr:
        rows.append(feature.items())
        geoms.append(shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())))
    return rows, geoms, lyr.GetSpatialRef().ExportToWkt()


def features(result_layer) -> list[dict]:
    from qgis.core import QgsVectorLayer

    layer = (
        result_layer
        if isinstance(result_layer, QgsVectorLayer)
        else QgsVectorLayer(result_layer, "out", "ogr")
    )
    assert layer.isValid(), result_layer
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def areas(text: str) -> dict[str, float]:
    return {code: float(v) for code, v in (item.split(":") for item in text.split(";") if item)}


def world_map() -> str:
    from qgis.core import QgsApplication

    path = Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"
    if not path.exists():
        pytest.skip(f"QGIS's world map is not installed ({path})")
    return f"{path}|layername=countries"


@pytest.fixture(scope="module")
def run(processing_ready):
    """``run(alg, params) -> (result, feedback)`` keeping what the algorithm told the user."""
    import processing

    def _run(alg: str, params: dict):
        feedback = Recorder()
        prefix = "" if ":" in alg else "cmsconnectivity:"
        return processing.run(prefix + alg, params, feedback=feedback), feedback

    return _run


def _borders(tmp_path: Path) -> str:
    """ESP west of x = X0, PRT east of it; vertices every km, so the border stays the same
    line through planningunits' reprojection to its own equal-area CRS."""
    west = shapely.box(X0 - 150 * KM, Y0 - 100 * KM, X0, Y0 + 100 * KM)
    east = shapely.box(X0, Y0 - 100 * KM, X0 + 150 * KM, Y0 + 100 * KM)
    west, east = shapely.segmentize([west, east], KM)
    return write_gpkg(
        tmp_path / "borders.gpkg",
        "countries",
        LAEA,
        {"iso_a3": ["ESP", "PRT"], "name": ["Spain", "Portugal"]},
        [west, east],
    )


def _ranges(tmp_path: Path, geom, name: str = "ranges") -> str:
    """A range layer as prepareranges writes it (species, season label, seasonal code)."""
    return write_gpkg(
        tmp_path / f"{name}.gpkg",
        name,
        LAEA,
        {"species": ["Galemys pyrenaicus"], "season": ["resident"], "seasonal": [1]},
        [geom],
    )


# -- 1. a park across a border: ESP 268 / PRT 12 -------------------------------------------


def test_the_park_across_the_border_keeps_its_268_and_12_km2_from_units_to_candidates(
    run, tmp_path
):
    park = shapely.segmentize(shapely.box(X0 - 26.8 * KM, Y0, X0 + 1.2 * KM, Y0 + 10 * KM), KM)
    parks = write_gpkg(
        tmp_path / "wdpa.gpkg",
        "wdpa",
        LAEA,
        {"NAME": ["Baixa Limia-Xurés"], "ISO3": ["ESP;PRT"]},
        [park],
    )
    borders = _borders(tmp_path)
    units, feedback = run(
        "planningunits",
        {
            "COUNTRIES": "ESP,PRT",
            "BORDERS": borders,
            "GRID_TYPE": 2,
            "UNITS": parks,
            "OUTPUT": str(tmp_path / "units.gpkg"),
        },
    )
    (unit,) = features(units["OUTPUT"])
    assert unit["country"] == "ESP"
    shares = areas(unit["country_shares"])
    assert shares["ESP"] == pytest.approx(268.0, rel=1e-3)
    assert shares["PRT"] == pytest.approx(12.0, rel=1e-3)
    assert not any("ISO3" in line for line in feedback.infos)  # "ESP;PRT": borders decide
    ranges = _ranges(tmp_path, park.buffer(3 * KM))
    plan, _ = run(
        "plan",
        {
            "UNITS": units["OUTPUT"],
            "FEATURES": ranges,
            "TARGET": 100.0,
            "OUTPUT": str(tmp_path / "plan.gpkg"),
            "TARGETS_OUTPUT": str(tmp_path / "targets.gpkg"),
        },
    )
    (planned,) = features(plan["OUTPUT"])
    assert planned["selected"] == 1 and planned["country_shares"] == unit["country_shares"]
    # The toolbox's defaults: no species field named, no border layer (QGIS's world map).
    tfca, feedback = run(
        "tfcacandidates",
        {"UNITS": plan["OUTPUT"], "FEATURES": ranges, "OUTPUT": str(tmp_path / "tfca.gpkg")},
    )
    (candidate,) = features(tfca["OUTPUT"])
    assert candidate["countries"] == "ESP;PRT"
    got = areas(candidate["area_by_country"])
    assert got["ESP"] == pytest.approx(268.0, rel=0.01)
    assert got["PRT"] == pytest.approx(12.0, rel=0.01)
    assert candidate["transboundary_species"] == "Galemys pyrenaicus"
    assert any("country_shares" in line for line in feedback.infos), feedback.infos


def test_units_without_the_shares_field_still_work_and_the_log_says_how_areas_were_measured(
    run, tmp_path
):
    """A layer written before the field: measured on the border layer given."""
    cells = [
        shapely.box(X0 + k * 10 * KM, Y0, X0 + (k + 1) * 10 * KM, Y0 + 10 * KM) for k in (-1, 0)
    ]
    cells[1] = shapely.box(X0 - 3 * KM, Y0, X0 + 10 * KM, Y0 + 10 * KM)  # 30 km2 in ESP
    cells[0] = shapely.box(X0 - 13 * KM, Y0, X0 - 3 * KM, Y0 + 10 * KM)
    units = write_gpkg(
        tmp_path / "old_units.gpkg",
        "units",
        LAEA,
        {"unit_id": [1, 2], "selected": [1, 1], "country": ["ESP", "PRT"]},
        cells,
    )
    tfca, feedback = run(
        "tfcacandidates",
        {
            "UNITS": units,
            "FEATURES": _ranges(tmp_path, shapely.union_all(cells)),
            "COUNTRIES": _borders(tmp_path),
            "OUTPUT": str(tmp_path / "tfca.gpkg"),
        },
    )
    (candidate,) = features(tfca["OUTPUT"])
    got = areas(candidate["area_by_country"])
    assert got["ESP"] == pytest.approx(130.0, rel=0.01) and got["PRT"] == pytest.approx(100.0)
    assert any("no country_shares field" in line for line in feedback.infos), feedback.infos


# -- 2. a site's own ISO3 wins over coarser borders (real data) ---------------------------


@pytest.mark.skipif(not PEREBRODY.exists(), reason="shared real data absent")
def test_a_ukrainian_ramsar_site_with_its_iso3_is_no_tfca_with_belarus(run, tmp_path):
    """Perebrody Peatlands (Ramsar 1402, Ukraine) on the Belarus border: QGIS's 1:10m world
    map puts about 29 of its 129 km2 in Belarus, so alone it made a UKR;BLR candidate. With
    the WDPA-style ISO3 = UKR it lies wholly in Ukraine, and the log says the code won."""
    world = world_map()
    rows, geoms, wkt = read_ogr(PEREBRODY)
    columns = {"name": [r["name_en"] for r in rows]}
    plain = write_gpkg(tmp_path / "site.gpkg", "perebrody", wkt, columns, geoms)
    own = write_gpkg(
        tmp_path / "site_iso3.gpkg", "perebrody_iso3", wkt, {**columns, "ISO3": ["UKR"]}, geoms
    )
    out = {}
    for key, layer in (("borders", plain), ("iso3", own)):
        units, feedback = run(
            "planningunits",
            {
                "COUNTRIES": "UKR,BLR",
                "BORDERS": world,
                "GRID_TYPE": 2,
                "UNITS": layer,
                "OUTPUT": str(tmp_path / f"units_{key}.gpkg"),
            },
        )
        (unit,) = features(units["OUTPUT"])
        selected = write_gpkg(
            tmp_path / f"selected_{key}.gpkg",
            "units",
            units["OUTPUT"] and _crs_wkt(units["OUTPUT"]),
            {
                "selected": [1],
                "country": [unit["country"]],
                "country_shares": [unit["country_shares"]],
            },
            [_first_geometry(units["OUTPUT"])],
        )
        ranges = write_gpkg(
            tmp_path / f"ranges_{key}.gpkg",
            "ranges",
            wkt,
            {"species": ["Grus grus"], "seasonal": [2]},
            [shapely.union_all(geoms).buffer(0.05)],
        )
        tfca, tfca_log = run(
            "tfcacandidates",
            {
                "UNITS": selected,
                "FEATURES": ranges,
                "COUNTRIES": world,
                "OUTPUT": str(tmp_path / f"tfca_{key}.gpkg"),
            },
        )
        out[key] = (unit, feedback, features(tfca["OUTPUT"]))
    unit, _, candidates = out["borders"]
    by_borders = areas(unit["country_shares"])
    assert by_borders["BLR"] == pytest.approx(29.2, abs=1.0), by_borders
    assert by_borders["UKR"] == pytest.approx(100.2, abs=1.0), by_borders
    assert [c["countries"] for c in candidates] == ["BLR;UKR"]
    unit, feedback, candidates = out["iso3"]
    assert unit["country"] == "UKR" and list(areas(unit["country_shares"])) == ["UKR"]
    assert areas(unit["country_shares"])["UKR"] == pytest.approx(sum(by_borders.values()), rel=1e-4)
    assert candidates == []
    note = [line for line in feedback.infos if "ISO3" in line]
    assert note and "site_iso3" in note[0] and "UKR" in note[0] and "BLR:29" in note[0], note


def _crs_wkt(path: str) -> str:
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    layer = QgsVectorLayer(path, "u", "ogr")
    return layer.crs().toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)


def _first_geometry(path: str):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "u", "ogr")
    return shapely.from_wkb(bytes(next(layer.getFeatures()).geometry().asWkb()))


# -- 3. units at sea ----------------------------------------------------------------------


@pytest.mark.skipif(not NORTH_SEA.exists(), reason="shared real data absent")
def test_units_over_the_north_sea_belong_to_no_country_and_the_log_counts_them(run, tmp_path):
    world = world_map()
    result, feedback = run(
        "planningunits",
        {
            "STUDY_AREA": str(NORTH_SEA),
            "BORDERS": world,
            "GRID_TYPE": 0,
            "CELL_AREA": 100.0,
            "OUTPUT": str(tmp_path / "units.gpkg"),
        },
    )
    units = features(result["OUTPUT"])
    at_sea = [u for u in units if not u["country"]]
    assert at_sea and all(not u["country_shares"] for u in at_sea)
    line = next((s for s in feedback.infos if "outside every country" in s), None)
    assert line is not None, feedback.infos
    count = int(re.search(r"(\d+) planning unit", line).group(1))
    km2 = float(re.search(r"\(([\d,.]+) km2\)", line).group(1).replace(",", ""))
    assert count == len(at_sea)
    assert km2 == pytest.approx(sum(u["area_km2"] for u in at_sea), rel=1e-3)


# -- 4. QGIS's whole world map as border layer ---------------------------------------------


def _cells_across(lon_lat: list[tuple[float, float]], crs: str, half: float = 5 * KM) -> list:
    from pyproj import Transformer

    to_crs = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    cells = []
    for lon, lat in lon_lat:
        x, y = to_crs.transform(lon, lat)
        cells.append(shapely.box(x - half, y - half, x + half, y + half))
    return cells


def test_tfcacandidates_on_the_whole_world_map_in_a_local_projection(run, tmp_path):
    """Units in a LAEA centred on the Limia (as planningunits makes it): projecting the
    whole world map there raised ``TopologyException: side location conflict``."""
    from cms_connectivity_plugin.core.crs import laea_for

    world = world_map()
    crs = laea_for(-8.0, 42.0)
    cells = _cells_across([(-8.30, 41.87), (-8.18, 41.87), (-8.06, 41.87), (-7.94, 41.87)], crs)
    units = write_gpkg(
        tmp_path / "units.gpkg",
        "units",
        crs,
        {"unit_id": [1, 2, 3, 4], "selected": [1, 1, 1, 1], "country": ["PRT"] * 4},
        cells,
    )
    ranges = write_gpkg(
        tmp_path / "ranges.gpkg",
        "ranges",
        crs,
        {"species": ["Galemys pyrenaicus"], "seasonal": [1]},
        [shapely.union_all(cells).buffer(1000)],
    )
    result, feedback = run(
        "tfcacandidates",
        {
            "UNITS": units,
            "FEATURES": ranges,
            "COUNTRIES": world,
            "OUTPUT": str(tmp_path / "tfca.gpkg"),
            "HABITATS": str(tmp_path / "habitats.gpkg"),
        },
    )
    (candidate,) = features(result["OUTPUT"])
    assert candidate["countries"] == "ESP;PRT", candidate
    got = areas(candidate["area_by_country"])
    assert sum(got.values()) == pytest.approx(400.0, rel=0.01)
    assert features(result["HABITATS"])


def test_read_tfca_inputs_cuts_and_repairs_the_raw_world_map(processing_ready):
    """The core reader on the world map as read (no pre-filtering), in a local LAEA."""
    from qgis.core import QgsVectorLayer

    from cms_connectivity_plugin.core.crs import laea_for
    from cms_connectivity_plugin.core.tfca import SOURCE_BORDERS, read_tfca_inputs
    from cms_connectivity_plugin.core.vector import VectorTable
    from cms_connectivity_plugin.qgis_io.layers import table_from_layer

    world = table_from_layer(QgsVectorLayer(world_map(), "world", "ogr"))
    for lon, lat, pair in ((-8.1, 41.9, {"ESP", "PRT"}), (-60.36, 7.0, {"GUY", "VEN"})):
        crs = laea_for(lon, lat)
        cells = _cells_across([(lon + d, lat) for d in (-0.3, -0.1, 0.1, 0.3)], crs, 10 * KM)
        units = VectorTable(
            "units",
            {"selected": [1] * 4, "country": [""] * 4},
            np.array(cells, dtype=object),
            crs,
        )
        ranges = VectorTable(
            "ranges",
            {"binomial": ["Sp"], "seasonal": [1]},
            np.array([shapely.union_all(cells)], dtype=object),
            crs,
        )
        inputs = read_tfca_inputs(units, ranges, countries_table=world, iso3_field="ISO_A3")
        assert inputs.country_source == SOURCE_BORDERS
        held = np.asarray(inputs.units.country_shares.sum(axis=0)).ravel()
        present = {c for c, a in zip(inputs.units.country_codes, held) if a > 1.0}
        assert present == pair, (present, inputs.units.country_codes)
        assert held.sum() == pytest.approx(1600.0, rel=0.02)


# -- 5. prepareranges' species field; 6. protected areas that miss the study area ---------


@pytest.mark.parametrize("given", [None, "", "species"])
def test_tfcacandidates_reads_prepareranges_species_field_by_default(run, tmp_path, given):
    """Left empty (the default), the field prepareranges writes is found."""
    cells = [
        shapely.box(X0 - 10 * KM, Y0, X0, Y0 + 10 * KM),
        shapely.box(X0, Y0, X0 + 10 * KM, Y0 + 10 * KM),
    ]
    units = write_gpkg(
        tmp_path / "units.gpkg",
        "units",
        LAEA,
        {"selected": [1, 1], "country": ["ESP", "PRT"], "country_shares": ["ESP:100", "PRT:100"]},
        cells,
    )
    params = {
        "UNITS": units,
        "FEATURES": _ranges(tmp_path, shapely.union_all(cells)),
        "COUNTRIES": _borders(tmp_path),
        "OUTPUT": str(tmp_path / "tfca.gpkg"),
    }
    if given is not None:
        params["SPECIES_FIELD"] = given
    result, _ = run("tfcacandidates", params)
    (candidate,) = features(result["OUTPUT"])
    assert candidate["species"] == "Galemys pyrenaicus"
    assert areas(candidate["area_by_country"]) == {"ESP": 100.0, "PRT": 100.0}


def test_planningunits_says_when_the_protected_areas_miss_the_study_area(run, tmp_path):
    area = write_gpkg(
        tmp_path / "area.gpkg",
        "area",
        LAEA,
        {"name": ["a"]},
        [shapely.box(X0, Y0, X0 + 30 * KM, Y0 + 30 * KM)],
    )
    far = write_gpkg(
        tmp_path / "far_protected.gpkg",
        "far_protected",
        LAEA,
        {"name": ["x", "y"]},
        [shapely.box(X0 + 900 * KM, Y0, X0 + 910 * KM, Y0 + 10 * KM)] * 2,
    )
    result, feedback = run(
        "planningunits",
        {
            "STUDY_AREA": area,
            "BORDERS": _borders(tmp_path),
            "GRID_TYPE": 1,
            "CELL_AREA": 100.0,
            "TARGET_CRS": LAEA,
            "PROTECTED": far,
            "OUTPUT": str(tmp_path / "units.gpkg"),
        },
    )
    assert result["UNIT_COUNT"] == 9
    assert all(u["locked_in"] == 0 for u in features(result["OUTPUT"]))
    (warning,) = feedback.warnings
    assert "far_protected" in warning and "2 feature(s)" in warning and "CRS" in warning
    (summary,) = [line for line in feedback.infos if "planning units," in line]
    assert "0 locked in" in summary and "far_protected" in summary, summary
