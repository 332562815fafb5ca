"""Planning units read from a table one way: ids, costs and locks for every entry point.

The QGIS side copies a layer into a :class:`~.vector.VectorTable`
(:func:`qgis_io.units.read_units`), a Python user hands a GeoDataFrame
(:func:`.frames.plan`); both end here, so a unit without a usable cost, a chosen field the
table lacks or a table without CRS is named the same way whichever door it came in by.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .costs import attribute_costs
from .errors import InputError
from .i18n import tr
from .vector import VectorTable, require_crs, require_features

#: The unit fields read, each under its default name when the user chooses none.
UNIT_FIELDS = ("unit_id", "cost", "locked_in", "locked_out")
#: Species and season fields of a range table tried when the defaults are not there.
SPECIES_FALLBACK = ("binomial", "species", "sci_name", "sciname", "scientific_name")
SEASON_FALLBACK = ("seasonal", "season")


@dataclass(frozen=True)
class UnitTable:
    """The planning units as read: the layer's copy, and per unit (in the layer's order) its
    id (the id field, else the feature id), cost (None: no cost field) and lock flags as
    written in the layer (None: no such field)."""

    table: VectorTable
    ids: np.ndarray
    cost: np.ndarray | None
    locked_in: np.ndarray | None
    locked_out: np.ndarray | None
    fields: dict[str, str | None]


def resolve_field(
    table: VectorTable,
    chosen: str,
    default: str,
    fallback: tuple[str, ...] = (),
) -> str | None:
    """The real name of the chosen field (matched as :meth:`VectorTable.field` matches); when
    it is the default and missing, the first of ``fallback`` present (else None); a field
    chosen explicitly but missing is an error."""
    chosen = (chosen or "").strip()
    if chosen:
        real = table.field(chosen)
        if real is not None:
            return real
        if chosen.lower() != default.lower():
            raise InputError(
                tr("The layer '{layer}' has no field '{field}': choose one of {fields}.").format(
                    layer=table.name, field=chosen, fields=", ".join(table.columns) or "-"
                )
            )
    return table.field(default, *fallback)


def _unit_ids(table: VectorTable, field: str | None) -> np.ndarray:
    """The id field's values, the feature id where the field is empty or missing."""
    fids = table.ids.tolist()
    if field is None:
        return np.array(fids, dtype=object)
    values = table.column(field)
    return np.array([fid if v is None else v for v, fid in zip(values, fids)], dtype=object)


def _column(table: VectorTable, field: str | None) -> np.ndarray | None:
    return None if field is None else table.column(field)


def unit_table(
    table: VectorTable,
    *,
    unit_id: str = "",
    cost: str = "",
    locked_in: str = "",
    locked_out: str = "",
) -> UnitTable:
    """Read planning units from a table copied from a layer or a GeoDataFrame.

    Each keyword names the field the user picked for it (empty: the field of that name,
    used when the table has it). Raises :class:`InputError` for a table without CRS, a
    chosen field the table lacks, a table without features, and a cost that is missing, not
    a number or negative (naming the units).
    """
    chosen = {"unit_id": unit_id, "cost": cost, "locked_in": locked_in, "locked_out": locked_out}
    require_crs(table)
    used = {key: resolve_field(table, chosen[key], key) for key in UNIT_FIELDS}
    require_features(table)
    ids = _unit_ids(table, used["unit_id"])
    costs = None
    if used["cost"] is not None:
        costs = attribute_costs(table.column(used["cost"]), ids, table.name, used["cost"])
    return UnitTable(
        table=table,
        ids=ids,
        cost=costs,
        locked_in=_column(table, used["locked_in"]),
        locked_out=_column(table, used["locked_out"]),
        fields=used,
    )


def range_fields(table: VectorTable, species: str = "", season: str = "") -> tuple[str, str | None]:
    """The species field (required) and season field (optional) of a range table: the ones
    chosen, else ``binomial`` / ``seasonal`` or the first of the usual other names."""
    species_field = resolve_field(table, species, "binomial", SPECIES_FALLBACK)
    if species_field is None:
        raise InputError(
            tr(
                "The range layer '{layer}' has no species field (binomial or species): "
                "choose the field with the species names among {fields}."
            ).format(layer=table.name, fields=", ".join(table.columns) or "-")
        )
    return species_field, resolve_field(table, season, "seasonal", SEASON_FALLBACK)


def plan_arguments(
    units: UnitTable, ranges: VectorTable, *, species: str = "", season: str = ""
) -> tuple[dict[str, Any], dict[str, str | None]]:
    """The keyword arguments of :func:`.plan.plan_network` for units and ranges read from
    tables (the range table checked, its species and season fields resolved), and every
    field used, as the Processing plan and :func:`.frames.plan` both call it."""
    require_crs(ranges)
    require_features(ranges)
    species_field, season_field = range_fields(ranges, species, season)
    args = {
        "unit_geometry": units.table.geometry,
        "unit_ids": units.ids,
        "cost": units.cost,
        "locked_in": units.locked_in,
        "locked_out": units.locked_out,
        "species": ranges.column(species_field),
        "seasonal": None if season_field is None else ranges.column(season_field),
        "feature_geometry": ranges.geometry,
        "crs": units.table.crs,
        "feature_crs": ranges.crs,
    }
    return args, {**units.fields, "species": species_field, "season": season_field}
