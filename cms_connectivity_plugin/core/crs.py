"""Equal-area CRS for a study area, and reprojection of shapely arrays.

Areas (targets, costs) and distances (boundary, dispersal) must be measured in an equal-area
CRS; Lambert azimuthal equal-area centred on the study area keeps both distortions small over
a few thousand kilometres (DESIGN.md section 4).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import shapely


def _find_proj_data() -> None:
    """Point pyproj at PROJ's data in a venv over the system Python (it looks in sys.prefix)."""
    if os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB"):
        return
    for base in (sys.prefix, sys.base_prefix, "/usr"):
        folder = Path(base) / "share" / "proj"
        if (folder / "proj.db").exists():
            os.environ["PROJ_DATA"] = str(folder)
            return


_find_proj_data()

from pyproj import CRS, Transformer  # noqa: E402

WGS84 = "EPSG:4326"


def laea_for(lon: float, lat: float) -> str:
    """PROJ string of a Lambert azimuthal equal-area CRS centred on (lon, lat)."""
    return (
        f"+proj=laea +lat_0={lat:.4f} +lon_0={lon:.4f} +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
    )


def crs_wkt(crs: str) -> str:
    """WKT2 of any CRS definition pyproj understands (for writing layers)."""
    return CRS.from_user_input(crs).to_wkt()


#: Largest |longitude| and |latitude| accepted in a geographic CRS (0-360 longitudes pass).
_DEGREE_LIMITS = (360.0, 90.001)


def require_degrees(geoms: np.ndarray, crs: str) -> None:
    """Refuse coordinates that cannot be degrees when ``crs`` is geographic.

    A layer written or read without its CRS comes back as a geographic CRS while its
    coordinates are metres; reprojecting it would give nonsense far from the data.
    """
    parsed = CRS.from_user_input(crs)
    if not parsed.is_geographic:
        return
    geoms = np.asarray(geoms, dtype=object)
    present = geoms[~shapely.is_missing(geoms)]
    if len(present) == 0:
        return
    minx, miny, maxx, maxy = shapely.total_bounds(present)
    x, y = max(abs(minx), abs(maxx)), max(abs(miny), abs(maxy))
    if x > _DEGREE_LIMITS[0] or y > _DEGREE_LIMITS[1]:
        from .errors import InputError
        from .i18n import tr

        raise InputError(
            tr(
                "Coordinates up to {value:.0f} cannot be degrees, yet the layer's CRS "
                "({crs}) is geographic: the layer carries the wrong CRS. Set the CRS its "
                "coordinates are in (Layer > Set CRS)."
            ).format(value=max(x, y), crs=parsed.name)
        )


def transform(geoms: np.ndarray, src: str, dst: str) -> np.ndarray:
    """Reproject an array of shapely geometries (vectorised over all coordinates).

    Raises :class:`InputError` when ``src`` is geographic and the coordinates are not degrees.
    """
    geoms = np.asarray(geoms, dtype=object)
    require_degrees(geoms, src)
    if CRS.from_user_input(src) == CRS.from_user_input(dst):
        return geoms
    tr = Transformer.from_crs(src, dst, always_xy=True)

    def _apply(xy: np.ndarray) -> np.ndarray:
        x, y = tr.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geoms, _apply)


def require_metric(crs: str, purpose: str) -> None:
    """Refuse a geographic CRS (degrees) where areas or distances are measured.

    ``purpose`` says what the CRS is used for, e.g. "planning units".
    """
    from .errors import InputError
    from .i18n import tr

    parsed = CRS.from_user_input(crs)
    if parsed.is_geographic:
        raise InputError(
            tr(
                "The CRS {crs} is geographic (degrees), so areas and distances for {purpose} "
                "would be wrong: choose a projected equal-area CRS, or leave it empty to use "
                "Lambert azimuthal equal-area centred on the study area."
            ).format(crs=parsed.to_string(), purpose=purpose)
        )


def study_area_crs(geoms: np.ndarray, crs: str) -> str:
    """LAEA centred on the centroid of ``geoms`` (given in ``crs``).

    Reprojected polygons may self-intersect (valid in ``crs``, not in degrees): they are
    repaired before the union, so a valid site layer never fails here.
    """
    lonlat = transform(np.asarray(geoms, dtype=object), crs, WGS84)
    lonlat = shapely.make_valid(lonlat[~shapely.is_missing(lonlat)])
    centre = shapely.centroid(shapely.union_all(lonlat))
    return laea_for(centre.x, centre.y)
