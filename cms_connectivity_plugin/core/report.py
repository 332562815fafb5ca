"""A run's report: one self-contained HTML page, CSV tables and a national-reporting JSON.

Every number shown is first written into a :class:`Table` of formatted strings; the CSV
files and the HTML tables are both printed from those same strings, so they cannot disagree
(a test compares them). "Before" is the existing protected areas only (the locked-in units),
"after" the whole plan (selected or locked in).

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
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from .atomic import atomic_write_text
from .credits import credits_text, training_notice
from .errors import InputError
from .evaluate import species_coverage, target_coverage
from .i18n import tr
from .ranges import SEASON_LABELS

NATIONAL_SCHEMA = "cms-connectivity/national-summary"
NATIONAL_SCHEMA_VERSION = 1
REPORT_HTML = "report.html"
NATIONAL_JSON = "national_summary.json"
PROTCONN_KEYS = ("before", "after")


@dataclass(frozen=True)
class Table:
    """One report table: CSV header (machine names), HTML header (labels), string rows."""

    name: str
    title: str
    header: tuple[str, ...]
    labels: tuple[str, ...]
    rows: list[tuple[str, ...]]


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
    return tr("yes") if flag else tr("no")


def _season(code) -> str:
    return SEASON_LABELS.get(int(code), str(code))


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

    params = [
        (str(k), ",".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v))
        for k, v in scenario.to_dict().items()
        if v not in ("", None, [], (), {})  # unused settings say nothing to a reader
    ]
    sol = result.solution
    params += [
        ("solver", str(sol.solver)),
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
                _num(target),
                _num(b.held),
                _num(100.0 * b.held / target if target > 0 else 100.0, 1),
                _yes(b.met),
                _num(a.held),
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
    )  # fmt: skip

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
                a.weakest,
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
    )  # fmt: skip

    tables["protconn"] = Table(
        "protconn",
        tr("Protected and connected land (ProtConn, %)"),
        ("indicator", "before", "after"),
        (tr("Indicator"), tr("Before"), tr("After")),
        _protconn_rows(protconn),
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
    )
    rows = []
    if tf.country_area is not None:
        for r, code, area in zip(*tf.country_area):
            rows.append((str(tf.tfca_id[r]), str(code), _num(area, 3)))
    tables["tfca_countries"] = Table(
        "tfca_countries",
        tr("Area of each TFCA candidate per country"),
        ("tfca_id", "country", "area_km2"),
        (tr("Candidate"), tr("Country"), tr("Area (km²)")),
        rows,
    )
    return tables


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


def _charts(tables: dict[str, Table]) -> list[tuple[str, str]]:
    """(caption, base64 PNG) per chart, drawn from the tables' own strings."""
    from matplotlib.figure import Figure

    charts = []
    t = tables["targets"]
    if t.rows:
        names = [r[0] for r in t.rows]
        before = [min(_float(r[5]), 200.0) for r in t.rows]
        after = [min(_float(r[8]), 200.0) for r in t.rows]
        fig = Figure(figsize=(7.5, 0.3 * len(names) + 1.2))
        ax = fig.add_subplot()
        y = np.arange(len(names))
        ax.barh(y - 0.2, before, 0.4, label=tr("Existing protected areas"), color="#9e9e9e")
        ax.barh(y + 0.2, after, 0.4, label=tr("With the plan"), color="#2e7d32")
        ax.axvline(100.0, color="#c62828", lw=1)
        ax.set_yticks(y, names, fontsize=7)
        ax.invert_yaxis()
        ax.set_xlabel(tr("Share of the target held (%, capped at 200)"))
        ax.legend(fontsize=7, loc="lower right")
        charts.append((tr("Target achievement per species and season"), _png(fig)))
    s = tables["seasons"]
    if s.rows:
        fig = Figure(figsize=(6, 3))
        ax = fig.add_subplot()
        x = np.arange(len(s.rows))
        ax.bar(x - 0.2, [int(r[2]) for r in s.rows], 0.4, label=tr("Before"), color="#9e9e9e")
        ax.bar(x + 0.2, [int(r[3]) for r in s.rows], 0.4, label=tr("After"), color="#2e7d32")
        ax.plot(x, [int(r[1]) for r in s.rows], "k_", ms=30, label=tr("Features"))
        ax.set_xticks(x, [r[0] for r in s.rows])
        ax.set_ylabel(tr("Targets met"))
        ax.legend(fontsize=7)
        charts.append((tr("Coverage by season"), _png(fig)))
    p = tables["protconn"]
    if p.rows:
        fig = Figure(figsize=(6, 3))
        ax = fig.add_subplot()
        x = np.arange(len(p.rows))
        ax.bar(x - 0.2, [_float(r[1]) for r in p.rows], 0.4, label=tr("Before"), color="#9e9e9e")
        ax.bar(x + 0.2, [_float(r[2]) for r in p.rows], 0.4, label=tr("After"), color="#1565c0")
        ax.set_xticks(x, [r[0] for r in p.rows])
        ax.set_ylabel(tr("% of the land"))
        ax.legend(fontsize=7)
        charts.append((tr("Protected connected land (ProtConn fractions)"), _png(fig)))
    return charts


# --------------------------------------------------------------------------------------------
# HTML and files
# --------------------------------------------------------------------------------------------

_CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:2em auto;max-width:70em;color:#222}
figure.map img{max-width:100%;border:1px solid #ccc}
@media print{h2{page-break-before:always}h2:first-of-type{page-break-before:avoid}}
h1{color:#1b5e20}.notice{background:#fff3cd;border:2px solid #b26a00;color:#6d4100;
font-weight:bold;padding:.5em .8em}
h2{border-bottom:2px solid #c8e6c9;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.6em 0;font-size:.85em}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}
th{background:#e8f5e9}tr:nth-child(even) td{background:#fafafa}
p.note{color:#555;font-size:.9em}figure{margin:1em 0}figcaption{font-size:.9em;color:#555}
img{max-width:100%}
"""


def _html_table(table: Table) -> str:
    head = "".join(f"<th>{html.escape(label)}</th>" for label in table.labels)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in table.rows
    )
    return (
        f'<table id="table-{table.name}" data-csv="{table.name}.csv">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _summary_page(result, tables: dict[str, Table], picture: str | None) -> list[str]:
    """The first page, for a decision-maker: the map, GBF Target 3 per country before and
    after the plan, the targets met and the first TFCA candidates."""
    esc = html.escape
    summary = result.summary()
    heading = tr("Summary")  # tr() outside f-strings: pylupdate5 does not look into them
    parts = [f"<h2>{esc(heading)}</h2>"]
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
                met=summary["targets_met"],
                targets=summary["targets"],
                n=summary["tfca_candidates"],
            )
        )
        + "</b></p>"
    )
    protconn = result.protconn or {}
    before, after = protconn.get("before", {}), protconn.get("after", {})
    national = _national(result)
    rows = []
    for code, values in national.items():
        conn = [k for k in before if k.startswith(f"ProtConn {code} ")]
        rows.append(
            (
                code,
                _num(before.get(f"Prot {code}", np.nan), 1),
                _num(before.get(conn[0], np.nan), 1) if conn else "",
                _num(after.get(f"Prot {code}", np.nan), 1),
                _num(after.get(conn[0], np.nan), 1) if conn else "",
                _num(values["protected_percent_after"], 1),
            )
        )
    table = Table(
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
    )
    parts.append(f"<h3>{esc(table.title)}</h3>")
    parts.append(_html_table(table))
    tf = tables.get("tfca")
    if tf is not None and tf.rows:
        first = Table(tf.name, tf.title, tf.header, tf.labels, tf.rows[:5])
        heading = tr("First TFCA candidates")
        parts.append(f"<h3>{esc(heading)}</h3>")
        parts.append(_html_table(first))
    return parts


def render_html(
    result, tables: dict[str, Table], title: str, charts, picture: str | None = None
) -> str:
    esc = html.escape
    summary = result.summary()
    intro = tr(
        "This report describes a conservation plan for {countries}: {selected} of {units} "
        "planning units ({percent:.1f}% of the study area) are in the network, and {met} of "
        "{targets} species-season targets are met. 'Before' means the existing protected "
        "areas only; 'after' means with the plan."
    ).format(
        countries=esc(summary["countries"]),
        selected=summary["selected_units"],
        units=summary["units"],
        percent=summary["selected_percent"],
        met=summary["targets_met"],
        targets=summary["targets"],
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
    ]
    notice = training_notice(result.scenario)
    if notice:
        parts.append(f'<p class="notice">{esc(notice)}</p>')
    parts.append(f"<p>{esc(intro)}</p>")
    sources = credits_text(result.scenario, getattr(result.scenario, "borders", ""))
    parts.append(f'<p class="note">{esc(sources)}</p>')
    parts += _summary_page(result, tables, picture)
    details = tr("Details")
    parts.append(f"<h2>{esc(details)}</h2>")

    def section(name: str, note: str | None = None) -> None:
        table = tables[name]
        parts.append(f"<h2>{esc(table.title)}</h2>")
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
        parts.append(f"<h2>{esc(tables['protconn'].title)}</h2>")
        missing = tr("ProtConn was not computed for this run.")
        parts.append(f'<p class="note">{esc(missing)}</p>')
    weights = result.tfca.weights
    section(
        "tfca",
        tr(
            "Clusters of the network spanning two or more countries. Score = ({wt} x "
            "transboundary species + {wa} x area + {wu} x unprotected share + {wi} x network "
            "importance (dPC)) / {total}, each divided by its largest value; rank 1 is the "
            "highest score."
        ).format(
            wt=weights.transboundary,
            wa=weights.area,
            wu=weights.unprotected,
            wi=weights.importance,
            total=weights.transboundary + weights.area + weights.unprotected + weights.importance,
        ),
    )
    section("tfca_countries")
    charts_heading = tr("Charts")
    parts.append(f"<h2>{esc(charts_heading)}</h2>")
    for caption, data in charts:
        parts.append(
            f'<figure><img alt="{esc(caption)}" src="data:image/png;base64,{data}">'
            f"<figcaption>{esc(caption)}</figcaption></figure>"
        )
    # The raw settings last: a decision-maker starts with the findings, not the parameters.
    section("parameters")
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
            countries=", ".join(result.scenario.countries)
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
