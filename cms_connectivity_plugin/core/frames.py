"""GeoDataFrames in and out of the core: the Python user's door to the same functions.

The core works on :class:`~.vector.VectorTable` (columns, a shapely array, CRS text), which
the QGIS side fills from layers. A Python user holds GeoDataFrames instead; the functions
here convert at the edge (:func:`to_table`, :func:`to_frame`) and call the very functions
the Processing algorithms call, so both give the same numbers and the same messages:

- :func:`amounts`: area of each range in each unit (``cmsconnectivity:amounts``,
  :func:`.amounts.overlap_matrix`), as a long table and a sparse matrix;
- :func:`amounts_partitioned`: the same for units that do not fit in memory, a
  ``dask_geopandas.GeoDataFrame`` computed partition by partition with the cluster path's
  own per-partition computation; a lazy (unit id, feature, amount) table to ``.compute()``
  or stream to Parquet (:func:`amounts_to_parquet`: all parts or none);
- :func:`plan`: the network (``cmsconnectivity:plan``, :func:`.plan.plan_network`);
- :func:`site_importance`: PC, IIC and each site's dPC (``cmsconnectivity:connectivity``,
  :func:`.connectivity.indices.analyse_sites`).

geopandas is optional: the plugin inside QGIS never imports this module's dependencies, and
they are imported here only when a function is called (a clear :class:`InputError` when
missing). The plugin's venv installs geopandas without pyogrio or fiona (their wheels bring
a second GDAL, GEOS and PROJ into QGIS's process): ``geopandas.read_file`` is not there, so
read layers through QGIS or from GeoParquet (``geopandas.read_parquet``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from scipy import sparse

from . import defaults
from .amounts import _overlap, feature_labels, puvspr_order, unit_amounts
from .atomic import atomic_folder
from .connectivity.graph import GraphParams
from .connectivity.indices import ConnectivityResult, analyse_sites
from .crs import CRS, require_metric  # CRS: pyproj's, after PROJ's data path
from .errors import InputError
from .i18n import tr
from .plan import PlanResult, PlanSettings, plan_network, solver_summary
from .tables import ConnectivityTable, read_connectivity
from .unit_countries import countries_for_rules
from .units import plan_arguments, resolve_field, unit_table
from .vector import (
    POLYGONAL,
    VectorTable,
    require_crs,
    require_features,
    require_geometry,
)

if TYPE_CHECKING:  # only for the type hints: nothing here is imported at run time
    import dask.dataframe as dd
    import dask_geopandas
    import geopandas as gpd
    import pandas as pd

#: The Processing algorithm's defaults (``cmsconnectivity:plan``), not the bare dataclass's.
PLAN_DEFAULTS = PlanSettings(
    target_percent=defaults.TARGET_PERCENT,
    blm=defaults.BLM,
    edge_factor=defaults.EDGE_FACTOR,
    time_limit_s=defaults.TIME_LIMIT_S,
    mip_gap=defaults.MIP_GAP,
)
#: Columns of the long amounts table (one row per non-zero unit x range overlap).
AMOUNT_COLUMNS = ("unit_id", "feature", "feature_index", "amount_km2")


def _need(package: str):
    """Import an optional package, or say how to get it (never a bare ImportError)."""
    import importlib

    try:
        return importlib.import_module(package)
    except ImportError as exc:
        raise InputError(
            tr(
                "The GeoDataFrame functions need the Python package {package}, which is not "
                "installed: install it with pip in this Python ('make setup' does it in the "
                "plugin's venv)."
            ).format(package=package.replace("_", "-"))
        ) from exc


# --------------------------------------------------------------------------------------------
# GeoDataFrame <-> VectorTable
# --------------------------------------------------------------------------------------------


def _crs_text(crs: Any) -> str | None:
    """A CRS as the core writes it: the authority code when it says it all, else WKT."""
    if crs is None:
        return None
    parsed = CRS.from_user_input(crs)
    code = parsed.to_authority(min_confidence=100)
    return ":".join(code) if code else parsed.to_wkt()


def _name(frame: Any, default: str) -> str:
    """The name used in messages: ``frame.attrs["name"]`` when set."""
    attrs = getattr(frame, "attrs", None) or {}
    return str(attrs.get("name") or default)


def to_table(frame: gpd.GeoDataFrame, name: str | None = None) -> VectorTable:
    """The :class:`VectorTable` the core takes, from a GeoDataFrame (which is not modified).

    Attributes become columns, missing values (NaN, None, NA) become None as a layer's NULL
    does; the active geometry column becomes the shapely array; the frame's index becomes
    the feature ids (QGIS's fid) that messages name; the CRS becomes its authority code
    (``"EPSG:3035"``) or WKT. ``name`` (default ``frame.attrs["name"]``, else ``"layer"``)
    names the table in messages.
    """
    gpd = _need("geopandas")
    label = name or _name(frame, "layer")
    geometry_name = getattr(frame, "active_geometry_name", None)
    if not isinstance(frame, gpd.GeoDataFrame) or geometry_name is None:
        raise InputError(
            tr(
                "'{layer}' is not a GeoDataFrame with a geometry column: build one with "
                "geopandas.GeoDataFrame(data, geometry=..., crs=...)."
            ).format(layer=label)
        )
    columns = {}
    for column in frame.columns:
        if column == geometry_name:
            continue
        values = frame[column]
        columns[str(column)] = values.astype(object).where(values.notna(), None).tolist()
    return VectorTable(
        label,
        columns,
        np.array(frame.geometry.to_numpy(), dtype=object),
        _crs_text(frame.crs),
        np.asarray(frame.index),
    )


def to_frame(table: VectorTable) -> gpd.GeoDataFrame:
    """A GeoDataFrame of a :class:`VectorTable`: its columns, geometries and CRS, indexed by
    its feature ids (``fid``). ``attrs["name"]`` keeps the table's name."""
    gpd = _need("geopandas")
    pd = _need("pandas")
    index = pd.Index(np.asarray(table.ids), name="fid")
    data = {name: list(values) for name, values in table.columns.items()}
    geometry_name = "geometry" if "geometry" not in data else "_geometry"
    geometry = gpd.GeoSeries(np.asarray(table.geometry, dtype=object), index=index)
    frame = gpd.GeoDataFrame(data, index=index)
    frame = frame.set_geometry(geometry.rename(geometry_name), crs=table.crs)
    frame.attrs["name"] = table.name
    return frame


# --------------------------------------------------------------------------------------------
# Amounts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Amounts:
    """What :func:`amounts` found: the long table, the matrix and their labels.

    ``table``: one row per non-zero overlap, ordered by unit then range: ``unit_id``,
    ``feature`` (the range's label), ``feature_index`` (its row in the ranges, 0-based) and
    ``amount_km2`` (exact, not rounded as the Processing layer is). ``matrix``: units x ranges
    (km2, CSR), rows in the units' order, columns in the ranges' order, as
    :func:`.amounts.overlap_matrix` returns it. ``crs``: where the areas were measured.
    """

    table: pd.DataFrame
    matrix: sparse.csr_matrix
    unit_ids: np.ndarray
    features: np.ndarray
    crs: str


def _long_table(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, ids, labels):
    """The long amounts table of (row, column, value) triples already in puvspr order."""
    pd = _need("pandas")
    return pd.DataFrame(
        {
            "unit_id": np.asarray(ids)[rows],
            "feature": np.asarray(labels, dtype=object)[cols],
            "feature_index": cols.astype(np.int64),
            "amount_km2": values,
        }
    )


def amounts(
    units: gpd.GeoDataFrame,
    ranges: gpd.GeoDataFrame,
    *,
    unit_id: str | None = None,
    feature_fields: Sequence[str] = (),
    crs: Any = None,
    client: Any = None,
) -> Amounts:
    """Area (km2) of every range inside every unit, as ``cmsconnectivity:amounts`` measures it.

    ``unit_id``: the field of unique unit ids (default: the units' index);
    ``feature_fields``: the fields that name a range, e.g. ``["binomial", "seasonal"]``
    (default: its index); ``crs``: where areas are measured, projected in metres (default:
    Lambert azimuthal equal-area centred on the units, as the algorithm; pass ``units.crs``
    to measure in the units' own equal-area CRS); ``client``: a ``distributed.Client`` to
    split the units over (:func:`.amounts.overlap_matrix`; the result is the same).
    """
    found = unit_amounts(
        to_table(units, _name(units, "units")),
        to_table(ranges, _name(ranges, "ranges")),
        unit_id_field=unit_id,
        feature_fields=feature_fields,
        crs=_crs_text(crs),
        client=client,
    )
    rows, cols, km2 = found.triples()
    return Amounts(
        table=_long_table(rows, cols, km2, found.unit_ids, found.labels),
        matrix=found.matrix,
        unit_ids=found.unit_ids,
        features=found.labels,
        crs=found.crs,
    )


def amounts_matrix(table: pd.DataFrame, unit_ids: Sequence, n_features: int) -> sparse.csr_matrix:
    """The units x ranges CSR matrix of a long amounts table (from :func:`amounts` or a
    computed or re-read :func:`amounts_partitioned`), rows in the order of ``unit_ids``:
    the same matrix :func:`.amounts.overlap_matrix` gives for those units."""
    pd = _need("pandas")
    rows = pd.Index(list(unit_ids)).get_indexer(table["unit_id"])
    if (rows < 0).any():
        unknown = table["unit_id"].to_numpy()[rows < 0]
        raise InputError(
            tr(
                "The amounts name unit(s) {units} that are not among the unit ids given: "
                "pass the ids of the units the amounts were computed for."
            ).format(units=", ".join(str(v) for v in unknown[:5]))
        )
    cols = table["feature_index"].to_numpy(dtype=np.int64)
    matrix = sparse.coo_matrix(
        (table["amount_km2"].to_numpy(dtype=float), (rows, cols)),
        shape=(len(unit_ids), int(n_features)),
    ).tocsr()
    matrix.sum_duplicates()
    return matrix


@dataclass(frozen=True)
class _Ranges:
    """The ranges as every partition needs them: WKB (each task parses its own copy, so no
    two threads prepare the same geometry), bounding boxes and labels."""

    wkb: np.ndarray
    bounds: np.ndarray
    labels: np.ndarray


def _partition_amounts(
    part: gpd.GeoDataFrame, ranges: _Ranges, id_field: str, name: str, meta: pd.DataFrame
) -> pd.DataFrame:
    """One partition's long amounts table: its units against the ranges whose bounding
    boxes touch the partition's, with :func:`.amounts._overlap`, the computation each task
    of the cluster path (:func:`.amounts._part_task`) and the in-process path run. Every
    amount depends only on its unit and range, so the values equal ``overlap_matrix``'s."""
    table = to_table(part[[id_field, part.geometry.name]], name)  # only what is needed
    require_geometry(table, POLYGONAL, tr("polygons"))
    units = table.geometry
    present = ~(shapely.is_missing(units) | shapely.is_empty(units))
    if not present.any():
        return meta.iloc[:0].copy()
    x0, y0, x1, y1 = shapely.total_bounds(units[present])
    rb = ranges.bounds
    touching = np.flatnonzero(
        (rb[:, 0] <= x1) & (rb[:, 2] >= x0) & (rb[:, 1] <= y1) & (rb[:, 3] >= y0)
    )
    if not len(touching):
        return meta.iloc[:0].copy()
    polygons = shapely.from_wkb(ranges.wkb[touching])
    rows, cols, km2 = puvspr_order(_overlap(units, polygons, shapely.area(units), 1e-6))
    ids = part[id_field].to_numpy()
    out = _long_table(rows, touching[cols], km2, ids, ranges.labels)  # touching is sorted
    return out.astype(meta.dtypes.to_dict())


def amounts_partitioned(
    units: dask_geopandas.GeoDataFrame,
    ranges: gpd.GeoDataFrame,
    *,
    unit_id: str = "unit_id",
    feature_fields: Sequence[str] = (),
) -> dd.DataFrame:
    """:func:`amounts` for units that do not fit in memory: a lazy long amounts table.

    ``units``: a ``dask_geopandas.GeoDataFrame`` (e.g. ``dask_geopandas.read_parquet``) in a
    CRS projected in metres (use an equal-area one; reproject with ``units.to_crs``), with
    the field ``unit_id`` of unique ids (checked per partition only). ``ranges``: a
    GeoDataFrame in any CRS; they are reprojected to the units' and held by every task.

    Each partition is computed against the ranges whose bounding boxes touch it, with the
    per-unit computation of :func:`.amounts.overlap_matrix`, so the values are the same, bit
    for bit. The result has the columns of :attr:`Amounts.table`, ordered within each
    partition by the units' order there, then by range; nothing runs until ``.compute()``
    (then :func:`amounts_matrix` for the sparse matrix) or ``.to_parquet(folder)``, which
    streams partition by partition and never holds all units. It runs on whatever dask
    scheduler is active (a ``distributed.Client`` spreads the partitions over its workers).

    Partitions that are compact in space touch fewer ranges and overlap less: sort the units
    once along a Hilbert curve with ``units.spatial_shuffle(by="hilbert")`` (and save them
    so) when the partitions are not already made that way, e.g. rows in file order.
    """
    dask_geopandas = _need("dask_geopandas")
    dask = _need("dask")
    pd = _need("pandas")
    if not isinstance(units, dask_geopandas.GeoDataFrame):
        raise InputError(
            tr(
                "The units are not a dask-geopandas GeoDataFrame: open them with "
                "dask_geopandas.read_parquet(...) or split a GeoDataFrame with "
                "dask_geopandas.from_geopandas(frame, npartitions=...)."
            )
        )
    meta_units = to_table(units._meta, "units")  # the empty frame dask keeps as the schema
    require_crs(meta_units)
    require_metric(meta_units.crs, tr("species amounts"), meta_units.name)
    id_field = resolve_field(meta_units, unit_id, "")
    range_table = to_table(ranges, _name(ranges, "ranges"))
    require_crs(range_table)
    require_features(range_table)
    require_geometry(range_table, POLYGONAL, tr("polygons"))
    geoms = range_table.to_crs(meta_units.crs).geometry
    shared = _Ranges(
        wkb=shapely.to_wkb(geoms),
        bounds=shapely.bounds(geoms),
        labels=feature_labels(range_table, feature_fields),
    )
    meta = pd.DataFrame(
        {
            "unit_id": pd.Series([], dtype=units._meta[id_field].dtype),
            "feature": pd.Series([], dtype=object),
            "feature_index": pd.Series([], dtype=np.int64),
            "amount_km2": pd.Series([], dtype=float),
        }
    )
    return units.map_partitions(
        _partition_amounts,
        dask.delayed(shared, pure=True),
        id_field,
        meta_units.name,
        meta,
        meta=meta,
        enforce_metadata=False,
        clear_divisions=True,
    )


def amounts_to_parquet(
    units: dask_geopandas.GeoDataFrame,
    ranges: gpd.GeoDataFrame,
    folder: str | Path,
    *,
    unit_id: str = "unit_id",
    feature_fields: Sequence[str] = (),
) -> Path:
    """:func:`amounts_partitioned` written to the Parquet dataset ``folder``, partition by
    partition, all or nothing: the parts go to a new folder beside it that replaces
    ``folder`` only once every part is written (:func:`.atomic.atomic_folder`); a failed or
    cancelled run leaves ``folder`` as it was. Runs on the active Dask scheduler."""
    table = amounts_partitioned(units, ranges, unit_id=unit_id, feature_fields=feature_fields)
    target = Path(folder)
    if not target.parent.is_dir():
        raise InputError(
            tr("The folder {folder} does not exist: create it or choose another one.").format(
                folder=target.parent
            )
        )
    with atomic_folder(target) as staging:
        table.to_parquet(str(staging), write_index=False)
    return target


# --------------------------------------------------------------------------------------------
# Plan and site importance
# --------------------------------------------------------------------------------------------


@dataclass(eq=False)
class PlanFrames:
    """What :func:`plan` returns: the units with the network, the target table, the solver
    summary (as the Processing algorithm's JSON) and the core's :class:`~.plan.PlanResult`."""

    units: gpd.GeoDataFrame
    targets: pd.DataFrame
    summary: dict[str, Any]
    result: PlanResult


def plan(
    units: gpd.GeoDataFrame,
    ranges: gpd.GeoDataFrame,
    settings: PlanSettings | None = None,
    *,
    unit_id: str = "",
    cost: str = "",
    locked_in: str = "",
    locked_out: str = "",
    species: str = "",
    season: str = "",
    connectivity: ConnectivityTable | str | Path | None = None,
    progress: Callable[[float, str], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> PlanFrames:
    """Plan the network, as ``cmsconnectivity:plan`` does, from GeoDataFrames.

    ``units``: planning units in a CRS (in metres for exact areas; else measured in Lambert
    azimuthal equal-area), with the fields ``unit_id``, ``cost``, ``locked_in`` and
    ``locked_out`` read when present (or named by the keywords; id default: the index, cost
    default: area in km2). ``ranges``: one row per range polygon with a species field
    (``binomial``, ``species``, ...) and an optional IUCN ``seasonal`` field. ``settings``
    default to the algorithm's (:data:`PLAN_DEFAULTS`); ``connectivity`` is a table or a CSV
    path (``id1, id2, value``) used with ``settings.connectivity_weight``.

    Returns a copy of ``units`` with ``selected`` (0/1) and ``status`` (and ``locked_in``
    when it had none), the target table and the solver summary.
    """
    settings = settings or PLAN_DEFAULTS
    read = unit_table(
        to_table(units, _name(units, "units")),
        unit_id=unit_id,
        cost=cost,
        locked_in=locked_in,
        locked_out=locked_out,
    )
    args, _ = plan_arguments(
        read, to_table(ranges, _name(ranges, "ranges")), species=species, season=season
    )
    extra: dict[str, Any] = {}
    countries = countries_for_rules(
        read.table, settings.country_share_percent, settings.cross_border_bonus
    )
    if countries is not None:
        extra["countries"] = countries
    if connectivity is not None:
        extra["connectivity"] = (
            connectivity
            if isinstance(connectivity, ConnectivityTable)
            else read_connectivity(connectivity)
        )
    result = plan_network(
        **args,
        settings=settings,
        progress=progress,
        should_cancel=should_cancel,
        **extra,
    )
    pd = _need("pandas")
    added = {"selected", "status"}
    out = units.drop(columns=[c for c in units.columns if str(c).lower() in added])
    out["selected"] = np.asarray(result.selected, dtype=np.int64)
    out["status"] = np.asarray(result.unit_status(), dtype=object)
    if read.table.field("locked_in") is None:  # the style colours by it, as the algorithm's
        out["locked_in"] = np.asarray(result.locked_in, dtype=np.int64)
    rows = result.features
    targets = pd.DataFrame(
        {
            "feature": [r.feature for r in rows],
            "species": [r.species for r in rows],
            "season": np.array([r.season for r in rows], dtype=np.int64),
            "total_km2": np.array([r.total_km2 for r in rows], dtype=float),
            "target_km2": np.array([r.target_km2 for r in rows], dtype=float),
            "held_km2": np.array([r.held_km2 for r in rows], dtype=float),
            "met": np.array([r.met for r in rows], dtype=bool),
            "shortfall_km2": np.array([r.shortfall_km2 for r in rows], dtype=float),
        }
    )
    return PlanFrames(out, targets, solver_summary(result), result)


def site_importance(
    sites: gpd.GeoDataFrame,
    params: GraphParams | None = None,
    *,
    dispersal_km: float | None = None,
    attribute: str | None = None,
    crs: Any = None,
    landscape_area: float | None = None,
    importance: bool = True,
    tolerance: float = 0.0,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> tuple[gpd.GeoDataFrame, ConnectivityResult]:
    """PC, IIC, EC and each site's dPC / dIIC, as ``cmsconnectivity:connectivity`` finds them.

    ``sites``: protected-area polygons in any CRS (measured in ``crs``, projected in metres;
    default Lambert azimuthal equal-area centred on them). ``params``: the graph settings
    (:class:`~.connectivity.graph.GraphParams`, distances in metres); ``dispersal_km``
    replaces its median dispersal distance (default :data:`.defaults.DISPERSAL_KM`);
    ``attribute``: a field to use as each site's ``a_i`` instead of its area.

    Returns a copy of ``sites`` with the result columns added (``a_value``, ``dA``, ``dPC``
    and its fractions, ``dIIC``..., ``component``, ``degree``; input columns of the same
    names are replaced), and the overall result (``result.overall.pc`` ...).
    """
    params = params or GraphParams(d=defaults.DISPERSAL_KM * 1000.0)
    if dispersal_km is not None:
        params = replace(params, d=float(dispersal_km) * 1000.0)
    result, columns = analyse_sites(
        to_table(sites, _name(sites, "sites")),
        params,
        attribute_field=attribute,
        crs=_crs_text(crs),
        landscape_area=landscape_area,
        importance=importance,
        method="subtree",
        should_cancel=should_cancel,
        progress=progress,
        tolerance=tolerance,
    )
    new = {name.lower() for name in columns}
    out = sites.drop(columns=[c for c in sites.columns if str(c).lower() in new])
    for name, values in columns.items():
        out[name] = np.asarray(values)
    return out, result
