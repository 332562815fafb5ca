import numpy as np
import shapely

from cms_connectivity_plugin.core.borders import build_study_area
from cms_connectivity_plugin.core.simulate import simulate

from .fixtures import two_countries


def _study():
    return build_study_area(two_countries(), ("AAA", "BBB"))


def test_same_seed_same_data_other_seed_other_data():
    study = _study()
    one, two, other = simulate(study, 5, 1), simulate(study, 5, 1), simulate(study, 5, 2)
    assert list(one.ranges.binomial) == list(two.ranges.binomial)
    assert all(shapely.equals_exact(one.ranges.geometry, two.ranges.geometry, 0.0))
    assert all(
        shapely.equals_exact(one.protected_areas.geometry, two.protected_areas.geometry, 0.0)
    )
    assert not np.array_equal(
        shapely.area(one.ranges.geometry), shapely.area(other.ranges.geometry)
    )


def test_ranges_follow_the_iucn_schema_and_the_flyway_order():
    study = _study()
    data = simulate(study, 8, 42)
    r = data.ranges
    assert set(r.seasonal) == {2, 3, 4} and set(r.presence) == {1} and set(r.origin) == {1}
    assert len(set(r.binomial)) == 8
    start, end = np.array(data.axis_start), np.array(data.axis_end)
    axis = (end - start) / np.hypot(*(end - start))
    t = (shapely.get_coordinates(shapely.centroid(r.geometry)) - start) @ axis
    for species in set(r.binomial):
        rows = r.binomial == species
        by_season = dict(zip(r.seasonal[rows], t[rows]))
        assert by_season[2] < by_season[3]  # breeding towards the start, wintering the end
    # Clipped to land, irregular, plausible size.
    grown = shapely.buffer(study.geometry, 1.0)
    assert shapely.covers(grown, r.geometry).all()
    hull_ratio = shapely.area(r.geometry) / shapely.area(shapely.convex_hull(r.geometry))
    assert (shapely.get_num_coordinates(r.geometry) > 20).all()
    assert (hull_ratio < 0.999).sum() > len(r.geometry) / 2
    share = shapely.area(r.geometry) / shapely.area(study.geometry)
    assert (share > 0.001).all() and (share < 0.9).all()


def test_protected_areas_follow_wdpa_schema_and_lie_in_their_country():
    study = _study()
    pa = simulate(study, 3, 7).protected_areas
    cols = pa.columns()
    for name in (
        "WDPAID",
        "NAME",
        "DESIG_ENG",
        "IUCN_CAT",
        "STATUS",
        "STATUS_YR",
        "ISO3",
        "REP_AREA",
    ):
        assert len(cols[name]) == len(pa)
    assert len(pa) >= 5 and len(set(cols["WDPAID"])) == len(pa)
    np.testing.assert_allclose(cols["REP_AREA"], shapely.area(pa.geometry) / 1e6, atol=1e-3)
    homes = dict(zip(study.codes, study.countries))
    for code, geom in zip(cols["ISO3"], pa.geometry):
        assert shapely.area(shapely.difference(geom, homes[code])) < 1e-3 * shapely.area(geom) + 1
    # Some sites sit on the shared border, so that transboundary clusters can form.
    border = shapely.intersection(shapely.boundary(homes["AAA"]), homes["BBB"].buffer(100))
    assert (shapely.distance(pa.geometry, border) < 5_000).sum() >= 2
