"""GBF Target 3 indicators per country and year, under their official names: indicators.csv/json.

National focal points report to the CBD (and through InforMEA's DaRT) with the Kunming-Montreal
monitoring framework's indicators, not with the plan's own tables. Every run therefore writes,
per country of the study area (ISO3) and for the whole study area (``ALL``):

- **headline indicator 3.1** "Coverage of protected areas and other effective area-based
  conservation measures" (decision 15/5 annex I, as InforMEA's DaRT and the GBF indicators
  factsheet word it), for terrestrial and inland water areas: the area of the union of the
  protected areas (overlaps counted once) inside the country's land in the study area,
  divided by that land area, in the study area's equal-area CRS. The marine and coastal
  part (``GBF-3.1-SEA``) is not measured: the border layer describes land only and the
  planning units cover land only, so no sea area is known to divide by;
- **component indicator** "Protected Connected Index (ProtConn)" (Saura et al. 2017), taken
  from the run's own ProtConn (:func:`.pipeline.protconn_before_after`), never recomputed;
- both for the existing protected areas (scenario ``existing``) and with the plan
  (``with plan``: protected areas plus the planning units the plan selects or locks in), and
  3.1 as a time series over the sites' designation years (``STATUS_YR`` in the WDPA): the
  coverage of the sites designated up to each year. Sites without a year (0 or NULL, "not
  reported") count from the first year, as :func:`.sites.snapshot` keeps them. The last
  point of the series is the "existing" figure itself, so (country, year, scenario, code)
  is unique.

Numbers stay machine numbers (dot decimal, no grouping); names and method texts are in the
reader's language.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely

from .atomic import atomic_write_text
from .countries import reader_name
from .credits import credits_text
from .i18n import tr
from .sites import YEAR_FIELDS

INDICATORS_CSV = "indicators.csv"
INDICATORS_JSON = "indicators.json"
SCHEMA = "cms-connectivity/indicators"
SCHEMA_VERSION = 1

#: Headline indicator 3.1, terrestrial and inland waters / marine and coastal (not measured).
GBF_31_LAND = "GBF-3.1-LAND"
GBF_31_SEA = "GBF-3.1-SEA"
#: Component indicator of Target 3: ProtConn.
GBF_PROTCONN = "GBF-3-PROTCONN"
#: The ``country`` of the rows for the whole study area.
ALL = "ALL"
EXISTING = "existing"
WITH_PLAN = "with plan"

COLUMNS = (
    "country",
    "country_name",
    "year",
    "scenario",
    "indicator_code",
    "indicator_name",
    "indicator_type",
    "gbf_target",
    "value",
    "unit",
    "numerator_km2",
    "denominator_km2",
    "method",
    "sources",
    "date",
)
_PROTCONN_KEY = re.compile(r"^ProtConn (?P<code>\S+) \((?P<km>[0-9.]+) km\)$")


@dataclass(frozen=True)
class IndicatorPaths:
    csv: Path
    json: Path


def indicator_names() -> dict[str, str]:
    """Official names (InforMEA / decision 15/5 wording) in the reader's language."""
    return {
        GBF_31_LAND: tr(
            "3.1 Coverage of protected areas and other effective area-based conservation "
            "measures (terrestrial and inland water areas)"
        ),
        GBF_31_SEA: tr(
            "3.1 Coverage of protected areas and other effective area-based conservation "
            "measures (marine and coastal areas)"
        ),
        GBF_PROTCONN: tr("Protected Connected Index (ProtConn)"),
    }


def designation_years(columns: Mapping[str, np.ndarray], n: int) -> np.ndarray | None:
    """Designation year of each site (0 = not reported), from the first year field found
    (``STATUS_YR`` and its variants, any case); None when the layer has no such field."""
    lower = {str(name).lower(): name for name in columns}
    for wanted in YEAR_FIELDS:
        name = lower.get(wanted.lower())
        if name is None:
            continue
        raw = np.asarray(columns[name], dtype=object)
        if len(raw) != n:
            return None
        years = np.zeros(n, dtype=np.int64)
        for k, value in enumerate(raw):  # mixed text / numbers / None from real layers
            try:
                year = int(float(value))
            except (TypeError, ValueError):
                continue
            years[k] = year if 1000 <= year <= 9999 else 0
        return years
    return None


def covered_km2(countries: np.ndarray, protected: np.ndarray) -> np.ndarray:
    """Area (km2) of each country covered by the union of ``protected`` (overlaps once)."""
    countries = np.asarray(countries, dtype=object)
    geoms = np.asarray(protected, dtype=object)
    geoms = geoms[~shapely.is_empty(geoms) & ~shapely.is_missing(geoms)] if len(geoms) else geoms
    if len(geoms) == 0:
        return np.zeros(len(countries))
    union = shapely.union_all(shapely.make_valid(geoms))
    return _covered_by_union(countries, union)


def _covered_by_union(countries: np.ndarray, union: shapely.Geometry) -> np.ndarray:
    if union is None or shapely.is_empty(union):
        return np.zeros(len(countries))
    return shapely.area(shapely.intersection(countries, union)) / 1e6


def coverage_series(
    countries: np.ndarray, protected: np.ndarray, years: np.ndarray
) -> list[tuple[int, np.ndarray]]:
    """(year, km2 covered per country) for every distinct designation year, oldest first.

    The network is grown year by year (one union per year, with the earlier union), so a
    century of designations costs one pass; sites without a year are in from the start.
    """
    countries = np.asarray(countries, dtype=object)
    geoms = shapely.make_valid(np.asarray(protected, dtype=object))
    years = np.asarray(years, dtype=np.int64)
    distinct = sorted(int(y) for y in np.unique(years[years > 0]))
    union = shapely.union_all(geoms[years <= 0]) if (years <= 0).any() else None
    out = []
    for year in distinct:
        new = geoms[years == year]
        union = shapely.union_all(new if union is None else np.append(new, union))
        out.append((year, _covered_by_union(countries, union)))
    return out


def _protconn_values(protconn: Mapping | None) -> dict[str, dict[str, tuple[float, float]]]:
    """``{state: {iso3: (ProtConn %, distance km)}}`` from the run's ProtConn labels."""
    out: dict[str, dict[str, tuple[float, float]]] = {}
    for state in ("before", "after"):
        values = {}
        for label, value in (protconn or {}).get(state, {}).items():
            match = _PROTCONN_KEY.match(str(label))
            if match:
                values[match["code"]] = (float(value), float(match["km"]))
        out[state] = values
    return out


def _round(value: float | None, digits: int) -> float | None:
    if value is None or not np.isfinite(value):
        return None
    return round(float(value), digits)


def _percent(numerator: float, denominator: float) -> float | None:
    return 100.0 * numerator / denominator if denominator > 0 else None


def indicator_rows(
    result,
    *,
    today: _dt.date | None = None,
    sources: str | None = None,
    years: np.ndarray | None = None,
) -> list[dict]:
    """Rows of indicators.csv: GBF 3.1 (land) and ProtConn per country and for ``ALL``.

    ``today`` dates the figures and gives the year of the "with plan" rows (default: the run
    date); ``sources`` the data credits (default: the report's). ``years`` the designation
    year of each protected area of ``result.data.protected_areas`` (0 = unknown) when the
    sites carry no year field (STATUS_YR...) of their own; without either there is no time
    series and the existing figure is dated with the run year.
    """
    today = today or _dt.date.today()
    date = today.isoformat()
    if sources is None:
        scenario = result.scenario
        sources = credits_text(scenario, getattr(scenario, "borders", ""), result.source_notes)
    study = result.study_area
    codes = [str(c) for c in study.codes]
    countries = np.asarray(study.countries, dtype=object)
    land = shapely.area(countries) / 1e6
    sites = result.data.protected_areas
    protected = np.asarray(sites.geometry, dtype=object)
    if years is None:
        years = designation_years(sites.columns(), len(protected))
    network = np.asarray(result.units.geometry, dtype=object)[np.asarray(result.chosen, bool)]
    names = indicator_names()
    crs = str(study.crs)

    method_existing = tr(
        "Union of the protected areas of the run (overlaps counted once; OECMs count when "
        "the site layers include them) inside the country's land in the study area, divided "
        "by that land area; areas in the equal-area CRS {crs}. Land only: the borders "
        "describe land, so marine and coastal coverage is not measured."
    ).format(crs=crs)
    method_series = tr(
        "As the existing network, with the sites designated up to the end of the year "
        "(designation year, e.g. WDPA STATUS_YR); sites without a year are counted from the "
        "first year."
    )
    method_plan = tr(
        "As the existing network, with the planning units the plan selects or locks in added "
        "to the protected areas."
    )
    method_protconn = tr(
        "ProtConn (Saura et al. 2017): share of the country's land that is protected and "
        "connected, median dispersal distance {km} km (p = 0.5), protected areas of "
        "neighbouring countries as stepping stones; numerator: equivalent connected area "
        "(EC)."
    )
    method_missing = tr(
        "Not computed in this run: ProtConn is off (dispersal distance 0 km) or the country "
        "has no value."
    )

    base = {"unit": "%", "sources": sources, "date": date}
    rows: list[dict] = []

    def add(code, year, scenario, indicator, value, num, den, method, kind) -> None:
        rows.append(
            {
                "country": code,
                "country_name": tr("Study area") if code == ALL else reader_name(code),
                "year": int(year),
                "scenario": scenario,
                "indicator_code": indicator,
                "indicator_name": names[indicator],
                "indicator_type": kind,
                "gbf_target": "3",
                "value": _round(value, 4),
                "numerator_km2": _round(num, 3),
                "denominator_km2": _round(den, 3),
                "method": method,
                **base,
            }
        )

    def add_coverage(year, scenario, covered, method) -> None:
        for k, code in enumerate(codes):
            value = _percent(covered[k], land[k])
            add(code, year, scenario, GBF_31_LAND, value, covered[k], land[k], method, "headline")
        total, area = float(np.sum(covered)), float(np.sum(land))
        add(
            ALL, year, scenario, GBF_31_LAND, _percent(total, area), total, area, method, "headline"
        )

    # Existing network: the time series when the sites have years, its last point "now".
    series = coverage_series(countries, protected, years) if years is not None else []
    if series:
        for year, km2 in series[:-1]:
            add_coverage(year, EXISTING, km2, method_series)
        existing_year, existing_km2 = series[-1]
    else:
        existing_year, existing_km2 = today.year, covered_km2(countries, protected)
    add_coverage(existing_year, EXISTING, existing_km2, method_existing)
    plan_km2 = covered_km2(countries, np.concatenate([protected, network]))
    add_coverage(today.year, WITH_PLAN, plan_km2, method_plan)

    values = _protconn_values(result.protconn)
    for state, scenario, year in (
        ("before", EXISTING, existing_year),
        ("after", WITH_PLAN, today.year),
    ):
        for k, code in enumerate(codes):
            found = values[state].get(code)
            if found is None:
                add(
                    code,
                    year,
                    scenario,
                    GBF_PROTCONN,
                    None,
                    None,
                    land[k],
                    method_missing,
                    "component",
                )
                continue
            value, km = found
            method = method_protconn.format(km=f"{km:g}")
            ec = value * land[k] / 100.0
            add(code, year, scenario, GBF_PROTCONN, value, ec, land[k], method, "component")
    return rows


def method_notes() -> dict[str, str]:
    """What each indicator measures and what is not measured, for indicators.json."""
    return {
        GBF_31_LAND: tr(
            "Headline indicator 3.1 of the Kunming-Montreal Global Biodiversity Framework "
            "(decision 15/5), terrestrial and inland water areas: protected land in the "
            "country within the study area, as a percentage of that land."
        ),
        GBF_31_SEA: tr(
            "Not reported: the study area is the countries' land (the border layer holds no "
            "sea areas), so marine and coastal coverage cannot be measured here."
        ),
        GBF_PROTCONN: tr(
            "Component indicator of GBF Target 3 (Saura et al. 2017, 2018): the share of the "
            "country's land that is protected and connected, per country; no value for the "
            "whole study area."
        ),
        "scenario": tr(
            "'existing': the protected areas of the run (dated by the latest designation "
            "year, or the run year without years); 'with plan': with the planning units the "
            "plan selects or locks in (dated by the run year)."
        ),
        "time_series": tr(
            "Rows of the existing network for earlier years: sites designated up to the end "
            "of each year; sites without a designation year count from the first year."
        ),
    }


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return np.format_float_positional(value, trim="-")
    return str(value)


def indicators_csv_text(rows: Sequence[Mapping]) -> str:
    """The rows as CSV (machine numbers: a dot, no grouping; empty = not measured)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_csv_cell(row.get(name)) for name in COLUMNS])
    return buffer.getvalue()


def write_indicators(
    rows: Sequence[Mapping], folder, *, today: _dt.date | None = None
) -> IndicatorPaths:
    """Write ``indicators.csv`` and ``indicators.json`` into ``folder`` (atomically)."""
    out = Path(folder)
    generated = (today or _dt.date.today()).isoformat()
    csv_path = atomic_write_text(out / INDICATORS_CSV, indicators_csv_text(rows))
    document = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "generated": generated,
        "columns": list(COLUMNS),
        "indicators": [dict(row) for row in rows],
        "method_notes": method_notes(),
    }
    json_path = atomic_write_text(
        out / INDICATORS_JSON, json.dumps(document, indent=2, ensure_ascii=False)
    )
    return IndicatorPaths(csv=csv_path, json=json_path)
