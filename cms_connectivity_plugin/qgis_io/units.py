"""Planning units read from a layer one way: ids, costs and locks for every algorithm.

The layer is copied with :func:`.layers.table_from_layer` (the snapshot taken on the main
thread, never the project's layer) and read by :func:`core.units.unit_table`, which checks
its CRS with :func:`core.vector.require_crs` and reads its cost column with
:func:`core.costs.attribute_costs`, so a unit without a usable cost is named the same way
whichever tool reads it (the GeoDataFrame API, :mod:`core.frames`, reads the same way).
"""

from __future__ import annotations

from ..core.units import UNIT_FIELDS, UnitTable, resolve_field, unit_table
from .layers import table_from_layer

__all__ = ["UNIT_FIELDS", "UnitTable", "read_units", "resolve_field"]


def read_units(
    source, *, unit_id: str = "", cost: str = "", locked_in: str = "", locked_out: str = ""
) -> UnitTable:
    """Read planning units from a layer snapshot or Processing feature source.

    Each keyword names the field the user picked for it (empty: the field of that name,
    used when the layer has it). Raises :class:`InputError` for a layer without CRS, a
    chosen field the layer lacks, a layer without features, and a cost that is missing, not
    a number or negative (naming the units).
    """
    return unit_table(
        table_from_layer(source),
        unit_id=unit_id,
        cost=cost,
        locked_in=locked_in,
        locked_out=locked_out,
    )
