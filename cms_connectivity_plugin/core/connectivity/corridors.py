"""Least-cost corridors between core areas on a resistance raster, and current flow.

The method is Linkage Mapper's (McRae & Kavanagh 2011, *Linkage Mapper Connectivity Analysis
Software*, The Nature Conservancy; the tool built on ArcGIS's cost-distance functions), done
with scikit-image and numpy:

* **Cost-weighted distance** from core A, ``CWD_A(x)``: the least accumulated cost of moving
  from any cell of A to cell x, where a move between the centres of neighbouring cells u, v
  costs ``(r_u + r_v) / 2 * length(u, v)`` (half the move in each cell; diagonal moves are
  √2 times longer; cell width and height may differ). ``r`` is the resistance per map unit,
  so costs are in *resistance x map units* (resistance x metres) and a cell of resistance 1
  costs its own width. Computed by Dijkstra's algorithm on the 8-neighbour grid
  (``skimage.graph.MCP_Geometric``); core cells start at 0. Nodata cells are impassable.
* **Least-cost distance** ``LCD_AB = min_{x in B} CWD_A(x)`` (= ``min_{x in A} CWD_B(x)``),
  and the **least-cost path** traced back from the cheapest cell of B to A.
* **Normalised least-cost corridor** ``NLCC_AB(x) = CWD_A(x) + CWD_B(x) - LCD_AB``: the extra
  cost of the best route from A to B forced through x. It is 0 along the least-cost path and
  grows away from it; a corridor of width W is the set ``NLCC_AB(x) <= W`` (W in the same
  cost units). Corridors of all linked pairs are mosaicked by the **minimum** NLCC at each
  cell, as Linkage Mapper's Build Network and Map Linkages step does.

Each search from a core stops as soon as every cell that can lie in one of its corridors is
settled (see :func:`_bounded_cwd`), with results identical to a search over the whole raster.

Pairs of cores are linked when they are among each other's ``k`` nearest neighbours (by
Euclidean edge-to-edge distance) and/or closer than a maximum Euclidean distance; links whose
cost distance exceeds a maximum, and (optionally, as Linkage Mapper does by default) links
whose least-cost path crosses a third core, are dropped.

**Current flow** (Circuitscape; McRae 2006, *Evolution* 60: 1551; McRae et al. 2008,
*Ecology* 89: 2712) treats the grid as a resistor network: neighbouring cells u, v are joined
by a conductance ``g_uv = 1 / ((r_u + r_v) / 2)`` (Circuitscape's "average resistances"
option; ``average="conductance"`` gives its default ``(1/r_u + 1/r_v) / 2``), divided by √2 on
diagonals. Resistances here are per cell, as in Circuitscape (cell size does not enter). Each
core is a short-circuited region (one node). With 1 A injected into A and B grounded, the
voltages solve ``L v = e_A`` on the grounded graph Laplacian ``L`` (``scipy.sparse``); the
effective resistance is ``R_AB = v_A``, and the current through a cell is half the sum of the
absolute currents on its edges (Circuitscape's node current), which peaks at pinch points.
Run inside each pair's corridor it is Linkage Mapper's Pinchpoint Mapper (McRae 2012).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely

from ..costs import cell_runs
from ..crs import CRS, is_metric, transform  # pyproj's CRS, imported after PROJ's data path is set
from ..errors import CancelledError, InputError
from ..i18n import name_items, tr

#: Moves for the current-flow grid: (row offset, column offset, length factor).
_CARDINAL = ((0, 1, 1.0), (1, 0, 1.0))
_DIAGONAL = ((1, 1, np.sqrt(2.0)), (1, -1, np.sqrt(2.0)))
#: Largest current-flow system solved by a direct sparse factorisation; larger ones use
#: conjugate gradients with a Jacobi preconditioner.
DIRECT_SOLVE_MAX = 1_000_000
#: Largest resistance accepted: costs summed over long paths stay exact far below overflow,
#: and float32's largest value (3.4e38, a frequent unset nodata) is caught.
MAX_RESISTANCE = 1e12
#: First share of the raster a bounded cost-distance search explores (doubled until enough).
FIRST_COVERAGE = 0.02
AVERAGES = ("resistance", "conductance")

#: An *example* resistance table for ESA CCI Land Cover classes (forest-dependent mammal:
#: forest 1, mosaics and wetlands 3-8, grassland 5, cropland 10, sparse and bare 20-50,
#: urban 100, water 1000). Resistance tables are species-specific expert judgements (Zeller
#: et al. 2012, *Landscape Ecology* 27: 777): adapt it, never use it as it is.
CCI_LC_RESISTANCE: dict[int, float] = {
    10: 10, 11: 10, 12: 10, 20: 10,  # cropland
    30: 8, 40: 5,  # cropland / natural mosaics
    50: 1, 60: 1, 61: 1, 62: 1, 70: 1, 71: 1, 72: 1, 80: 1, 81: 1, 82: 1, 90: 1,  # forest
    100: 2, 110: 4, 120: 5, 121: 5, 122: 5,  # tree / shrub mosaics, shrubland
    130: 5, 140: 10, 150: 20, 151: 20, 152: 20, 153: 20,  # grassland, lichen, sparse
    160: 3, 170: 3, 180: 5,  # flooded vegetation
    190: 100,  # urban
    200: 50, 201: 50, 202: 50,  # bare
    210: 1000, 220: 1000,  # water, snow and ice
}  # fmt: skip


# --------------------------------------------------------------------------------------------
# The resistance grid


@dataclass(frozen=True)
class ResistanceGrid:
    """A north-up resistance raster in a projected CRS; NaN marks impassable nodata cells."""

    values: np.ndarray  # float64, shape (rows, cols)
    geotransform: tuple[float, ...]
    crs: str
    name: str = "resistance"

    @property
    def shape(self) -> tuple[int, int]:
        return self.values.shape  # type: ignore[return-value]

    @property
    def cell_size(self) -> tuple[float, float]:
        """(width, height) of a cell in map units."""
        return abs(self.geotransform[1]), abs(self.geotransform[5])

    @property
    def valid(self) -> np.ndarray:
        return np.isfinite(self.values)

    @property
    def extent(self) -> tuple[float, float, float, float]:
        gt, (rows, cols) = self.geotransform, self.shape
        xs = (gt[0], gt[0] + cols * gt[1])
        ys = (gt[3], gt[3] + rows * gt[5])
        return min(xs), min(ys), max(xs), max(ys)

    def centres(self, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Map coordinates of cell centres."""
        gt = self.geotransform
        return gt[0] + (np.asarray(cols) + 0.5) * gt[1], gt[3] + (np.asarray(rows) + 0.5) * gt[5]


def _require_projected(crs: str | None, raster: str) -> None:
    if not crs:
        raise InputError(
            tr(
                "The resistance raster '{raster}' has no coordinate reference system: assign one "
                "(Raster > Projections > Assign Projection)."
            ).format(raster=raster)
        )
    if is_metric(crs, raster):
        return
    parsed = CRS.from_user_input(crs)
    if parsed.is_geographic:
        message = tr(
            "The resistance raster '{raster}' is in a geographic CRS ({crs}, degrees), so "
            "cost distances would mix degrees and metres: warp it to a projected CRS in "
            "metres (Raster > Projections > Warp), e.g. the UTM zone or a Lambert "
            "azimuthal equal-area CRS of the study area."
        )
    else:
        message = tr(
            "The resistance raster '{raster}' is in a projected CRS that is not in metres "
            "({crs}), so cost distances would not be in metres: warp it to a projected CRS in "
            "metres (Raster > Projections > Warp), e.g. the UTM zone or a Lambert "
            "azimuthal equal-area CRS of the study area."
        )
    raise InputError(message.format(raster=raster, crs=parsed.to_string()))


def resistance_grid(
    values: np.ndarray,
    geotransform: tuple[float, ...],
    crs: str | None,
    *,
    nodata: float | None = None,
    name: str = "resistance",
) -> ResistanceGrid:
    """Check a resistance array and wrap it: ``nodata``, NaN and infinite cells become
    impassable; every other cell must be greater than 0 (Linkage Mapper's rule)."""
    values = np.array(values, dtype=np.float64)
    if values.ndim != 2 or min(values.shape) < 1:
        raise InputError(
            tr("The resistance raster '{raster}' is not a 2-D grid: choose a single band.").format(
                raster=name
            )
        )
    _require_projected(crs, name)
    gt = tuple(float(v) for v in geotransform)
    if gt[2] != 0 or gt[4] != 0:
        raise InputError(
            tr(
                "The resistance raster '{raster}' is rotated: warp it to a north-up grid "
                "(Raster > Projections > Warp) and choose the result."
            ).format(raster=name)
        )
    if gt[1] == 0 or gt[5] == 0:
        raise InputError(
            tr(
                "The resistance raster '{raster}' has a cell size of 0: fix its georeferencing."
            ).format(raster=name)
        )
    if nodata is not None and np.isfinite(nodata):
        values[values == nodata] = np.nan
    values[~np.isfinite(values)] = np.nan
    valid = np.isfinite(values)
    if not valid.any():
        raise InputError(
            tr(
                "The resistance raster '{raster}' has no valid cell (all nodata): choose another "
                "raster or band, or fix its nodata value."
            ).format(raster=name)
        )
    low = valid & (values <= 0)
    if low.any():
        raise InputError(
            tr(
                "The resistance raster '{raster}' has {n} cell(s) with a resistance of 0 or less "
                "(lowest {low:g}): resistances must be greater than 0; reclassify those cells "
                "(e.g. to 1) or set them to nodata to make them impassable."
            ).format(raster=name, n=int(low.sum()), low=float(values[low].min()))
        )
    high = valid & (values > MAX_RESISTANCE)
    if high.any():
        raise InputError(
            tr(
                "The resistance raster '{raster}' has {n} cell(s) with a resistance above "
                "{limit:g} (highest {high:g}): such values overflow the corridor costs. If they "
                "mean 'no data' or 'impassable', set that value as the raster's nodata; "
                "otherwise rescale the resistances (e.g. 1 to 1000)."
            ).format(
                raster=name, n=int(high.sum()), limit=MAX_RESISTANCE, high=float(values[high].max())
            )
        )
    return ResistanceGrid(values, gt, str(crs), name)


def _open_without_sidecar(gdal, path: str):
    """Open a raster read-only without GDAL's .aux.xml side file (PAM): reading statistics
    or a mask must never write beside the user's input."""
    previous = gdal.GetConfigOption("GDAL_PAM_ENABLED")
    gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        return gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_READONLY)
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", previous)


def read_resistance(source, band: int = 1, name: str | None = None) -> ResistanceGrid:
    """A resistance grid from a raster file (any format GDAL reads) or an open GDAL dataset.

    Nodata, NaN and masked cells are impassable; scale and offset are applied.
    """
    from osgeo import gdal  # GDAL's binding, shipped with QGIS; loaded only when needed

    if isinstance(source, (str, Path)):
        label = name or Path(source).name or str(source)
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            try:
                dataset = _open_without_sidecar(gdal, str(source))
            except RuntimeError:
                dataset = None
            reason = gdal.GetLastErrorMsg()
        finally:
            gdal.PopErrorHandler()
        if dataset is None:
            raise InputError(
                tr(
                    "The resistance raster '{raster}' could not be opened ({reason}): choose a "
                    "GeoTIFF or another raster file that GDAL reads."
                ).format(raster=source, reason=reason or tr("unknown format"))
            )
    else:
        dataset = source
        label = name or Path(dataset.GetDescription() or "resistance").name or "resistance"
    if not 1 <= band <= dataset.RasterCount:
        raise InputError(
            tr(
                "The resistance raster '{raster}' has no band {band}: choose a band from 1 to {n}."
            ).format(raster=label, band=band, n=dataset.RasterCount)
        )
    srs = dataset.GetSpatialRef()
    rband = dataset.GetRasterBand(band)
    values = rband.ReadAsArray().astype(np.float64)
    nodata = rband.GetNoDataValue()
    flags = rband.GetMaskFlags()
    if not (flags & gdal.GMF_ALL_VALID or flags & gdal.GMF_NODATA):
        values[rband.GetMaskBand().ReadAsArray() == 0] = np.nan
    if nodata is not None and np.isfinite(nodata):
        values[values == nodata] = np.nan
    scale, offset = float(rband.GetScale() or 1.0), float(rband.GetOffset() or 0.0)
    if scale != 1.0 or offset != 0.0:
        values = values * scale + offset
    return resistance_grid(
        values,
        tuple(dataset.GetGeoTransform()),
        srs.ExportToWkt() if srs is not None else None,
        name=label,
    )


def reclassify(values: np.ndarray, table: Mapping[float, float], default=np.nan) -> np.ndarray:
    """Map class codes to resistances with ``table``; codes not in it get ``default``
    (NaN: impassable nodata). Vectorised lookup on the sorted codes."""
    values = np.asarray(values)
    codes = np.array(sorted(table), dtype=np.float64)
    out = np.full(values.shape, default, dtype=np.float64)
    if len(codes) == 0:
        return out
    mapped = np.array([table[c] for c in sorted(table)], dtype=np.float64)
    pos = np.clip(np.searchsorted(codes, values), 0, len(codes) - 1)
    hit = codes[pos] == values
    out[hit] = mapped[pos[hit]]
    return out


def write_geotiff(
    path: str | Path,
    array: np.ndarray,
    geotransform: tuple[float, ...],
    crs: str,
    *,
    nodata: float = -9999.0,
    metadata: Mapping[str, object] | None = None,
) -> str:
    """Write a float32 GeoTIFF (NaN -> ``nodata``, DEFLATE, tiled); ``metadata`` goes into the
    file's metadata, so the parameters travel with the raster. Returns the path."""
    from osgeo import gdal, osr

    data = np.where(np.isfinite(array), array, nodata).astype(np.float32)
    rows, cols = data.shape
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(
        str(path),
        cols,
        rows,
        1,
        gdal.GDT_Float32,
        options=["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"],
    )
    if dataset is None:
        raise InputError(
            tr("The raster '{path}' could not be written: choose a writable file name.").format(
                path=path
            )
        )
    dataset.SetGeoTransform(tuple(geotransform))
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(float(nodata))
    band.WriteArray(data)
    if metadata:
        dataset.SetMetadata({str(k): str(v) for k, v in metadata.items()})
    band.FlushCache()
    dataset = None
    return str(path)


# --------------------------------------------------------------------------------------------
# Cores


def core_cells(
    grid: ResistanceGrid, geoms: np.ndarray, core_ids: np.ndarray, layer: str = "cores"
) -> tuple[list[np.ndarray], np.ndarray]:
    """Flat indices of the valid cells of each core, and a label raster (0 none, k+1 core k).

    Cells whose centre lies inside a core belong to it (GDAL's rule, by the scanline fill of
    :func:`core.costs.cell_runs`); a core too small to hold a cell centre takes the cell under
    its representative point. Where cores overlap, the label raster keeps the first.
    """
    rows, cols = grid.shape
    n = len(geoms)
    unit, row, c0, c1 = cell_runs(geoms, grid.geotransform, cols, rows)
    counts = c1 - c0 + 1
    owner = np.repeat(np.arange(len(unit)), counts)
    col = c0[owner] + np.arange(owner.size) - np.repeat(np.cumsum(counts) - counts, counts)
    flat = row[owner] * cols + col
    who = unit[owner]
    empty = np.setdiff1d(np.arange(n), who)
    if len(empty):
        xy = shapely.get_coordinates(shapely.point_on_surface(geoms[empty]))
        gt = grid.geotransform
        pc = np.floor((xy[:, 0] - gt[0]) / gt[1]).astype(np.int64)
        pr = np.floor((xy[:, 1] - gt[3]) / gt[5]).astype(np.int64)
        inside = (pc >= 0) & (pc < cols) & (pr >= 0) & (pr < rows)
        who = np.concatenate([who, empty[inside]])
        flat = np.concatenate([flat, pr[inside] * cols + pc[inside]])
        outside = empty[~inside]
        if len(outside):
            raise InputError(
                tr(
                    "Core area(s) {ids} of '{layer}' lie outside the resistance raster "
                    "'{raster}': use a raster that covers every core, or leave those cores out."
                ).format(ids=name_items(core_ids[outside]), layer=layer, raster=grid.name)
            )
    keep = np.isfinite(grid.values.ravel()[flat])
    who, flat = who[keep], flat[keep]
    order = np.argsort(who, kind="stable")
    who, flat = who[order], flat[order]
    bounds = np.searchsorted(who, np.arange(n + 1))
    cells = [np.unique(flat[bounds[k] : bounds[k + 1]]) for k in range(n)]
    blank = [k for k in range(n) if len(cells[k]) == 0]
    if blank:
        raise InputError(
            tr(
                "Core area(s) {ids} of '{layer}' cover only nodata cells of the resistance "
                "raster '{raster}': give those cells a resistance, or leave those cores out."
            ).format(ids=name_items(core_ids[blank]), layer=layer, raster=grid.name)
        )
    labels = np.zeros(rows * cols, dtype=np.int32)
    for k in range(n - 1, -1, -1):  # one pass per core (few), so the first core wins overlaps
        labels[cells[k]] = k + 1
    return cells, labels.reshape(rows, cols)


def neighbour_pairs(
    geoms: np.ndarray,
    *,
    k_nearest: int | None = None,
    max_distance: float | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j) of cores to link and their Euclidean edge-to-edge distance.

    A pair is linked when j is among i's ``k_nearest`` or i among j's (ties broken by index),
    and its distance is at most ``max_distance``; either rule may be None (not applied).
    """
    n = len(geoms)
    iu, ju = np.triu_indices(n, 1)
    dist = shapely.distance(geoms[iu], geoms[ju])
    keep = np.ones(len(iu), dtype=bool)
    if max_distance is not None:
        keep &= dist <= max_distance
    if k_nearest is not None:
        full = np.full((n, n), np.inf)
        full[iu, ju] = dist
        full[ju, iu] = dist
        rank = np.argsort(np.argsort(full, axis=1, kind="stable"), axis=1, kind="stable")
        near = rank < k_nearest
        keep &= near[iu, ju] | near[ju, iu]
    return iu[keep], ju[keep], dist[keep]


# --------------------------------------------------------------------------------------------
# Cost distance


def _mcp(grid: ResistanceGrid):
    from skimage.graph import MCP_Geometric  # imported lazily: scikit-image is heavy

    costs = np.where(grid.valid, grid.values, np.inf)
    dx, dy = grid.cell_size
    return MCP_Geometric(costs, fully_connected=True, sampling=(dy, dx))


def _starts(flat: np.ndarray, cols: int) -> np.ndarray:
    return np.column_stack([flat // cols, flat % cols])


def cost_distance(grid: ResistanceGrid, start_cells: np.ndarray) -> np.ndarray:
    """Cost-weighted distance (resistance x map units) from the given flat cell indices to
    every cell; inf where unreachable."""
    cwd, _ = _mcp(grid).find_costs(_starts(np.asarray(start_cells), grid.shape[1]))
    return cwd


def _bounded_cwd(
    mcp,
    cols: int,
    starts: np.ndarray,
    partners: list[np.ndarray],
    width: float,
    max_cost: float | None,
) -> np.ndarray:
    """CWD from ``starts``, exact wherever it can matter, inf elsewhere.

    Dijkstra settles cells in increasing cost, so stopping early leaves every settled cell
    exact and every other cell costlier than the largest settled cost M. A corridor needs
    ``CWD(x) <= LCD + width`` for each partner, so: (1) search until one cell of every
    partner is settled (``ends``): every cell cheaper than it is settled too, so the minimum
    over the partner's settled cells is its LCD; (2) search again with the share of cells
    (``max_coverage``) that a cost of ``T = max(min(LCD, max_cost)) + width`` should need
    (settled cells grow about as cost squared on a plane), enlarged until M > T. Cells left
    at inf have NLCC > width. On large rasters this settles only the cells around a core
    and its partners instead of the whole raster.
    """
    if not partners:
        return mcp.find_costs(starts)[0].ravel()
    # One end per partner, its cell nearest to the start cells: skimage checks every settled
    # cell against the ends, so few ends keep this run fast. Its cost bounds the LCD above.
    centre = starts.mean(axis=0)
    ends = []
    for flat in partners:
        rc = _starts(flat, cols)
        ends.append(rc[np.argmin(((rc - centre) ** 2).sum(axis=1))])
    cwd = mcp.find_costs(starts, ends=np.array(ends))[0].ravel()
    finite = np.isfinite(cwd)
    settled = int(np.count_nonzero(finite))
    if settled == cwd.size:
        return cwd
    lcds = np.array([cwd[c].min() for c in partners])
    top = float(cwd[finite].max())
    if not np.isfinite(lcds).all():  # a partner is cut off: the search ran to the end
        return cwd
    cap = np.inf if max_cost is None else max_cost
    target = float(np.minimum(lcds, cap).max()) + width
    if top > target:
        return cwd
    coverage = settled / cwd.size * (target / max(top, 1e-12)) ** 2 * 1.2
    while True:
        cwd = mcp.find_costs(starts, max_coverage=min(coverage, 1.0))[0].ravel()
        finite = np.isfinite(cwd)
        count = int(np.count_nonzero(finite))
        if coverage >= 1.0 or count == settled or float(cwd[finite].max()) > target:
            return cwd
        settled = count
        coverage *= 1.5


def _path_line(grid: ResistanceGrid, path: list[tuple[int, int]]):
    rc = np.asarray(path, dtype=np.int64).reshape(-1, 2)
    x, y = grid.centres(rc[:, 0], rc[:, 1])
    if len(rc) == 1:  # touching cores: a one-cell path
        x, y = np.repeat(x, 2), np.repeat(y, 2)
    return shapely.simplify(shapely.linestrings(x, y), 0.0), rc


# --------------------------------------------------------------------------------------------
# Current flow


@dataclass(frozen=True)
class CurrentFlow:
    """Effective resistance between source and sink, and the current through each cell
    (amperes for 1 A injected; NaN outside the active cells)."""

    resistance: float
    current: np.ndarray
    voltage: np.ndarray


def _grid_edges(
    active: np.ndarray, values: np.ndarray, eight: bool, average: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Flat cell index pairs of neighbouring active cells and their conductances."""
    rows, cols = active.shape
    index = np.arange(rows * cols).reshape(rows, cols)
    us, vs, gs = [], [], []
    for dr, dc, length in _CARDINAL + (_DIAGONAL if eight else ()):
        r0, r1 = 0, rows - dr
        a0, a1 = max(0, -dc), cols - max(0, dc)
        src = (slice(r0, r1), slice(a0, a1))
        dst = (slice(r0 + dr, r1 + dr), slice(a0 + dc, a1 + dc))
        both = active[src] & active[dst]
        ra, rb = values[src][both], values[dst][both]
        if average == "resistance":
            g = 2.0 / (ra + rb)
        else:
            g = 0.5 * (1.0 / ra + 1.0 / rb)
        us.append(index[src][both])
        vs.append(index[dst][both])
        gs.append(g / length)
    return np.concatenate(us), np.concatenate(vs), np.concatenate(gs)


def _solve(matrix, rhs: np.ndarray) -> np.ndarray:
    from scipy.sparse.linalg import LinearOperator, cg, spsolve

    if matrix.shape[0] <= DIRECT_SOLVE_MAX:
        return spsolve(matrix.tocsc(), rhs)
    inverse = 1.0 / matrix.diagonal()
    jacobi = LinearOperator(matrix.shape, matvec=lambda v: inverse * v)
    options = {"maxiter": 20 * matrix.shape[0], "M": jacobi, "atol": 0.0}
    try:
        solution, info = cg(matrix.tocsr(), rhs, rtol=1e-10, **options)
    except TypeError:  # scipy < 1.12 names it tol
        solution, info = cg(matrix.tocsr(), rhs, tol=1e-10, **options)
    if info != 0:
        raise InputError(
            tr(
                "The current-flow solve did not converge ({n} unknowns): restrict current flow "
                "to the corridors, or coarsen the resistance raster."
            ).format(n=matrix.shape[0])
        )
    return solution


def current_flow(
    values: np.ndarray,
    source: np.ndarray,
    sink: np.ndarray,
    *,
    active: np.ndarray | None = None,
    eight_neighbours: bool = True,
    average: str = "resistance",
) -> CurrentFlow:
    """Circuitscape-style current flow from the ``source`` cells to the ``sink`` cells.

    ``values`` are resistances per cell (NaN impassable); ``source`` and ``sink`` are boolean
    masks, each short-circuited into one node; ``active`` limits the network (default: every
    valid cell). 1 A enters the source node, the sink node is grounded and the grounded
    Laplacian is solved; see the module docstring for the formulas. Cells not connected to
    the source are left out; if the sink is among them, the resistance is infinite.
    """
    from scipy.sparse import coo_matrix, diags
    from scipy.sparse.csgraph import connected_components

    if average not in AVERAGES:
        raise InputError(
            tr("Unknown averaging '{value}': use one of {values}.").format(
                value=average, values=", ".join(AVERAGES)
            )
        )
    values = np.asarray(values, dtype=np.float64)
    valid = np.isfinite(values) & (values > 0)
    active = valid if active is None else (np.asarray(active, dtype=bool) & valid)
    source = np.asarray(source, dtype=bool) & active
    sink = np.asarray(sink, dtype=bool) & active & ~source
    if not source.any() or not sink.any():
        raise InputError(
            tr(
                "Current flow needs source and ground cells with a valid resistance: check that "
                "both cores lie on valid cells of the resistance raster."
            )
        )
    u, v, g = _grid_edges(active, values, eight_neighbours, average)
    # Node numbers: 0 the source, 1 the sink, then the other active cells.
    node = np.full(values.size, -1, dtype=np.int64)
    flat_active = active.ravel()
    node[source.ravel()] = 0
    node[sink.ravel()] = 1
    others = flat_active & (node < 0)
    node[others] = 2 + np.arange(int(others.sum()))
    m = 2 + int(others.sum())
    nu, nv = node[u], node[v]
    between = nu != nv
    nu, nv, gb = nu[between], nv[between], g[between]
    adjacency = coo_matrix(
        (np.concatenate([gb, gb]), (np.concatenate([nu, nv]), np.concatenate([nv, nu]))),
        shape=(m, m),
    ).tocsr()
    _, comp = connected_components(adjacency, directed=False)
    voltage_nodes = np.zeros(m)
    reach = comp == comp[0]
    if not reach[1]:
        resistance = np.inf
    else:
        keep = np.flatnonzero(reach)
        keep = keep[keep != 1]  # ground the sink
        sub = adjacency[keep][:, keep]
        degree = np.asarray(adjacency[keep].sum(axis=1)).ravel()
        laplacian = (diags(degree) - sub).tocsc()
        rhs = np.zeros(len(keep))
        rhs[0] = 1.0  # keep[0] == 0, the source
        voltage_nodes[keep] = _solve(laplacian, rhs)
        resistance = float(voltage_nodes[0])
    voltage = np.full(values.size, np.nan)
    voltage[flat_active] = voltage_nodes[node[flat_active]]
    voltage[flat_active & ~reach[np.maximum(node, 0)]] = np.nan
    flow = g * np.abs(voltage[u] - voltage[v])
    flow[~np.isfinite(flow)] = 0.0
    current = 0.5 * (np.bincount(u, flow, values.size) + np.bincount(v, flow, values.size))
    current[~flat_active] = np.nan
    return CurrentFlow(resistance, current.reshape(values.shape), voltage.reshape(values.shape))


# --------------------------------------------------------------------------------------------
# Corridors


@dataclass(frozen=True)
class Corridors:
    """Links between cores (least-cost paths with their figures), the corridor raster and
    optional corridor polygons and current density.

    ``corridor``: minimum NLCC over linked pairs where it is at most the width, else NaN
    (float32, on the resistance grid). ``current``: the largest per-pair current through
    each cell (pinch points), when current flow was asked for.
    """

    links: dict[str, np.ndarray]
    paths: np.ndarray
    corridor: np.ndarray
    geotransform: tuple[float, ...]
    crs: str
    polygons: dict[str, np.ndarray] | None = None
    polygon_geometry: np.ndarray | None = None
    current: np.ndarray | None = None
    dropped: dict[str, int] = field(default_factory=dict)
    params: dict[str, object] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.paths)


def _positive(value, what: str, allow_none: bool = True) -> None:
    if value is None and allow_none:
        return
    if value is None or not np.isfinite(value) or value <= 0:
        raise InputError(
            tr("The {what} must be a number greater than 0 (got {value}).").format(
                what=what, value=value
            )
        )


def _polygonize(mask: np.ndarray, geotransform: tuple[float, ...]):
    """Union of the cells of a boolean mask as one (multi)polygon (GDAL's polygonizer)."""
    from osgeo import gdal, ogr

    rows, cols = mask.shape
    raster = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    raster.SetGeoTransform(tuple(geotransform))
    band = raster.GetRasterBand(1)
    band.WriteArray(mask.astype(np.uint8))
    vector = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = vector.CreateLayer("cells")
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0, [], callback=None)
    wkbs = [bytes(f.GetGeometryRef().ExportToWkb()) for f in layer]
    parts = shapely.from_wkb(np.array(wkbs, dtype=object))
    return shapely.multipolygons(shapely.get_parts(parts))


def _window(mask: np.ndarray) -> tuple[slice, slice]:
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    return slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1)


def _window_gt(gt: tuple[float, ...], window: tuple[slice, slice]) -> tuple[float, ...]:
    r, c = window[0].start, window[1].start
    return (gt[0] + c * gt[1], gt[1], 0.0, gt[3] + r * gt[5], 0.0, gt[5])


def corridors(
    grid: ResistanceGrid,
    cores: np.ndarray,
    cores_crs: str | None,
    core_ids: np.ndarray | None = None,
    *,
    width: float,
    k_nearest: int | None = 3,
    max_distance: float | None = None,
    max_cost: float | None = None,
    drop_through_cores: bool = True,
    polygons: bool = False,
    current: bool = False,
    eight_neighbours: bool = True,
    average: str = "resistance",
    layer: str = "cores",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Corridors:
    """Least-cost paths and normalised least-cost corridors between neighbouring cores.

    ``cores``: core polygons in ``cores_crs`` (reprojected to the raster's CRS);
    ``width``: corridor width in cost units (resistance x map units; the module docstring
    has the formulas); ``k_nearest`` / ``max_distance`` (map units of the raster, edge to
    edge) choose the pairs; ``max_cost`` drops links whose least-cost distance exceeds it;
    ``drop_through_cores`` drops links whose path crosses a third core. ``current`` runs
    Circuitscape-style current flow inside each link's corridor (Pinchpoint Mapper), giving
    each link's effective resistance and the pinch-point raster. ``progress`` receives a
    fraction in [0, 1]; ``cancelled`` returning True stops with :class:`CancelledError`.

    Linkage Mapper: McRae & Kavanagh 2011; current flow: McRae et al. 2008 (Circuitscape).
    """
    _positive(width, tr("corridor width (cost units)"), allow_none=False)
    _positive(max_distance, tr("maximum distance between cores"))
    _positive(max_cost, tr("maximum cost distance"))
    if k_nearest is not None and (int(k_nearest) != k_nearest or k_nearest < 1):
        raise InputError(
            tr("The number of nearest cores to link must be 1 or more (got {value}).").format(
                value=k_nearest
            )
        )
    if average not in AVERAGES:
        raise InputError(
            tr("Unknown averaging '{value}': use one of {values}.").format(
                value=average, values=", ".join(AVERAGES)
            )
        )
    if not cores_crs:
        raise InputError(
            tr(
                "The layer '{layer}' has no coordinate reference system: set one in its "
                "properties (Layer > Set CRS)."
            ).format(layer=layer)
        )
    geoms = np.asarray(cores, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    ids = np.arange(1, len(geoms) + 1) if core_ids is None else np.asarray(core_ids)
    if not present.all():
        raise InputError(
            tr(
                "Core area(s) {ids} of '{layer}' have no geometry: fix or delete those features."
            ).format(ids=name_items(ids[~present]), layer=layer)
        )
    if len(geoms) < 2:
        raise InputError(
            tr("The layer '{layer}' has {n} core area(s): corridors need at least two.").format(
                layer=layer, n=len(geoms)
            )
        )
    if CRS.from_user_input(cores_crs) != CRS.from_user_input(grid.crs):
        geoms = transform(shapely.segmentize(geoms, _segment(geoms)), cores_crs, grid.crs)
    geoms = shapely.make_valid(geoms)
    cells, labels = core_cells(grid, geoms, ids, layer)
    pi, pj, euclid = neighbour_pairs(geoms, k_nearest=k_nearest, max_distance=max_distance)
    if len(pi) == 0:
        raise InputError(
            tr(
                "No two cores of '{layer}' are within the maximum distance ({distance:g} map "
                "units): increase the maximum distance, or leave it empty."
            ).format(layer=layer, distance=max_distance)
        )
    rows, cols = grid.shape
    mcp = _mcp(grid)
    remaining = np.bincount(np.concatenate([pi, pj]), minlength=len(geoms))
    needed = np.flatnonzero(remaining)
    stored: dict[int, np.ndarray] = {}  # float32 CWD of cores with pairs still to do
    mosaic = np.full(rows * cols, np.inf)
    current_map = np.zeros(rows * cols) if current else None
    flat_labels = labels.ravel()
    kept: list[tuple] = []  # (i, j, euclid, lcd, crossed core or -1, effective resistance)
    paths, poly_geoms = [], []
    dropped = {"unreachable": 0, "over_max_cost": 0, "through_core": 0}
    for step, j in enumerate(needed):
        if cancelled is not None and cancelled():
            raise CancelledError(tr("Corridors cancelled."))
        partners = np.concatenate([pi[pj == j], pj[pi == j]])
        cwd_j = _bounded_cwd(
            mcp, cols, _starts(cells[j], cols), [cells[k] for k in partners], width, max_cost
        )
        for p in np.flatnonzero(pj == j):  # pairs (i, j) with i < j: CWD_i is stored
            i = int(pi[p])
            remaining[[i, j]] -= 1
            at_i = cwd_j[cells[i]]
            lcd = float(at_i.min())  # LCD_ij = min over the cells of i of CWD_j
            if not np.isfinite(lcd) and max_cost is None:
                dropped["unreachable"] += 1
            elif max_cost is not None and not lcd <= max_cost:  # the search stops past it
                dropped["over_max_cost"] += 1
            else:
                end = int(cells[i][int(np.argmin(at_i))])
                # The traceback runs from j to the cheapest cell of i; the line runs i -> j.
                line, rc = _path_line(grid, mcp.traceback((end // cols, end % cols))[::-1])
                crossed = np.setdiff1d(flat_labels[rc[:, 0] * cols + rc[:, 1]], [0, i + 1, j + 1])
                if drop_through_cores and len(crossed):
                    dropped["through_core"] += 1
                else:
                    nlcc = stored[i].astype(np.float64)
                    nlcc += cwd_j
                    nlcc -= lcd
                    np.maximum(nlcc, 0.0, out=nlcc)  # float32 rounding of the stored CWD
                    inside = nlcc <= width
                    np.minimum(mosaic, np.where(inside, nlcc, np.inf), out=mosaic)
                    resistance = np.nan
                    mask = inside.reshape(rows, cols)
                    if polygons:
                        win = _window(mask)
                        poly_geoms.append(
                            _polygonize(mask[win], _window_gt(grid.geotransform, win))
                        )
                    if current:
                        resistance = _pair_current(
                            grid, mask, cells[i], cells[j], current_map, eight_neighbours, average
                        )
                    third = int(crossed[0]) - 1 if len(crossed) else -1
                    kept.append((i, j, float(euclid[p]), lcd, third, resistance))
                    paths.append(line)
            if remaining[i] == 0:
                stored.pop(i, None)
        if remaining[j] > 0:
            stored[int(j)] = cwd_j.astype(np.float32)
        if progress is not None:
            progress((step + 1) / len(needed))
    dx, dy = grid.cell_size
    params = dict(
        width=width,
        k_nearest=k_nearest,
        max_distance=max_distance,
        max_cost=max_cost,
        drop_through_cores=drop_through_cores,
        current_flow=current,
        neighbours=8 if eight_neighbours else 4,
        current_average=average,
        resistance=grid.name,
        cell_size=f"{dx:g} x {dy:g}",
        crs=CRS.from_user_input(grid.crs).to_string(),
        cost_units=tr("resistance x map units"),
        cores=len(geoms),
        pairs_considered=len(pi),
    )
    return _assemble(
        grid, ids, kept, paths, poly_geoms, mosaic, current_map, dropped, polygons, params
    )


def _segment(geoms: np.ndarray) -> float:
    """Densification step before reprojection (an eighth of the typical core size)."""
    typical = float(np.sqrt(np.median(shapely.area(geoms)))) if len(geoms) else 0.0
    return typical / 8.0 if typical > 0 else 1e9


def _pair_current(
    grid: ResistanceGrid,
    corridor: np.ndarray,
    cells_a: np.ndarray,
    cells_b: np.ndarray,
    current_map: np.ndarray,
    eight: bool,
    average: str,
) -> float:
    """Current flow inside one pair's corridor (plus both cores); max-mosaic its current."""
    rows, cols = grid.shape
    source = np.zeros(rows * cols, dtype=bool)
    sink = np.zeros(rows * cols, dtype=bool)
    source[cells_a] = True
    sink[cells_b] = True
    source, sink = source.reshape(rows, cols), sink.reshape(rows, cols)
    active = corridor | source | sink
    win = _window(active)
    flow = current_flow(
        grid.values[win],
        source[win],
        sink[win],
        active=active[win],
        eight_neighbours=eight,
        average=average,
    )
    view = current_map.reshape(rows, cols)[win]
    np.fmax(view, flow.current, out=view)
    return flow.resistance


def _assemble(
    grid: ResistanceGrid,
    ids: np.ndarray,
    kept: list[tuple],
    paths: list,
    poly_geoms: list,
    mosaic: np.ndarray,
    current_map: np.ndarray | None,
    dropped: dict[str, int],
    polygons: bool,
    params: dict[str, object],
) -> Corridors:
    rows, cols = grid.shape
    table = np.array(kept, dtype=np.float64).reshape(-1, 6)
    i, j = table[:, 0].astype(np.int64), table[:, 1].astype(np.int64)
    euclid, lcd, third = table[:, 2], table[:, 3], table[:, 4].astype(np.int64)
    ids = np.asarray(ids)
    geometry = np.array(paths, dtype=object)
    length = shapely.length(geometry) if len(geometry) else np.zeros(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        cwd_to_euc = np.where(euclid > 0, lcd / euclid, np.nan)
        lcp_to_euc = np.where(euclid > 0, length / euclid, np.nan)
        cwd_to_lcp = np.where(length > 0, lcd / length, np.nan)
    link_id = np.arange(1, len(kept) + 1, dtype=np.int64)
    links = {
        "link_id": link_id,
        "core_a": ids[i],
        "core_b": ids[j],
        "euc_dist": np.round(euclid, 3),
        "lcd": np.round(lcd, 3),
        "lcp_length": np.round(length, 3),
        "cwd_to_euc": np.round(cwd_to_euc, 6),
        "lcp_to_euc": np.round(lcp_to_euc, 6),
        "cwd_to_lcp": np.round(cwd_to_lcp, 6),
        "via_core": np.array([str(ids[k]) if k >= 0 else "" for k in third], dtype=object),
        "width": np.full(len(kept), float(params["width"])),
    }
    if params["current_flow"]:
        links["eff_resist"] = table[:, 5]
    poly_cols = poly_geometry = None
    if polygons:
        poly_geometry = np.array(poly_geoms, dtype=object)
        poly_cols = {
            "link_id": link_id,
            "core_a": links["core_a"],
            "core_b": links["core_b"],
            "lcd": links["lcd"],
            "width": links["width"],
            "area": np.round(shapely.area(poly_geometry), 3) if len(kept) else np.zeros(0),
        }
    finite = np.isfinite(mosaic)
    current = None
    if current_map is not None:
        current = np.where(finite | (current_map > 0), current_map, np.nan).reshape(rows, cols)
    params = {**params, "links": len(kept), **{f"dropped_{k}": v for k, v in dropped.items()}}
    return Corridors(
        links=links,
        paths=geometry,
        corridor=np.where(finite, mosaic, np.nan).astype(np.float32).reshape(rows, cols),
        geotransform=grid.geotransform,
        crs=grid.crs,
        polygons=poly_cols,
        polygon_geometry=poly_geometry,
        current=current,
        dropped=dropped,
        params=params,
    )
