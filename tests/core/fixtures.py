"""Small synthetic geographies for core tests (no QGIS, no files)."""

from __future__ import annotations

import numpy as np
import shapely

from cms_connectivity_plugin.core.borders import CountryTable, country_table


def two_countries(wiggle: float = 0.3) -> CountryTable:
    """Countries 'AAA' (west) and 'BBB' (east), lon/lat, sharing a wiggly border at lon 4,
    plus 'CCC', an island 2 degrees off AAA's west coast (a sea crossing, no border). AAA
    also owns an overseas island 10 degrees west of its coast (about 770 km)."""
    lat = np.linspace(44.0, 48.0, 41)
    border_lon = 4.0 + wiggle * np.sin(lat * 3.0)
    border = list(zip(border_lon, lat))
    west = shapely.Polygon([(0.0, 44.0), *border, (0.0, 48.0)])
    east = shapely.Polygon([*border, (8.0, 48.0), (8.0, 44.0)])
    island = shapely.Point(-2.5, 46.0).buffer(0.6)
    overseas = shapely.Point(-10.0, 46.0).buffer(0.2)
    west = shapely.MultiPolygon([west, overseas])
    return country_table(
        {
            "ISO_A3": ["AAA", "-99", "CCC"],
            "ADM0_A3": ["AAA", "BBB", "CCC"],
            "NAME": ["Westland", "Eastland", "Isla"],
        },
        np.array([west, east, island], dtype=object),
        source="test countries",
    )
