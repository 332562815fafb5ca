"""Countries: ISO3 codes with Natural Earth's traps, study areas, shared land borders."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .countries import country_hint, equivalent_code
from .crs import WGS84, laea_for, transform
from .errors import InputError
from .i18n import tr
from .vector import polygon_parts

#: Field names tried for a country's ISO3 code, in order. Natural Earth's ``iso_a3`` is
#: ``-99`` for France, Norway, Kosovo and others; ``adm0_a3`` / ``iso_a3_eh`` are not.
ISO3_FIELDS = ("iso_a3", "adm0_a3", "iso_a3_eh", "wb_a3", "iso3", "gu_a3", "sov_a3")
NAME_FIELDS = ("name", "name_en", "admin", "name_long", "country")


@dataclass(frozen=True)
class CountryTable:
    """Country polygons as read from a border layer (any CRS, usually EPSG:4326)."""

    iso3: np.ndarray  # str per row ("" when no usable code)
    names: np.ndarray  # str per row
    geometry: np.ndarray  # shapely geometries
    crs: str = WGS84
    source: str = "countries"


def _valid_code(value: object) -> str:
    text = "" if value is None else str(value).strip().upper()
    return text if len(text) == 3 and text.isalpha() else ""


def single_iso3(value: object) -> str:
    """One ISO3 code ("GUY"), or "" for anything else.

    WDPA's ``ISO3`` holds several codes for a site across borders ("ESP;PRT") and "ABNJ"
    beyond national jurisdiction: those cannot name one country, so the borders decide.
    """
    return _valid_code(value)


def country_table(
    attributes: dict[str, list], geometry: np.ndarray, crs: str = WGS84, source: str = "countries"
) -> CountryTable:
    """Build a :class:`CountryTable` from a layer's columns, resolving ISO3 with fallbacks."""
    lower = {name.lower(): name for name in attributes}
    code_fields = [lower[f] for f in ISO3_FIELDS if f in lower]
    if not code_fields:
        raise InputError(
            tr(
                "The border layer '{layer}' has no ISO3 field (looked for {fields}): "
                "add one or use the default world map."
            ).format(layer=source, fields=", ".join(ISO3_FIELDS))
        )
    geometry = np.asarray(geometry, dtype=object)
    kinds = shapely.get_type_id(geometry)
    wrong = np.flatnonzero(np.isin(kinds, (0, 1, 2, 4, 5)))  # points and lines
    if wrong.size:
        raise InputError(
            tr(
                "The border layer '{layer}' has {n} feature(s) that are points or lines, not "
                "polygons (first: row {row}, {kind}): country borders must be polygons. Choose "
                "a polygon layer of countries, or leave it empty to use QGIS's world map."
            ).format(
                layer=source,
                n=int(wrong.size),
                row=int(wrong[0]) + 1,
                kind=geometry[wrong[0]].geom_type,
            )
        )
    geometry = valid_polygons(geometry)
    n = len(geometry)
    codes = np.array([""] * n, dtype=object)
    for name in code_fields:
        column = attributes[name]
        for row in np.flatnonzero(codes == ""):
            codes[row] = _valid_code(column[row])
    name_field = next((lower[f] for f in NAME_FIELDS if f in lower), None)
    names = np.array(
        [str(v) if v is not None else "" for v in attributes[name_field]]
        if name_field
        else list(codes),
        dtype=object,
    )
    return CountryTable(codes, names, np.asarray(geometry, dtype=object), crs, source)


def valid_polygons(geometry: np.ndarray) -> np.ndarray:
    """Country polygons GEOS can overlay: invalid ones repaired, polygonal parts kept.

    Real border layers hold self-intersecting rings (a bow tie, a ring touching itself,
    overlapping parts); an overlay on one raises ``TopologyException: side location
    conflict``. ``make_valid`` splits such a ring into valid polygons (and maybe lines or
    points where it touched itself, dropped here). Valid and missing geometries are kept.
    """
    geometry = np.asarray(geometry, dtype=object)
    invalid = ~shapely.is_missing(geometry) & ~shapely.is_valid(geometry)
    if not invalid.any():
        return geometry
    fixed = geometry.copy()
    fixed[invalid] = polygon_parts(shapely.make_valid(geometry[invalid]))
    return fixed


def select_countries(table: CountryTable, codes: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Return (names, geometries) for ``codes`` in the order given, one geometry per code.

    A code the layer writes differently for the same country is accepted (Kosovo: XKX, KOS or
    KSV). Unknown codes raise one error naming every unknown code with the country meant (an
    IOC code such as GER, a name such as "Alemania") or the closest codes of the layer.
    """
    if not codes:
        raise InputError(
            tr("The country list is empty: give at least one ISO3 code, e.g. DEU,FRA,ESP.")
        )
    known = {c for c in table.iso3 if c}
    in_layer = {c: equivalent_code(c, known) for c in codes}
    unknown = [c for c in codes if in_layer[c] is None]
    if unknown:
        layer_names: dict[str, str] = {}
        for iso3, name in zip(table.iso3, table.names):
            if iso3 and iso3 not in layer_names:
                layer_names[iso3] = str(name)
        hints = [country_hint(code, known, layer_names) for code in unknown]
        raise InputError(
            tr(
                "Unknown ISO3 code(s) {codes}: not in the border layer '{layer}'. "
                "Use three-letter ISO 3166 codes such as FRA or ESP."
            ).format(codes="; ".join(hints), layer=table.source)
        )
    names, geoms = [], []
    for code in codes:
        rows = np.flatnonzero(table.iso3 == in_layer[code])
        names.append(table.names[rows[0]])
        geoms.append(shapely.make_valid(shapely.union_all(table.geometry[rows])))
    return np.array(names, dtype=object), np.array(geoms, dtype=object)


@dataclass(frozen=True)
class StudyArea:
    """The chosen countries in an equal-area CRS, far overseas parts removed."""

    codes: tuple[str, ...]
    names: tuple[str, ...]
    crs: str
    countries: np.ndarray  # one (multi)polygon per code, projected, metres
    geometry: shapely.Geometry  # union of ``countries``
    dropped_parts: int

    @property
    def area_km2(self) -> float:
        return float(shapely.area(self.geometry)) / 1e6


def _largest_part(geom: shapely.Geometry) -> shapely.Geometry:
    parts = shapely.get_parts(geom)
    return parts[int(np.argmax(shapely.area(parts)))]


def build_study_area(
    table: CountryTable, codes: tuple[str, ...], max_offshore_km: float = 1000.0
) -> StudyArea:
    """Union of the chosen countries, projected to LAEA centred on their mainlands.

    Parts farther than ``max_offshore_km`` from every chosen country's largest part (e.g.
    French Guiana or Réunion for France) are dropped, so that the grid covers the region the
    user means; how many were dropped is reported.
    """
    names, geoms = select_countries(table, codes)
    geoms = transform(geoms, table.crs, WGS84)
    mainlands = np.array([_largest_part(g) for g in geoms], dtype=object)
    centre = shapely.centroid(shapely.union_all(mainlands))
    crs = laea_for(centre.x, centre.y)
    projected = transform(geoms, WGS84, crs)
    main_proj = transform(mainlands, WGS84, crs)
    main_union = shapely.union_all(main_proj)
    shapely.prepare(main_union)
    kept, dropped = [], 0
    for geom in projected:
        parts = shapely.get_parts(geom)
        near = shapely.dwithin(parts, main_union, max_offshore_km * 1000.0)
        dropped += int((~near).sum())
        kept.append(shapely.make_valid(shapely.union_all(parts[near])))
    countries = np.array(kept, dtype=object)
    return StudyArea(
        codes=tuple(codes),
        names=tuple(str(n) for n in names),
        crs=crs,
        countries=countries,
        geometry=shapely.make_valid(shapely.union_all(countries)),
        dropped_parts=dropped,
    )


def shared_borders(
    countries: np.ndarray, codes: tuple[str, ...], tolerance_m: float = 100.0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Shared land borders as lines: (code_a, code_b, line) for every pair that touches.

    The part of A's boundary within ``tolerance_m`` of B, so generalised layers whose common
    boundaries do not coincide to the last digit still yield the border; a sea crossing (the
    Strait of Gibraltar is 14 km) is never a border.
    """
    countries = np.asarray(countries, dtype=object)
    tree = shapely.STRtree(countries)
    left, right = tree.query(countries, predicate="dwithin", distance=tolerance_m)
    keep = left < right
    left, right = left[keep], right[keep]
    lines = shapely.intersection(
        shapely.boundary(countries[left]), shapely.buffer(countries[right], tolerance_m)
    )
    keep = shapely.length(lines) > 2 * tolerance_m
    code_arr = np.array(codes, dtype=object)
    return code_arr[left[keep]], code_arr[right[keep]], lines[keep]
