"""Species ranges: schemas, Red List code filters, repair, dissolve; small fixtures and the
IUCN-schema files in ../shared/data (read with GDAL's ogr, as the command line would)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely import box

from cms_connectivity_plugin.core.crs import transform
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.ranges import (
    Features,
    FieldMapping,
    areas_km2,
    detect_schema,
    dissolve_features,
    equal_area_crs,
    is_equal_area,
    parse_codes,
    prepare_ranges,
    species_outside,
    species_outside_warning,
)
from cms_connectivity_plugin.core.vector import VectorTable

ogr = pytest.importorskip("osgeo.ogr")
osr = pytest.importorskip("osgeo.osr")
ogr.UseExceptions()

WGS84 = "EPSG:4326"
STORK = "Ciconia ciconia"
CRANE = "Grus grus"


# --------------------------------------------------------------------------- helpers


def table(columns: dict, geoms: list, name: str = "ranges", crs: str | None = WGS84, fids=None):
    return VectorTable(
        name,
        {k: list(v) for k, v in columns.items()},
        np.array(geoms, dtype=object),
        crs,
        None if fids is None else np.asarray(fids),
    )


def ogr_table(path: str | Path, name: str | None = None) -> VectorTable:
    """A VectorTable from any OGR-readable file (``/vsizip/`` works), feature ids kept."""
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    columns: dict[str, list] = {n: [] for n in names}
    wkbs, fids = [], []
    for feature in layer:
        for n in names:
            columns[n].append(feature.GetField(n))
        geom = feature.GetGeometryRef()
        wkbs.append(None if geom is None else bytes(geom.ExportToWkb()))
        fids.append(feature.GetFID())
    srs = layer.GetSpatialRef()
    crs = None
    if srs is not None:
        srs.AutoIdentifyEPSG()
        code = srs.GetAuthorityCode(None)
        crs = f"EPSG:{code}" if code else srs.ExportToWkt()
    return VectorTable(
        name or layer.GetName(),
        columns,
        shapely.from_wkb(np.array(wkbs, dtype=object)),
        crs,
        np.array(fids, dtype=np.int64),
    )


def write_shapefile(path: Path, columns: dict[str, list], geoms: list, epsg: int = 4326) -> None:
    """A UTF-8 shapefile (string and integer fields) written with ogr."""
    driver = ogr.GetDriverByName("ESRI Shapefile")
    source = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = source.CreateLayer(path.stem, srs, ogr.wkbPolygon, options=["ENCODING=UTF-8"])
    for key, values in columns.items():
        kind = ogr.OFTInteger if isinstance(values[0], int) else ogr.OFTString
        layer.CreateField(ogr.FieldDefn(key, kind))
    for row, geom in enumerate(geoms):
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, values in columns.items():
            feature.SetField(key, values[row])
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
        layer.CreateFeature(feature)
    source = None  # flush


def message(excinfo) -> str:
    text = str(excinfo.value)
    assert "\n" not in text, "messages are one line"
    return text


# Three ranges of a migratory species and a resident one, in the IUCN schema.
BREED, WINTER, RESIDENT = box(0, 50, 4, 54), box(0, 40, 4, 44), box(1, 46, 3, 48)


def iucn_columns(species=(STORK, STORK, STORK, CRANE), seasonal=(2, 3, 1, 1)) -> dict:
    n = len(species)
    return {
        "binomial": list(species),
        "presence": [1] * n,
        "origin": [1] * n,
        "seasonal": list(seasonal),
    }


def iucn_table(**kwargs) -> VectorTable:
    return table(iucn_columns(), [BREED, WINTER, RESIDENT, box(10, 40, 12, 42)], **kwargs)


# --------------------------------------------------------------------------- schemas


def test_schemas_are_detected_from_field_names_in_any_case():
    iucn = detect_schema(iucn_table())
    assert iucn.name == "IUCN"
    assert iucn.mapping == FieldMapping("binomial", "presence", "origin", "seasonal")
    upper = table({"SCINAME": [STORK], "PRESENCE": [1], "ORIGIN": [1], "SEASONAL": [2]}, [BREED])
    assert detect_schema(upper) == detect_schema(upper)
    assert detect_schema(upper).name == "BirdLife"
    assert detect_schema(upper).mapping.species == "SCINAME"
    botw = table({"SCI_NAME": [STORK], "PRESENCE": [1], "ORIGIN": [1], "SEASONAL": [2]}, [BREED])
    assert detect_schema(botw).name == "BirdLife"
    mixed = table({"sci_name": [STORK], "Presence": [1], "origin": [1], "SEASONAL": [2]}, [BREED])
    assert detect_schema(mixed).name == "IUCN"
    assert detect_schema(mixed).mapping.presence == "Presence"
    natureserve = table({"SCI_NAME": [STORK], "ORIGIN": [2]}, [BREED])
    assert detect_schema(natureserve).name == "NatureServe"
    ebird = table({"scientific_name": [STORK], "season": ["breeding"]}, [BREED])
    assert detect_schema(ebird).name == "eBird"
    assert detect_schema(ebird).mapping == FieldMapping("scientific_name", None, None, "season")


def test_an_unrecognised_layer_lists_the_fields_found_and_wanted():
    odd = table({"taxon": [STORK], "when": ["summer"]}, [BREED], name="my ranges")
    with pytest.raises(InputError) as excinfo:
        detect_schema(odd)
    text = message(excinfo)
    assert "'my ranges'" in text and "taxon, when" in text
    assert "binomial|sci_name, presence, origin, seasonal" in text
    assert "scientific_name, season" in text and "field mapping" in text


def test_an_explicit_mapping_must_name_existing_fields():
    odd = table({"taxon": [STORK], "when": ["summer"]}, [BREED], name="my ranges")
    match = detect_schema(odd, FieldMapping(species="TAXON", seasonal="When"))
    assert match.name == "mapping" and match.mapping == FieldMapping("taxon", None, None, "when")
    with pytest.raises(InputError) as excinfo:
        detect_schema(odd, FieldMapping(species="taxon", presence="pres", seasonal="season"))
    text = message(excinfo)
    assert "presence = 'pres'" in text and "seasonal = 'season'" in text
    assert "taxon, when" in text and "correct the field mapping" in text
    with pytest.raises(InputError, match="names no species field"):
        detect_schema(odd, FieldMapping(species="", seasonal="when"))


def test_filter_codes_parse_and_are_checked():
    assert parse_codes("1,2", "presence", range(1, 7)) == (1, 2)
    assert parse_codes(" 1-4 ", "seasonal", range(1, 6)) == (1, 2, 3, 4)
    assert parse_codes("2 1;6", "origin", range(1, 7)) == (1, 2, 6)
    assert parse_codes((2, 1), "origin", range(1, 7)) == (1, 2)
    with pytest.raises(InputError) as excinfo:
        parse_codes("1,9", "presence", range(1, 7))
    assert "code(s) 9" in message(excinfo) and "1-6" in str(excinfo.value)
    with pytest.raises(InputError, match="is not a list of codes"):
        parse_codes("extant", "presence", range(1, 7))
    with pytest.raises(InputError, match="filter is empty"):
        parse_codes(" ", "seasonal", range(1, 6))
    with pytest.raises(InputError, match="seasonal filter has code"):
        prepare_ranges([iucn_table()], seasonal="1,7")


# --------------------------------------------------------------------------- preparing


def test_resident_ranges_count_in_every_season_and_each_pair_is_one_feature():
    prepared = prepare_ranges([iucn_table()])
    f = prepared.features
    assert list(zip(f.species, f.season)) == [(STORK, 2), (STORK, 3), (CRANE, 1)]
    assert f.names == [f"{STORK} (breeding)", f"{STORK} (non-breeding)", f"{CRANE} (resident)"]
    assert shapely.equals(f.geometry[0], shapely.union(BREED, RESIDENT))
    assert shapely.equals(f.geometry[1], shapely.union(WINTER, RESIDENT))
    assert set(shapely.get_type_id(f.geometry)) == {6}  # MultiPolygon throughout
    r = prepared.report
    assert (r.input_features, r.kept, r.species, r.features, r.repaired) == (4, 4, 2, 3, 0)
    assert r.layers == (("ranges", "IUCN"),) and r.crs == WGS84 and r.warnings == ()
    columns = prepared.columns()
    assert list(columns) == ["species", "season", "seasonal", "area_km2"]
    assert list(columns["season"]) == ["breeding", "non-breeding", "resident"]
    # 2 x 2 degrees at 40-42 N: about 222 km x 2 * 84 km.
    assert 35_000 < columns["area_km2"][2] < 39_000


def test_several_files_or_one_layer_give_the_same_features():
    one = prepare_ranges([iucn_table()])
    cols = iucn_columns()
    geoms = [BREED, WINTER, RESIDENT, box(10, 40, 12, 42)]
    stork = table({k: v[:3] for k, v in cols.items()}, geoms[:3], name="stork.shp")
    crane = table({k: v[3:] for k, v in cols.items()}, geoms[3:], name="crane.shp")
    many = prepare_ranges([crane, stork])
    assert list(many.features.names) == list(one.features.names)
    assert all(shapely.equals(many.features.geometry, one.features.geometry))
    assert many.report.layers == (("crane.shp", "IUCN"), ("stork.shp", "IUCN"))


def test_birdlife_upper_case_reads_like_iucn():
    cols = {
        "SCINAME": [STORK, STORK, STORK, CRANE],
        "PRESENCE": [1, 2, 1, 1],
        "ORIGIN": [1, 1, 2, 1],
        "SEASONAL": [2, 3, 1, 1],
    }
    birdlife = table(cols, [BREED, WINTER, RESIDENT, box(10, 40, 12, 42)], name="BOTW")
    prepared = prepare_ranges([birdlife])
    assert prepared.report.layers == (("BOTW", "BirdLife"),)
    assert prepared.features.names == prepare_ranges([iucn_table()]).features.names


def test_natureserve_origin_carries_the_season():
    cols = {"SCI_NAME": [STORK] * 4 + [CRANE], "ORIGIN": [1, 2, 3, 4, 1]}
    geoms = [RESIDENT, BREED, WINTER, box(0, 45, 4, 49), box(10, 40, 12, 42)]
    prepared = prepare_ranges([table(cols, geoms, name="NatureServe maps")])
    f = prepared.features
    assert list(zip(f.species, f.season)) == [(STORK, 2), (STORK, 3), (STORK, 4), (CRANE, 1)]
    assert shapely.equals(f.geometry[0], shapely.union(BREED, RESIDENT))
    # An ORIGIN code outside 1-4 is unknown here: dropped with a warning naming it.
    cols["ORIGIN"][3] = 7
    prepared = prepare_ranges(
        [table(cols, geoms, name="NatureServe maps", fids=[10, 11, 12, 13, 14])]
    )
    (warning,) = prepared.report.warnings
    assert "'ORIGIN'" in warning and "feature ids 13" in warning and "7" in warning
    assert "NatureServe ORIGIN codes 1-4" in warning
    assert prepared.report.dropped_unknown == 1 and len(prepared.features) == 3


def test_ebird_seasons_map_to_iucn_codes_and_both_migrations_are_passage():
    seasons = ["breeding", "nonbreeding", "prebreeding_migration", "postbreeding_migration"]
    geoms = [BREED, WINTER, box(0, 45, 2, 49), box(2, 45, 4, 49)]
    ebird = table({"scientific_name": [STORK] * 4, "season": seasons}, geoms, name="eBird S&T")
    prepared = prepare_ranges([ebird])
    f = prepared.features
    assert list(f.season) == [2, 3, 4]
    assert shapely.equals(f.geometry[2], box(0, 45, 4, 49))  # both migrations, dissolved
    assert prepared.report.layers == (("eBird S&T", "eBird"),)


def test_an_explicit_mapping_accepts_season_words_and_defaults_to_extant_native():
    cols = {"Taxon": [STORK, STORK, CRANE], "Saison": ["Breeding", "non-breeding", None]}
    layer = table(cols, [BREED, WINTER, box(10, 40, 12, 42)], name="drawn")
    prepared = prepare_ranges([layer], mapping=FieldMapping("taxon", seasonal="saison"))
    assert list(zip(prepared.features.species, prepared.features.season)) == [
        (STORK, 2),
        (STORK, 3),
    ]
    (warning,) = prepared.report.warnings
    assert "'Saison'" in warning and "NULL" in warning and "feature ids 3" in warning
    # Without a seasonal field, every range is resident.
    flat = prepare_ranges([layer], mapping=FieldMapping("Taxon"))
    assert list(flat.features.season) == [1, 1]


def test_unknown_codes_are_dropped_with_a_warning_naming_field_and_ids():
    cols = iucn_columns(species=(STORK, STORK, STORK, CRANE, CRANE), seasonal=(2, 3, 1, 1, 1))
    cols["presence"] = [1, 9, 1, None, 1]
    geoms = [BREED, WINTER, RESIDENT, box(10, 40, 12, 42), box(12, 40, 13, 41)]
    prepared = prepare_ranges([table(cols, geoms, name="Рангі", fids=[101, 102, 103, 104, 105])])
    r = prepared.report
    assert r.dropped_unknown == 2 and r.kept == 3
    (warning,) = r.warnings
    assert warning.startswith("Layer 'Рангі': 2 feature(s)")
    assert "'presence'" in warning and "9" in warning and "NULL" in warning
    assert "feature ids 102, 104" in warning and "IUCN presence codes 1-6" in warning
    assert list(zip(prepared.features.species, prepared.features.season)) == [
        (STORK, 2),
        (CRANE, 1),
    ]


def test_a_field_with_only_unknown_codes_is_an_error():
    cols = iucn_columns()
    cols["seasonal"] = ["summer", "winter", None, "x"]
    with pytest.raises(InputError) as excinfo:
        prepare_ranges([table(cols, [BREED, WINTER, RESIDENT, BREED], name="bad codes")])
    text = message(excinfo)
    assert "Every feature of layer 'bad codes'" in text and "'seasonal'" in text
    assert "'summer'" in text and "IUCN seasonal codes 1-5" in text


def test_all_filtered_out_names_the_filter_and_how_to_relax_it():
    cols = iucn_columns()
    cols["presence"] = [3, 3, 4, 3]
    layer = table(cols, [BREED, WINTER, RESIDENT, BREED])
    with pytest.raises(InputError) as excinfo:
        prepare_ranges([layer])
    text = message(excinfo)
    assert "removed by the presence filter" in text
    assert "keeps 1,2" in text and "have 3,4" in text and "'1,2,3,4'" in text
    cols["presence"] = [1, 1, 1, 1]
    cols["origin"] = [3, 3, 1, 1]
    cols["seasonal"] = [2, 3, 5, 5]
    with pytest.raises(InputError) as excinfo:
        prepare_ranges([table(cols, [BREED, WINTER, RESIDENT, BREED])])
    text = message(excinfo)
    assert "removed by the seasonal filter" in text and "'1,2,3,4,5'" in text
    relaxed = prepare_ranges([table(cols, [BREED, WINTER, RESIDENT, BREED])], seasonal="1-5")
    assert list(relaxed.features.season) == [5, 5]


def test_assisted_colonisation_is_kept_only_when_asked():
    cols = iucn_columns()
    cols["origin"] = [1, 6, 1, 1]
    layer = table(cols, [BREED, WINTER, RESIDENT, BREED])
    assert prepare_ranges([layer]).report.dropped_origin == 1
    assert prepare_ranges([layer], origin="1,2,6").report.dropped_origin == 0


def test_layer_checks_no_crs_empty_wrong_geometry():
    with pytest.raises(InputError) as excinfo:
        prepare_ranges([iucn_table(name="no crs", crs=None)])
    assert "'no crs' has no coordinate reference system" in message(excinfo)
    empty = table({k: [] for k in iucn_columns()}, [], name="empty")
    with pytest.raises(InputError) as excinfo:
        prepare_ranges([iucn_table(), empty])
    assert "'empty' has no features" in message(excinfo)
    points = table(iucn_columns(), [shapely.Point(0, 0)] * 4, name="sightings")
    with pytest.raises(InputError) as excinfo:
        prepare_ranges([points])
    text = message(excinfo)
    assert "'sightings' has Point geometry (feature 1)" in text and "polygons" in text
    with pytest.raises(InputError, match="No range layer"):
        prepare_ranges([])


def test_invalid_geometries_are_repaired_and_non_polygon_parts_dropped():
    bowtie = shapely.Polygon([(0, 40), (2, 42), (2, 40), (0, 42)])
    spike = shapely.Polygon([(4, 40), (5, 40), (5, 41), (5, 43), (5, 41), (4, 41)])
    cols = iucn_columns(species=(STORK, CRANE, CRANE), seasonal=(1, 1, 1))
    layer = table(cols, [bowtie, spike, None], fids=[7, 8, 9])
    before = shapely.to_wkb(layer.geometry)
    prepared = prepare_ranges([layer])
    assert prepared.report.repaired == 2
    assert prepared.report.dropped_empty == 1
    assert any("without geometry (feature ids 9)" in w for w in prepared.report.warnings)
    geoms = prepared.features.geometry
    assert shapely.is_valid(geoms).all() and set(shapely.get_type_id(geoms)) == {6}
    assert shapely.area(geoms[0]) == pytest.approx(2.0)  # the bowtie: two triangles
    assert shapely.area(geoms[1]) == pytest.approx(1.0)  # the square; its spike is gone
    assert shapely.get_num_geometries(geoms[0]) == 2
    assert list(shapely.to_wkb(layer.geometry)) == list(before)  # input untouched
    assert not shapely.is_valid(layer.geometry[0])


def test_reprojection_to_a_target_crs_keeps_areas():
    prepared = prepare_ranges([iucn_table()], crs="EPSG:3035")
    assert prepared.crs == "EPSG:3035"
    assert shapely.total_bounds(prepared.features.geometry)[0] > 1e6  # metres
    native = prepare_ranges([iucn_table()]).columns()["area_km2"]
    np.testing.assert_allclose(prepared.columns()["area_km2"], native, rtol=1e-3)
    # Mixed inputs go to the first layer's CRS unless told otherwise.
    crane = table(iucn_columns(species=(CRANE,), seasonal=(1,)), [box(10, 40, 12, 42)])
    crane_laea = VectorTable(
        "crane 3035", crane.columns, transform(crane.geometry, WGS84, "EPSG:3035"), "EPSG:3035"
    )
    stork = table(iucn_columns(species=(STORK,) * 3, seasonal=(2, 3, 1)), [BREED, WINTER, RESIDENT])
    mixed = prepare_ranges([stork, crane_laea])
    assert mixed.crs == WGS84
    back = mixed.features.geometry[-1]
    assert mixed.features.species[-1] == CRANE
    assert shapely.hausdorff_distance(back, box(10, 40, 12, 42)) < 1e-6


def test_equal_area_measuring():
    assert is_equal_area("EPSG:3035") and is_equal_area("ESRI:54009")
    assert not is_equal_area(WGS84) and not is_equal_area("EPSG:25832")
    geoms = np.array([box(0, 0, 1, 1)], dtype=object)
    assert equal_area_crs(geoms, "EPSG:3035") == "EPSG:3035"
    assert "+proj=laea +lat_0=0.5000 +lon_0=0.5000" in equal_area_crs(geoms, WGS84)
    # One degree square at the equator: 111.32 km x 110.57 km.
    assert areas_km2(geoms, WGS84)[0] == pytest.approx(12_308, rel=2e-3)


def test_non_ascii_species_names_survive():
    names = ("Ciconia ciconia — лелека білий", "Grus grus (grue cendrée)")
    cols = iucn_columns(species=(names[0], names[0], names[0], names[1]))
    prepared = prepare_ranges([table(cols, [BREED, WINTER, RESIDENT, BREED], name="Ареали")])
    assert set(prepared.features.species) == set(names)
    assert f"{names[1]} (resident)" in prepared.features.names


def test_a_non_ascii_path_just_works(tmp_path):
    folder = tmp_path / "données ареали"
    folder.mkdir()
    path = folder / "espèces_види.shp"
    cols = iucn_columns(species=("Anser anser — гуска сіра",) * 3 + (CRANE,))
    write_shapefile(path, cols, [BREED, WINTER, RESIDENT, box(10, 40, 12, 42)])
    layer = ogr_table(path)
    assert layer.name == "espèces_види" and layer.crs == WGS84
    prepared = prepare_ranges([layer])
    assert "Anser anser — гуска сіра (breeding)" in prepared.features.names
    assert prepared.report.layers == (("espèces_види", "IUCN"),)


def test_species_outside_the_study_area_are_listed_and_warned_about():
    prepared = prepare_ranges([iucn_table()])
    study = box(-1, 49, 5, 55)  # the stork's breeding range only
    assert species_outside(prepared.features, study) == [CRANE]
    touching = box(12, 40, 14, 42)  # shares only an edge with the crane's range
    assert species_outside(prepared.features, [touching, study]) == [CRANE]
    assert species_outside(prepared.features, box(-10, 30, 20, 60)) == []
    warning = species_outside_warning([CRANE, "Лелека чорний"])
    assert warning.startswith("2 species have no range inside the study area")
    assert "Grus grus, Лелека чорний" in warning and "\n" not in warning
    assert species_outside_warning([]) is None


def test_dissolve_features_still_behaves_as_the_pipeline_expects():
    f = dissolve_features(
        np.array(["b", "a", "a"], dtype=object), np.array([1, 2, 1]), [BREED, WINTER, RESIDENT]
    )
    assert isinstance(f, Features)
    assert list(zip(f.species, f.season)) == [("a", 2), ("b", 1)]
    assert shapely.equals(f.geometry[0], shapely.union(WINTER, RESIDENT))


# --------------------------------------------------------------------------- real files


def _zip(shared_data: Path, name: str) -> str:
    path = shared_data / "iucn_schema_ranges" / f"{name}.zip"
    if not path.exists():
        pytest.skip(f"{path} is not present")
    return f"/vsizip/{path}"


def test_example_species_are_four_resident_amphibians(shared_data):
    layer = ogr_table(_zip(shared_data, "EXAMPLE_SPECIES"))
    prepared = prepare_ranges([layer])
    r = prepared.report
    assert r.layers == (("EXAMPLE_SPECIES", "IUCN"),)
    assert (r.input_features, r.kept, r.species, r.features) == (4, 4, 4, 4)
    assert list(prepared.features.season) == [1, 1, 1, 1]
    assert "Chioglossa lusitanica" in set(prepared.features.species)
    areas = prepared.columns()["area_km2"]
    assert (areas > 10_000).all() and (areas < 600_000).all()  # Iberian ranges


def test_simulated_species_default_filters_drop_exactly_the_edge_codes(shared_data):
    layer = ogr_table(_zip(shared_data, "SIMULATED_SPECIES"))
    presence = np.array(layer.columns["presence"], dtype=float)
    origin = np.array(layer.columns["origin"], dtype=float)
    seasonal = np.array(layer.columns["seasonal"], dtype=float)
    species = np.array(layer.columns["binomial"], dtype=object)
    dropped = (presence > 2) | (origin > 2)
    assert not ((seasonal == 5) & ~dropped).any()  # season 5 rows are dropped anyway

    prepared = prepare_ranges([layer])
    r = prepared.report
    assert r.input_features == len(layer) == 34
    assert r.kept == int((~dropped).sum())
    assert r.dropped_presence == int((presence > 2).sum())
    assert r.dropped_origin == int(((presence <= 2) & (origin > 2)).sum())
    assert r.dropped_seasonal == 0 and r.dropped_unknown == 0 and r.warnings == ()
    # Each (species, season) feature is the union of the kept rows (plus resident rows).
    kept = ~dropped
    for k, (name, season) in enumerate(zip(prepared.features.species, prepared.features.season)):
        rows = kept & (species == name) & ((seasonal == season) | (seasonal == 1))
        expected = shapely.union_all(layer.geometry[rows])
        assert shapely.area(prepared.features.geometry[k]) == pytest.approx(
            shapely.area(expected), rel=1e-9
        )
    assert set(prepared.features.species) == set(species[kept])

    relaxed = prepare_ranges([layer], presence="1-6", origin="1-6", seasonal="1-5")
    assert relaxed.report.kept == 34
    assert relaxed.report.dropped_presence == relaxed.report.dropped_origin == 0
    assert len(relaxed.features) > len(prepared.features)
    assert 5 in set(relaxed.features.season)
    assert set(relaxed.features.species) == set(species)
