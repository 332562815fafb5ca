"""Which countries each planning unit lies in, read off the unit layer.

The plugin's planning units carry each unit's km2 per country (``country_shares``, so a unit
across a border counts in each country with its own part) and the country of the largest
share (``country``). Layers from elsewhere may only have a country or ISO3 field: each unit
then counts whole in that country. The plan's per-country share and cross-border bonus, and
the TFCA scoring, read countries this one way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
import shapely

from .crs import is_metric, study_area_crs, transform
from .planning_units import SHARES_FIELD, largest_country, parse_country_shares
from .vector import VectorTable

#: Fields naming a unit's country, case-insensitive, first found wins.
COUNTRY_FIELDS = ("country", "iso3")

#: Where the countries came from.
SOURCE_SHARES, SOURCE_FIELD = "shares", "field"


@dataclass(frozen=True)
class UnitCountries:
    """Units x countries km2 (``shares``, columns ``codes``) and each unit's main country."""

    shares: sp.csr_matrix
    codes: tuple[str, ...]
    country: np.ndarray  # ISO3 of the largest share, "" outside every country
    source: str

    @classmethod
    def from_labels(cls, labels: object, area_km2: object) -> UnitCountries:
        """Each unit whole in its labelled country ("" or None: in none)."""
        country = np.array(
            ["" if v is None else str(v).strip().upper() for v in np.ravel(labels)], dtype=object
        )
        country[np.isin(country, ("NONE", "NAN", "NULL", "<NA>"))] = ""
        area = np.asarray(area_km2, dtype=float).ravel()
        codes = tuple(sorted(set(country.tolist()) - {""}))
        col = np.searchsorted(np.array(codes, dtype=object), country)
        has = country != ""
        shares = sp.csr_matrix(
            (area[has], (np.flatnonzero(has), col[has])), shape=(country.size, len(codes))
        )
        return cls(shares, codes, country, SOURCE_FIELD)

    @property
    def n_countries(self) -> int:
        return len(self.codes)


def unit_area_km2(table: VectorTable) -> np.ndarray:
    """Each unit's area in km2, measured in Lambert azimuthal equal-area centred on the units
    when the layer's CRS is not in metres (a unit in degrees has no area in km2)."""
    geoms = np.asarray(table.geometry, dtype=object)
    if not is_metric(table.crs, table.name):
        geoms = transform(geoms, table.crs, study_area_crs(geoms, table.crs, table.name))
    return np.asarray(shapely.area(geoms), dtype=float) / 1e6


def read_unit_countries(table: VectorTable, area_km2: object) -> UnitCountries | None:
    """The countries of the units of ``table`` (None when it has neither field).

    The shares field wins; its malformed values stop with the layer, field and feature.
    """
    shares_field = table.field(SHARES_FIELD)
    if shares_field is not None:
        shares, codes = parse_country_shares(table.column(shares_field), table.name, shares_field)
        return UnitCountries(
            sp.csr_matrix(shares), codes, largest_country(shares, codes), SOURCE_SHARES
        )
    country_field = table.field(*COUNTRY_FIELDS)
    if country_field is None:
        return None
    return UnitCountries.from_labels(table.column(country_field), area_km2)


def countries_for_rules(
    table: VectorTable, country_share_percent: float, cross_border_bonus: float
) -> UnitCountries | None:
    """The units' countries when a country rule of the plan is on (a minimum share per
    country, a cross-border bonus), else None: only then is the table's country field read."""
    if country_share_percent > 0 or cross_border_bonus > 0:
        return read_unit_countries(table, unit_area_km2(table))
    return None
