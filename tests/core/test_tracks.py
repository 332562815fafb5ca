"""Tracks -> stopovers and seasonal ranges: synthetic birds with known answers, then the real
White Stork autumn 2018 tracks (Movebank LifeTrack, CC0) checked against Natural Earth land."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import gzip
import sqlite3
import time
from pathlib import Path

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core import tracks as tk
from cms_connectivity_plugin.core.crs import transform
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.vector import VectorTable

ORIGIN = (10.0, 50.0)  # lon, lat of the synthetic frame's (0, 0) km
START = np.datetime64("2020-08-01T00:00:00", "s")
KM_PER_DEG = 111.32


def _lonlat(east_km: np.ndarray, north_km: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lat = ORIGIN[1] + north_km / KM_PER_DEG
    lon = ORIGIN[0] + east_km / (KM_PER_DEG * np.cos(np.radians(lat)))
    return lon, lat


def _bird(stays, start=START, seed=0, speed_kmh=12.5):
    """Hourly fixes: at each stay (east_km, north_km, hours) jittered within 2 km, flying
    between stays in straight lines at about ``speed_kmh`` (fixes more than 10 km apart)."""
    rng = np.random.default_rng(seed)
    east, north, hours = [], [], []
    clock = 0
    for k, (e, n, h) in enumerate(stays):
        if k:
            e0, n0 = stays[k - 1][:2]
            steps = int(np.ceil(np.hypot(e - e0, n - n0) / speed_kmh))
            frac = np.arange(1, steps) / steps
            east += list(e0 + (e - e0) * frac)
            north += list(n0 + (n - n0) * frac)
            hours += list(clock + np.arange(1, steps))
            clock += steps
        r = 2.0 * np.sqrt(rng.random(h + 1))
        a = rng.random(h + 1) * 2 * np.pi
        east += list(e + r * np.cos(a))
        north += list(n + r * np.sin(a))
        hours += list(clock + np.arange(h + 1))
        clock += h
    lon, lat = _lonlat(np.array(east), np.array(north))
    times = start + (np.array(hours) * 3600).astype("timedelta64[s]")
    return lon, lat, times


def _tracks(*birds: tuple[str, tuple]) -> tk.Tracks:
    """Tracks through the same path as real input (a point table in lon/lat)."""
    ids, lons, lats, times = [], [], [], []
    for name, (lon, lat, when) in birds:
        ids += [name] * len(lon)
        lons.append(lon)
        lats.append(lat)
        times.append(when)
    lon, lat = np.concatenate(lons), np.concatenate(lats)
    table = VectorTable(
        "synthetic",
        {
            "individual-local-identifier": ids,
            "timestamp": list(np.datetime_as_string(np.concatenate(times), unit="s")),
        },
        shapely.points(lon, lat),
        "EPSG:4326",
    )
    return tk.tracks_from_table(table)


# A at (0, 0) for 72 h, 300 km south to B for 30 h, 300 km on to C for 10 h, 300 km on.
ONE_BIRD = [(0, 0, 72), (0, -300, 30), (0, -600, 10), (0, -900, 0)]


# --- stopovers on synthetic birds ----------------------------------------------------------


def test_stopovers_are_exactly_a_and_b_with_their_durations():
    tracks = _tracks(("bird", _bird(ONE_BIRD)))
    found = tk.stopovers(tracks, radius_km=10, min_duration_h=24, exclude_ends=False)
    assert len(found) == 2  # C (10 h) is too short
    assert list(found.duration_h) == [72.0, 30.0]
    assert list(found.arrival - START) == [np.timedelta64(0, "s"), np.timedelta64(96 * 3600, "s")]
    assert found.lat[0] == pytest.approx(50.0, abs=0.02)
    assert found.lat[1] == pytest.approx(50.0 - 300 / KM_PER_DEG, abs=0.02)
    assert len(found.sites) == 2 and list(found.sites.n_individuals) == [1, 1]
    assert found.crs.startswith("+proj=laea")
    # Polygons: the stay's hull buffered by radius / 2 (about pi * 5^2 km2 plus the jitter).
    assert np.all((found.sites.area_km2 > 78) & (found.sites.area_km2 < 200))
    assert shapely.is_valid(found.sites.geometry).all()
    # Shorter minimum duration: C becomes a stopover too.
    assert len(tk.stopovers(tracks, min_duration_h=8, exclude_ends=False)) == 3


def test_the_nest_at_the_start_is_not_a_stopover_by_default():
    tracks = _tracks(("bird", _bird(ONE_BIRD)))
    found = tk.stopovers(tracks)
    assert list(found.duration_h) == [30.0]
    assert found.excluded == 1


def test_two_birds_sharing_b_make_one_site():
    first = _bird(ONE_BIRD, seed=1)
    # The second bird starts 100 km east of A ten days later and rests 40 h at B.
    second = _bird(
        [(100, 0, 48), (1, -299, 40), (0, -900, 0)],
        start=START + np.timedelta64(10, "D"),
        seed=2,
    )
    found = tk.stopovers(_tracks(("first", first), ("second", second)), exclude_ends=False)
    sites = found.sites
    assert len(found) == 4 and len(sites) == 3  # A, A', B
    shared = int(np.flatnonzero(sites.n_individuals == 2)[0])
    assert sites.n_visits[shared] == 2
    assert sites.total_days[shared] == pytest.approx((30 + 40) / 24, abs=1e-3)
    assert sites.first_arrival[shared] == "2020-08-05T00:00:00Z"  # first bird, hour 96
    assert sites.individuals[shared] == "first; second"
    assert set(found.site_id[found.lat < 48]) == {shared + 1}
    columns = sites.columns()
    assert set(columns) >= {
        "site_id",
        "n_individuals",
        "n_visits",
        "total_days",
        "first_arrival",
        "last_departure",
        "lon",
        "lat",
    }
    assert all(len(v) == len(sites) for v in columns.values())


def test_a_short_foray_does_not_split_a_stopover():
    # 40 h at B, a 30-km round trip of 6 h, 40 h more at B: one visit of 86 h.
    lon, lat, when = _bird([(0, 0, 40), (0, 30, 0), (0, 0, 40)], seed=3, speed_kmh=12.5)
    found = tk.stopovers(_tracks(("b", (lon, lat, when))), exclude_ends=False)
    assert len(found) == 1 and found.duration_h[0] == pytest.approx(86.0)


def test_a_geographic_crs_is_refused_for_distances():
    tracks = _tracks(("bird", _bird(ONE_BIRD)))
    with pytest.raises(InputError, match="geographic"):
        tk.stopovers(tracks, crs="EPSG:4326")
    with pytest.raises(InputError, match="greater than 0"):
        tk.stopovers(tracks, radius_km=0)


# --- seasons ---------------------------------------------------------------------------------


def test_date_windows_classify_a_palearctic_african_year():
    when = np.array(
        [
            "2018-06-15T12:00",  # breeding
            "2018-09-01T00:00",  # autumn passage
            "2018-12-25T00:00",  # non-breeding (window wraps over New Year)
            "2019-01-15T00:00",  # non-breeding
            "2019-03-20T00:00",  # spring passage
            "2019-04-30T23:59",  # last day of spring passage
            "2019-05-01T00:00",  # breeding
        ],
        dtype="datetime64[s]",
    )
    assert list(tk.classify_by_windows(when)) == [2, 4, 3, 3, 4, 4, 2]
    custom = tk.parse_windows("breeding=152-243; non-breeding=335-59")  # Jun-Aug, Dec-Feb
    assert list(tk.classify_by_windows(when, custom)) == [2, 0, 3, 3, 0, 0, 0]
    with pytest.raises(InputError, match="overlaps"):
        tk.classify_by_windows(when, {2: ((100, 200),), 4: ((150, 250),)})
    with pytest.raises(InputError, match="day-of-year"):
        tk.parse_windows("breeding=May-July")


def test_states_map_to_seasons():
    states = np.array(["Breeding grounds", "fall-migration", "wintering_grounds", "4", "zzz"])
    assert list(tk.classify_by_state(states)) == [2, 4, 3, 4, 0]
    assert tk.parse_state_seasons("zzz=non-breeding; b=2") == {"zzz": 3, "b": 2}
    with pytest.raises(InputError, match="value=season"):
        tk.parse_state_seasons("zzz=sometimes")
    # Movebank's annotation vocabulary in CamelCase (a Turkey Vulture study): it was unmapped.
    movebank = np.array(
        ["BreedingGrounds", "FallMigration", "NonBreedingGrounds", "SpringMigration"]
    )
    assert list(tk.classify_by_state(movebank)) == [2, 4, 3, 4]


def test_movement_splits_an_autumn_track_into_three_seasons():
    # 10 days at home, 2 days at a stopover, 10 days settled 900 km south.
    lon, lat, when = _bird([(0, 0, 240), (0, -450, 48), (0, -900, 240)], seed=4)
    tracks = _tracks(("bird", (lon, lat, when)))
    season = tk.classify_by_movement(tracks)
    hours = (tracks.time - START).astype(int) / 3600
    departure, arrival = 240, 240 + 36 + 48 + 36
    assert set(season[hours <= departure - 24]) == {2}
    assert set(season[(hours > departure) & (hours < arrival)]) == {4}  # stopover included
    assert set(season[hours >= arrival + 24]) == {3}
    # Flown northwards it is a spring migration: the settled start is the non-breeding end.
    spring = _tracks(("bird", (lon, 2 * ORIGIN[1] - lat, when)))
    assert tk.classify_by_movement(spring)[0] == 3
    assert tk.classify_by_movement(spring)[-1] == 2
    ranges = tk.seasonal_ranges(tracks, buffer_km=10)
    assert list(ranges.seasonal) == [2, 4, 3]
    assert list(ranges.presence) == [1, 1, 1] and list(ranges.origin) == [1, 1, 1]
    assert set(ranges.binomial) == {"Ciconia ciconia"}
    assert ranges.n_fixes.sum() == len(tracks)
    assert ranges.counts() == {
        "breeding": int((season == 2).sum()),
        "passage": int((season == 4).sum()),
        "non-breeding": int((season == 3).sum()),
    }
    # A disc of about 10 km (plus 2 km jitter) around home: 314-500 km2.
    home = shapely.area(ranges.geometry[0]) / 1e6
    assert 300 < home < 500
    assert shapely.is_valid(ranges.geometry).all()
    assert set(ranges.columns()) >= {"binomial", "presence", "origin", "seasonal"}


def test_a_bird_that_never_moves_cannot_be_classified():
    tracks = _tracks(("home", _bird([(0, 0, 200)], seed=5)))
    assert not tk.classify_by_movement(tracks).any()
    with pytest.raises(InputError, match="lower the minimum migration distance"):
        tk.seasonal_ranges(tracks)
    resident = tk.seasonal_ranges(tracks, method="resident")  # a species that stays put
    assert list(resident.seasonal) == [1] and resident.n_fixes[0] == len(tracks)
    with pytest.raises(InputError, match="movement-state field"):
        tk.seasonal_ranges(tracks, method="state")
    dates = tk.seasonal_ranges(tracks, method="dates")  # August: autumn passage
    assert list(dates.seasonal) == [4] and dates.n_individuals[0] == 1


# --- reading and validation ------------------------------------------------------------------


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


MOVEBANK = ["event-id", "timestamp", "location-long", "location-lat", "individual-local-identifier"]


def test_movebank_columns_offsets_duplicates_and_order(tmp_path):
    rows = [
        ["1", "2018-07-30 04:00:00.000", "8.1", "47.1", "Zoe"],
        ["2", "2018-07-30T03:00:00+01:00", "8.2", "47.2", "Zoe"],  # 02:00 UTC: sorts first
        ["3", "2018-07-30T02:00:00Z", "8.2", "47.2", "Zoe"],  # duplicate of row 2
        ["4", "2018-07-30 01:00:00", "", "", "Zoe"],  # no location (Movebank has such rows)
        ["5", "2018-07-29 23:00:00", "9.0", "48.0", "Adam"],
    ]
    path = _write_csv(tmp_path / "movebank.csv", MOVEBANK, rows)
    tracks = tk.read_movebank_csv(path)
    assert list(tracks.individual) == ["Adam", "Zoe", "Zoe"]
    assert list(tracks.time.astype(str)) == [
        "2018-07-29T23:00:00",
        "2018-07-30T02:00:00",
        "2018-07-30T04:00:00",
    ]
    assert list(tracks.lon) == [9.0, 8.2, 8.1]
    assert tracks.dropped == {"duplicates": 1, "no_location": 1}
    assert tracks.state is None
    # The same rows gzip-compressed, with the shared data's short column names.
    gz = tmp_path / "short.csv.gz"
    with gzip.open(gz, "wt", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["lon", "lat", "timestamp", "individual_local_identifier", "state"])
        writer.writerows([[r[2], r[3], r[1], r[4], "fall migration"] for r in rows])
    short = tk.read_movebank_csv(gz)
    assert list(short.individual) == list(tracks.individual)
    assert list(short.state) == ["fall migration"] * 3


@pytest.mark.parametrize(
    ("header", "rows", "message"),
    [
        (
            ["lon", "lat", "individual-local-identifier"],
            [["8", "47", "a"]],
            r"has no timestamp field \(looked for timestamp",
        ),
        (
            ["lon", "lat", "timestamp"],
            [["8", "47", "2018-07-30 02:00:00"]],
            "has no individual id field",
        ),
        (
            ["lon", "lat", "timestamp", "individual"],
            [["8", "47", "2018-07-30 02:00:00", "a"], ["8", "47", "30/07/2018 02:05", "a"]],
            r"timestamp '30/07/2018 02:05' in field 'timestamp' at line 3 .*YYYY-MM-DD HH:MM:SS",
        ),
        (
            ["lon", "lat", "timestamp", "individual"],
            [["8", "47", "2018-07-30 02:00:00", "a"], ["190.5", "47", "2018-07-30 03:00", "a"]],
            r"line 3 of 'bad.csv' has longitude 190.5, outside -180..180",
        ),
        (
            ["lon", "lat", "timestamp", "individual"],
            [["8", "47", "2018-07-30 02:00:00", "a"], ["8,5", "47", "2018-07-30 03:00", "a"]],
            r"'8,5' in column 'lon' at line 3 .* not a number",
        ),
        (["lon", "lat", "timestamp", "individual"], [], "has no fixes"),
    ],
)
def test_bad_files_are_named_with_the_row_and_the_fix(tmp_path, header, rows, message):
    path = _write_csv(tmp_path / "bad.csv", header, rows)
    with pytest.raises(InputError, match=message) as info:
        tk.read_movebank_csv(path)
    assert "\n" not in str(info.value)


def test_an_explicit_field_that_does_not_exist_is_named(tmp_path):
    path = _write_csv(tmp_path / "t.csv", MOVEBANK, [["1", "2018-07-30", "8", "47", "a"]])
    with pytest.raises(InputError, match="'bird' chosen for the individual id"):
        tk.read_movebank_csv(path, id_field="bird")
    assert len(tk.read_movebank_csv(path, id_field="event-id")) == 1


def test_point_tables_in_any_crs_and_their_errors():
    lon, lat = np.array([8.0, 8.5, 9.0]), np.array([47.0, 46.0, 45.0])
    mercator = transform(shapely.points(lon, lat), "EPSG:4326", "EPSG:3857")
    stamps = [
        dt.datetime(2018, 8, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2))),  # 10:00 UTC
        dt.datetime(2018, 8, 1, 9),
        None,
    ]
    table = VectorTable("fixes", {"bird": ["x", "x", "x"], "when": stamps}, mercator, "EPSG:3857")
    with pytest.raises(InputError, match="timestamp '' in field 'when' at feature 3 of 'fixes'"):
        tk.tracks_from_table(table, id_field="bird", time_field="when")
    good = table.subset(np.array([0, 1]))
    tracks = tk.tracks_from_table(good, id_field="bird", time_field="when")
    assert list(tracks.time.astype(str)) == ["2018-08-01T09:00:00", "2018-08-01T10:00:00"]
    assert np.allclose(tracks.lon, [8.5, 8.0]) and np.allclose(tracks.lat, [46.0, 47.0])
    lines = VectorTable(
        "routes",
        {"bird": ["x"], "timestamp": ["2018-08-01"]},
        np.array([shapely.LineString([(0, 0), (1, 1)])]),
        "EPSG:4326",
    )
    with pytest.raises(InputError, match="'routes' has LineString geometry"):
        tk.tracks_from_table(lines, id_field="bird")
    with pytest.raises(InputError, match="no coordinate reference system"):
        tk.tracks_from_table(VectorTable("nocrs", good.columns, good.geometry, None))


# --- the real White Stork tracks -------------------------------------------------------------


def _gpkg_wkb(blob: bytes) -> bytes:
    """Strip a GeoPackage geometry header: 'GP', version, flags, srs_id, then the envelope
    whose size flags bits 1-3 give."""
    envelope = (0, 32, 48, 48, 64)[(blob[3] >> 1) & 0b111]
    return blob[8 + envelope :]


@pytest.fixture(scope="module")
def countries(shared_data):
    path = shared_data / "natural_earth" / "countries50.gpkg"
    if not path.exists():
        pytest.skip("countries50.gpkg is not present")
    with sqlite3.connect(path) as con:
        rows = con.execute("SELECT adm0_a3, geom FROM countries50").fetchall()
    codes = np.array([r[0] for r in rows])
    # Natural Earth 1:50m has a few invalid rings, which GEOS 3.11 refuses in predicates.
    geoms = shapely.make_valid(shapely.from_wkb([_gpkg_wkb(r[1]) for r in rows]))
    return codes, geoms, shapely.STRtree(geoms)


@pytest.fixture(scope="module")
def storks(shared_data):
    path = shared_data / "white_stork_tracks" / "whitestork_lifetrack_2018.csv.gz"
    if not path.exists():
        pytest.skip("the White Stork tracks are not present")
    began = time.perf_counter()
    tracks = tk.read_movebank_csv(path)
    read = time.perf_counter() - began
    found = tk.stopovers(tracks)
    stops = time.perf_counter() - began - read
    ranges = tk.seasonal_ranges(tracks)
    total = time.perf_counter() - began
    print(f"\nstorks: read {read:.2f} s, stopovers {stops:.2f} s, total {total:.2f} s")
    return tracks, found, ranges, total


def _country_of(points: np.ndarray, countries) -> np.ndarray:
    codes, _, tree = countries
    out = np.full(len(points), "SEA", dtype=object)
    inside, which = tree.query(points, predicate="within")
    out[inside] = codes[which]
    return out


def test_stork_file_reads_whole_and_fast(storks):
    tracks, _, _, total = storks
    assert len(tracks.individuals) == 15
    assert len(tracks) + tracks.dropped["duplicates"] == 155_173
    assert tracks.time.min() == np.datetime64("2018-07-30T02:00:23")
    assert total < 15.0


def test_stork_stopovers_are_where_storks_rest_and_never_at_sea(storks, countries):
    _, found, _, _ = storks
    sites = found.sites
    lon, lat = sites.lon, sites.lat
    where = _country_of(shapely.points(lon, lat), countries)
    assert "SEA" not in set(where), list(zip(lon, lat, where))
    assert set(where) <= {"DEU", "CHE", "FRA", "AND", "ESP", "MAR"}
    # Rhone valley and delta (Camargue).
    assert ((lon > 4.5) & (lon < 5.0) & (lat > 43.5) & (lat < 45.5)).any()
    # Catalonia, where several birds share the sites (the Lleida plain).
    catalonia = (lon > 0.5) & (lon < 3.3) & (lat > 40.5) & (lat < 42.9)
    assert catalonia.any() and sites.n_individuals[catalonia].max() >= 4
    # Both shores of the Strait of Gibraltar.
    km = np.hypot((lon + 5.6) * KM_PER_DEG * np.cos(np.radians(36.0)), (lat - 36.0) * KM_PER_DEG)
    assert (km < 80).any()
    # Every visit lasts at least the minimum and the sites add up.
    assert found.duration_h.min() >= 24.0
    assert sites.n_visits.sum() == len(found)
    assert found.excluded >= 15  # at least each bird's nest
    assert shapely.is_valid(sites.geometry).all()


def test_stork_seasonal_ranges_fall_in_the_right_countries(storks, countries):
    tracks, _, ranges, _ = storks
    assert list(ranges.seasonal) == [2, 4, 3]
    assert ranges.n_fixes.sum() == len(tracks)  # every bird migrated
    codes, geoms, tree = countries
    share = {}
    for season, geom in zip(ranges.seasonal, transform(ranges.geometry, ranges.crs, "EPSG:4326")):
        hits = tree.query(geom, predicate="intersects")
        area = shapely.area(shapely.intersection(geom, geoms[hits]))
        share[int(season)] = dict(zip(codes[hits], area / shapely.area(geom)))
    breeding, passage, wintering = share[2], share[4], share[3]
    # Mostly Germany; storks of the Upper Rhine forage in Alsace and near Basel, and one bird
    # (Sara) roamed Lorraine for two weeks before leaving: breeding-season range too.
    assert breeding.get("DEU", 0) > 0.5
    assert breeding.get("DEU", 0) > max(breeding.get("FRA", 0), breeding.get("CHE", 0))
    assert sum(breeding.get(c, 0) for c in ("DEU", "CHE", "FRA")) > 0.98
    assert sum(wintering.get(c, 0) for c in ("ESP", "MAR")) > 0.95
    assert wintering.get("ESP", 0) > 0.5 and wintering.get("MAR", 0) > 0.1
    assert passage.get("FRA", 0) > 0.15 and passage.get("ESP", 0) > 0.3


def test_auto_seasons_use_the_tracks_own_labels_when_they_have_them():
    """A track annotated as Movebank does (migration-stage) is classified by its labels, not
    by movement; the same fixes without labels fall back to movement; the result says which."""
    lon, lat, when = _bird([(0, 0, 240), (0, -450, 48), (0, -900, 240)], seed=4)
    plain = _tracks(("bird", (lon, lat, when)))
    assert tk.seasonal_ranges(plain).method == "movement"
    hours = (plain.time - START).astype(int) / 3600
    # Labels that movement would not give: everything before hour 100 is breeding, after it
    # NonBreedingGrounds (no passage at all).
    labels = np.where(hours < 100, "BreedingGrounds", "NonBreedingGrounds").astype(object)
    labelled = dataclasses.replace(plain, state=labels)
    by_labels = tk.seasonal_ranges(labelled)
    assert by_labels.method == "state" and list(by_labels.seasonal) == [2, 3]
    assert tk.seasonal_ranges(labelled, method="movement").method == "movement"
    # Labels on fewer than half of the fixes: movement, as before.
    sparse = np.where(hours < 50, "BreedingGrounds", "").astype(object)
    assert tk.seasonal_ranges(dataclasses.replace(plain, state=sparse)).method == "movement"
