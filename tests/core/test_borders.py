import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core.borders import build_study_area, select_countries, shared_borders
from cms_connectivity_plugin.core.errors import InputError

from .fixtures import two_countries


def test_iso3_falls_back_when_natural_earth_says_minus_99():
    table = two_countries()
    assert list(table.iso3) == ["AAA", "BBB", "CCC"]


def test_unknown_codes_are_all_named_with_suggestions():
    with pytest.raises(InputError, match=r"XYZ.*BBX \(BBB") as info:
        select_countries(two_countries(), ("AAA", "XYZ", "BBX"))
    assert "test countries" in str(info.value)
    with pytest.raises(InputError, match="country list is empty"):
        select_countries(two_countries(), ())


def test_study_area_is_equal_area_and_drops_far_overseas_parts():
    table = two_countries()
    study = build_study_area(table, ("AAA", "BBB", "CCC"), max_offshore_km=300.0)
    assert study.crs.startswith("+proj=laea")
    # AAA's overseas island (490 km from CCC, 770 km from AAA) goes;
    # country CCC (its own mainland) stays.
    assert study.dropped_parts == 1
    assert shapely.get_num_geometries(study.countries[0]) == 1
    assert not study.countries[2].is_empty
    far = build_study_area(table, ("AAA", "BBB", "CCC"), max_offshore_km=2000.0)
    assert far.dropped_parts == 0
    # Equal-area: 4 x 4 degrees around 46 N is about 4 * 111.2 * 4 * 111.2 * cos(46) km2.
    expected = (4 * 111.195) * (4 * 111.195) * np.cos(np.radians(46.0))
    assert abs(shapely.area(study.countries[0]) / 1e6 - expected) / expected < 0.01


def test_shared_border_found_and_sea_crossing_is_not_a_border():
    study = build_study_area(two_countries(), ("AAA", "BBB", "CCC"))
    a, b, lines = shared_borders(study.countries, study.codes)
    assert list(zip(a, b)) == [("AAA", "BBB")]
    assert 440_000 < shapely.length(lines[0]) < 520_000  # 4 degrees of latitude plus wiggle
