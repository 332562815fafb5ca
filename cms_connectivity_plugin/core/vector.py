"""A plain vector table: what every loader in ``core`` takes instead of a QGIS layer.

The QGIS side copies a layer into a :class:`VectorTable` (attributes as columns, geometries
as a shapely array, CRS as text); the command line can fill one from any file reader. The
common checks every loader needs live here, each with one message naming the layer, the
field or the feature, and the fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely

from .crs import transform
from .errors import InputError
from .i18n import tr

POLYGONAL = (3, 6)  # shapely type ids: Polygon, MultiPolygon
POINTS = (0, 4)  # Point, MultiPoint
LINEAR = (1, 2, 5)


@dataclass(frozen=True)
class VectorTable:
    """Columns (field name -> sequence) and geometries of one layer; never modified in place."""

    name: str
    columns: dict[str, Sequence]
    geometry: np.ndarray
    crs: str | None = None
    feature_ids: np.ndarray | None = field(default=None)

    def __len__(self) -> int:
        return len(self.geometry)

    @property
    def ids(self) -> np.ndarray:
        """Feature ids as users see them in QGIS (fid), else 1-based row numbers."""
        if self.feature_ids is not None:
            return np.asarray(self.feature_ids)
        return np.arange(1, len(self) + 1)

    def field(self, *candidates: str) -> str | None:
        """The real name of the first candidate field present, matched case-insensitively."""
        lower = {name.lower(): name for name in self.columns}
        for candidate in candidates:
            if candidate.lower() in lower:
                return lower[candidate.lower()]
        return None

    def column(self, name: str) -> np.ndarray:
        return np.asarray(list(self.columns[name]), dtype=object)

    def subset(self, rows: np.ndarray) -> VectorTable:
        """A new table with the selected rows (boolean mask or indices)."""
        rows = np.asarray(rows)
        idx = np.flatnonzero(rows) if rows.dtype == bool else rows
        columns = {k: np.asarray(v, dtype=object)[idx].tolist() for k, v in self.columns.items()}
        return VectorTable(self.name, columns, self.geometry[idx], self.crs, self.ids[idx])

    def to_crs(self, crs: str) -> VectorTable:
        """Reprojected copy (the CRS must be known)."""
        require_crs(self)
        if self.crs == crs:
            return self
        return VectorTable(
            self.name,
            self.columns,
            transform(self.geometry, self.crs, crs, self.name),
            crs,
            self.ids,
        )


def require_crs(table: VectorTable) -> None:
    if not table.crs:
        raise InputError(
            tr(
                "The layer '{layer}' has no coordinate reference system: "
                "set one in its properties (Layer > Set CRS)."
            ).format(layer=table.name)
        )


def require_features(table: VectorTable) -> None:
    if len(table) == 0:
        raise InputError(
            tr("The layer '{layer}' has no features: choose a layer with data.").format(
                layer=table.name
            )
        )


def require_geometry(table: VectorTable, kinds: Iterable[int], expected: str) -> None:
    """Every non-empty geometry must be of the given shapely type ids."""
    types = shapely.get_type_id(table.geometry)
    bad = ~np.isin(types, list(kinds)) & ~shapely.is_missing(table.geometry)
    bad &= ~shapely.is_empty(table.geometry)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise InputError(
            tr(
                "The layer '{layer}' has {kind} geometry (feature {fid}) but {expected} are "
                "needed: choose a {expected} layer."
            ).format(
                layer=table.name,
                kind=table.geometry[first].geom_type,
                fid=table.ids[first],
                expected=expected,
            )
        )


def require_fields(table: VectorTable, needed: dict[str, Sequence[str]]) -> dict[str, str]:
    """Resolve logical fields to real names; one error lists all that are missing.

    ``needed`` maps a logical name to its accepted spellings, e.g.
    ``{"species": ("binomial", "sci_name")}``.
    """
    resolved, missing = {}, []
    for logical, spellings in needed.items():
        real = table.field(*spellings)
        if real is None:
            missing.append(f"{logical} ({' / '.join(spellings)})")
        else:
            resolved[logical] = real
    if missing:
        raise InputError(
            tr(
                "The layer '{layer}' lacks the field(s) {fields}: rename the fields or map them "
                "explicitly."
            ).format(layer=table.name, fields="; ".join(missing))
        )
    return resolved


def repair(table: VectorTable) -> tuple[VectorTable, int]:
    """Valid geometries (``make_valid``), and how many needed repair. The input is untouched."""
    geoms = table.geometry
    present = ~shapely.is_missing(geoms)
    invalid = present & ~shapely.is_valid(geoms)
    if not invalid.any():
        return table, 0
    fixed = geoms.copy()
    fixed[invalid] = shapely.make_valid(geoms[invalid])
    return VectorTable(table.name, table.columns, fixed, table.crs, table.ids), int(invalid.sum())


def polygon_parts(geoms: np.ndarray) -> np.ndarray:
    """Drop non-polygon parts left by repairs or overlays (lines, points) from each geometry."""
    geoms = np.asarray(geoms, dtype=object)
    parts, index = shapely.get_parts(geoms, return_index=True)
    keep = np.isin(shapely.get_type_id(parts), POLYGONAL)
    out = np.full(len(geoms), None, dtype=object)
    polys = shapely.get_parts(parts[keep])  # multipolygons to polygons
    if len(polys):
        owner = np.repeat(index[keep], shapely.get_num_geometries(parts[keep]))
        shapely.multipolygons(polys, indices=owner, out=out)
    out[shapely.is_missing(out)] = shapely.from_wkt("MULTIPOLYGON EMPTY")
    return out


_TRUE_WORDS = frozenset({"true", "t", "yes", "y"})


def flag_value(value) -> bool:
    """A yes/no value from a layer: non-zero numbers (also written as text, "1.0"), True,
    "true", "yes"; NULL, 0, "false", "no" and any other word are False. One rule for every
    flag the plugin reads (locks, the selection, critical sites), so a layer means the same
    thing to every step."""
    if value is None:
        return False
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return bool(np.isfinite(value) and value != 0)
    text = str(value).strip().lower()
    try:
        number = float(text)
    except ValueError:
        return text in _TRUE_WORDS
    return bool(np.isfinite(number) and number != 0)


def flag_column(table: VectorTable, name: str) -> np.ndarray:
    """:func:`flag_value` of every row of the field ``name`` (any case); all False without it."""
    real = table.field(name)
    if real is None:
        return np.zeros(len(table), dtype=bool)
    return np.array([flag_value(v) for v in table.column(real)], dtype=bool)
