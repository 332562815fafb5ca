"""The cost of each planning unit: its area, an attribute, or the mean of a cost raster.

Costs are what the minimum-set problem minimises (DESIGN.md sections 5 and 6), so every cost
must be a finite number of zero or more; a unit whose cost cannot be found is an input error
naming the unit, never a silent zero.

Raster costs are the mean of the cells whose centre lies inside the unit (GDAL's default
rasterisation rule). The cells of all units are found at once by a scanline fill in numpy:
every polygon edge is cut with the row centre lines it spans, the crossings are sorted per
(unit, row) and paired (even-odd rule, so holes and multi-part units are right), and each pair
gives a run of columns. Runs are read band by band from GDAL and summed per unit with
``np.bincount``: no loop over units, and overlapping units (sites often overlap) each get all
their cells, which a burnt-in id raster could not give. A unit too small to hold any cell
centre takes the cell under its representative point (``point_on_surface``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely

from .crs import CRS, transform  # pyproj's CRS, imported after PROJ's data path is set
from .errors import InputError
from .i18n import name_items, tr

COST_KINDS = ("area", "field", "raster")
MISSING = ("error", "mean")

#: Raster cells handled at once (unit id, row, column, value: about 40 bytes each).
MAX_CELLS = 4_000_000
#: Largest raster window read at once, in cells.
MAX_WINDOW = 16_000_000
#: Edge crossings computed at once.
MAX_CROSSINGS = 4_000_000


@dataclass(frozen=True)
class CostSpec:
    """How the cost of a unit is found.

    - ``area`` (default): the unit's area in km2, so the solver minimises the area taken;
    - ``field``: a numeric attribute of the unit layer (units cut by the study-area edge
      keep their full value);
    - ``raster``: mean of the cells of ``raster`` (any file GDAL reads, any CRS) in each
      unit. ``missing`` says what happens to units with no valid cell (outside the raster or
      only nodata): ``"error"`` stops with their ids, ``"mean"`` gives them the mean cost of
      the other units.
    """

    kind: str = "area"
    field: str | None = None
    raster: str | None = None
    band: int = 1
    missing: str = "error"

    @classmethod
    def area(cls) -> CostSpec:
        return cls("area")

    @classmethod
    def attribute(cls, field: str) -> CostSpec:
        return cls("field", field=field)

    @classmethod
    def raster_mean(cls, path: str | Path, band: int = 1, missing: str = "error") -> CostSpec:
        return cls("raster", raster=str(path), band=band, missing=missing)

    def validate(self) -> CostSpec:
        if self.kind not in COST_KINDS:
            raise InputError(
                tr("Unknown cost type '{kind}': use one of {kinds}.").format(
                    kind=self.kind, kinds=", ".join(COST_KINDS)
                )
            )
        if self.kind == "field" and not self.field:
            raise InputError(tr("A cost from a field needs the field's name: choose a field."))
        if self.kind == "raster" and not self.raster:
            raise InputError(tr("A cost from a raster needs the raster: choose a raster file."))
        if self.missing not in MISSING:
            raise InputError(
                tr("Unknown rule '{rule}' for units without cost: use one of {rules}.").format(
                    rule=self.missing, rules=", ".join(MISSING)
                )
            )
        return self


# --------------------------------------------------------------------------------------------
# Cost from an attribute
# --------------------------------------------------------------------------------------------


def attribute_costs(values, unit_ids: np.ndarray, layer: str, field: str) -> np.ndarray:
    """Costs from a column; NULL, non-numeric, NaN or negative values are refused by unit id."""
    values = list(values)
    unit_ids = np.asarray(unit_ids)
    null = np.array([v is None for v in values], dtype=bool)
    if null.any():
        raise InputError(
            tr(
                "The cost field '{field}' of '{layer}' is empty (NULL) for unit(s) {ids}: fill "
                "these values or choose another cost."
            ).format(field=field, layer=layer, ids=name_items(unit_ids[null]))
        )
    costs = np.full(len(values), np.nan)
    for k, value in enumerate(values):  # conversion of user values, not a geometry loop
        try:
            costs[k] = float(value)
        except (TypeError, ValueError):
            pass
    bad = ~np.isfinite(costs)
    if bad.any():
        raise InputError(
            tr(
                "The cost field '{field}' of '{layer}' is not a finite number for unit(s) {ids}: "
                "fix these values or choose a numeric field."
            ).format(field=field, layer=layer, ids=name_items(unit_ids[bad]))
        )
    negative = costs < 0
    if negative.any():
        raise InputError(
            tr(
                "The cost field '{field}' of '{layer}' is negative for unit(s) {ids}: costs must "
                "be zero or more; fix these values."
            ).format(field=field, layer=layer, ids=name_items(unit_ids[negative]))
        )
    return costs


# --------------------------------------------------------------------------------------------
# Cost from a raster
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Raster:
    dataset: object
    band: object
    name: str
    crs: str
    gt: tuple[float, ...]
    width: int
    height: int
    nodata: float | None
    use_mask: bool
    scale: float
    offset: float

    @property
    def extent(self) -> tuple[float, float, float, float]:
        xs = (self.gt[0], self.gt[0] + self.width * self.gt[1])
        ys = (self.gt[3], self.gt[3] + self.height * self.gt[5])
        return min(xs), min(ys), max(xs), max(ys)

    def read(self, row0: int, col0: int, rows: int, cols: int) -> tuple[np.ndarray, np.ndarray]:
        """Values (float64, scaled) and validity of a window."""
        raw = self.band.ReadAsArray(col0, row0, cols, rows)
        if raw is None:
            raise InputError(
                tr(
                    "The cost raster '{raster}' could not be read (rows {row}..{last}): check "
                    "that the file is complete and readable."
                ).format(raster=self.name, row=row0, last=row0 + rows - 1)
            )
        values = raw.astype(np.float64)
        valid = np.isfinite(values)
        if self.nodata is not None and np.isfinite(self.nodata):
            valid &= values != self.nodata
        if self.use_mask:
            valid &= self.band.GetMaskBand().ReadAsArray(col0, row0, cols, rows) > 0
        if self.scale != 1.0 or self.offset != 0.0:
            values = values * self.scale + self.offset
        return values, valid


def _open_raster(path: str, band_number: int) -> _Raster:
    from osgeo import gdal  # GDAL's own binding, shipped with QGIS; loaded only when needed

    name = Path(path).name or str(path)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        try:
            # Read-only and without PAM: no .aux.xml is ever written beside the user's raster.
            previous = gdal.GetConfigOption("GDAL_PAM_ENABLED")
            gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
            try:
                dataset = gdal.OpenEx(str(path), gdal.OF_RASTER | gdal.OF_READONLY)
            finally:
                gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", previous)
        except RuntimeError:  # when someone switched GDAL to exceptions
            dataset = None
        reason = gdal.GetLastErrorMsg()
    finally:
        gdal.PopErrorHandler()
    if dataset is None:
        raise InputError(
            tr(
                "The cost raster '{raster}' could not be opened ({reason}): choose a GeoTIFF or "
                "another raster file that GDAL reads."
            ).format(raster=path, reason=reason or tr("unknown format"))
        )
    if not 1 <= band_number <= dataset.RasterCount:
        raise InputError(
            tr(
                "The cost raster '{raster}' has no band {band}: choose a band from 1 to {n}."
            ).format(raster=name, band=band_number, n=dataset.RasterCount)
        )
    srs = dataset.GetSpatialRef()
    if srs is None:
        raise InputError(
            tr(
                "The cost raster '{raster}' has no coordinate reference system: assign one "
                "(Raster > Projections > Assign Projection)."
            ).format(raster=name)
        )
    gt = tuple(dataset.GetGeoTransform())
    if gt[2] != 0 or gt[4] != 0:
        raise InputError(
            tr(
                "The cost raster '{raster}' is rotated: warp it to a north-up grid "
                "(Raster > Projections > Warp) and choose the result."
            ).format(raster=name)
        )
    band = dataset.GetRasterBand(band_number)
    flags = band.GetMaskFlags()
    use_mask = not (flags & gdal.GMF_ALL_VALID or flags & gdal.GMF_NODATA)
    return _Raster(
        dataset=dataset,
        band=band,
        name=name,
        crs=srs.ExportToWkt(),
        gt=gt,
        width=dataset.RasterXSize,
        height=dataset.RasterYSize,
        nodata=band.GetNoDataValue(),
        use_mask=use_mask,
        scale=float(band.GetScale() or 1.0),
        offset=float(band.GetOffset() or 0.0),
    )


def _slices(*keys: np.ndarray) -> list[slice]:
    """Consecutive slices over which every (non-decreasing) key stays the same."""
    size = len(keys[0])
    if size == 0:
        return []
    change = np.zeros(size - 1, dtype=bool)
    for key in keys:
        change |= np.diff(key) != 0
    cuts = np.concatenate([[0], np.flatnonzero(change) + 1, [size]])
    return [slice(a, b) for a, b in zip(cuts[:-1], cuts[1:])]


def _budget(weights: np.ndarray, limit: int) -> np.ndarray:
    """Group number of each item when consecutive items share a budget of ``limit``."""
    return np.cumsum(weights) // max(int(limit), 1)


def _expand(starts: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For runs (start, count): the run of each element and its value start + k."""
    counts = np.maximum(counts, 0)
    owner = np.repeat(np.arange(len(counts)), counts)
    first = np.cumsum(counts) - counts
    return owner, starts[owner] + (np.arange(owner.size) - first[owner])


def cell_runs(
    geoms: np.ndarray, gt: tuple[float, ...], width: int, height: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Runs of raster cells whose centre lies inside each geometry.

    Returns ``(unit, row, col0, col1)``, columns inclusive, for a north-up grid with
    geotransform ``gt``. A scanline fill over all edges at once (see the module docstring):
    an edge from y1 to y2 (pixel units) crosses the centre line of row r when
    min(y1, y2) <= r + 0.5 < max(y1, y2), so shared vertices are counted once and every
    ring crosses each row an even number of times.
    """
    polys, poly_unit = shapely.get_parts(geoms, return_index=True)
    rings, ring_poly = shapely.get_rings(polys, return_index=True)
    xy, vertex_ring = shapely.get_coordinates(rings, return_index=True)
    px = (xy[:, 0] - gt[0]) / gt[1]
    py = (xy[:, 1] - gt[3]) / gt[5]
    edge = np.flatnonzero(vertex_ring[:-1] == vertex_ring[1:])
    x1, y1, x2, y2 = px[edge], py[edge], px[edge + 1], py[edge + 1]
    unit = poly_unit[ring_poly[vertex_ring[edge]]]  # non-decreasing
    lo, hi = np.minimum(y1, y2), np.maximum(y1, y2)
    first = np.maximum(np.ceil(lo - 0.5), 0).astype(np.int64)
    last = np.minimum(np.ceil(hi - 0.5) - 1, height - 1).astype(np.int64)
    counts = np.maximum(last - first + 1, 0)
    out = ([], [], [], [])
    # Chunks of whole units, so each (unit, row) has all its crossings in one chunk.
    per_unit = _budget(np.bincount(unit, counts, len(geoms)), MAX_CROSSINGS)
    for part in _slices(per_unit[unit]):
        e, row = _expand(first[part], counts[part])
        e += part.start
        yc = row + 0.5
        xc = x1[e] + (yc - y1[e]) * (x2[e] - x1[e]) / (y2[e] - y1[e])
        u = unit[e]
        order = np.lexsort((xc, row, u))
        u, row, xc = u[order], row[order], xc[order]
        xa, xb = xc[0::2], xc[1::2]
        c0 = np.maximum(np.ceil(xa - 0.5), 0).astype(np.int64)
        c1 = np.minimum(np.ceil(xb - 0.5) - 1, width - 1).astype(np.int64)
        keep = c1 >= c0
        for bucket, values in zip(out, (u[0::2], row[0::2], c0, c1)):
            bucket.append(values[keep])
    if not out[0]:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, empty
    return tuple(np.concatenate(b) for b in out)  # type: ignore[return-value]


def _accumulate(
    raster: _Raster,
    n: int,
    unit: np.ndarray,
    row: np.ndarray,
    c0: np.ndarray,
    c1: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Sum and count of valid cell values per unit over runs of cells, band by band."""
    sums, counts = np.zeros(n), np.zeros(n)
    if len(unit) == 0:
        return sums, counts
    order = np.argsort(row, kind="stable")
    unit, row, c0, c1 = unit[order], row[order], c0[order], c1[order]
    rows_per_band = max(1, MAX_WINDOW // max(1, int(c1.max() - c0.min() + 1)))
    for part in _slices(_budget(c1 - c0 + 1, MAX_CELLS), row // rows_per_band):
        r0, r1 = int(row[part].min()), int(row[part].max())
        k0, k1 = int(c0[part].min()), int(c1[part].max())
        values, valid = raster.read(r0, k0, r1 - r0 + 1, k1 - k0 + 1)
        run, col = _expand(c0[part], c1[part] - c0[part] + 1)
        cell_row = row[part][run] - r0
        cell_col = col - k0
        ok = valid[cell_row, cell_col]
        owner = unit[part][run][ok]
        sums += np.bincount(owner, values[cell_row[ok], cell_col[ok]], n)
        counts += np.bincount(owner, minlength=n)
    return sums, counts


def _fmt_extent(extent) -> str:
    return "({:.6g}, {:.6g}) - ({:.6g}, {:.6g})".format(*extent)


def raster_mean(
    path: str | Path,
    geometry: np.ndarray,
    crs: str,
    unit_ids: np.ndarray,
    *,
    band: int = 1,
    missing: str = "error",
) -> np.ndarray:
    """Mean of a raster's valid cells in each unit (units in ``crs``, raster in any CRS).

    Units are reprojected to the raster's CRS (after densifying their edges, so a long
    straight edge stays where it was); the raster itself is never resampled. Nodata, NaN and
    masked cells are ignored. See :class:`CostSpec` for ``missing``.
    """
    raster = _open_raster(str(path), band)
    geoms = np.asarray(geometry, dtype=object)
    unit_ids = np.asarray(unit_ids)
    n = len(geoms)
    geoms = _to_raster_crs(geoms, crs, raster.crs)
    box = shapely.box(*raster.extent)
    if not shapely.intersects(geoms, box).any():
        raise InputError(
            tr(
                "The cost raster '{raster}' (extent {raster_extent}) does not overlap the "
                "planning units (extent {units_extent}, both in the raster's CRS): choose a "
                "raster that covers the study area, or check the raster's CRS."
            ).format(
                raster=raster.name,
                raster_extent=_fmt_extent(raster.extent),
                units_extent=_fmt_extent(shapely.total_bounds(geoms)),
            )
        )
    sums, counts = _accumulate(raster, n, *cell_runs(geoms, raster.gt, raster.width, raster.height))
    small = np.flatnonzero(counts == 0)
    if len(small):
        # Units holding no cell centre (small slivers): the cell under a point inside them.
        xy = shapely.get_coordinates(shapely.point_on_surface(geoms[small]))
        col = np.floor((xy[:, 0] - raster.gt[0]) / raster.gt[1]).astype(np.int64)
        row = np.floor((xy[:, 1] - raster.gt[3]) / raster.gt[5]).astype(np.int64)
        inside = (col >= 0) & (col < raster.width) & (row >= 0) & (row < raster.height)
        s, c = _accumulate(raster, n, small[inside], row[inside], col[inside], col[inside])
        sums += s
        counts += c
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = sums / counts
    absent = counts == 0
    if absent.any():
        if missing == "mean" and not absent.all():
            mean[absent] = mean[~absent].mean()
        else:
            raise InputError(
                tr(
                    "{n} planning unit(s) have no valid cell in the cost raster '{raster}' "
                    "(units {ids}): use a raster that covers the whole study area without "
                    "nodata there, or give such units the mean cost."
                ).format(n=int(absent.sum()), raster=raster.name, ids=name_items(unit_ids[absent]))
            )
    negative = mean < 0
    if negative.any():
        raise InputError(
            tr(
                "The cost raster '{raster}' gives negative costs for unit(s) {ids}: costs must be "
                "zero or more; rescale the raster."
            ).format(raster=raster.name, ids=name_items(unit_ids[negative]))
        )
    return mean


def _to_raster_crs(geoms: np.ndarray, crs: str, raster_crs: str) -> np.ndarray:
    """Units in the raster's CRS; edges densified first when the CRS differ."""
    if CRS.from_user_input(crs) == CRS.from_user_input(raster_crs):
        return geoms
    typical = float(np.sqrt(np.median(shapely.area(geoms)))) if len(geoms) else 0.0
    dense = shapely.segmentize(geoms, max(typical / 8.0, 1e-9)) if typical > 0 else geoms
    return transform(dense, crs, raster_crs)


def unit_costs(
    spec: CostSpec | None,
    *,
    geometry: np.ndarray,
    area_km2: np.ndarray,
    unit_ids: np.ndarray,
    crs: str,
    values=None,
    layer: str = "",
) -> np.ndarray:
    """The cost of every unit following ``spec`` (``None`` means area).

    ``values`` is the cost column of the unit layer (rows in unit order) for a field cost.
    """
    spec = (spec or CostSpec()).validate()
    if spec.kind == "area":
        return np.asarray(area_km2, dtype=float).copy()
    if spec.kind == "field":
        if values is None:
            raise InputError(
                tr(
                    "A cost from the field '{field}' needs planning units from a layer: choose "
                    "the layer grid type, or another cost."
                ).format(field=spec.field)
            )
        return attribute_costs(values, unit_ids, layer, spec.field)
    return raster_mean(spec.raster, geometry, crs, unit_ids, band=spec.band, missing=spec.missing)
