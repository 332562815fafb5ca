"""eBird Status & Trends range packages: the range layer only (never the prediction area),
the four eBird seasons in IUCN codes, and the two migrations merged into one passage feature,
each said in the report. A synthetic package is written with GDAL's ogr (the venv's own), in
the layout of ebirdst's ``<species_code>_range_smooth_27km_<year>.gpkg``."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely import MultiPolygon, box

from cms_connectivity_plugin.core import i18n
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.ranges import (
    EBIRD_SEASONS,
    is_prediction_area_layer,
    prepare_ranges,
    read_range_layers,
)
from cms_connectivity_plugin.core.vector import VectorTable

ogr = pytest.importorskip("osgeo.ogr")
osr = pytest.importorskip("osgeo.osr")
ogr.UseExceptions()

REDSTART = ("amered", "Setophaga ruticilla", "American Redstart")
YEAR = 2022


def _box(*bounds: float) -> shapely.Polygon:
    """A lon/lat box densified every 0.05 degree, so its area hardly depends on the method."""
    return shapely.segmentize(box(*bounds), 0.05)


#: The range layer: season -> (geometry, start date, end date). Both migrations overlap
#: over 4 degrees of longitude, so the merged passage range is smaller than their sum.
RANGE = {
    "breeding": (_box(-80.0, 40.0, -76.94, 44.0), "05-31", "07-26"),
    "nonbreeding": (
        MultiPolygon([_box(-90.0, 10.0, -83.0, 18.0), _box(-80.0, 20.0, -75.0, 22.0)]),
        "11-15",
        "03-08",
    ),
    "prebreeding_migration": (_box(-88.0, 25.0, -80.0, 35.0), "03-15", "05-24"),
    "postbreeding_migration": (_box(-84.0, 25.0, -76.0, 35.0), "08-02", "11-08"),
}
#: The prediction-area layer: larger than the range in every season (the model's extent).
#: Breeding 112,615 km2 of range in 151,526 km2 of prediction area, as in the report that
#: found the bug (112,657 and 151,644 km2).
PREDICTION_AREA = {
    "breeding": _box(-80.3, 39.75, -76.64, 44.25),
    "nonbreeding": _box(-92.0, 8.0, -73.0, 24.0),
    "prebreeding_migration": _box(-90.0, 23.0, -78.0, 37.0),
    "postbreeding_migration": _box(-86.0, 23.0, -74.0, 37.0),
}


def geodesic_km2(geom) -> float:
    """Area on the WGS84 ellipsoid (pyproj's geodesic), independent of the plugin's method.

    pyproj is imported here, after ``core.crs`` has pointed it at PROJ's data.
    """
    from pyproj import Geod

    return abs(Geod(ellps="WGS84").geometry_area_perimeter(geom)[0]) / 1e6


def _date(month_day: str) -> tuple[int, int, int]:
    month, day = (int(x) for x in month_day.split("-"))
    return YEAR, month, day


def write_ebird_package(
    folder: Path,
    species: tuple[str, str, str] = REDSTART,
    order: tuple[str, ...] = ("prediction_area", "range"),
) -> Path:
    """An eBird range GeoPackage: layers ``range`` and ``prediction_area`` (in ``order``),
    one MultiPolygon per season, the ebirdst fields, EPSG:4326."""
    code, scientific, common = species
    path = folder / f"{code}_range_smooth_27km_{YEAR}.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    for name in order:
        layer = source.CreateLayer(name, srs, ogr.wkbMultiPolygon)
        for field, kind in (
            ("species_code", ogr.OFTString),
            ("scientific_name", ogr.OFTString),
            ("common_name", ogr.OFTString),
            ("prediction_year", ogr.OFTInteger),
            ("type", ogr.OFTString),
            ("season", ogr.OFTString),
            ("start_date", ogr.OFTDate),
            ("end_date", ogr.OFTDate),
        ):
            layer.CreateField(ogr.FieldDefn(field, kind))
        for season, (geom, start, end) in RANGE.items():
            if name == "prediction_area":
                geom = PREDICTION_AREA[season]
            feature = ogr.Feature(layer.GetLayerDefn())
            for field, value in (
                ("species_code", code),
                ("scientific_name", scientific),
                ("common_name", common),
                ("prediction_year", YEAR),
                ("type", name),
                ("season", season),
            ):
                feature.SetField(field, value)
            feature.SetField("start_date", *_date(start), 0, 0, 0, 0)
            feature.SetField("end_date", *_date(end), 0, 0, 0, 0)
            multi = geom if geom.geom_type == "MultiPolygon" else MultiPolygon([geom])
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(multi)))
            layer.CreateFeature(feature)
    source = None  # flush
    return path


def expected_areas() -> dict[str, float]:
    """Seasonal areas (km2) of the range layer alone, passage = both migrations dissolved."""
    geoms = {season: geom for season, (geom, _, _) in RANGE.items()}
    passage = shapely.union(geoms["prebreeding_migration"], geoms["postbreeding_migration"])
    return {
        "breeding": geodesic_km2(geoms["breeding"]),
        "non-breeding": geodesic_km2(geoms["nonbreeding"]),
        "passage": geodesic_km2(passage),
        "prebreeding_migration": geodesic_km2(geoms["prebreeding_migration"]),
        "postbreeding_migration": geodesic_km2(geoms["postbreeding_migration"]),
    }


def season_areas(prepared) -> dict[tuple[str, str], float]:
    columns = prepared.columns()
    return {
        (species, season): float(area)
        for species, season, area in zip(columns["species"], columns["season"], columns["area_km2"])
    }


def km2(value: float) -> str:
    return f"{value:,.0f} km2"


@pytest.fixture
def package(tmp_path) -> Path:
    return write_ebird_package(tmp_path)


# --------------------------------------------------------------------------- layers


def test_a_whole_ebird_geopackage_is_read_from_its_range_layer_only(package):
    before = hashlib.sha256(package.read_bytes()).hexdigest()
    tables = read_range_layers(package)
    name = package.name
    assert [t.name for t in tables] == [
        f"{name}|layername=prediction_area",
        f"{name}|layername=range",
    ]
    assert tables[1].crs == "EPSG:4326" and len(tables[1]) == 4
    prepared = prepare_ranges(tables)

    expected = expected_areas()
    got = season_areas(prepared)
    species = REDSTART[1]
    assert sorted(got) == [(species, s) for s in ("breeding", "non-breeding", "passage")]
    for season in ("breeding", "non-breeding", "passage"):
        assert got[(species, season)] == pytest.approx(expected[season], rel=1e-3)
    # What the prediction area would have made of the breeding range (the reported bug).
    inflated = geodesic_km2(shapely.union(RANGE["breeding"][0], PREDICTION_AREA["breeding"]))
    assert got[(species, "breeding")] == pytest.approx(112_615, abs=1)
    assert inflated == pytest.approx(151_526, abs=1)

    report = prepared.report
    assert report.layers == ((f"{name}|layername=range", "eBird"),)
    assert report.input_features == 4 and report.kept == 4
    assert report.left_out_prediction_area == 4
    assert report.warnings == ()
    notes = " ".join(report.notes)
    assert (
        f"Layer '{name}|layername=prediction_area' is the eBird prediction area" in notes
        and "its 4 feature(s) were left out" in notes
    )
    assert f"Ranges were read from '{name}|layername=range' only." in notes
    assert "species from 'scientific_name'" in notes
    lines = report.lines()
    assert lines[0] == f"Range layers: {name}|layername=range (eBird)."
    assert lines[-1] == "1 species, 3 species-season features."
    assert hashlib.sha256(package.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("order", [("range", "prediction_area"), ("prediction_area", "range")])
def test_both_layers_given_in_either_order_give_the_same_ranges(tmp_path, order):
    tables = read_range_layers(write_ebird_package(tmp_path, order=order))
    forward, backward = prepare_ranges(tables), prepare_ranges(tables[::-1])
    assert season_areas(forward) == season_areas(backward)
    assert len(forward.features) == 3 and forward.report.left_out_prediction_area == 4
    # The range layer's CRS is the default target, whichever layer comes first.
    assert backward.crs == forward.crs == "EPSG:4326"


def test_features_typed_prediction_area_are_left_out_of_a_merged_layer(package):
    """A layer made with 'Merge vector layers' holds both: the type field tells them apart."""
    prediction, ranges = read_range_layers(package)
    columns = {
        key: list(prediction.columns[key]) + list(ranges.columns[key]) for key in ranges.columns
    }
    merged = VectorTable(
        "merged eBird",
        columns,
        np.concatenate([prediction.geometry, ranges.geometry]),
        "EPSG:4326",
        np.arange(1, 9),
    )
    prepared = prepare_ranges([merged])
    assert season_areas(prepared) == pytest.approx(season_areas(prepare_ranges([ranges])))
    assert prepared.report.left_out_prediction_area == 4
    assert prepared.report.input_features == 4
    (left_out, only, *_) = prepared.report.notes
    assert left_out == (
        "Layer 'merged eBird': 4 feature(s) with type 'prediction_area' (where the eBird "
        "model made predictions, not the species' range) were left out."
    )
    assert only == "Ranges were read from 'merged eBird' only."


def test_a_renamed_prediction_area_is_recognised_by_its_type_field(package):
    prediction, ranges = read_range_layers(package)
    renamed = VectorTable(
        "model extent", prediction.columns, prediction.geometry, prediction.crs, prediction.ids
    )
    prepared = prepare_ranges([renamed, ranges])
    assert prepared.report.notes[0].startswith("Layer 'model extent' is the eBird prediction")
    assert len(prepared.features) == 3


def test_a_layer_named_prediction_area_is_left_out_even_without_a_type_field(package):
    prediction, ranges = read_range_layers(package)
    columns = {k: v for k, v in prediction.columns.items() if k != "type"}
    bare = VectorTable("prediction_area", columns, prediction.geometry, prediction.crs)
    prepared = prepare_ranges([bare, ranges])
    assert "Layer 'prediction_area' is the eBird prediction area" in prepared.report.notes[0]
    assert prepared.report.left_out_prediction_area == 4
    assert is_prediction_area_layer("amered_range_smooth_27km_2022 — prediction_area")
    assert is_prediction_area_layer("x.gpkg|layername=prediction_area")
    assert not is_prediction_area_layer("range")
    assert not is_prediction_area_layer("prediction_area_notes")


def test_the_prediction_area_alone_fails_naming_the_layer_and_the_fix(package):
    prediction, _ = read_range_layers(package)
    with pytest.raises(InputError) as excinfo:
        prepare_ranges([prediction])
    text = str(excinfo.value)
    assert "\n" not in text
    assert (
        f"Only eBird prediction areas were given ('{package.name}|layername=prediction_area')"
        in text
    )
    assert "Choose the 'range' layer of the same eBird GeoPackage." in text


def test_an_unreadable_file_is_named_with_the_fix(tmp_path):
    bad = tmp_path / "amered_range.gpkg"
    bad.write_text("not a GeoPackage", encoding="utf-8")
    with pytest.raises(InputError, match="'.*amered_range.gpkg' could not be read as vector"):
        read_range_layers(bad)


# --------------------------------------------------------------------------- seasons


def test_migrations_merge_into_one_passage_feature_per_species_with_their_areas(package):
    """Two migrants and a resident: IUCN codes 2, 3, 4 and 1; one passage note per migrant."""
    _, ranges = read_range_layers(package)
    second = "Setophaga petechia"
    shifted = shapely.transform(ranges.geometry, lambda xy: xy + [30.0, 0.0])  # noqa: RUF005
    other = {k: list(v) for k, v in ranges.columns.items()}
    other["scientific_name"] = [second] * 4
    resident = {k: [v[0]] for k, v in ranges.columns.items()}
    resident.update(scientific_name=["Cardinalis cardinalis"], season=["resident"])
    tables = [
        ranges,
        VectorTable("yelwar range", other, shifted, "EPSG:4326"),
        VectorTable("norcar range", resident, ranges.geometry[:1], "EPSG:4326"),
    ]
    prepared = prepare_ranges(tables)
    f = prepared.features
    assert list(zip(f.species, f.season)) == [
        ("Cardinalis cardinalis", 1),
        (second, 2),
        (second, 3),
        (second, 4),
        (REDSTART[1], 2),
        (REDSTART[1], 3),
        (REDSTART[1], 4),
    ]
    expected = expected_areas()
    areas = season_areas(prepared)
    assert areas[(REDSTART[1], "passage")] == pytest.approx(expected["passage"], rel=1e-3)
    assert areas[(REDSTART[1], "passage")] < (
        expected["prebreeding_migration"] + expected["postbreeding_migration"]
    )
    merges = [n for n in prepared.report.notes if "were merged into one passage range" in n]
    assert [n.split(":")[0] for n in merges] == [second, REDSTART[1]]
    note = merges[1]
    pre, post = expected["prebreeding_migration"], expected["postbreeding_migration"]
    passage = areas[(REDSTART[1], "passage")]
    assert note.startswith(f"{REDSTART[1]}: the eBird prebreeding_migration (")
    numbers = [float(x.replace(",", "")) for x in _areas_in(note)]
    assert numbers == pytest.approx([pre, post, passage], rel=1e-3)
    assert note.endswith("as IUCN has a single passage code (4).")
    assert EBIRD_SEASONS["resident"] == 1 and EBIRD_SEASONS["breeding"] == 2


def _areas_in(note: str) -> list[str]:
    """The three "(12,345 km2)" figures of a merge note."""
    return [part.split(" km2")[0] for part in note.split("(")[1:4]]


def test_one_migration_season_alone_is_passage_without_a_merge_note(package):
    _, ranges = read_range_layers(package)
    spring = ranges.subset(
        np.array([s != "postbreeding_migration" for s in ranges.columns["season"]])
    )
    prepared = prepare_ranges([spring])
    assert list(prepared.features.season) == [2, 3, 4]
    assert not any("merged" in n for n in prepared.report.notes)


def test_the_inputs_are_not_modified(package):
    tables = read_range_layers(package)
    columns = [copy.deepcopy(t.columns) for t in tables]
    wkb = [shapely.to_wkb(t.geometry) for t in tables]
    prepare_ranges(tables, crs="EPSG:3035")
    assert [t.columns for t in tables] == columns
    assert all((shapely.to_wkb(t.geometry) == w).all() for t, w in zip(tables, wkb))


def test_every_new_message_goes_through_the_translator(package):
    seen: list[str] = []

    def translate(context: str, text: str) -> str:
        seen.append(text)
        return "[fr] " + text

    i18n.set_translator(translate)
    try:
        prepared = prepare_ranges(read_range_layers(package))
    finally:
        i18n.set_translator(None)
    assert all(note.startswith("[fr] ") for note in prepared.report.notes)
    assert len(prepared.report.notes) == 4
    assert not any(REDSTART[1] in text for text in seen)  # templates reach tr(), not results
