"""A run's report: one self-contained HTML page, CSV tables and a national-reporting JSON.

Every number shown is first written into a :class:`Table` of machine strings (a dot, no
grouping, ISO3 codes, English words). The CSV files print them as they are; the HTML writes
the same strings for the reader (numbers in the reader's conventions, country names and
words in the reader's language), so the two cannot disagree (a test compares them).
"Before" is the existing protected areas only (the locked-in units), "after" the whole plan
(selected or locked in).

Weakest-link coverage follows Runge et al. 2015 (*Science* 350: 1255, "adequately covered
across the annual cycle"): a species counts only when the target of every one of its
seasonal features is met.

National indicators (``national_summary``): each unit's amounts are split among countries
in proportion to its area in each; a country meets a feature's *national* target when it
holds at least the scenario's target percentage of the feature's amount within that country.
"""

from __future__ import annotations

import base64
import csv
import datetime as _dt
import html
import io
import json
import re
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from scipy import sparse

from .atomic import atomic_write_text
from .countries import reader_name
from .credits import credits_text, training_notice
from .errors import InputError
from .evaluate import species_coverage, target_coverage
from .i18n import date_text, language, localized, number_text, tr
from .methods import report_methods
from .ranges import SEASON_LABELS
from .solvers import solver_label, status_label
from .tfca import OUTSIDE

NATIONAL_SCHEMA = "cms-connectivity/national-summary"
NATIONAL_SCHEMA_VERSION = 1
REPORT_HTML = "report.html"
NATIONAL_JSON = "national_summary.json"
PROTCONN_KEYS = ("before", "after")
#: Features per targets chart: more would shrink the labels below legibility on a page.
CHART_FEATURES = 30

Show = Callable[[str], str]


@dataclass(frozen=True)
class Table:
    """One report table: CSV header (machine names), HTML header (labels), machine rows.

    ``show`` says, per column, how the HTML writes a cell for the reader (default: numbers
    in the reader's conventions); None leaves a column out of the HTML when the others
    already say it (the feature name beside its species and season).
    """

    name: str
    title: str
    header: tuple[str, ...]
    labels: tuple[str, ...]
    rows: list[tuple[str, ...]]
    show: tuple[Show | None, ...] = ()

    def shown(self) -> list[tuple[int, Show]]:
        """(column, how it reads) of every column the HTML shows."""
        show = self.show or (number_text,) * len(self.header)
        return [(k, how) for k, how in enumerate(show) if how is not None]


@dataclass(frozen=True)
class ReportPaths:
    html: Path
    csvs: dict[str, Path]
    json: Path


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


def _num(value: float, digits: int = 2) -> str:
    value = float(value)
    if not np.isfinite(value):
        return ""
    return f"{value:.{digits}f}"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _season(code) -> str:
    return SEASON_LABELS.get(int(code), str(code))


# --------------------------------------------------------------------------------------------
# What the reader sees of a machine cell
# --------------------------------------------------------------------------------------------


def _text(cell: str) -> str:
    return cell


def _yes_label(cell: str) -> str:
    return {"yes": tr("yes"), "no": tr("no")}.get(cell, cell)


def _season_label(word: str) -> str:
    """A season word of ``SEASON_LABELS`` in the reader's language."""
    labels = {
        "resident": tr("resident"),
        "breeding": tr("breeding"),
        "non-breeding": tr("non-breeding"),
        "passage": tr("passage"),
        "uncertain": tr("uncertain"),
    }
    return labels.get(word, word)


def _country_label(code: str) -> str:
    """The country's name in the reader's language (the code if unknown). The part of a TFCA
    candidate in none of its countries (``tfca.OUTSIDE``) is named, not shown as "-"."""
    code = code.strip()
    if code in ("", OUTSIDE):
        return tr("Other (sea or other countries)")
    return reader_name(code)


def _country_list(codes) -> str:
    return ", ".join(_country_label(str(code)) for code in codes)


def _countries_label(cell: str) -> str:
    return _country_list(cell.split(","))


def _indicator_label(name: str) -> str:
    """Country codes in an indicator's name as names ("ProtConn France (10 km)")."""
    words = name.split(" ")
    return " ".join(
        reader_name(w) if len(w) == 3 and w.isalpha() and w.isupper() else w for w in words
    )


def _setting_label(cell: str) -> str:
    """A setting's value as the reader writes it: flags as yes/no, the solver's status."""
    if cell in ("True", "False"):
        return _yes_label(_yes(cell == "True"))
    return number_text(status_label(cell))


def _count(value: int) -> str:
    """A count for a sentence, grouped as in the tables."""
    return number_text(str(int(value)))


def _states(result) -> dict[str, np.ndarray]:
    return {"before": np.asarray(result.units.locked_in, bool), "after": result.chosen}


def _country_fractions(result) -> tuple[list[str], sparse.csr_matrix, np.ndarray]:
    """Codes, units x countries area fraction (of each unit), country areas (km2)."""
    units = result.units
    shares = sparse.csr_matrix(units.country_shares)
    frac = sparse.diags(1.0 / np.maximum(units.area_km2, 1e-12)) @ shares
    return (
        list(units.country_codes),
        sparse.csr_matrix(frac),
        np.asarray(shares.sum(axis=0)).ravel(),
    )


def _national(result) -> dict[str, dict]:
    """Per-country indicator values (see the module docstring), as plain numbers."""
    codes, frac, country_area = _country_fractions(result)
    units = result.units
    shares = sparse.csr_matrix(units.country_shares)
    amounts = sparse.csr_matrix(result.amounts)
    pct = float(result.scenario.target_percent) / 100.0
    total = np.asarray((frac.T @ amounts).todense())  # countries x features
    species = np.asarray(result.features.species, dtype=object).astype(str)
    names, inv = np.unique(species, return_inverse=True)
    out: dict[str, dict] = {}
    per_state = {}
    for state, x in _states(result).items():
        xf = x.astype(float)
        area = np.asarray(shares.T @ xf).ravel()
        held = np.asarray((frac.T @ sparse.diags(xf) @ amounts).todense())
        present = total > 0
        met = present & (held >= pct * total * (1 - 1e-9))
        # A species is adequately covered nationally when every feature present is met.
        missing = np.zeros((len(codes), len(names)), dtype=int)
        np.add.at(missing.T, inv, (present & ~met).T.astype(int))
        has = np.zeros((len(codes), len(names)), dtype=int)
        np.add.at(has.T, inv, present.T.astype(int))
        per_state[state] = dict(area=area, met=met, present=present, missing=missing, has=has)
    for k, code in enumerate(codes):
        row = {"area_km2": float(country_area[k])}
        for state, v in per_state.items():
            row[f"protected_km2_{state}"] = float(v["area"][k])
            row[f"protected_percent_{state}"] = (
                100.0 * float(v["area"][k]) / country_area[k] if country_area[k] > 0 else 0.0
            )
            row[f"features_present_{state}"] = int(v["present"][k].sum())
            row[f"national_targets_met_{state}"] = int(v["met"][k].sum())
            row[f"species_all_seasons_met_{state}"] = int(
                ((v["has"][k] > 0) & (v["missing"][k] == 0)).sum()
            )
        out[code] = row
    return out


# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------


def _protconn_rows(protconn: Mapping | None) -> list[tuple[str, ...]]:
    if not protconn:
        return []
    missing = [k for k in PROTCONN_KEYS if k not in protconn]
    if missing:
        raise InputError(
            tr("The ProtConn values need 'before' and 'after' entries (missing: {keys}).").format(
                keys=", ".join(missing)
            )
        )
    names = list(dict.fromkeys([*protconn["before"], *protconn["after"]]))
    return [
        (
            str(name),
            _num(protconn["before"].get(name, np.nan)),
            _num(protconn["after"].get(name, np.nan)),
        )
        for name in names
    ]


def report_tables(result, protconn: Mapping | None = None) -> dict[str, Table]:
    """Every table of the report, as formatted strings (the one source of its numbers).

    ``protconn``: ``{"before": {indicator: percent}, "after": {...}}`` (e.g. ProtConn,
    Prot, ProtUnconn), or None when connectivity was not computed.
    """
    problem, features, scenario = result.problem, result.features, result.scenario
    states = _states(result)
    cover = {s: target_coverage(problem, x) for s, x in states.items()}
    spc = {s: species_coverage(problem, x, features.species) for s, x in states.items()}
    tables: dict[str, Table] = {}
    num = number_text

    params = [
        (str(k), ",".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v))
        for k, v in scenario.to_dict().items()
        if v not in ("", None, [], (), {})  # unused settings say nothing to a reader
    ]
    sol = result.solution
    params += [
        ("solver", solver_label(sol.solver)),
        ("status", str(sol.status)),
        ("objective", _num(sol.objective, 4)),
        ("bound", _num(sol.bound, 4) if sol.bound is not None else ""),
        ("gap", _num(sol.gap, 6) if sol.gap is not None else ""),
        ("solve_s", _num(sol.runtime_s, 2)),
        ("units", str(len(result.units))),
        ("crs", str(result.study_area.crs)),
    ]
    tables["parameters"] = Table(
        "parameters",
        tr("Appendix: settings of the run (scenario.json) and solver"),
        ("parameter", "value"),
        (tr("Parameter"), tr("Value")),
        params,
        (_text, _setting_label),
    )

    rows = []
    for k in range(len(features)):
        b, a = cover["before"][k], cover["after"][k]
        target = a.target
        rows.append(
            (
                str(a.name),
                str(features.species[k]),
                _season(features.season[k]),
                _num(target, 1),
                _num(b.held, 1),
                _num(100.0 * b.held / target if target > 0 else 100.0, 1),
                _yes(b.met),
                _num(a.held, 1),
                _num(100.0 * a.held / target if target > 0 else 100.0, 1),
                _yes(a.met),
            )
        )
    tables["targets"] = Table(
        "targets",
        tr("Targets per species and season"),
        (
            "feature", "species", "season", "target_km2", "held_before_km2",
            "percent_of_target_before", "met_before", "held_after_km2",
            "percent_of_target_after", "met_after",
        ),
        (
            tr("Feature"), tr("Species"), tr("Season"), tr("Target (km²)"),
            tr("Held before (km²)"), tr("% of target before"), tr("Met before"),
            tr("Held after (km²)"), tr("% of target after"), tr("Met after"),
        ),
        rows,
        (None, _text, _season_label, num, num, num, _yes_label, num, num, _yes_label),
    )  # fmt: skip

    season_of = dict(zip(problem.feature_names, features.season))
    rows = []
    for b, a in zip(spc["before"], spc["after"]):
        rows.append(
            (
                a.species,
                str(len(a.features)),
                str(b.n_met),
                _yes(b.all_met),
                _num(100.0 * b.weakest_ratio, 1),
                str(a.n_met),
                _yes(a.all_met),
                _season(season_of[a.weakest]),
                _num(100.0 * a.weakest_ratio, 1),
            )
        )
    tables["species"] = Table(
        "species",
        tr("Weakest-link coverage per species (all seasons covered?)"),
        (
            "species", "seasons", "seasons_met_before", "all_met_before",
            "weakest_percent_before", "seasons_met_after", "all_met_after", "weakest_after",
            "weakest_percent_after",
        ),
        (
            tr("Species"), tr("Seasons"), tr("Seasons met before"), tr("Covered before"),
            tr("Weakest season, % of target, before"), tr("Seasons met after"),
            tr("Covered after"), tr("Weakest season after"),
            tr("Weakest season, % of target, after"),
        ),
        rows,
        (_text, num, num, _yes_label, num, num, _yes_label, _season_label, num),
    )  # fmt: skip

    seasons = np.array([_season(s) for s in features.season], dtype=object)
    rows = []
    for label in dict.fromkeys(seasons.tolist()):
        idx = np.flatnonzero(seasons == label)
        rows.append(
            (
                str(label),
                str(len(idx)),
                str(sum(cover["before"][k].met for k in idx)),
                str(sum(cover["after"][k].met for k in idx)),
            )
        )
    tables["seasons"] = Table(
        "seasons",
        tr("Targets met by season"),
        ("season", "features", "met_before", "met_after"),
        (tr("Season"), tr("Features"), tr("Met before"), tr("Met after")),
        rows,
        (_season_label, num, num, num),
    )

    national = _national(result)
    rows = [
        (
            code,
            _num(v["area_km2"], 1),
            _num(v["protected_km2_before"], 1),
            _num(v["protected_percent_before"], 1),
            _num(v["protected_km2_after"], 1),
            _num(v["protected_percent_after"], 1),
            str(v["features_present_after"]),
            str(v["national_targets_met_before"]),
            str(v["national_targets_met_after"]),
        )
        for code, v in national.items()
    ]
    tables["countries"] = Table(
        "countries",
        tr("Contribution per country"),
        (
            "country", "area_km2", "network_before_km2", "network_before_percent",
            "network_after_km2", "network_after_percent", "features_present",
            "national_targets_met_before", "national_targets_met_after",
        ),
        (
            tr("Country"), tr("Area (km²)"), tr("Locked-in units before (km²)"),
            tr("Locked-in units before (% of country)"), tr("Network after (km²)"),
            tr("Network after (% of country)"),
            tr("Features present"), tr("National targets met before"),
            tr("National targets met after"),
        ),
        rows,
        (_country_label, *(num,) * 8),
    )  # fmt: skip

    tables["protconn"] = Table(
        "protconn",
        tr("Protected and connected land (ProtConn, %)"),
        ("indicator", "before", "after"),
        (tr("Indicator"), tr("Before"), tr("After")),
        _protconn_rows(protconn),
        (_indicator_label, num, num),
    )

    tf = result.tfca
    cols = tf.columns()
    # What a reader needs to compare candidates, under human headers; every other field is
    # in the GeoPackage's tfca_candidates layer.
    shown = {
        "rank": tr("Rank"),
        "countries": tr("Countries"),
        "area_km2": tr("Area (km²)"),
        "protected_share": tr("Already protected (%)"),
        "n_species": tr("Species"),
        "n_transboundary": tr("Species across the border"),
        "importance_dpc": tr("Connectivity importance (dPC, %)"),
        "score": tr("Score"),
    }
    names = [name for name in shown if name in cols]
    rows = []
    order = np.argsort(np.asarray(cols["rank"], dtype=float)) if len(tf) else []
    for i in order:
        row = []
        for name in names:
            value = cols[name][i]
            if name == "protected_share":
                row.append(_num(100.0 * float(value), 1))
            elif name == "countries":
                row.append(str(value).replace(";", ", "))
            elif isinstance(value, (float, np.floating)):
                row.append(_num(value, 1 if name == "area_km2" else 3))
            else:
                row.append(str(value))
        rows.append(tuple(row))
    tables["tfca"] = Table(
        "tfca",
        tr("Transfrontier Conservation Area (TFCA) candidates"),
        tuple(names),
        tuple(shown[name] for name in names),
        rows,
        tuple(_countries_label if name == "countries" else num for name in names),
    )
    tables["tfca_countries"] = Table(
        "tfca_countries",
        tr("Area of each TFCA candidate per country"),
        ("tfca_id", "country", "area_km2"),
        (tr("Candidate"), tr("Country"), tr("Area (km²)")),
        _tfca_country_rows(tf),
        (num, _country_label, num),
    )
    places = getattr(result, "places", None)
    if places is not None and len(places):
        tables["places"] = _places_table(places)
    return tables


def _places_table(places) -> Table:
    """One row per place: its designations, area and role in the plan (core.places)."""
    cols = places.columns()
    names = ("place_id", "name", "designations", "area_km2", "network_status", "tfca_ids")
    labels = (
        tr("Place"),
        tr("Name"),
        tr("Designations (type, year)"),
        tr("Area (km²)"),
        tr("In the network"),
        tr("TFCA candidates"),
    )
    rows = []
    for i in range(len(places)):
        rows.append(
            (
                str(cols["place_id"][i]),
                str(cols["name"][i]),
                str(cols["designations"][i]),
                _num(float(cols["area_km2"][i]), 1),
                str(cols.get("network_status", [""] * len(places))[i]),
                str(cols.get("tfca_ids", [""] * len(places))[i]),
            )
        )
    text = _text
    return Table(
        "places",
        tr("Places and their designations"),
        names,
        labels,
        rows,
        (number_text, text, text, number_text, text, text),
    )


def _tfca_country_rows(tf) -> list[tuple[str, str, str]]:
    """(candidate, country, km2) with a visible area: the part of a candidate in none of its
    countries is a floating-point remainder (1e-13 km2) when there is no such part."""
    if tf.country_area is None:
        return []
    rows = []
    for r, code, area in zip(*tf.country_area):
        text = _num(area, 1)
        if text and float(text) > 0:
            rows.append((str(tf.tfca_id[r]), str(code), text))
    return rows


# --------------------------------------------------------------------------------------------
# National summary (JSON)
# --------------------------------------------------------------------------------------------


def national_summary(result, protconn: Mapping | None = None) -> dict:
    """Machine-readable indicator values per country for national reporting (DaRT, InforMEA).

    Versioned by ``schema`` / ``schema_version``; every number also appears in the report.
    """
    states = _states(result)
    problem = result.problem
    study = {}
    for state, x in states.items():
        cov = target_coverage(problem, x)
        spc = species_coverage(problem, x, result.features.species)
        study[f"targets_met_{state}"] = int(sum(c.met for c in cov))
        study[f"species_all_seasons_met_{state}"] = int(sum(s.all_met for s in spc))
        study[f"species_weakest_link_short_{state}"] = int(sum(not s.all_met for s in spc))
    study["targets"] = len(result.features)
    study["species"] = len(set(np.asarray(result.features.species).astype(str)))
    tf = result.tfca
    tf_columns = tf.columns()  # built once, not twice per candidate
    return {
        "schema": NATIONAL_SCHEMA,
        "schema_version": NATIONAL_SCHEMA_VERSION,
        "generated": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "scenario": result.scenario.to_dict(),
        "definitions": {
            "before": "existing protected areas only (locked-in planning units)",
            "after": "the plan: selected or locked-in planning units",
            "national_target": "a country holds >= target_percent of the feature's amount "
            "within the country (unit amounts split by area share)",
            "species_all_seasons_met": "every seasonal feature's target met (Runge et al. 2015)",
        },
        "study_area": study,
        "countries": _national(result),
        "protconn": {k: dict(v) for k, v in protconn.items()} if protconn else None,
        "tfca_candidates": [
            {
                "tfca_id": int(tf.tfca_id[i]),
                "rank": int(tf.rank[i]),
                "countries": str(tf.countries[i]).split(";"),
                "area_km2": float(tf.area_km2[i]),
                "area_by_country_km2": {
                    str(c): float(a) for r, c, a in zip(*tf.country_area) if r == i
                }
                if tf.country_area is not None
                else {},
                "n_transboundary_species": int(tf_columns["n_transboundary"][i]),
                "transboundary_species": [
                    s for s in str(tf_columns["transboundary_species"][i]).split(";") if s
                ],
            }
            for i in range(len(tf))
        ],
        "solver": {
            "solver": str(result.solution.solver),
            "status": str(result.solution.status),
            "gap": None if result.solution.gap is None else float(result.solution.gap),
        },
    }


# --------------------------------------------------------------------------------------------
# Charts (matplotlib Agg, no pyplot: no global state inside QGIS)
# --------------------------------------------------------------------------------------------


def _png(fig) -> str:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _float(text: str) -> float:
    return float(text) if text else np.nan


def _tick(value: float, _position=None) -> str:
    """An axis tick in the reader's number conventions ("2,5" in French)."""
    return number_text(np.format_float_positional(round(float(value), 9), trim="-"))


def _bar_pairs(labels: list[str], before: list[float], after: list[float], after_colour: str):
    """Horizontal before/after bars, one pair per label (first on top): long labels stay
    legible, where vertical bars would make them overlap."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    fig = Figure(figsize=(7.5, 0.32 * len(labels) + 1.4))
    ax = fig.add_subplot()
    y = np.arange(len(labels))
    ax.barh(y - 0.2, before, 0.4, label=tr("Existing protected areas"), color="#9e9e9e")
    ax.barh(y + 0.2, after, 0.4, label=tr("With the plan"), color=after_colour)
    ax.set_yticks(y, labels, fontsize=8)
    ax.margins(y=0.02)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(FuncFormatter(_tick))
    return fig, ax


def _legend(ax) -> None:
    """Above the plot, where it hides no bar."""
    ax.legend(fontsize=8, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=3, frameon=False)


def _target_charts(table: Table) -> list[tuple[str, str]]:
    """Share of each target held, :data:`CHART_FEATURES` features per chart."""
    caption = tr("Target achievement per species and season")
    size = CHART_FEATURES
    parts = [table.rows[i : i + size] for i in range(0, len(table.rows), size)]
    charts = []
    for k, rows in enumerate(parts, start=1):
        labels = [f"{r[1]} – {_season_label(r[2])}" for r in rows]
        before = [min(_float(r[5]), 200.0) for r in rows]
        after = [min(_float(r[8]), 200.0) for r in rows]
        fig, ax = _bar_pairs(labels, before, after, "#2e7d32")
        ax.axvline(100.0, color="#c62828", lw=1)
        ax.set_xlabel(tr("Share of the target held (%, capped at 200)"))
        _legend(ax)
        charts.append((caption if len(parts) == 1 else f"{caption} ({k}/{len(parts)})", _png(fig)))
    return charts


def _season_chart(table: Table) -> tuple[str, str]:
    """Targets met per season before and after the plan, against the number of features."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    fig = Figure(figsize=(6, 3))
    ax = fig.add_subplot()
    x = np.arange(len(table.rows))
    before = [int(r[2]) for r in table.rows]
    after = [int(r[3]) for r in table.rows]
    ax.bar(x - 0.2, before, 0.4, label=tr("Existing protected areas"), color="#9e9e9e")
    ax.bar(x + 0.2, after, 0.4, label=tr("With the plan"), color="#2e7d32")
    counts = [int(r[1]) for r in table.rows]
    ax.hlines(counts, x - 0.4, x + 0.4, colors="k", label=tr("Features"))
    # Wrapped: "hivernage (non-reproduction)" beside "reproduction" would run together.
    ax.set_xticks(x, [textwrap.fill(_season_label(r[0]), 16) for r in table.rows])
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(_tick))
    ax.set_ylabel(tr("Targets met"))
    _legend(ax)
    return tr("Coverage by season"), _png(fig)


def _protconn_chart(table: Table) -> tuple[str, str]:
    labels = [_indicator_label(r[0]) for r in table.rows]
    before = [_float(r[1]) for r in table.rows]
    after = [_float(r[2]) for r in table.rows]
    fig, ax = _bar_pairs(labels, before, after, "#1565c0")
    ax.set_xlabel(tr("% of the land"))
    _legend(ax)
    return tr("Protected connected land (ProtConn fractions)"), _png(fig)


def _charts(tables: dict[str, Table]) -> list[tuple[str, str]]:
    """(caption, base64 PNG) per chart, drawn from the tables' own strings."""
    charts = _target_charts(tables["targets"]) if tables["targets"].rows else []
    if tables["seasons"].rows:
        charts.append(_season_chart(tables["seasons"]))
    if tables["protconn"].rows:
        charts.append(_protconn_chart(tables["protconn"]))
    return charts


# --------------------------------------------------------------------------------------------
# HTML and files
# --------------------------------------------------------------------------------------------

_CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;
color:#222}
h1{color:#1b5e20}.notice{background:#fff3cd;border:2px solid #b26a00;color:#6d4100;
font-weight:bold;padding:.5em .8em}
h2{border-bottom:2px solid #c8e6c9;padding-bottom:.2em;margin-top:1.6em}
h3{margin:1.4em 0 .4em}
table{border-collapse:collapse;margin:.6em 0;font-size:.85em;max-width:100%}
th,td{border:1px solid #ccc;padding:.25em .4em;text-align:left;vertical-align:top}
th{background:#e8f5e9;overflow-wrap:break-word;hyphens:auto}
td.n{text-align:right;white-space:nowrap}tr:nth-child(even) td{background:#fafafa}
#table-parameters{table-layout:fixed;width:100%}#table-parameters th:first-child{width:25%}
#table-parameters td{overflow-wrap:anywhere;white-space:normal;text-align:left}
p.note{color:#555;font-size:.9em}figure{margin:1em 0}figcaption{font-size:.9em;color:#555}
img{max-width:100%}figure.map img{border:1px solid #ccc}div.table{overflow-x:auto}
@page{size:A4 portrait;margin:14mm 12mm}
@media print{body{margin:0;padding:0;max-width:none;font-size:10pt}table{font-size:8pt}
figure.map img{max-height:125mm}div.table{overflow:visible}
h2{break-before:page}h2.first{break-before:avoid}h2,h3,p.note{break-after:avoid}
tr,figure{break-inside:avoid}}
"""
_MACHINE_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _html_cell(cell: str, show: Show) -> str:
    number = ' class="n"' if _MACHINE_NUMBER.fullmatch(cell) else ""
    return f"<td{number}>{html.escape(show(cell))}</td>"


def _html_table(table: Table, csv_file: bool = True) -> str:
    """The table as the reader sees it; each header names its CSV column (``data-column``),
    numbers are right-aligned."""
    esc = html.escape
    columns = table.shown()
    head = "".join(
        f'<th data-column="{esc(table.header[k])}">{esc(table.labels[k])}</th>' for k, _ in columns
    )
    body = "".join(
        "<tr>" + "".join(_html_cell(row[k], show) for k, show in columns) + "</tr>"
        for row in table.rows
    )
    source = f' data-csv="report_{table.name}.csv"' if csv_file else ""
    # In a scrolling box on a narrow screen, so that no table overflows the page column.
    return (
        f'<div class="table"><table id="table-{table.name}"{source}>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def gbf3_table(result, tables: dict[str, Table]) -> Table:
    """Protected and ProtConn per country before and with the plan, and the network's share
    of each country: the summary page's table (and the Word document's). Its figures are
    the ProtConn table's own, so that the summary cannot disagree with it."""
    indicators = {
        row[0]: tuple(_num(_float(v), 1) for v in row[1:]) for row in tables["protconn"].rows
    }
    rows = []
    for code, values in _national(result).items():
        conn = next((k for k in indicators if k.startswith(f"ProtConn {code} ")), None)
        prot = indicators.get(f"Prot {code}", ("", ""))
        connected = indicators.get(conn, ("", ""))
        rows.append(
            (
                code,
                prot[0],
                connected[0],
                prot[1],
                connected[1],
                _num(values["protected_percent_after"], 1),
            )
        )
    return Table(
        "gbf3",
        tr("GBF Target 3 per country"),
        ("country", "prot_before", "protconn_before", "prot_after", "protconn_after", "net"),
        (
            tr("Country"),
            tr("Protected (%), before"),
            tr("ProtConn (%), before"),
            tr("Protected (%), with the plan"),
            tr("ProtConn (%), with the plan"),
            tr("Units in the network (% of country)"),
        ),
        rows,
        (_country_label, *(number_text,) * 5),
    )


def _summary_page(result, tables: dict[str, Table], picture: str | None) -> list[str]:
    """The first page, for a decision-maker: the map, GBF Target 3 per country before and
    after the plan, the targets met and the first TFCA candidates."""
    esc = html.escape
    summary = result.summary()
    heading = tr("Summary")  # tr() outside f-strings: pylupdate5 does not look into them
    parts = [f'<h2 class="first">{esc(heading)}</h2>']
    if picture:
        caption = tr("The network and the TFCA candidates (tfca_map.pdf)")
        parts.append(
            f'<figure class="map"><img alt="{esc(caption)}" '
            f'src="data:image/png;base64,{picture}"><figcaption>{esc(caption)}</figcaption>'
            "</figure>"
        )
    parts.append(
        "<p><b>"
        + esc(
            tr("{met} of {targets} species-season targets met; {n} TFCA candidate(s).").format(
                met=_count(summary["targets_met"]),
                targets=_count(summary["targets"]),
                n=_count(summary["tfca_candidates"]),
            )
        )
        + "</b></p>"
    )
    table = gbf3_table(result, tables)
    parts.append(f"<h3>{esc(table.title)}</h3>")
    parts.append(_html_table(table, csv_file=False))
    tf = tables.get("tfca")
    if tf is not None and tf.rows:
        first = replace(tf, name="tfca_first", rows=tf.rows[:5])
        heading = tr("First TFCA candidates")
        parts.append(f"<h3>{esc(heading)}</h3>")
        parts.append(_html_table(first, csv_file=False))
    return parts


def render_html(
    result, tables: dict[str, Table], title: str, charts, picture: str | None = None
) -> str:
    """The report page: the summary for a decision-maker, then the details (each table a
    section), the charts and the settings; ``picture`` is the overview map (base64 PNG)."""
    esc = html.escape
    summary = result.summary()
    intro = localized(
        tr(
            "This report describes a conservation plan for {countries}: {selected} of {units} "
            "planning units ({percent:.1f}% of the study area) are in the network, and {met} "
            "of {targets} species-season targets are met. 'Before' means the existing "
            "protected areas only; 'after' means with the plan."
        ),
        countries=_country_list(result.scenario.countries),
        selected=_count(summary["selected_units"]),
        units=_count(summary["units"]),
        percent=summary["selected_percent"],
        met=_count(summary["targets_met"]),
        targets=_count(summary["targets"]),
    )
    generated = tr("Report generated on {date}.").format(date=date_text(_dt.date.today()))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(language())}"><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
    ]
    notice = training_notice(result.scenario)
    if notice:
        parts.append(f'<p class="notice">{esc(notice)}</p>')
    parts.append(f"<p>{esc(intro)}</p>")
    sources = credits_text(
        result.scenario, getattr(result.scenario, "borders", ""), result.source_notes
    )
    parts.append(f'<p class="note">{esc(generated)} {esc(sources)}</p>')
    parts += _summary_page(result, tables, picture)
    details = tr("Details")
    parts.append(f"<h2>{esc(details)}</h2>")

    def section(name: str, note: str | None = None, level: int = 3) -> None:
        table = tables[name]
        parts.append(f"<h{level}>{esc(table.title)}</h{level}>")
        if note:
            parts.append(f'<p class="note">{esc(note)}</p>')
        parts.append(_html_table(table))

    section(
        "targets",
        tr("A target is met when the network holds at least the target amount of the range."),
    )
    section(
        "species",
        tr(
            "A migratory species is adequately covered only when every season of its annual "
            "cycle meets its target (Runge et al. 2015): the weakest season decides."
        ),
    )
    section("seasons")
    section(
        "countries",
        tr(
            "National targets: the country holds at least the target share of the species' "
            "range within its own borders. Locked-in units are the planning units at least "
            "half covered by protected areas, counted whole; they differ from Prot in the "
            "next table, which measures the protected areas themselves."
        ),
    )
    if tables["protconn"].rows:
        section(
            "protconn",
            tr(
                "Prot: share of the country covered by protected areas (before) or by the "
                "network (after). ProtConn: the part of it that is also connected, for the "
                "median dispersal distance given (Saura et al. 2017)."
            ),
        )
    else:
        parts.append(f"<h3>{esc(tables['protconn'].title)}</h3>")
        missing = tr("ProtConn was not computed for this run.")
        parts.append(f'<p class="note">{esc(missing)}</p>')
    weights = result.tfca.weights
    section(
        "tfca",
        localized(
            tr(
                "Clusters of the network spanning two or more countries. Score = ({wt} x "
                "transboundary species + {wa} x area + {wu} x unprotected share + {wi} x "
                "network importance (dPC)) / {total}, each divided by its largest value; "
                "rank 1 is the highest score."
            ),
            wt=weights.transboundary,
            wa=weights.area,
            wu=weights.unprotected,
            wi=weights.importance,
            total=weights.transboundary + weights.area + weights.unprotected + weights.importance,
        ),
    )
    section("tfca_countries")
    if "places" in tables:
        section(
            "places",
            tr(
                "One place per real site: records of different designations that cover at "
                "least half of each other are one place (a national park that is also a "
                "Ramsar site and a Natura 2000 site). places.csv lists every designation of "
                "every place; 'In the network' is the place's status in the plan."
            ),
        )
    charts_heading = tr("Charts")
    parts.append(f"<h2>{esc(charts_heading)}</h2>")
    for caption, data in charts:
        parts.append(
            f'<figure><img alt="{esc(caption)}" src="data:image/png;base64,{data}">'
            f"<figcaption>{esc(caption)}</figcaption></figure>"
        )
    # How the figures arose (the Word pack prints the same text), then the raw settings: a
    # decision-maker starts with the findings, not the parameters.
    methods_heading = tr("Methods")
    parts.append(f"<h2>{esc(methods_heading)}</h2>")
    methods = report_methods(result, protconn=bool(tables["protconn"].rows))
    for paragraph in methods.split("\n\n"):
        parts.append(f"<p>{esc(paragraph.strip())}</p>")
    section("parameters", level=2)
    parts.append("</body></html>")
    return "\n".join(parts)


def _csv_text(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.header)
    writer.writerows(table.rows)
    return buffer.getvalue()


def build_report(
    result,
    folder,
    *,
    protconn: Mapping | None = None,
    title: str | None = None,
    map_png: str | Path | None = None,
) -> ReportPaths:
    """Write ``report.html``, ``report_<table>.csv`` and ``national_summary.json``."""
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            tr("The report folder '{path}' cannot be created ({reason}).").format(
                path=out, reason=exc.strerror or exc
            )
        ) from None
    tables = report_tables(result, protconn)
    if title is None:
        title = result.scenario.title or tr("Conservation plan for {countries}").format(
            countries=_country_list(result.scenario.countries)
        )
    charts = _charts(tables)
    csvs = {}
    for name, table in tables.items():
        path = out / f"report_{name}.csv"
        atomic_write_text(path, _csv_text(table))
        csvs[name] = path
    json_path = out / NATIONAL_JSON
    atomic_write_text(json_path, json.dumps(national_summary(result, protconn), indent=2))
    html_path = out / REPORT_HTML
    picture = None
    if map_png is not None and Path(map_png).is_file():
        picture = base64.b64encode(Path(map_png).read_bytes()).decode("ascii")
    atomic_write_text(html_path, render_html(result, tables, title, charts, picture))
    return ReportPaths(html=html_path, csvs=csvs, json=json_path)
