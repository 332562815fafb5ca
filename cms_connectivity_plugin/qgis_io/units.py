"""Planning units read from a layer one way: ids, costs and locks for every algorithm.

The layer is copied with :func:`.layers.table_from_layer` (the snapshot taken on the main
thread, never the project's layer), its CRS checked with :func:`core.vector.require_crs` and
its cost column read with :func:`core.costs.attribute_costs`, so a unit without a usable
cost is named the same way whichever tool reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..core.costs import attribute_costs
from ..core.errors import InputError
from ..core.vector import VectorTable, require_crs, require_features
from .i18n import tr
from .layers import table_from_layer

#: The unit fields read, each under its default name when the user chooses none.
UNIT_FIELDS = ("unit_id", "cost", "locked_in", "locked_out")


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


def read_units(
    source, *, unit_id: str = "", cost: str = "", locked_in: str = "", locked_out: str = ""
) -> UnitTable:
    """Read planning units from a layer snapshot or Processing feature source.

    Each keyword names the field the user picked for it (empty: the field of that name,
    used when the layer has it). Raises :class:`InputError` for a layer without CRS, a
    chosen field the layer lacks, a layer without features, and a cost that is missing, not
    a number or negative (naming the units).
    """
    chosen = {"unit_id": unit_id, "cost": cost, "locked_in": locked_in, "locked_out": locked_out}
    table = table_from_layer(source)
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
