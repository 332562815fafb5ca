"""A wrong CRS gives our message with the fix, never pyproj's traceback: a centre that is
not degrees (metres read as longitude/latitude: ``lat_0=4410760``) names the layer, and a
CRS PROJ cannot read is reported as an input error."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import CRS

from cms_connectivity_plugin.core.connectivity.flyway import FlywaySites, flyway_network
from cms_connectivity_plugin.core.crs import laea_for, study_area_crs, transform
from cms_connectivity_plugin.core.errors import InputError

# UTM zone 30N metres (central Spain) that a layer labelled EPSG:4326 would hold.
EASTING, NORTHING = 440_720.0, 4_410_760.0


def test_a_centre_in_metres_names_the_layer():
    with pytest.raises(InputError) as caught:
        laea_for(EASTING / 1e4, NORTHING, "storks.csv")
    text = str(caught.value)
    assert "'storks.csv'" in text and "not degrees" in text and "Set the CRS" in text
    assert "4.41076e+06" in text  # the centre is shown, so the user sees the metres
    assert "lat_0" not in text


def test_a_longitude_beyond_360_is_refused_too():
    # PROJ accepts lon_0=440720 silently and puts everything in the wrong place.
    with pytest.raises(InputError, match="not degrees") as caught:
        laea_for(EASTING, 40.0)
    assert "The data are centred" in str(caught.value)


def test_degrees_still_give_a_laea():
    crs = laea_for(-3.7, 40.4, "storks.csv")
    assert "+lat_0=40.4000" in crs and "+lon_0=-3.7000" in crs
    # 0-360 longitudes (Pacific data) are degrees: brought to -180..180.
    pacific = laea_for(200.0, -10.0)
    assert "+lon_0=-160.0000" in pacific
    assert CRS.from_user_input(pacific).is_projected
    # A centroid a rounding step past the pole is clamped, not refused.
    assert "+lat_0=90.0000" in laea_for(0.0, 90.0005)


def test_study_area_of_metres_under_wgs84_names_the_layer():
    metres = np.array([shapely.box(EASTING, NORTHING, EASTING + 5e4, NORTHING + 5e4)])
    with pytest.raises(InputError, match="'sites'.*cannot be degrees|cannot be degrees.*'sites'"):
        study_area_crs(metres, "EPSG:4326", "sites")


def test_an_unreadable_crs_is_an_input_error_naming_the_layer():
    square = np.array([shapely.box(0.0, 0.0, 1.0, 1.0)], dtype=object)
    bad = "+proj=laea +lat_0=4410760 +lon_0=10 +ellps=WGS84 +units=m +no_defs"
    with pytest.raises(InputError) as caught:
        transform(square, "EPSG:4326", bad, "storks")
    assert "'storks'" in str(caught.value) and "Layer > Set CRS" in str(caught.value)
    with pytest.raises(InputError, match="cannot be used"):
        transform(square, bad, "EPSG:4326")


def test_flyway_sites_in_metres_name_the_layer():
    sites = FlywaySites(
        site_id=np.array(["a", "b"], dtype=object),
        role=np.array(["breeding", "non-breeding"], dtype=object),
        lon=np.array([EASTING / 1e4, EASTING / 1e4 + 1.0]),
        lat=np.array([NORTHING, NORTHING - 3e5]),
        weight=np.ones(2),
        name="stork sites",
    )
    with pytest.raises(InputError, match="'stork sites'.*not degrees"):
        flyway_network(sites, 500.0)
