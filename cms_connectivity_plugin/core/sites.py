"""Site layers (protected areas, KBAs, Ramsar sites, IBAs, user-drawn) as one site table.

A layer with the WDPA fields (``WDPAID, NAME, DESIG_ENG, IUCN_CAT, STATUS, STATUS_YR, ISO3,
REP_AREA, MARINE``, any case) is read with WDPA semantics, as the JRC DOPA prepares the WDPA
for ProtConn (WDPA user manual 1.6; Saura et al. 2017; JRC DOPA ProtConn methods):

- keep STATUS Designated, Inscribed and Established; Proposed and Not Reported (and Adopted)
  only when asked;
- drop UNESCO-MAB Biosphere Reserves (DESIG_ENG "UNESCO-MAB Biosphere Reserve"): their
  buffer and transition zones are not protected areas. A *national* designation called
  "Biosphere Reserve" (DESIG_TYPE "National", e.g. Germany's Biosphaerenreservate) stays;
- a point site becomes a circle whose area is its reported area REP_AREA (km2), drawn in an
  equal-area CRS (a MultiPoint shares REP_AREA equally between its points); points with
  REP_AREA 0 or NULL cannot be drawn and are dropped and counted;
- rows sharing a WDPAID (parcels) become one multi-part site;
- :func:`snapshot` keeps STATUS_YR <= year. A status year of 0 or NULL means "not reported"
  in the WDPA; such sites are kept (we cannot tell when they were designated) and counted;
- overlaps are resolved by :func:`dissolve_sites`, which unions the sites into the network's
  parts so that no area counts twice, while the per-site table is kept for site-level work.

Any other polygon layer needs only polygons: the name comes from the first of
:data:`NAME_FIELDS` present, else from an id field (:data:`ID_FIELDS`), else the feature id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .crs import transform
from .errors import InputError
from .i18n import tr
from .ranges import areas_km2, equal_area_crs
from .vector import (
    POINTS,
    POLYGONAL,
    VectorTable,
    polygon_parts,
    repair,
    require_crs,
    require_features,
    require_fields,
    require_geometry,
)

#: WDPA statuses kept by default (DOPA ProtConn); others: Proposed, Not Reported, Adopted.
DEFAULT_STATUSES = ("Designated", "Inscribed", "Established")
MAB_DESIGNATION = "UNESCO-MAB Biosphere Reserve"
KINDS = ("auto", "wdpa", "generic")

NAME_FIELDS = (
    "NAME",
    "name_en",
    "SITENAME",
    "site_name",
    "IntName",
    "NatName",
    "ORIG_NAME",
    "nom",
    "nombre",
)
ID_FIELDS = ("WDPAID", "SitRecID", "ramsar_id", "SITECODE", "site_id", "CDDA_CODE")
DESIG_FIELDS = ("DESIG_ENG", "DESIG", "designation")
ISO3_FIELDS = ("ISO3", "PARENT_ISO3", "PARENT_ISO", "iso_a3")
YEAR_FIELDS = ("STATUS_YR", "STATUS_YEAR", "DESIG_YR", "DESIG_YEAR", "JAHR")
AREA_FIELDS = ("REP_AREA",)

#: Vertices per quarter circle of a point site's circle.
QUAD_SEGS = 16
_SHOWN = 10


@dataclass(frozen=True)
class SiteReport:
    """What :func:`prepare_sites` (and :func:`snapshot`) did, for the log and the report."""

    layers: tuple[tuple[str, str], ...]  # (layer, "wdpa" | "generic")
    crs: str
    input_features: int
    repaired: int
    dropped_status: tuple[tuple[str, int], ...]  # (status value, count)
    dropped_mab: int
    dropped_no_area: int
    dropped_empty: int
    circles: int
    merged: int  # rows merged into multi-part sites sharing an id
    sites: int
    year: int | None = None
    dropped_after_year: int = 0
    unknown_year: int = 0
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def lines(self) -> list[str]:
        """Translated one-line summaries."""
        layers = ", ".join(f"{layer} ({kind})" for layer, kind in self.layers)
        status = ", ".join(f"{value}: {n}" for value, n in self.dropped_status) or "0"
        out = [
            tr("Site layers: {layers}.").format(layers=layers),
            tr(
                "{n} input features -> {sites} sites; dropped by status ({status}), {mab} "
                "UNESCO-MAB Biosphere Reserves, {no_area} points without reported area, "
                "{empty} without polygon geometry; {circles} point sites drawn as circles, "
                "{merged} parcels merged into their site, {repaired} geometries repaired."
            ).format(
                n=self.input_features,
                sites=self.sites,
                status=status,
                mab=self.dropped_mab,
                no_area=self.dropped_no_area,
                empty=self.dropped_empty,
                circles=self.circles,
                merged=self.merged,
                repaired=self.repaired,
            ),
        ]
        if self.year is not None:
            out.append(
                tr(
                    "Snapshot {year}: {after} sites designated later dropped; {unknown} sites "
                    "without a status year kept."
                ).format(year=self.year, after=self.dropped_after_year, unknown=self.unknown_year)
            )
        return out


@dataclass(frozen=True)
class Sites:
    """One row per site (multi-part sites merged), geometries as MultiPolygons in ``crs``."""

    site_id: np.ndarray  # str: WDPAID, Ramsar id, ... or the feature id
    name: np.ndarray
    source: np.ndarray  # layer name
    designation: np.ndarray
    iso3: np.ndarray
    status: np.ndarray  # WDPA STATUS; "" for other layers
    status_yr: np.ndarray  # int64; 0 = not reported (WDPA convention)
    area_km2: np.ndarray  # measured in an equal-area CRS
    geometry: np.ndarray
    crs: str
    report: SiteReport

    def __len__(self) -> int:
        return len(self.geometry)

    def columns(self) -> dict[str, np.ndarray]:
        """Output attributes, one column per field."""
        return {
            "site_id": self.site_id,
            "name": self.name,
            "source": self.source,
            "designation": self.designation,
            "iso3": self.iso3,
            "status": self.status,
            "status_yr": self.status_yr,
            "area_km2": np.round(self.area_km2, 4),
        }

    def subset(self, rows: np.ndarray, report: SiteReport | None = None) -> Sites:
        """The selected rows (mask or indices), with ``report`` if given."""
        rows = np.asarray(rows)
        idx = np.flatnonzero(rows) if rows.dtype == bool else rows
        return Sites(
            self.site_id[idx],
            self.name[idx],
            self.source[idx],
            self.designation[idx],
            self.iso3[idx],
            self.status[idx],
            self.status_yr[idx],
            self.area_km2[idx],
            self.geometry[idx],
            self.crs,
            report or self.report,
        )


# --------------------------------------------------------------------------- helpers


def attribute_text(value: object) -> str:
    """Attribute as text: NULL and NaN are "", whole numbers lose their ``.0`` (shapefile ids
    are often Real)."""
    if value is None:
        return ""
    if isinstance(value, float):
        if not np.isfinite(value):
            return ""
        if value == int(value):
            return str(int(value))
    return str(value).strip()


def _texts(table: VectorTable, name: str | None) -> np.ndarray:
    if name is None:
        return np.full(len(table), "", dtype=object)
    return np.array([attribute_text(v) for v in table.columns[name]], dtype=object)


def _numbers(table: VectorTable, name: str | None) -> np.ndarray:
    """Float column, NaN for NULL or text."""
    if name is None:
        return np.full(len(table), np.nan)
    out = np.full(len(table), np.nan)
    for row, value in enumerate(table.columns[name]):
        try:
            out[row] = float(value)
        except (TypeError, ValueError):
            pass
    return out


def _show_ids(ids: np.ndarray) -> str:
    shown = ", ".join(str(i) for i in ids[:_SHOWN])
    return shown + (", ..." if len(ids) > _SHOWN else "")


def _designations_of(table: VectorTable) -> np.ndarray:
    """A layer without a designation field still says what it is: a Ramsar list
    (``ramsar_id``), Natura 2000 (``SITETYPE``), a KBA or IBA layer, read as the place
    matching reads them (:func:`core.places.read_records`); else empty."""
    from .places import read_records

    try:
        records, _ = read_records(table)
    except InputError:
        return np.full(len(table), "", dtype=object)
    return np.asarray(records["designation"], dtype=object)


def is_mab(designation: np.ndarray, desig_type: np.ndarray | None = None) -> np.ndarray:
    """UNESCO-MAB Biosphere Reserves: DESIG_ENG names UNESCO-MAB, or "Biosphere Reserve"
    with DESIG_TYPE International (WDPA manual: the international designation)."""
    lower = np.char.lower(np.asarray(designation, dtype=str))
    mab = np.char.find(lower, "unesco-mab") >= 0
    if desig_type is not None:
        international = np.char.lower(np.asarray(desig_type, dtype=str)) == "international"
        mab |= international & (np.char.find(lower, "biosphere reserve") >= 0)
    return mab


def point_circles(points: np.ndarray, area_km2: np.ndarray, crs: str, target: str) -> np.ndarray:
    """Circles of the reported area around point sites, built in an equal-area CRS.

    As the JRC DOPA does for WDPA points: a point stands for a site of known area but
    unknown boundary. The radius is chosen so that the buffer polygon (a regular polygon
    inscribed in the circle) has exactly the reported area. A MultiPoint shares its area
    equally among its points. Returns MultiPolygons in ``target``.
    """
    points = np.asarray(points, dtype=object)
    parts, owner = shapely.get_parts(points, return_index=True)
    share = np.bincount(owner, minlength=len(points))[owner]
    part_m2 = np.asarray(area_km2, dtype=float)[owner] * 1e6 / share
    metric = equal_area_crs(parts, crs)
    n = 4 * QUAD_SEGS
    radius = np.sqrt(part_m2 / (0.5 * n * np.sin(2.0 * np.pi / n)))
    circles = shapely.buffer(transform(parts, crs, metric), radius, quad_segs=QUAD_SEGS)
    circles = transform(circles, metric, target)
    grouped = shapely.multipolygons(circles, indices=owner)
    return polygon_parts(shapely.make_valid(grouped, method="structure"))


def _group_union(geoms: np.ndarray, groups: np.ndarray, n_groups: int) -> np.ndarray:
    """Union of the geometries of each group (vectorised: one MultiPolygon per group made
    valid with the 'structure' method, which dissolves overlapping and adjacent parts)."""
    parts, owner = shapely.get_parts(geoms, return_index=True)
    polys = shapely.get_parts(parts)
    index = np.repeat(groups[owner], shapely.get_num_geometries(parts))
    order = np.argsort(index, kind="stable")
    out = np.empty(n_groups, dtype=object)
    shapely.multipolygons(polys[order], indices=index[order], out=out)
    return polygon_parts(shapely.make_valid(out, method="structure"))


# --------------------------------------------------------------------------- preparing


def _resolve_kind(table: VectorTable, kind: str) -> str:
    if kind not in KINDS:
        raise InputError(
            tr("The site layer kind '{kind}' is unknown: use one of {kinds}.").format(
                kind=kind, kinds=", ".join(KINDS)
            )
        )
    if kind == "wdpa":
        require_fields(table, {"WDPAID": ("WDPAID",), "STATUS": ("STATUS",)})
        return "wdpa"
    if kind == "auto" and table.field("WDPAID") and table.field("STATUS"):
        return "wdpa"
    return "generic"


def _read_table(
    table: VectorTable,
    *,
    kind: str,
    statuses: Sequence[str],
    include_mab: bool,
    target: str,
    name_field: str | None,
    counts: dict,
    warnings: list[str],
) -> dict[str, np.ndarray] | None:
    """One layer's sites in ``target`` with its columns, or None when none is left."""
    require_features(table)
    require_geometry(table, POLYGONAL + POINTS, tr("polygons or points"))
    kind = _resolve_kind(table, kind)
    counts["layers"].append((table.name, kind))
    counts["input"] += len(table)

    if name_field:
        real_name = table.field(name_field)
        if real_name is None:
            raise InputError(
                tr(
                    "The layer '{layer}' has no field '{field}' for site names (its fields: "
                    "{fields}): choose another name field or leave it empty."
                ).format(layer=table.name, field=name_field, fields=", ".join(table.columns))
            )
    else:
        real_name = table.field(*NAME_FIELDS)
    id_field = table.field(*ID_FIELDS)
    fids = np.array([str(i) for i in table.ids], dtype=object)
    ids = _texts(table, id_field)
    ids = np.where(ids == "", fids if id_field is None else "fid " + fids, ids)
    names = _texts(table, real_name or id_field)
    names = np.where(names == "", ids, names)
    designation = (
        _texts(table, table.field(*DESIG_FIELDS))
        if table.field(*DESIG_FIELDS)
        else (_designations_of(table))
    )
    status = _texts(table, table.field("STATUS")) if kind == "wdpa" else _texts(table, None)
    years = _numbers(table, table.field(*YEAR_FIELDS))
    status_yr = np.where(np.isfinite(years) & (years > 0), years, 0).astype(np.int64)
    columns = {
        "site_id": ids,
        "name": names,
        "designation": designation,
        "iso3": _texts(table, table.field(*ISO3_FIELDS)),
        "status": status,
        "status_yr": status_yr,
    }

    keep = np.ones(len(table), dtype=bool)
    if kind == "wdpa":
        allowed = {s.strip().lower() for s in statuses}
        passed = np.isin(np.char.lower(status.astype(str)), list(allowed))
        values, n = np.unique(np.where(status == "", "NULL", status)[~passed], return_counts=True)
        for value, count in zip(values.tolist(), n.tolist()):
            counts["status"][value] = counts["status"].get(value, 0) + count
        keep &= passed
    if (designation != "").any():
        desig_type = table.field("DESIG_TYPE")
        mab = keep & is_mab(designation, _texts(table, desig_type) if desig_type else None)
        counts["mab"] += int(mab.sum()) if not include_mab else 0
        if not include_mab:
            keep &= ~mab

    geoms = table.geometry
    missing = keep & (shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if missing.any():
        warnings.append(
            tr(
                "Layer '{layer}': {n} site(s) without geometry (feature ids {ids}) were dropped."
            ).format(layer=table.name, n=int(missing.sum()), ids=_show_ids(table.ids[missing]))
        )
        counts["empty"] += int(missing.sum())
        keep &= ~missing

    points = keep & np.isin(shapely.get_type_id(geoms), POINTS)
    rep_area = np.full(len(table), np.nan)
    if points.any():
        area_field = table.field(*AREA_FIELDS)
        if area_field is None:
            raise InputError(
                tr(
                    "The layer '{layer}' has point sites but no REP_AREA field (reported area "
                    "in km2) to draw them with: add the field or use polygon boundaries."
                ).format(layer=table.name)
            )
        rep_area = _numbers(table, area_field)
        no_area = points & ~(rep_area > 0)
        if no_area.any():
            warnings.append(
                tr(
                    "Layer '{layer}': {n} point site(s) with REP_AREA 0 or NULL (feature ids "
                    "{ids}) cannot be drawn and were dropped."
                ).format(layer=table.name, n=int(no_area.sum()), ids=_show_ids(table.ids[no_area]))
            )
            counts["no_area"] += int(no_area.sum())
            keep &= ~no_area
            points &= ~no_area
    if not keep.any():
        return None

    # Geometry in the target CRS: polygons reprojected and repaired, points as circles.
    out = np.empty(len(table), dtype=object)
    polygons = keep & ~points
    if polygons.any():
        part = VectorTable(table.name, {}, geoms[polygons], table.crs, table.ids[polygons])
        part, fixed = repair(part.to_crs(target))
        counts["repaired"] += fixed
        out[polygons] = polygon_parts(part.geometry)
    if points.any():
        out[points] = point_circles(geoms[points], rep_area[points], table.crs, target)
        counts["circles"] += int(points.sum())
    collapsed = keep.copy()
    collapsed[keep] = shapely.is_empty(out[keep])
    if collapsed.any():
        warnings.append(
            tr(
                "Layer '{layer}': {n} site(s) had no polygon area left after repair (feature "
                "ids {ids}) and were dropped."
            ).format(layer=table.name, n=int(collapsed.sum()), ids=_show_ids(table.ids[collapsed]))
        )
        counts["empty"] += int(collapsed.sum())
        keep &= ~collapsed
    if not keep.any():
        return None

    rows = np.flatnonzero(keep)
    columns = {key: values[rows] for key, values in columns.items()}
    geometry = out[rows]
    # Parcels sharing an id are one site (WDPA_PID parcels of a WDPAID; Ramsar multi-part).
    _, first, group = np.unique(
        columns["site_id"].astype(str), return_index=True, return_inverse=True
    )
    if len(first) < len(rows):
        counts["merged"] += len(rows) - len(first)
        order = np.argsort(first)  # keep the layer's order
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        geometry = _group_union(geometry, rank[group], len(first))
        columns = {key: values[first[order]] for key, values in columns.items()}
    columns["geometry"] = geometry
    columns["source"] = np.full(len(geometry), table.name, dtype=object)
    return columns


def prepare_sites(
    tables: Sequence[VectorTable],
    *,
    kind: str = "auto",
    statuses: Sequence[str] = DEFAULT_STATUSES,
    include_mab: bool = False,
    year: int | None = None,
    crs: str | None = None,
    name_field: str | None = None,
) -> Sites:
    """Read site layers into one :class:`Sites` table in ``crs`` (default: the first layer's).

    ``kind`` "auto" reads a layer with WDPAID and STATUS fields as WDPA, any other as a
    generic site layer; "wdpa" insists on the WDPA fields; "generic" ignores them.
    ``statuses`` are the WDPA statuses kept; ``include_mab`` keeps UNESCO-MAB Biosphere
    Reserves; ``year`` takes a :func:`snapshot`; ``name_field`` overrides the name detection.
    Inputs are not modified.
    """
    if not tables:
        raise InputError(tr("No site layer was given: choose at least one polygon or point layer."))
    for table in tables:
        require_crs(table)
    target = crs or tables[0].crs
    counts: dict = {
        "layers": [],
        "input": 0,
        "repaired": 0,
        "status": {},
        "mab": 0,
        "no_area": 0,
        "empty": 0,
        "circles": 0,
        "merged": 0,
    }
    warnings: list[str] = []
    read = [
        _read_table(
            table,
            kind=kind,
            statuses=statuses,
            include_mab=include_mab,
            target=target,
            name_field=name_field,
            counts=counts,
            warnings=warnings,
        )
        for table in tables
    ]
    read = [part for part in read if part is not None]
    if not read:
        _raise_none_left(counts, statuses)
    merged = {key: np.concatenate([part[key] for part in read]) for key in read[0]}
    report = SiteReport(
        layers=tuple(counts["layers"]),
        crs=target,
        input_features=counts["input"],
        repaired=counts["repaired"],
        dropped_status=tuple(sorted(counts["status"].items())),
        dropped_mab=counts["mab"],
        dropped_no_area=counts["no_area"],
        dropped_empty=counts["empty"],
        circles=counts["circles"],
        merged=counts["merged"],
        sites=len(merged["geometry"]),
        warnings=tuple(warnings),
    )
    sites = Sites(
        site_id=merged["site_id"].astype(object),
        name=merged["name"].astype(object),
        source=merged["source"].astype(object),
        designation=merged["designation"].astype(object),
        iso3=merged["iso3"].astype(object),
        status=merged["status"].astype(object),
        status_yr=merged["status_yr"].astype(np.int64),
        area_km2=areas_km2(merged["geometry"], target),
        geometry=merged["geometry"],
        crs=target,
        report=report,
    )
    return sites if year is None else snapshot(sites, year)


def _raise_none_left(counts: dict, statuses: Sequence[str]) -> None:
    """One error naming the filter that removed the last sites, and how to relax it."""
    remaining = counts["input"]
    dropped_status = sum(counts["status"].values())
    if dropped_status and dropped_status >= remaining:
        raise InputError(
            tr(
                "All {n} sites were removed by the WDPA status filter (it keeps {kept}; the "
                "layers have {found}): include these statuses, e.g. tick 'Include proposed "
                "sites'."
            ).format(
                n=remaining,
                kept=", ".join(statuses),
                found=", ".join(sorted(counts["status"])),
            )
        )
    remaining -= dropped_status
    if counts["mab"] and counts["mab"] >= remaining:
        raise InputError(
            tr(
                "All {n} remaining sites are UNESCO-MAB Biosphere Reserves, which are left out "
                "by default: tick 'Include UNESCO-MAB Biosphere Reserves' to keep them."
            ).format(n=remaining)
        )
    remaining -= counts["mab"]
    if counts["no_area"] and counts["no_area"] >= remaining - counts["empty"]:
        raise InputError(
            tr(
                "All {n} remaining sites are points with REP_AREA 0 or NULL: fill in their "
                "reported area (km2) or use polygon boundaries."
            ).format(n=counts["no_area"])
        )
    raise InputError(
        tr(
            "No site has polygon geometry left ({n} without geometry): check the layers' "
            "geometries (Vector > Geometry Tools > Check Validity)."
        ).format(n=counts["empty"])
    )


def snapshot(sites: Sites, year: int) -> Sites:
    """The network as it stood at the end of ``year``: STATUS_YR <= year.

    Sites whose status year is 0 or NULL ("not reported" in the WDPA) are kept, since
    nothing says they came later, and counted in the report.
    """
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise InputError(
            tr("The snapshot year '{year}' is not a year: give a year such as 2010.").format(
                year=year
            )
        ) from None
    known = sites.status_yr > 0
    keep = ~known | (sites.status_yr <= year)
    if not keep.any():
        raise InputError(
            tr(
                "No site had been designated by {year} (the earliest status year is "
                "{earliest}): choose a later snapshot year."
            ).format(year=year, earliest=int(sites.status_yr[known].min()))
        )
    unknown = int((~known).sum())
    warnings = list(sites.report.warnings)
    if unknown:
        warnings.append(
            tr(
                "{n} site(s) have no status year (0 or NULL) and were kept in the {year} "
                "snapshot: check their designation dates."
            ).format(n=unknown, year=year)
        )
    report = replace(
        sites.report,
        year=year,
        dropped_after_year=int((~keep).sum()),
        unknown_year=unknown,
        sites=int(keep.sum()),
        warnings=tuple(warnings),
    )
    return sites.subset(keep, report)


# --------------------------------------------------------------------------- network


@dataclass(frozen=True)
class SiteNetwork:
    """The dissolved network: disjoint polygons, each with the sites that make it up."""

    geometry: np.ndarray  # Polygon parts
    area_km2: np.ndarray
    n_sites: np.ndarray
    site_ids: np.ndarray  # "id;id;..." per part
    crs: str

    def __len__(self) -> int:
        return len(self.geometry)

    def columns(self) -> dict[str, np.ndarray]:
        return {
            "part_id": np.arange(1, len(self) + 1, dtype=np.int64),
            "area_km2": np.round(self.area_km2, 4),
            "n_sites": self.n_sites,
            "site_ids": self.site_ids,
        }


def dissolve_sites(sites: Sites) -> SiteNetwork:
    """Union overlapping sites into the network's parts (JRC DOPA dissolves the WDPA before
    ProtConn so that overlapping designations count once)."""
    # Work on each site's polygons (a multi-part site's envelope can be huge); union only
    # the clusters of polygons that meet, found as connected components of the overlap graph.
    pieces, owner = shapely.get_parts(np.asarray(sites.geometry, dtype=object), return_index=True)
    left, right = shapely.STRtree(pieces).query(pieces, predicate="intersects")
    graph = coo_matrix((np.ones(len(left)), (left, right)), shape=(len(pieces),) * 2)
    n_clusters, cluster = connected_components(graph, directed=False)
    parts = shapely.get_parts(_group_union(pieces, cluster, n_clusters))
    piece_idx, part_idx = shapely.STRtree(parts).query(pieces, predicate="intersects")
    real = ~shapely.touches(pieces[piece_idx], parts[part_idx])
    pairs = np.unique(np.column_stack([owner[piece_idx[real]], part_idx[real]]), axis=0)
    site_idx, part_idx = pairs[:, 0], pairs[:, 1]
    n_sites = np.bincount(part_idx, minlength=len(parts)).astype(np.int64)
    order = np.lexsort((site_idx, part_idx))
    labels = sites.site_id[site_idx[order]].astype(str)
    groups = np.split(labels, np.cumsum(n_sites)[:-1])
    site_ids = np.array([";".join(dict.fromkeys(g.tolist())) for g in groups], dtype=object)
    return SiteNetwork(parts, areas_km2(parts, sites.crs), n_sites, site_ids, sites.crs)
