import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core.crs import require_metric, study_area_crs, transform
from cms_connectivity_plugin.core.errors import InputError


def test_geographic_crs_is_refused_for_distances():
    with pytest.raises(InputError, match="EPSG:4326 is geographic"):
        require_metric("EPSG:4326", "planning units")
    require_metric("EPSG:3035", "planning units")


def test_study_area_crs_is_laea_centred_and_preserves_area():
    square = shapely.box(10.0, 50.0, 12.0, 52.0)
    crs = study_area_crs(np.array([square], dtype=object), "EPSG:4326")
    assert "+proj=laea" in crs and "+lat_0=51.0" in crs and "+lon_0=11.0" in crs
    projected = transform(np.array([square], dtype=object), "EPSG:4326", crs)[0]
    reference = transform(np.array([square], dtype=object), "EPSG:4326", "EPSG:3035")[0]
    assert abs(projected.area - reference.area) / reference.area < 1e-3  # both equal-area


def test_study_area_crs_survives_polygons_invalid_in_degrees():
    # A bow-tie is what a thin sliver can become after reprojection; union_all alone fails.
    bowtie = shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])
    square = shapely.box(10, 10, 12, 12)
    crs = study_area_crs(np.array([bowtie, square], dtype=object), "EPSG:4326")
    assert "+proj=laea" in crs or "Lambert" in crs


def test_metres_under_a_geographic_crs_are_refused():
    # A layer that lost its CRS on the way (written without one, read back as "Undefined
    # geographic SRS") still holds metres: reprojecting them as degrees gives nonsense.
    metres = np.array([shapely.box(-586048.7, -809641.8, 418774.8, 479155.6)], dtype=object)
    with pytest.raises(InputError, match="cannot be degrees"):
        transform(metres, "EPSG:4326", "EPSG:3035")
    with pytest.raises(InputError, match="cannot be degrees"):
        study_area_crs(metres, "EPSG:4326")
    degrees = np.array([shapely.box(350.0, -89.0, 359.0, 90.0)], dtype=object)
    assert transform(degrees, "EPSG:4326", "EPSG:3857")[0].is_valid


def test_one_metric_rule_refuses_degrees_and_feet_and_names_the_purpose():
    from cms_connectivity_plugin.core.crs import is_metric
    from cms_connectivity_plugin.core.planning_units import require_metric_crs

    assert is_metric("EPSG:3035") and is_metric("EPSG:32633")
    assert not is_metric("EPSG:4326")
    # Massachusetts State Plane in US survey feet: projected, but areas would be in square feet.
    assert not is_metric("EPSG:2249")
    with pytest.raises(InputError, match="not a projected CRS in metres.*planning units"):
        require_metric("EPSG:2249", "planning units")
    with pytest.raises(InputError, match="not a projected CRS in metres"):
        require_metric_crs("EPSG:2249", "the planning units")
    with pytest.raises(InputError, match="cannot be used"):
        is_metric("EPSG:999999", "units")
