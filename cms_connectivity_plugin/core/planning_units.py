"""Planning units: hexagon grids clipped to the study area, with everything the solver needs.

Per unit: area, cost, country (largest share, all shares kept), protected share and lock
status; per pair of neighbours the shared boundary length, and per unit its exposed outer
edge (DESIGN.md section 5).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy import sparse

from .amounts import overlap_matrix
from .errors import InputError
from .i18n import tr
from .problem import Boundary

# Pointy-top hexagon vertices in lattice steps: x in half-widths, y in half-sides.
_HEX_DX = np.array([0, 1, 1, 0, -1, -1, 0])
_HEX_DY = np.array([2, 1, -1, -2, -1, 1, 2])


def hex_side(cell_area_m2: float) -> float:
    """Side length of a regular hexagon of the given area."""
    return float(np.sqrt(2.0 * cell_area_m2 / (3.0 * np.sqrt(3.0))))


def hex_grid(bounds: tuple[float, float, float, float], cell_area_m2: float) -> np.ndarray:
    """Regular hexagons covering ``bounds``.

    Vertices are integer multiples of the half-width and half-side from one origin, so
    neighbours share bit-identical vertices and their common edge is found exactly.
    """
    side = hex_side(cell_area_m2)
    half_w = side * np.sqrt(3.0) / 2.0
    half_s = side / 2.0
    minx, miny, maxx, maxy = bounds
    n_cols = int(np.ceil((maxx - minx) / (2 * half_w))) + 2
    n_rows = int(np.ceil((maxy - miny) / (3 * half_s))) + 2
    col, row = np.meshgrid(np.arange(-1, n_cols), np.arange(-1, n_rows))
    col, row = col.ravel(), row.ravel()
    cx = 2 * col + (row % 2)  # centre in half-widths
    cy = 3 * row  # centre in half-sides
    xs = (cx[:, None] + _HEX_DX[None, :]) * half_w + minx
    ys = (cy[:, None] + _HEX_DY[None, :]) * half_s + miny
    return shapely.polygons(np.stack([xs, ys], axis=-1))


@dataclass(frozen=True)
class PlanningUnits:
    """Units with their attributes; areas in km2, lengths in km."""

    geometry: np.ndarray
    area_km2: np.ndarray
    cost: np.ndarray
    country: np.ndarray  # ISO3 of the largest share
    country_shares: sparse.csr_matrix  # units x countries, km2
    country_codes: tuple[str, ...]
    protected_share: np.ndarray  # 0..1
    locked_in: np.ndarray  # bool
    boundary: Boundary
    crs: str

    def __len__(self) -> int:
        return len(self.geometry)


def clip_grid(grid: np.ndarray, area: shapely.Geometry) -> np.ndarray:
    """Cells clipped to ``area``; cells wholly inside are kept as they are."""
    shapely.prepare(area)
    hit = shapely.intersects(area, grid)
    cells = grid[hit]
    inside = shapely.contains_properly(area, cells)
    out = cells.copy()
    out[~inside] = shapely.intersection(cells[~inside], area)
    out = shapely.make_valid(out)
    # Keep polygonal parts only (an overlay can leave slivers of lines where edges touch).
    parts, index = shapely.get_parts(out, return_index=True)
    poly = np.isin(shapely.get_type_id(parts), (3, 6)) & (shapely.area(parts) > 0)
    keep_units = np.unique(index[poly])
    result = np.empty(len(keep_units), dtype=object)
    for k, u in enumerate(keep_units):  # only cells cut into several kinds of part
        pieces = parts[(index == u) & poly]
        result[k] = (
            pieces[0] if len(pieces) == 1 else shapely.multipolygons(shapely.get_parts(pieces))
        )
    return result


def boundary_table(units: np.ndarray, scale: float = 1e-3) -> Boundary:
    """Shared edge length for each pair of neighbouring units and each unit's exposed edge.

    Lengths in km (``scale`` from metres). Exposed = perimeter minus all shared edges, i.e.
    the part of a unit's edge on the study-area boundary (Marxan's ``id1 == id2`` row).
    """
    n = len(units)
    tree = shapely.STRtree(units)
    i, j = tree.query(units, predicate="intersects")
    keep = i < j
    i, j = i[keep], j[keep]
    edges = shapely.intersection(shapely.boundary(units[i]), shapely.boundary(units[j]))
    length = shapely.length(edges) * scale
    keep = length > 1e-9
    i, j, length = i[keep], j[keep], length[keep]
    perimeter = shapely.length(units) * scale
    shared = np.bincount(i, length, n) + np.bincount(j, length, n)
    exposed = np.clip(perimeter - shared, 0.0, None)
    exposed[exposed < 1e-9 * np.maximum(perimeter, 1.0)] = 0.0
    return Boundary(i=i.astype(np.int64), j=j.astype(np.int64), length=length, exposed=exposed)


def hexagon_units(
    area: shapely.Geometry,
    cell_area_km2: float,
    countries: np.ndarray,
    country_codes: tuple[str, ...],
    protected: np.ndarray,
    crs: str,
    lock_in_threshold: float = 0.5,
) -> PlanningUnits:
    """Hexagonal planning units of ``cell_area_km2`` over ``area`` (metres CRS).

    Cost is the unit's area (km2); units whose protected share is at least
    ``lock_in_threshold`` are locked in.
    """
    area_km2 = float(shapely.area(area)) / 1e6
    if cell_area_km2 >= area_km2:
        raise InputError(
            tr(
                "The hexagon area ({cell:.0f} km2) is not smaller than the study area "
                "({area:.0f} km2): choose hexagons of at most {suggest:.0f} km2."
            ).format(cell=cell_area_km2, area=area_km2, suggest=max(area_km2 / 100.0, 0.01))
        )
    grid = hex_grid(area.bounds, cell_area_km2 * 1e6)
    units = clip_grid(grid, area)
    unit_area = shapely.area(units) / 1e6
    shares = overlap_matrix(units, countries, unit_area * 1e6)
    country = np.array(country_codes, dtype=object)[np.asarray(shares.argmax(axis=1)).ravel()]
    if len(protected):
        dissolved = shapely.get_parts(shapely.union_all(shapely.make_valid(protected)))
        prot = np.asarray(overlap_matrix(units, dissolved, unit_area * 1e6).sum(axis=1)).ravel()
    else:
        prot = np.zeros(len(units))
    protected_share = np.clip(prot / unit_area, 0.0, 1.0)
    return PlanningUnits(
        geometry=units,
        area_km2=unit_area,
        cost=unit_area.copy(),
        country=country,
        country_shares=shares,
        country_codes=tuple(country_codes),
        protected_share=protected_share,
        locked_in=protected_share >= lock_in_threshold,
        boundary=boundary_table(units),
        crs=crs,
    )
