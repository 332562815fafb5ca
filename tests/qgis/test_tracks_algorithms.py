"""``trackstostopovers`` and ``trackstoranges`` through processing.run: memory point layers with
known stopovers, the White Stork CSV, and the errors a workshop will meet."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingProvider,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from cms_connectivity_plugin.core.crs import transform
from cms_connectivity_plugin.processing.algorithms.tracks import (
    TracksToRangesAlgorithm,
    TracksToStopoversAlgorithm,
)
from cms_connectivity_plugin.qgis_io.layers import memory_layer

PROVIDER = "cmstrackstest"
SITE_FIELDS = (
    "site_id",
    "n_individuals",
    "n_visits",
    "total_days",
    "first_arrival",
    "last_departure",
    "lon",
    "lat",
)


class _Provider(QgsProcessingProvider):
    """A throwaway provider: the real one is wired by the plugin, not by this test."""

    def id(self) -> str:  # noqa: A003
        return PROVIDER

    def name(self) -> str:
        return "tracks test"

    def loadAlgorithms(self) -> None:
        self.addAlgorithm(TracksToStopoversAlgorithm())
        self.addAlgorithm(TracksToRangesAlgorithm())


@pytest.fixture(scope="module")
def run(qgis_app):
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    provider = _Provider()
    assert QgsApplication.processingRegistry().addProvider(provider)

    def _run(name: str, params: dict):
        return processing.run(f"{PROVIDER}:{name}", {"OUTPUT": "memory:", **params})

    yield _run
    QgsApplication.processingRegistry().removeProvider(provider)


def _path(stays, start_h=0):
    """Hourly (east_km, north_km, hour) of a bird resting at each stay (jittered within 2 km)
    and flying 12.5 km/h between them."""
    rng = np.random.default_rng(len(stays) + start_h)
    rows, clock = [], start_h
    for k, (e, n, hours) in enumerate(stays):
        if k:
            e0, n0 = stays[k - 1][:2]
            steps = int(np.ceil(np.hypot(e - e0, n - n0) / 12.5))
            rows += [
                (e0 + (e - e0) * i / steps, n0 + (n - n0) * i / steps, clock + i)
                for i in range(1, steps)
            ]
            clock += steps
        jitter = rng.uniform(-1.4, 1.4, (hours + 1, 2))
        rows += [(e + jitter[i, 0], n + jitter[i, 1], clock + i) for i in range(hours + 1)]
        clock += hours
    return np.array(rows)


def _lonlat(rows):
    lat = 50.0 + rows[:, 1] / 111.32
    return 10.0 + rows[:, 0] / (111.32 * np.cos(np.radians(lat))), lat


# Bird a: home 72 h, B 30 h, C 10 h (too short), on. Bird b: home 100 km east, B 40 h, on.
BIRD_A = [(0, 0, 72), (0, -300, 30), (0, -600, 10), (0, -900, 0)]
BIRD_B = [(100, 0, 48), (1, -299, 40), (0, -900, 0)]


def _mercator_layer():
    """Two birds as a Web Mercator memory layer with text timestamps."""
    ids, lons, lats, hours = [], [], [], []
    for name, stays, start in (("a", BIRD_A, 0), ("b", BIRD_B, 240)):
        rows = _path(stays, start)
        lon, lat = _lonlat(rows)
        ids += [name] * len(rows)
        lons.append(lon)
        lats.append(lat)
        hours.append(rows[:, 2])
    when = np.datetime64("2020-08-01T00:00:00") + (np.concatenate(hours) * 3600).astype(
        "timedelta64[s]"
    )
    points = transform(
        shapely.points(np.concatenate(lons), np.concatenate(lats)), "EPSG:4326", "EPSG:3857"
    )
    return memory_layer(
        "fixes",
        "Point",
        "EPSG:3857",
        {
            "bird": np.array(ids, dtype=object),
            "timestamp": np.datetime_as_string(when, unit="s").astype(object),
        },
        points,
    )


def _datetime_layer():
    """One autumn migrant (10 days home, 2 at a stopover, 10 settled 900 km south) in a layer
    whose time field is a real QGIS DateTime field in UTC."""
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=individual:string&field=when:datetime", "dated", "memory"
    )
    rows = _path([(0, 0, 240), (0, -450, 48), (0, -900, 240)])
    lon, lat = _lonlat(rows)
    start = QDateTime(2020, 8, 1, 0, 0, 0, 0, Qt.UTC)
    features = []
    for x, y, hour in zip(lon, lat, rows[:, 2]):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes(["solo", start.addSecs(int(hour) * 3600)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _features(layer):
    return list(layer.getFeatures())


def _valid_polygons(layer) -> bool:
    return all(
        f.geometry().isGeosValid()
        and QgsWkbTypes.geometryType(f.geometry().wkbType()) == QgsWkbTypes.PolygonGeometry
        for f in layer.getFeatures()
    )


def test_stopovers_from_a_point_layer(run):
    result = run(
        "trackstostopovers",
        {
            "INPUT": _mercator_layer(),
            "ID_FIELD": "bird",
            "RADIUS": 10.0,
            "DURATION": 24.0,
            "EXCLUDE_ENDS": False,
            "VISITS": "memory:",
        },
    )
    sites = result["OUTPUT"]
    assert set(SITE_FIELDS) <= set(sites.fields().names())
    assert _valid_polygons(sites)
    assert sites.crs().toProj().startswith("+proj=laea")
    rows = sorted(_features(sites), key=lambda f: -f["lat"])
    assert [f["n_individuals"] for f in rows] == [1, 1, 2]  # two homes, shared B
    shared = rows[-1]
    assert shared["n_visits"] == 2
    assert shared["total_days"] == pytest.approx(70 / 24, abs=1e-3)
    assert shared["first_arrival"] == "2020-08-05T00:00:00Z"
    assert result["N_SITES"] == 3 and result["N_VISITS"] == 4
    visits = result["VISITS"]
    assert sorted(f["duration_h"] for f in visits.getFeatures()) == [30.0, 40.0, 48.0, 72.0]
    # By default the homes are residence, not stopovers.
    default = run("trackstostopovers", {"INPUT": _mercator_layer(), "ID_FIELD": "bird"})
    assert default["N_SITES"] == 1 and default["N_VISITS"] == 2


def test_ranges_from_a_layer_with_a_datetime_field(run):
    result = run(
        "trackstoranges", {"INPUT": _datetime_layer(), "TIME_FIELD": "when", "BUFFER": 10.0}
    )
    rows = sorted(_features(result["OUTPUT"]), key=lambda f: f["seasonal"])
    assert [f["seasonal"] for f in rows] == [2, 3, 4]
    assert {f["binomial"] for f in rows} == {"Ciconia ciconia"}
    assert all(f["presence"] == 1 and f["origin"] == 1 for f in rows)
    assert _valid_polygons(result["OUTPUT"])
    breeding = rows[0].geometry().area() / 1e6
    assert 300 < breeding < 500  # a 10-km disc around home
    # By dates everything in August is autumn passage.
    dates = run(
        "trackstoranges",
        {"INPUT": _datetime_layer(), "TIME_FIELD": "when", "METHOD": 1, "SPECIES": "Grus grus"},
    )
    rows = _features(dates["OUTPUT"])
    assert [(f["binomial"], f["seasonal"]) for f in rows] == [("Grus grus", 4)]


def test_bad_inputs_give_one_clear_message(run, tmp_path):
    line = QgsVectorLayer("LineString?crs=EPSG:4326&field=bird:string", "routes", "memory")
    feature = QgsFeature(line.fields())
    feature.setGeometry(QgsGeometry.fromWkt("LINESTRING(0 0, 1 1)"))
    feature.setAttributes(["x"])
    line.dataProvider().addFeatures([feature])
    with pytest.raises(
        QgsProcessingException, match="The layer .routes. has LineString geometry .* points"
    ):
        run("trackstostopovers", {"INPUT": line})
    with pytest.raises(QgsProcessingException, match="No tracks given"):
        run("trackstostopovers", {})
    with pytest.raises(QgsProcessingException, match="choose one of the two"):
        run("trackstoranges", {"INPUT": _mercator_layer(), "CSV": str(tmp_path / "x.csv")})
    bad = tmp_path / "bad.csv"
    bad.write_text("lon,lat,timestamp,individual\n8,47,2018-07-30 02:00,a\n8,47,30/07/2018,a\n")
    with pytest.raises(QgsProcessingException, match="'30/07/2018' .* line 3") as info:
        run("trackstoranges", {"CSV": str(bad)})
    assert "\n" not in str(info.value)
    with pytest.raises(QgsProcessingException, match="movement-state field"):
        run("trackstoranges", {"INPUT": _mercator_layer(), "ID_FIELD": "bird", "METHOD": 2})


@pytest.fixture(scope="module")
def stork_csv(shared_data):
    path = shared_data / "white_stork_tracks" / "whitestork_lifetrack_2018.csv.gz"
    if not path.exists():
        pytest.skip("the White Stork tracks are not present")
    return str(path)


def test_stork_csv_to_stopover_sites(run, stork_csv):
    result = run("trackstostopovers", {"CSV": stork_csv, "ID_FIELD": "name"})
    sites = result["OUTPUT"]
    assert result["N_SITES"] == sites.featureCount() >= 10
    assert _valid_polygons(sites)
    rows = _features(sites)
    assert max(f["n_individuals"] for f in rows) >= 4
    assert all(-10 < f["lon"] < 10 and 30 < f["lat"] < 50 for f in rows)
    named = {name for f in rows for name in f["individuals"].split("; ")}
    assert "Mirabell" in named  # the name column, chosen instead of the detected id


def test_stork_csv_to_seasonal_ranges(run, stork_csv):
    result = run("trackstoranges", {"CSV": stork_csv})
    rows = sorted(_features(result["OUTPUT"]), key=lambda f: f["seasonal"])
    assert [f["seasonal"] for f in rows] == [2, 3, 4]
    assert sum(f["n_fixes"] for f in rows) > 155_000
    # Breeding: all but Europa, whose tag starts on migration; non-breeding: all but Louis,
    # whose track ends on the way south.
    assert [f["n_individuals"] for f in rows] == [14, 14, 15]
    assert _valid_polygons(result["OUTPUT"])


def test_ranges_from_labelled_movebank_csv_say_which_labels_they_used(run, tmp_path):
    import processing

    from tests.core.test_annual_cycle import _migrant, _write_movebank
    from tests.qgis.feedback import Recorder

    lon, lat, when, label = _migrant(1, seed=9, fixes_per_day=4)
    path = _write_movebank(tmp_path / "leo.csv", lon, lat, when, label, extra="MoltSite")
    feedback = Recorder()
    result = processing.run(
        f"{PROVIDER}:trackstoranges",
        {"CSV": str(path), "SPECIES": "Cathartes aura", "OUTPUT": "memory:"},
        feedback=feedback,
    )
    log = "\n".join(feedback.infos)
    assert "raptor-workshop:migration-state" in log and "MoltSite" in log
    rows = sorted(_features(result["OUTPUT"]), key=lambda f: f["seasonal"])
    assert [f["seasonal"] for f in rows] == [2, 3, 4]
    # Resident, chosen by its index in the choices: one feature with every fix.
    resident = run("trackstoranges", {"CSV": str(path), "METHOD": 4})
    rows = list(_features(resident["OUTPUT"]))
    assert [f["seasonal"] for f in rows] == [1] and rows[0]["n_fixes"] == len(lon)
