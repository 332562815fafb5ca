"""Equal-area CRS for a study area, and reprojection of shapely arrays.

Areas (targets, costs) and distances (boundary, dispersal) must be measured in an equal-area
CRS; Lambert azimuthal equal-area centred on the study area keeps both distortions small over
a few thousand kilometres (DESIGN.md section 4).
"""

from __future__ import annotations

import math
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
from pyproj.exceptions import CRSError  # noqa: E402

WGS84 = "EPSG:4326"


def laea_for(lon: float, lat: float, layer: str | None = None) -> str:
    """PROJ string of a Lambert azimuthal equal-area CRS centred on (lon, lat).

    The centre comes from the data, so one that cannot be degrees means coordinates in
    metres under a geographic CRS (or read as longitude/latitude): that is refused with
    the fix, naming ``layer``, instead of PROJ's "Invalid value for lat_0" (or, for the
    longitude, a CRS PROJ accepts and that puts everything in the wrong place). Longitudes
    of 0-360 data are brought to -180..180.
    """
    require_degree_centre(lon, lat, layer)
    if abs(lon) > 180.0:
        lon = (lon + 180.0) % 360.0 - 180.0
    lat = min(max(lat, -90.0), 90.0)  # within require_degrees' rounding margin
    return (
        f"+proj=laea +lat_0={lat:.4f} +lon_0={lon:.4f} +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
    )


def crs_wkt(crs: str) -> str:
    """WKT2 of any CRS definition pyproj understands (for writing layers)."""
    return CRS.from_user_input(crs).to_wkt()


#: Largest |longitude| and |latitude| accepted in a geographic CRS (0-360 longitudes pass).
_DEGREE_LIMITS = (360.0, 90.001)


def require_degrees(geoms: np.ndarray, crs: str, layer: str | None = None) -> None:
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

        if layer is None:
            message = tr(
                "Coordinates up to {value:.6g} cannot be degrees, yet the layer's CRS "
                "({crs}) is geographic: the layer carries the wrong CRS. Set the CRS its "
                "coordinates are in (Layer > Set CRS)."
            )
        else:
            message = tr(
                "Coordinates up to {value:.6g} cannot be degrees, yet the CRS of the layer "
                "'{layer}' ({crs}) is geographic: the layer carries the wrong CRS. Set the CRS "
                "its coordinates are in (Layer > Set CRS)."
            )
        raise InputError(message.format(value=max(x, y), crs=parsed.name, layer=layer))


def require_degree_centre(lon: float, lat: float, layer: str | None = None) -> None:
    """Refuse a data centre that cannot be a longitude and latitude (see :func:`laea_for`);
    non-numbers are left to the caller (no data, not wrong data)."""
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return
    if abs(lon) <= _DEGREE_LIMITS[0] and abs(lat) <= _DEGREE_LIMITS[1]:
        return
    from .errors import InputError
    from .i18n import tr

    if layer is None:
        message = tr(
            "The data are centred at ({lon:.6g}, {lat:.6g}), which cannot be a longitude and "
            "latitude: the coordinates are not degrees, so the layer carries the wrong CRS. "
            "Set the CRS its coordinates are in (Layer > Set CRS)."
        )
    else:
        message = tr(
            "The layer '{layer}' is centred at ({lon:.6g}, {lat:.6g}), which cannot be a "
            "longitude and latitude: its coordinates are not degrees, so it carries the wrong "
            "CRS. Set the CRS its coordinates are in (Layer > Set CRS)."
        )
    raise InputError(message.format(lon=lon, lat=lat, layer=layer))


def _parse(crs: str, layer: str | None) -> CRS:
    """The CRS of ``crs``, or an :class:`InputError` naming the layer (not pyproj's)."""
    try:
        return CRS.from_user_input(crs)
    except CRSError as exc:
        from .errors import InputError
        from .i18n import tr

        if layer is None:
            message = tr(
                "The CRS '{crs}' cannot be used ({error}). Check the layer's CRS (Layer > Set CRS)."
            )
        else:
            message = tr(
                "The CRS '{crs}' met while reprojecting the layer '{layer}' cannot be used "
                "({error}). Check the layer's CRS (Layer > Set CRS)."
            )
        raise InputError(message.format(crs=crs, layer=layer, error=exc)) from exc


def transform(geoms: np.ndarray, src: str, dst: str, layer: str | None = None) -> np.ndarray:
    """Reproject an array of shapely geometries (vectorised over all coordinates).

    Raises :class:`InputError` when ``src`` is geographic and the coordinates are not degrees,
    and when coordinates cannot be reprojected (far outside the CRS's area: infinite results);
    ``layer`` names the layer in those messages.
    """
    geoms = np.asarray(geoms, dtype=object)
    src_crs, dst_crs = _parse(src, layer), _parse(dst, layer)
    require_degrees(geoms, src, layer)
    if src_crs == dst_crs:
        return geoms
    transformer = Transformer.from_crs(src, dst, always_xy=True)
    worst: list[float] = []

    def _apply(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        out = np.column_stack([x, y])
        lost = np.isfinite(xy).all(axis=1) & ~np.isfinite(out).all(axis=1)
        if lost.any():
            worst.append(float(np.abs(xy[lost]).max()))
        return out

    result = shapely.transform(geoms, _apply)
    if worst:
        from .errors import InputError
        from .i18n import tr

        if layer is None:
            message = tr(
                "Coordinates (up to {value:.6g}) cannot be reprojected from {src} to {dst}: "
                "they lie far outside the area of the layer's CRS. Check the layer's CRS "
                "(Layer > Set CRS) or remove the features with wrong coordinates."
            )
        else:
            message = tr(
                "The layer '{layer}' has coordinates (up to {value:.6g}) that cannot be "
                "reprojected from {src} to {dst}: they lie far outside the area of its CRS. "
                "Check the layer's CRS (Layer > Set CRS) or remove the features with wrong "
                "coordinates."
            )
        raise InputError(
            message.format(
                layer=layer,
                value=max(worst),
                src=src_crs.name,
                dst=dst_crs.name,
            )
        )
    return result


#: Axis unit names pyproj gives a CRS in metres.
METRE_UNITS = frozenset({"metre", "meter", "m"})


def is_metric(crs: str, layer: str | None = None) -> bool:
    """Whether ``crs`` is projected with axes in metres, the one rule for "areas and distances
    can be measured here" (degrees and US feet both fail it). An unreadable CRS raises
    :class:`InputError` naming ``layer``."""
    parsed = _parse(crs, layer)
    units = {axis.unit_name.lower() for axis in parsed.axis_info}
    return bool(parsed.is_projected) and bool(units) and units <= METRE_UNITS


def require_metric(crs: str, purpose: str, layer: str | None = None) -> None:
    """Refuse a CRS that is not projected in metres (:func:`is_metric`) where areas or
    distances are measured. ``purpose`` says what the CRS is used for, e.g. "planning units";
    ``layer`` names the layer it came from."""
    if is_metric(crs, layer):
        return
    from .errors import InputError
    from .i18n import tr

    parsed = _parse(crs, layer)
    if parsed.is_geographic:
        message = tr(
            "The CRS {crs} is geographic (degrees), so areas and distances for {purpose} "
            "would be wrong: choose a projected equal-area CRS, or leave it empty to use "
            "Lambert azimuthal equal-area centred on the study area."
        )
    else:
        message = tr(
            "The CRS {crs} is not a projected CRS in metres, so areas and distances for "
            "{purpose} would be wrong: choose a projected equal-area CRS in metres, or leave it "
            "empty to use Lambert azimuthal equal-area centred on the study area."
        )
    raise InputError(message.format(crs=parsed.to_string(), purpose=purpose))


def study_area_crs(geoms: np.ndarray, crs: str, layer: str | None = None) -> str:
    """LAEA centred on the centroid of ``geoms`` (given in ``crs``).

    Reprojected polygons may self-intersect (valid in ``crs``, not in degrees): they are
    repaired before the union, so a valid site layer never fails here.
    """
    lonlat = transform(np.asarray(geoms, dtype=object), crs, WGS84, layer)
    lonlat = shapely.make_valid(lonlat[~shapely.is_missing(lonlat)])
    centre = shapely.centroid(shapely.union_all(lonlat))
    return laea_for(centre.x, centre.y, layer)
