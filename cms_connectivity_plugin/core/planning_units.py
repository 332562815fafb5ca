"""Planning units: grids or polygons clipped to the study area, with what the solver needs.

Units are hexagons (default) or squares of a given area, or the polygons of a layer the user
gives (sites, parcels, watersheds: one unit per feature), clipped to the study area (the
union of the chosen countries or a user polygon). Per unit: id, area, cost, country (largest
share, all shares kept: a unit across a border counts in each country with its own area; a
site's own single ISO3 code wins over coarser borders), the shares covered by protected
areas, by areas to keep in and by areas to keep out, and the lock status (locked in / locked
out, Marxan's status 2 / 3); per pair of neighbours the shared boundary length, and per unit
its exposed outer edge (DESIGN.md section 5).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from scipy import sparse

from . import defaults
from .amounts import PIECE_VERTICES, overlap_matrix, subdivide
from .atomic import atomic_path
from .borders import CountryTable, select_countries, single_iso3
from .costs import CostSpec, unit_costs
from .countries import equivalent_code
from .crs import CRS, WGS84, is_metric, laea_for, transform
from .errors import InputError
from .i18n import localized, name_items, tr
from .problem import Boundary
from .vector import (
    POLYGONAL,
    VectorTable,
    polygon_parts,
    repair,
    require_crs,
    require_features,
    require_geometry,
)

KINDS = ("hexagon", "square", "layer")
#: Largest grid built before clipping; a finer grid is refused with a suggested cell area.
MAX_GRID_CELLS = 3_000_000
#: Default tolerance (m) within which the edges of units from a layer count as shared.
LAYER_EDGE_TOLERANCE_M = 1.0
#: Text field of the planning-unit layer with each unit's km2 per country ("ESP:268.1;PRT:12").
SHARES_FIELD = "country_shares"
#: Fields of a unit layer naming the site's own country (WDPA's ``ISO3``), case-insensitive.
SITE_ISO3_FIELDS = ("iso3",)
#: A country share below this (km2, one square metre) is floating-point dust, not a part.
MIN_SHARE_KM2 = 1e-6
#: Significant digits of shares below 1 km2 in :data:`SHARES_FIELD` (larger ones: 0.001 km2).
SHARE_DIGITS = 6

# Pointy-top hexagon vertices in lattice steps: x in half-widths, y in half-sides.
_HEX_DX = np.array([0, 1, 1, 0, -1, -1, 0])
_HEX_DY = np.array([2, 1, -1, -2, -1, 1, 2])
# Square vertices in lattice steps (counter-clockwise, closed).
_SQ_DX = np.array([0, 1, 1, 0, 0])
_SQ_DY = np.array([0, 0, 1, 1, 0])


def hex_side(cell_area_m2: float) -> float:
    """Side length of a regular hexagon of the given area."""
    return float(np.sqrt(2.0 * cell_area_m2 / (3.0 * np.sqrt(3.0))))


@dataclass(frozen=True)
class Lattice:
    """Cell vertices as integers: vertex k of cell c is at
    ``(ix[c, k] * step_x + x0, iy[c, k] * step_y + y0)``.

    Neighbours share bit-identical vertices (the same integers give the same floats), and a
    shared edge is the same pair of integer vertices in both cells, which is how
    :func:`lattice_boundary` finds neighbours without any geometry.
    """

    ix: np.ndarray  # (cells, vertices + 1), closed rings
    iy: np.ndarray
    step_x: float
    step_y: float
    x0: float
    y0: float

    def polygons(self) -> np.ndarray:
        xs = self.ix * self.step_x + self.x0
        ys = self.iy * self.step_y + self.y0
        return shapely.polygons(np.stack([xs, ys], axis=-1))


def hex_lattice(bounds: tuple[float, float, float, float], cell_area_m2: float) -> Lattice:
    """Pointy-top hexagons covering ``bounds``: integers in half-widths and half-sides."""
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
    ix = cx[:, None] + _HEX_DX[None, :]
    iy = cy[:, None] + _HEX_DY[None, :]
    return Lattice(ix, iy, half_w, half_s, minx, miny)


def square_lattice(bounds: tuple[float, float, float, float], cell_area_m2: float) -> Lattice:
    """Squares covering ``bounds``: integers in sides."""
    side = float(np.sqrt(cell_area_m2))
    minx, miny, maxx, maxy = bounds
    n_cols = max(int(np.ceil((maxx - minx) / side)), 1)
    n_rows = max(int(np.ceil((maxy - miny) / side)), 1)
    col, row = np.meshgrid(np.arange(n_cols), np.arange(n_rows))
    col, row = col.ravel(), row.ravel()
    ix = col[:, None] + _SQ_DX[None, :]
    iy = row[:, None] + _SQ_DY[None, :]
    return Lattice(ix, iy, side, side, minx, miny)


def hex_grid(bounds: tuple[float, float, float, float], cell_area_m2: float) -> np.ndarray:
    """Regular hexagons covering ``bounds``.

    Vertices are integer multiples of the half-width and half-side from one origin, so
    neighbours share bit-identical vertices and their common edge is found exactly.
    """
    return hex_lattice(bounds, cell_area_m2).polygons()


def square_grid(bounds: tuple[float, float, float, float], cell_area_m2: float) -> np.ndarray:
    """Squares of the given area covering ``bounds``, on an integer lattice like
    :func:`hex_grid`, so neighbours share bit-identical corners."""
    return square_lattice(bounds, cell_area_m2).polygons()


@dataclass(frozen=True)
class PlanningUnits:
    """Units with their attributes; areas in km2, lengths in km.

    ``unit_id`` is what users see (1..n for grids, the id field or feature id for layer
    units); row ``k`` of every array is unit ``unit_id[k]``.
    """

    geometry: np.ndarray
    area_km2: np.ndarray
    cost: np.ndarray
    country: np.ndarray  # ISO3 of the largest share ("" when outside every country)
    country_shares: sparse.csr_matrix  # units x countries, km2
    country_codes: tuple[str, ...]
    protected_share: np.ndarray  # 0..1
    locked_in: np.ndarray  # bool
    boundary: Boundary
    crs: str
    unit_id: np.ndarray | None = field(default=None)
    #: Share (0..1) covered by the areas to keep in / to keep out (None: none given).
    lockin_share: np.ndarray | None = field(default=None)
    lockout_share: np.ndarray | None = field(default=None)
    locked_out: np.ndarray | None = field(default=None)  # bool (None: none)
    #: Units of a site layer whose own ISO3 code set their country (None: no such field).
    site_countries: SiteCountries | None = field(default=None)

    def __post_init__(self) -> None:
        n = len(self.geometry)
        if self.unit_id is None:
            object.__setattr__(self, "unit_id", np.arange(1, n + 1))
        for name in ("lockin_share", "lockout_share"):
            if getattr(self, name) is None:
                object.__setattr__(self, name, np.zeros(n))
        if self.locked_out is None:
            object.__setattr__(self, "locked_out", np.zeros(n, dtype=bool))

    def __len__(self) -> int:
        return len(self.geometry)


@dataclass(frozen=True)
class SiteCountries:
    """Units of a site layer whose country is the site's own ISO3 code, not the borders'.

    Border layers are often coarser than sites (Natural Earth at 1:110m moves borders by
    kilometres), so a reserve wholly in one country came out shared with its neighbour and
    alone made a TFCA candidate. ``moved_km2`` is what the borders had put in other
    countries or outside every country; ``borders`` what they said, for the log.
    """

    field: str
    own: np.ndarray  # bool per unit: country from the site's field
    moved_km2: np.ndarray  # per unit, 0 where the borders agreed
    borders: np.ndarray  # per unit, the border layer's shares as text ("GUY:80.1;VEN:20.3")

    @property
    def changed(self) -> np.ndarray:
        """Units whose country the site's own code changed from what the borders said."""
        return self.own & (self.moved_km2 > MIN_SHARE_KM2)


# --------------------------------------------------------------------------------------------
# Countries of the units
# --------------------------------------------------------------------------------------------


def _share_text(value: float) -> str:
    """km2 to 0.001 (1,000 m2) from 1 km2 up, six significant digits below."""
    value = float(value)
    big = value >= 1.0
    return np.format_float_positional(
        value, precision=3 if big else SHARE_DIGITS, unique=False, fractional=big, trim="0"
    )


def format_country_shares(shares: sparse.spmatrix, codes: tuple[str, ...]) -> np.ndarray:
    """Each unit's km2 per country as text, largest first: ``"ESP:268.123;PRT:12.0043"``.

    One text field reads in the attribute table whatever the number of countries (one field
    per country would change the layer's schema with the study area); areas come back within
    0.0005 km2, or six significant digits below 1 km2. A unit outside every country gets "".
    """
    coo = sparse.coo_matrix(shares)
    out = np.full(coo.shape[0], "", dtype=object)
    keep = coo.data > MIN_SHARE_KM2
    row, col, val = coo.row[keep], coo.col[keep], coo.data[keep]
    if len(row) == 0:
        return out
    code_arr = np.asarray(codes, dtype=object)[col].astype(str)
    order = np.lexsort((code_arr, -val, row))
    row = row[order]
    items = [f"{c}:{_share_text(v)}" for c, v in zip(code_arr[order], val[order])]
    starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
    ends = np.r_[starts[1:], len(items)]
    out[row[starts]] = [";".join(items[a:b]) for a, b in zip(starts.tolist(), ends.tolist())]
    return out


def parse_country_shares(
    values, layer: str, field: str = SHARES_FIELD
) -> tuple[sparse.csr_matrix, tuple[str, ...]]:
    """The (units x countries, km2) matrix and its sorted codes from :data:`SHARES_FIELD` texts.

    Empty or NULL: the unit lies in no country. A malformed text stops with the layer, field,
    feature and value, and how to fix it.
    """
    rows, codes, areas = [], [], []
    for row, value in enumerate(values):
        text = "" if value is None else str(value).strip()
        if not text or text.upper() == "NULL":
            continue
        for item in text.split(";"):
            if not item.strip():
                continue
            code, _, number = item.partition(":")
            code = code.strip().upper()
            try:
                area = float(number)
            except ValueError:
                area = float("nan")
            if not (code and np.isfinite(area) and area >= 0):
                raise InputError(
                    tr(
                        "The field '{field}' of '{layer}' has '{value}' at feature {row}: write "
                        "each unit's km2 per country as ESP:268.1;PRT:12.0, or delete the field "
                        "to count each unit in its country field."
                    ).format(field=field, layer=layer, value=text, row=row + 1)
                )
            rows.append(row)
            codes.append(code)
            areas.append(area)
    uniq = tuple(sorted(set(codes)))
    col = np.searchsorted(np.array(uniq, dtype=object), np.array(codes, dtype=object))
    matrix = sparse.csr_matrix(
        (np.array(areas, dtype=float), (np.array(rows, dtype=np.int64), col.astype(np.int64))),
        shape=(len(values), len(uniq)),
    )
    matrix.sum_duplicates()
    return matrix, uniq


def largest_country(shares: sparse.spmatrix, codes: tuple[str, ...]) -> np.ndarray:
    """ISO3 of each unit's largest share, "" for a unit outside every country."""
    shares = sparse.csr_matrix(shares)
    n = shares.shape[0]
    if shares.shape[1] == 0:
        return np.full(n, "", dtype=object)
    code_arr = np.array(codes, dtype=object)
    country = code_arr[np.asarray(shares.argmax(axis=1)).ravel()]
    country[np.asarray(shares.sum(axis=1)).ravel() <= MIN_SHARE_KM2] = ""
    return country


def cap_shares(shares: sparse.spmatrix, unit_area_km2: np.ndarray) -> sparse.csr_matrix:
    """Shares scaled down where they add up to more than the unit (border polygons that
    overlap would count the overlap in both countries)."""
    shares = sparse.csr_matrix(shares, dtype=float, copy=True)
    total = np.asarray(shares.sum(axis=1)).ravel()
    area = np.asarray(unit_area_km2, dtype=float)
    scale = np.ones(len(area))
    over = total > area * (1.0 + 1e-9)
    scale[over] = area[over] / total[over]
    return sparse.csr_matrix(sparse.diags(scale) @ shares)


def site_iso3_codes(layer: VectorTable, rows: np.ndarray) -> tuple[str | None, np.ndarray]:
    """(field, the single ISO3 code of each kept unit or "") from the layer's ISO3 field."""
    name = layer.field(*SITE_ISO3_FIELDS)
    if name is None:
        return None, np.full(len(rows), "", dtype=object)
    column = layer.column(name)[np.asarray(rows, dtype=np.int64)]
    return name, np.array([single_iso3(v) for v in column], dtype=object)


def apply_site_countries(
    shares: sparse.spmatrix,
    codes: tuple[str, ...],
    own: np.ndarray,
    unit_area_km2: np.ndarray,
) -> tuple[sparse.csr_matrix, tuple[str, ...], np.ndarray]:
    """Units with their own code wholly in that country: (shares, codes, km2 moved).

    The code is matched to the border layer's own spelling of the same country (Kosovo's
    XKX, KOS or KSV); a country the borders lack is added as a new column.
    """
    shares = sparse.csr_matrix(shares, dtype=float)
    own = np.asarray(own, dtype=object)
    area = np.asarray(unit_area_km2, dtype=float)
    codes = list(codes)
    index = {code: k for k, code in enumerate(codes)}
    column = np.full(len(own), -1, dtype=np.int64)
    for row in np.flatnonzero(own != ""):
        code = equivalent_code(own[row], index) or own[row]
        if code not in index:
            index[code] = len(codes)
            codes.append(code)
        column[row] = index[code]
    shares = sparse.csr_matrix((shares.data, shares.indices, shares.indptr), (len(own), len(codes)))
    rows = np.flatnonzero(column >= 0)
    kept = np.asarray(shares[rows, column[rows]]).ravel() if len(rows) else np.zeros(0)
    moved = np.zeros(len(own))
    moved[rows] = np.clip(area[rows] - kept, 0.0, None)
    keep = np.ones(len(own))
    keep[rows] = 0.0
    others = sparse.diags(keep) @ shares
    mine = sparse.csr_matrix((area[rows], (rows, column[rows])), shape=shares.shape)
    return sparse.csr_matrix(others + mine), tuple(codes), moved


def site_countries_message(units: PlanningUnits, layer: str) -> str | None:
    """The log line saying which units took their country from their own ISO3 field
    where the border layer said otherwise (None when the borders agreed everywhere)."""
    site = units.site_countries
    if site is None:
        return None
    changed = np.flatnonzero(site.changed)
    if len(changed) == 0:
        return None
    first = changed[int(np.argmax(site.moved_km2[changed]))]
    return localized(
        tr(
            "{n} unit(s) of '{layer}' lie wholly in the country of their own {field} field, "
            "though the border layer put {moved:,.1f} km2 of them in other countries or at sea "
            "(most: unit {unit}, {field} {code}, borders {borders}). A site's single code wins "
            "over coarser borders; a site with several codes (ESP;PRT) follows the borders."
        ),
        n=len(changed),
        layer=layer,
        field=site.field,
        moved=float(site.moved_km2[changed].sum()),
        unit=units.unit_id[first],
        code=units.country[first],
        borders=site.borders[first] or "-",
    )


def outside_countries_messages(units: PlanningUnits) -> list[str]:
    """Log lines on the units, or parts of units, outside every country (at sea, beyond the
    borders): they count in no country's area and have an empty country."""
    area = np.asarray(units.area_km2, dtype=float)
    inside = np.asarray(units.country_shares.sum(axis=1)).ravel()
    outside = np.clip(area - inside, 0.0, None)
    whole = inside <= MIN_SHARE_KM2
    part = ~whole & (outside > 1e-4 * area) & (outside > MIN_SHARE_KM2)
    lines = []
    if whole.any():
        lines.append(
            localized(
                tr(
                    "{n} planning unit(s) ({area:,.1f} km2) lie outside every country of the "
                    "border layer (at sea or beyond its borders): their country is empty and "
                    "they count in no country's area."
                ),
                n=int(whole.sum()),
                area=float(area[whole].sum()),
            )
        )
    if part.any():
        lines.append(
            localized(
                tr(
                    "{n} planning unit(s) lie partly outside every country (on the coast or the "
                    "edge of the border layer; {area:,.1f} km2 in all): only their parts in a "
                    "country count in its area."
                ),
                n=int(part.sum()),
                area=float(outside[part].sum()),
            )
        )
    return lines


# --------------------------------------------------------------------------------------------
# Clipping
# --------------------------------------------------------------------------------------------


def _single_or_multi(parts: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """One geometry per owner 0..n-1 from its polygon parts: the polygon itself when there is
    one part, a MultiPolygon otherwise, ``None`` when there is none."""
    out = np.full(n, None, dtype=object)
    count = np.bincount(owner, minlength=n)
    single = count[owner] == 1
    out[owner[single]] = parts[single]
    multi = ~single
    if multi.any():
        groups = np.unique(owner[multi])
        out[groups] = shapely.multipolygons(
            parts[multi], indices=np.searchsorted(groups, owner[multi])
        )
    return out


def _local_intersection(cells: np.ndarray, area: shapely.Geometry) -> np.ndarray:
    """``cells & area`` for cells cut by the area's outline, fast when the outline is long.

    An overlay costs time in proportion to both inputs' vertices, and a country outline has
    tens of thousands. The area is cut into pieces (see :func:`amounts.subdivide`); a cell
    whose bounding box meets a single piece is intersected with that piece, which gives the
    same result, and only cells meeting several pieces use the whole area.
    """
    if shapely.get_num_coordinates(area) <= PIECE_VERTICES or len(cells) < 8:
        return shapely.intersection(cells, area)
    pieces, _ = subdivide(np.array([area], dtype=object))
    cell_idx, piece_idx = shapely.STRtree(pieces).query(cells)  # bounding boxes
    count = np.bincount(cell_idx, minlength=len(cells))
    out = np.full(len(cells), None, dtype=object)
    one = count[cell_idx] == 1
    out[cell_idx[one]] = shapely.intersection(cells[cell_idx[one]], pieces[piece_idx[one]])
    several = count > 1
    out[several] = shapely.intersection(cells[several], area)
    out[count == 0] = shapely.from_wkt("GEOMETRYCOLLECTION EMPTY")  # nowhere near the area
    return out


def _clip(units: np.ndarray, area: shapely.Geometry) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`clip_units`, plus whether each kept unit was cut by the area's outline."""
    units = np.asarray(units, dtype=object)
    shapely.prepare(area)
    hit = np.flatnonzero(shapely.intersects(area, units))
    cells = units[hit]
    inside = shapely.contains_properly(area, cells)
    out = cells.copy()
    cut = np.flatnonzero(~inside)
    if len(cut):
        pieces = shapely.make_valid(_local_intersection(cells[cut], area))
        # Keep polygonal parts only (an overlay can leave lines where edges touch).
        parts, owner = shapely.get_parts(pieces, return_index=True)
        parts, owner2 = shapely.get_parts(parts, return_index=True)
        owner = owner[owner2]
        poly = (shapely.get_type_id(parts) == 3) & (shapely.area(parts) > 0)
        out[cut] = _single_or_multi(parts[poly], owner[poly], len(cut))
    keep = ~shapely.is_missing(out)
    return out[keep], hit[keep], ~inside[keep]


def clip_units(units: np.ndarray, area: shapely.Geometry) -> tuple[np.ndarray, np.ndarray]:
    """Units clipped to ``area`` and the index of each kept unit in ``units``.

    Units wholly inside are kept as they are (bit-identical, so shared edges stay exact);
    units outside or touching only along a line or a point are dropped; a unit cut into
    several pieces becomes one MultiPolygon.
    """
    geoms, rows, _ = _clip(units, area)
    return geoms, rows


def clip_grid(grid: np.ndarray, area: shapely.Geometry) -> np.ndarray:
    """Cells clipped to ``area``; cells wholly inside are kept as they are."""
    return clip_units(grid, area)[0]


# --------------------------------------------------------------------------------------------
# Boundary
# --------------------------------------------------------------------------------------------


def boundary_table(units: np.ndarray, scale: float = 1e-3, tolerance: float = 0.0) -> Boundary:
    """Shared edge length for each pair of neighbouring units and each unit's exposed edge.

    Lengths in km (``scale`` from metres). Exposed = perimeter minus all shared edges, i.e.
    the part of a unit's edge on the study-area boundary (Marxan's ``id1 == id2`` row).

    ``tolerance = 0``: edges are shared where the outlines coincide exactly, as between
    cells of one lattice (:func:`build_planning_units` uses :func:`lattice_boundary` for
    grids, which does not even need that). ``tolerance > 0`` (metres; polygons from a layer, whose
    common edges were digitised twice and match only approximately): the shared length of
    A and B is the mean of the length of A's outline within ``tolerance`` of B and of B's
    outline within ``tolerance`` of A. Gaps and overlaps narrower than the tolerance are
    bridged, and vertices need not match; each shared edge is overestimated by up to about
    the tolerance at each end (where the outlines part), and pairs sharing less than three
    tolerances (a corner) are not neighbours.
    """
    units = np.asarray(units, dtype=object)
    n = len(units)
    tree = shapely.STRtree(units)
    outline = shapely.boundary(units)
    if tolerance > 0:
        i, j = tree.query(units, predicate="dwithin", distance=tolerance)
        keep = i < j
        i, j = i[keep], j[keep]
        grown = shapely.buffer(units, tolerance, quad_segs=2)
        a = shapely.length(shapely.intersection(outline[i], grown[j]))
        b = shapely.length(shapely.intersection(outline[j], grown[i]))
        metres = (a + b) / 2.0
        keep = metres > 3.0 * tolerance
    else:
        i, j = tree.query(units, predicate="intersects")
        keep = i < j
        i, j = i[keep], j[keep]
        metres = shapely.length(shapely.intersection(outline[i], outline[j]))
        keep = metres * scale > 1e-9
    i, j, length = i[keep], j[keep], metres[keep] * scale
    perimeter = shapely.length(units) * scale
    shared = np.bincount(i, length, n) + np.bincount(j, length, n)
    exposed = np.clip(perimeter - shared, 0.0, None)
    exposed[exposed < 1e-9 * np.maximum(perimeter, 1.0)] = 0.0
    return Boundary(i=i.astype(np.int64), j=j.astype(np.int64), length=length, exposed=exposed)


def lattice_boundary(
    units: np.ndarray,
    lattice: Lattice,
    rows: np.ndarray,
    cut: np.ndarray,
    area: shapely.Geometry,
    scale: float = 1e-3,
) -> Boundary:
    """:func:`boundary_table` for grid cells clipped to ``area``, from the lattice.

    ``units[k]`` is lattice cell ``rows[k]`` clipped to ``area``, ``cut[k]`` when the area's
    outline crosses it. Two cells are neighbours when they have the same lattice edge (the
    same pair of integer vertices): no geometry is compared. Their shared length is the
    edge's length when neither is cut, else the length of the edge inside ``area``: clipped
    cells A = a & area and B = b & area meet exactly along (a & b) & area. This does not
    depend on two overlays computing bit-identical crossing points, which they need not
    (an exact comparison of the clipped outlines then misses the shared edge).
    """
    n = len(units)
    vx, vy = lattice.ix[rows], lattice.iy[rows]
    ax, ay, bx, by = (v.ravel() for v in (vx[:, :-1], vy[:, :-1], vx[:, 1:], vy[:, 1:]))
    owner = np.repeat(np.arange(n), vx.shape[1] - 1)
    swap = (ax > bx) | ((ax == bx) & (ay > by))
    k1x, k1y = np.where(swap, bx, ax), np.where(swap, by, ay)
    k2x, k2y = np.where(swap, ax, bx), np.where(swap, ay, by)
    order = np.lexsort((k2y, k2x, k1y, k1x))
    keys = np.stack([k1x, k1y, k2x, k2y])[:, order]
    same = (keys[:, 1:] == keys[:, :-1]).all(axis=0)
    first, second = order[:-1][same], order[1:][same]
    i, j = np.minimum(owner[first], owner[second]), np.maximum(owner[first], owner[second])
    x1 = k1x[first] * lattice.step_x + lattice.x0
    y1 = k1y[first] * lattice.step_y + lattice.y0
    x2 = k2x[first] * lattice.step_x + lattice.x0
    y2 = k2y[first] * lattice.step_y + lattice.y0
    metres = np.hypot(x2 - x1, y2 - y1)
    partial = np.flatnonzero(cut[i] | cut[j])
    if len(partial):
        edges = shapely.linestrings(
            np.stack([np.column_stack([x1, y1]), np.column_stack([x2, y2])], axis=1)[partial]
        )
        metres[partial] = shapely.length(_local_intersection(edges, area))
    keep = metres * scale > 1e-9
    i, j, length = i[keep], j[keep], metres[keep] * scale
    order = np.lexsort((j, i))
    i, j, length = i[order], j[order], length[order]
    perimeter = shapely.length(units) * scale
    shared = np.bincount(i, length, n) + np.bincount(j, length, n)
    exposed = np.clip(perimeter - shared, 0.0, None)
    exposed[exposed < 1e-9 * np.maximum(perimeter, 1.0)] = 0.0
    return Boundary(i=i.astype(np.int64), j=j.astype(np.int64), length=length, exposed=exposed)


def write_boundary_csv(units: PlanningUnits, path: str | Path) -> Path:
    """Marxan ``bound.dat`` as CSV: ``id1,id2,boundary`` (km), exposed edges as id1 == id2.

    Marxan itself wants integer ids; grid units and layers without an id field have them.
    """
    path = Path(path)
    b = units.boundary
    ids = np.asarray(units.unit_id)
    outer = np.flatnonzero(b.exposed > 0)
    first = np.concatenate([ids[b.i], ids[outer]])
    second = np.concatenate([ids[b.j], ids[outer]])
    length = np.concatenate([b.length, b.exposed[outer]])
    with atomic_path(path) as temporary:
        with open(temporary, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id1", "id2", "boundary"])
            rows = zip(first.tolist(), second.tolist(), np.round(length, 6).tolist())
            writer.writerows(rows)
    return path


# --------------------------------------------------------------------------------------------
# Study area and inputs
# --------------------------------------------------------------------------------------------


def require_metric_crs(crs: str, what: str) -> None:
    """Areas and lengths are computed in the units' CRS: it must be projected, in metres."""
    if is_metric(crs, what):
        return
    raise InputError(
        tr(
            "The CRS '{name}' of {what} is not a projected CRS in metres: areas would be "
            "wrong; choose an equal-area CRS (leave it empty for one centred on the study "
            "area)."
        ).format(name=CRS.from_user_input(crs).name, what=what)
    )


def study_area_from_table(
    table: VectorTable, crs: str | None = None
) -> tuple[shapely.Geometry, str]:
    """The union of a polygon layer as the study area, in ``crs`` (default: Lambert
    azimuthal equal-area centred on it). Returns ``(geometry, crs)``."""
    require_crs(table)
    require_features(table)
    require_geometry(table, POLYGONAL, tr("polygons"))
    table, _ = repair(table)
    geoms = polygon_parts(table.geometry[~shapely.is_missing(table.geometry)])
    if crs is None:
        lonlat = shapely.union_all(transform(geoms, table.crs, WGS84))
        centre = shapely.centroid(lonlat)
        crs = laea_for(centre.x, centre.y)
    require_metric_crs(crs, tr("the planning units"))
    area = shapely.make_valid(shapely.union_all(transform(geoms, table.crs, crs)))
    if shapely.area(area) <= 0:
        raise InputError(
            tr("The study-area layer '{layer}' has no area: choose a polygon layer.").format(
                layer=table.name
            )
        )
    return area, crs


def countries_in_area(
    table: CountryTable, area: shapely.Geometry, crs: str
) -> tuple[np.ndarray, tuple[str, ...]]:
    """Countries of a border layer that overlap ``area`` (in ``crs``), projected to ``crs``.

    Lets units of a user-drawn study area still carry their country (for TFCA candidates).
    """
    codes = countries_under(table, area, crs)
    if not codes:
        return np.array([], dtype=object), ()
    _, geoms = countries_near(table, codes, area, crs)
    return geoms, codes


def countries_under(table: CountryTable, area: shapely.Geometry, crs: str) -> tuple[str, ...]:
    """ISO3 codes of the border layer's countries that overlap ``area`` (in ``crs``)."""
    known = table.iso3 != ""
    area_there = transform(np.array([area], dtype=object), crs, table.crs)[0]
    shapely.prepare(area_there)
    hit = known & shapely.intersects(area_there, table.geometry)
    return tuple(dict.fromkeys(table.iso3[hit]))


def countries_near(
    table: CountryTable, codes: tuple[str, ...], area: shapely.Geometry, crs: str
) -> tuple[np.ndarray, np.ndarray]:
    """(names, polygons in ``crs``) of ``codes``, cut to the neighbourhood of ``area``.

    Only the neighbourhood matters; far parts (Chukotka for a Baltic study area) could land
    near the projection's singular point.
    """
    names, geoms = select_countries(table, codes)
    area_there = transform(np.array([area], dtype=object), crs, table.crs)[0]
    x0, y0, x1, y1 = shapely.bounds(area_there)
    pad = 0.1 * max(x1 - x0, y1 - y0)
    near = shapely.make_valid(shapely.clip_by_rect(geoms, x0 - pad, y0 - pad, x1 + pad, y1 + pad))
    return names, shapely.make_valid(transform(near, table.crs, crs))


def _id_values(table: VectorTable, id_field: str | None) -> np.ndarray:
    """Unit ids from the id field (or feature ids); NULL and duplicate ids are refused."""
    if not id_field:
        return np.asarray(table.ids)
    real = table.field(id_field)
    if real is None:
        raise InputError(
            tr(
                "The unit layer '{layer}' has no field '{field}' for unit ids: choose one of "
                "{fields}."
            ).format(layer=table.name, field=id_field, fields=name_items(list(table.columns)))
        )
    values = table.column(real)
    null = np.array([v is None for v in values], dtype=bool)
    if null.any():
        raise InputError(
            tr(
                "The id field '{field}' of '{layer}' is empty (NULL) for feature(s) {fids}: "
                "give every unit an id or leave the id field empty to use feature ids."
            ).format(field=real, layer=table.name, fids=name_items(table.ids[null]))
        )
    try:
        numbers = np.array([float(v) for v in values])
        integral = np.all(np.isfinite(numbers) & (numbers == np.round(numbers)))
    except (TypeError, ValueError):
        integral = False
    ids = numbers.astype(np.int64) if integral else np.array([str(v) for v in values], object)
    uniq, counts = np.unique(ids, return_counts=True)
    if (counts > 1).any():
        raise InputError(
            tr(
                "The id field '{field}' of '{layer}' repeats the id(s) {ids}: every planning "
                "unit needs its own id; choose another field or fix the values."
            ).format(field=real, layer=table.name, ids=name_items(uniq[counts > 1]))
        )
    return ids


def _layer_units(
    layer: VectorTable, area: shapely.Geometry, crs: str, id_field: str | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Polygons of a layer as units clipped to ``area``: (geometry, ids, rows kept)."""
    require_crs(layer)
    require_features(layer)
    require_geometry(layer, POLYGONAL, tr("polygons"))
    missing = shapely.is_missing(layer.geometry) | shapely.is_empty(layer.geometry)
    if missing.any():
        raise InputError(
            tr(
                "The unit layer '{layer}' has features without geometry ({fids}): delete them "
                "or draw their polygons."
            ).format(layer=layer.name, fids=name_items(layer.ids[missing]))
        )
    ids = _id_values(layer, id_field)
    fixed, _ = repair(layer)
    geoms = transform(fixed.geometry, layer.crs, crs).copy()
    collection = shapely.get_type_id(geoms) == 7  # repairs can return collections
    if collection.any():
        geoms[collection] = polygon_parts(geoms[collection])
    units, rows = clip_units(geoms, area)
    if len(units) == 0:
        raise InputError(
            tr(
                "None of the {n} polygons of '{layer}' overlap the study area: check the "
                "layer's CRS, or choose a study area that covers them."
            ).format(n=len(layer), layer=layer.name)
        )
    return units, ids[rows], rows


def _grid_messages(kind: str) -> tuple[str, str, str]:
    """Messages about the cell size, one literal per shape so each translates whole."""
    if kind == "hexagon":
        return (
            tr("The hexagon area is {cell} km2: give an area above 0 km2."),
            tr(
                "The hexagon area ({cell:.0f} km2) is not smaller than the study area "
                "({area:.0f} km2): choose hexagons of at most {suggest:.0f} km2."
            ),
            tr(
                "Hexagons of {cell:g} km2 would make about {cells:,.0f} cells over the study "
                "area's extent: choose hexagons of at least {suggest:.3g} km2."
            ),
        )
    return (
        tr("The square area is {cell} km2: give an area above 0 km2."),
        tr(
            "The square area ({cell:.0f} km2) is not smaller than the study area "
            "({area:.0f} km2): choose squares of at most {suggest:.0f} km2."
        ),
        tr(
            "Squares of {cell:g} km2 would make about {cells:,.0f} cells over the study "
            "area's extent: choose squares of at least {suggest:.3g} km2."
        ),
    )


def _grid_units(
    area: shapely.Geometry, kind: str, cell_area_km2: float | None
) -> tuple[np.ndarray, Boundary]:
    """Hexagons or squares of ``cell_area_km2`` clipped to ``area``, and their boundary."""
    not_positive, too_big, too_many = _grid_messages(kind)
    if cell_area_km2 is None or not np.isfinite(cell_area_km2) or cell_area_km2 <= 0:
        raise InputError(not_positive.format(cell=cell_area_km2))
    area_km2 = float(shapely.area(area)) / 1e6
    if cell_area_km2 >= area_km2:
        raise InputError(
            too_big.format(cell=cell_area_km2, area=area_km2, suggest=max(area_km2 / 100.0, 0.01))
        )
    minx, miny, maxx, maxy = area.bounds
    cells = (maxx - minx) * (maxy - miny) / (cell_area_km2 * 1e6)
    if cells > MAX_GRID_CELLS:
        raise InputError(
            too_many.format(
                cell=cell_area_km2, cells=cells, suggest=cell_area_km2 * cells / MAX_GRID_CELLS
            )
        )
    make = hex_lattice if kind == "hexagon" else square_lattice
    lattice = make(area.bounds, cell_area_km2 * 1e6)
    units, rows, cut = _clip(lattice.polygons(), area)
    return units, lattice_boundary(units, lattice, rows, cut, area)


# --------------------------------------------------------------------------------------------
# Covered shares and locks
# --------------------------------------------------------------------------------------------


def covered_share(
    units: np.ndarray, polygons: np.ndarray | None, unit_area_km2: np.ndarray
) -> np.ndarray:
    """Share (0..1) of each unit covered by the union of ``polygons`` (same CRS, metres).

    Overlapping polygons count once: they are dissolved first, then the area of each piece
    in each unit comes from :func:`amounts.overlap_matrix` (an STRtree query and one
    vectorised intersection). ``None`` or no polygons: all zeros.
    """
    n = len(units)
    if polygons is None:
        return np.zeros(n)
    polygons = np.asarray(polygons, dtype=object)
    polygons = polygons[~shapely.is_missing(polygons)]
    if len(polygons) == 0 or n == 0:
        return np.zeros(n)
    dissolved = shapely.get_parts(shapely.union_all(shapely.make_valid(polygons)))
    area = np.asarray(unit_area_km2, dtype=float)
    covered = np.asarray(overlap_matrix(units, dissolved, area * 1e6).sum(axis=1)).ravel()
    return np.clip(covered / area, 0.0, 1.0)


def check_threshold(value: float, kind: str) -> float:
    """A lock threshold: a share above 0 and at most 1, else :class:`InputError`.

    ``kind`` is ``"in"`` or ``"out"``; each has its own message so each translates whole.
    """
    if value is not None and np.isfinite(value) and 0.0 < value <= 1.0:
        return float(value)
    if kind == "out":
        message = tr(
            "The lock-out threshold is {value}: give a share above 0 and at most 1 (0.5 locks "
            "out units at least half covered by the areas to keep out)."
        )
    else:
        message = tr(
            "The lock-in threshold is {value}: give a share above 0 and at most 1 "
            "(0.5 locks in units at least half protected)."
        )
    raise InputError(message.format(value=value))


def missing_sites_warning(
    polygons: np.ndarray | None, area: shapely.Geometry, layer: str, kind: str = "protected"
) -> str | None:
    """A warning when not one of ``polygons`` (in the study area's CRS) overlaps ``area``.

    Sites in another country or read in a wrong CRS lock no unit in; without a word the
    user would take the plan for one that keeps their sites. ``kind``: ``"protected"``
    (the protected areas) or ``"lock_in"`` (a layer of areas to keep in). ``None`` when
    a site overlaps the area or the layer has no features.
    """
    if polygons is None:
        return None
    polygons = np.asarray(polygons, dtype=object)
    present = polygons[~(shapely.is_missing(polygons) | shapely.is_empty(polygons))]
    if len(polygons) == 0:
        return None
    shapely.prepare(area)
    if len(present) and shapely.intersects(area, present).any():
        return None
    if kind == "lock_in":
        template = tr(
            "None of the {n} feature(s) of the layer of areas to keep in '{layer}' overlaps the "
            "study area, so it locks no planning unit in. Check the layer's CRS (features read "
            "in a wrong CRS land elsewhere) and that its sites lie in the chosen countries or "
            "study area."
        )
    else:
        template = tr(
            "None of the {n} feature(s) of the protected-area layer '{layer}' overlaps the "
            "study area, so no planning unit is locked in as protected. Check the layer's CRS "
            "(features read in a wrong CRS land elsewhere) and that its sites lie in the "
            "chosen countries or study area."
        )
    return template.format(n=len(polygons), layer=layer)


def lock_units(
    protected_share: np.ndarray,
    lockin_share: np.ndarray,
    lockout_share: np.ndarray,
    unit_id: np.ndarray,
    lock_in_threshold: float = defaults.LOCK_IN,
    lock_out_threshold: float = defaults.LOCK_OUT,
) -> tuple[np.ndarray, np.ndarray]:
    """(locked in, locked out) flags from the covered shares (prioritizr's locked-in and
    locked-out constraints, Marxan's status 2 and 3).

    A unit is locked in when its protected share or its share covered by the areas to keep in
    reaches ``lock_in_threshold`` (each share on its own), and locked out when its share
    covered by the areas to keep out reaches ``lock_out_threshold``. A unit both locked in and
    locked out is a contradiction no plan can meet: :class:`InputError` says how many there
    are, names the first ones by ``unit_id`` and how to resolve it.
    """
    lock_in_threshold = check_threshold(lock_in_threshold, "in")
    lock_out_threshold = check_threshold(lock_out_threshold, "out")
    locked_in = (np.asarray(protected_share) >= lock_in_threshold) | (
        np.asarray(lockin_share) >= lock_in_threshold
    )
    locked_out = np.asarray(lockout_share) >= lock_out_threshold
    both = np.flatnonzero(locked_in & locked_out)
    if both.size:
        raise InputError(
            tr(
                "{count} planning unit(s) would be both locked in and locked out (units "
                "{units}): they are covered at least {lock_in:g} by protected areas or areas to "
                "keep in and at least {lock_out:g} by areas to keep out. Raise the lock-in or "
                "the lock-out threshold, or edit the layers so that the areas to keep out do "
                "not overlap the protected areas and the areas to keep in."
            ).format(
                count=both.size,
                units=name_items(np.asarray(unit_id, dtype=object)[both].tolist()),
                lock_in=lock_in_threshold,
                lock_out=lock_out_threshold,
            )
        )
    return locked_in, locked_out


# --------------------------------------------------------------------------------------------
# The one entry point
# --------------------------------------------------------------------------------------------


def build_planning_units(
    study_area_geom: shapely.Geometry,
    *,
    kind: str = "hexagon",
    cell_area_km2: float | None = None,
    layer: VectorTable | None = None,
    id_field: str | None = None,
    countries: np.ndarray | None = None,
    country_codes: tuple[str, ...] = (),
    protected: np.ndarray | None = None,
    crs: str,
    cost: CostSpec | None = None,
    lock_in_threshold: float = defaults.LOCK_IN,
    edge_tolerance_m: float | None = None,
    lock_in: np.ndarray | None = None,
    lock_out: np.ndarray | None = None,
    lock_out_threshold: float = defaults.LOCK_OUT,
) -> PlanningUnits:
    """Planning units over ``study_area_geom`` (a polygon in ``crs``, projected, metres).

    ``kind``: ``"hexagon"`` or ``"square"`` cells of ``cell_area_km2``, or ``"layer"``: one
    unit per polygon of ``layer`` (any CRS; ids from ``id_field`` or the feature ids).
    Units are clipped to the study area; units outside it are dropped. ``countries`` (polygons
    in ``crs``, one per code in ``country_codes``) give each unit its country and shares (km2
    per country, capped at the unit's area); a unit from a layer whose ISO3 field
    (:data:`SITE_ISO3_FIELDS`) holds one code lies wholly in that country whatever the borders
    say (:class:`SiteCountries`); ``protected`` (polygons in ``crs``) its protected share; units
    at least ``lock_in_threshold`` protected are locked in. ``lock_in`` and ``lock_out``
    (polygons in ``crs``: agreed sites to keep in, cities or concessions to keep out) give the
    shares ``lockin_share`` and ``lockout_share``; units covered at least ``lock_in_threshold``
    by ``lock_in`` are locked in too, units covered at least ``lock_out_threshold`` by
    ``lock_out`` locked out, and a unit both is refused (:func:`lock_units`). ``cost`` defaults
    to area. Shared edges are exact for grids; for layer units they are found within
    ``edge_tolerance_m`` (default :data:`LAYER_EDGE_TOLERANCE_M`, see :func:`boundary_table`).
    """
    if kind not in KINDS:
        raise InputError(
            tr("Unknown planning-unit type '{kind}': use one of {kinds}.").format(
                kind=kind, kinds=", ".join(KINDS)
            )
        )
    lock_in_threshold = check_threshold(lock_in_threshold, "in")
    lock_out_threshold = check_threshold(lock_out_threshold, "out")
    require_metric_crs(crs, tr("the planning units"))
    if study_area_geom is None or shapely.is_empty(study_area_geom):
        raise InputError(tr("The study area is empty: choose countries or a polygon layer."))
    if shapely.get_type_id(study_area_geom) == 7:  # a repair left lines or points in it
        study_area_geom = polygon_parts(np.array([study_area_geom], dtype=object))[0]
    cost = (cost or CostSpec()).validate()
    cost_values, layer_name = None, ""
    if kind == "layer":
        if layer is None:
            raise InputError(
                tr("Planning units from a layer need the layer: choose a polygon layer.")
            )
        units, unit_id, rows = _layer_units(layer, study_area_geom, crs, id_field)
        layer_name = layer.name
        if cost.kind == "field":
            real = layer.field(cost.field)
            if real is None:
                raise InputError(
                    tr(
                        "The unit layer '{layer}' has no field '{field}' for the cost: choose "
                        "one of {fields}."
                    ).format(
                        layer=layer.name, field=cost.field, fields=name_items(list(layer.columns))
                    )
                )
            cost = CostSpec.attribute(real)
            cost_values = layer.column(real)[rows]
        tolerance = LAYER_EDGE_TOLERANCE_M if edge_tolerance_m is None else edge_tolerance_m
        boundary = boundary_table(units, tolerance=tolerance)
    else:
        units, boundary = _grid_units(study_area_geom, kind, cell_area_km2)
        unit_id = np.arange(1, len(units) + 1, dtype=np.int64)
        if edge_tolerance_m:
            boundary = boundary_table(units, tolerance=edge_tolerance_m)
    unit_area = shapely.area(units) / 1e6
    codes = tuple(country_codes)
    if countries is not None and len(countries):
        shares = cap_shares(overlap_matrix(units, countries, unit_area * 1e6), unit_area)
    else:
        shares, codes = sparse.csr_matrix((len(units), 0)), ()
    site_countries = None
    if kind == "layer":
        iso3_field, own = site_iso3_codes(layer, rows)
        if iso3_field is not None:
            borders_said = format_country_shares(shares, codes)
            shares, codes, moved = apply_site_countries(shares, codes, own, unit_area)
            site_countries = SiteCountries(iso3_field, own != "", moved, borders_said)
    country = largest_country(shares, codes)
    protected_share = covered_share(units, protected, unit_area)
    lockin_share = covered_share(units, lock_in, unit_area)
    lockout_share = covered_share(units, lock_out, unit_area)
    locked_in, locked_out = lock_units(
        protected_share,
        lockin_share,
        lockout_share,
        unit_id,
        lock_in_threshold,
        lock_out_threshold,
    )
    costs = unit_costs(
        cost,
        geometry=units,
        area_km2=unit_area,
        unit_ids=unit_id,
        crs=crs,
        values=cost_values,
        layer=layer_name,
    )
    return PlanningUnits(
        geometry=units,
        area_km2=unit_area,
        cost=costs,
        country=country,
        country_shares=shares,
        country_codes=codes,
        protected_share=protected_share,
        locked_in=locked_in,
        boundary=boundary,
        crs=crs,
        unit_id=unit_id,
        lockin_share=lockin_share,
        lockout_share=lockout_share,
        locked_out=locked_out,
        site_countries=site_countries,
    )


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
    ``lock_in_threshold`` are locked in. A thin wrapper of :func:`build_planning_units`.
    """
    return build_planning_units(
        area,
        kind="hexagon",
        cell_area_km2=cell_area_km2,
        countries=countries,
        country_codes=country_codes,
        protected=protected,
        crs=crs,
        lock_in_threshold=lock_in_threshold,
    )
