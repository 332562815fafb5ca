"""The methods text of a run's report: a short paragraph per step, in the reader's language.

The HTML report (:mod:`.report`) and the Word reporting pack (:mod:`.document`) print the
same text, so a reviewer of the national report reads the same account of how the figures
arose whichever file reaches them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .credits import training_notice
from .i18n import localized, number, tr
from .solvers import solver_label, status_label


def report_methods(result, *, protconn: bool | None = None) -> str:
    """A short paragraph per step, in the reader's language and numbers (blank-line
    separated), so that a reviewer of the national report can tell how the figures arose.
    ``protconn``: whether the report shows ProtConn (default: whether the run computed it)."""
    scenario, summary, sol = result.scenario, result.summary(), result.solution
    paragraphs = []
    data = localized(
        tr(
            "Data. The seasonal ranges of {species} migratory species were split into "
            "{features} species-season features (breeding, non-breeding, passage); a resident "
            "range counts in every season. Protected areas form the existing network."
        ),
        species=number(summary["species"]),
        features=number(summary["features"]),
    )
    notice = training_notice(scenario)
    paragraphs.append(f"{data} {notice}" if notice else data)
    paragraphs.append(
        localized(
            tr(
                "Planning units. The study area ({area} km²) was divided into {units} planning "
                "units of about {size:,.0f} km² in an equal-area projection. Units at least "
                "{lock:.0f}% covered by protected areas count as existing protected areas and "
                "are always in the network."
            ),
            area=number(summary["study_area_km2"]),
            units=number(summary["units"]),
            size=unit_size(result),
            lock=100.0 * float(scenario.lock_in),
        )
    )
    paragraphs.append(
        localized(
            tr(
                "Targets. Each species-season feature has a target of {percent:.0f}% of its "
                "range in the study area, as in Target 3 of the Kunming-Montreal Global "
                "Biodiversity Framework. A species counts as covered only when the targets of "
                "all its seasons are met (Runge et al. 2015)."
            ),
            percent=float(scenario.target_percent),
        )
    )
    gap = "–" if sol.gap is None else number(100.0 * float(sol.gap), 2)
    solver = solver_label(sol.solver)
    if "highs" in solver.lower():  # the solver's paper, as its authors ask
        solver += " (" + tr("Huangfu and Hall 2018") + ")"
    paragraphs.append(
        localized(
            tr(
                "Optimisation. The network was chosen by exact integer linear programming: the "
                "least-cost set of planning units that meets every target, with a boundary "
                "penalty (BLM {blm:g}) that favours compact networks, as in Marxan and "
                "prioritizr. Solver: {solver}; status: {status}; optimality gap: {gap}%; "
                "time: {seconds:.1f} s."
            ),
            blm=float(scenario.blm),
            solver=solver,
            status=status_label(str(sol.status)),
            gap=gap,
            seconds=float(sol.runtime_s),
        )
    )
    rules = advanced_rules(scenario)
    if rules:
        text = " ".join([tr("Additional rules of the plan:"), *rules])
        paragraphs.append(text[:-1] + "." if text.endswith(";") else text)
    distance = float(scenario.dispersal_km)
    shown = bool(result.protconn) if protconn is None else protconn
    if distance > 0 and shown:
        paragraphs.append(
            localized(
                tr(
                    "Ecological connectivity. The Protected Connected (ProtConn) indicator "
                    "(Saura et al. 2017) gives the share of each country that is protected and "
                    "connected, at a median dispersal distance of {distance:g} km, before and "
                    "after the plan; neighbouring countries' protected areas serve as stepping "
                    "stones."
                ),
                distance=distance,
            )
        )
    else:
        paragraphs.append(tr("Ecological connectivity. ProtConn was not computed for this run."))
    paragraphs.append(
        tr(
            "Transfrontier conservation areas. Clusters of the network that span two or more "
            "countries are candidate transfrontier conservation areas (TFCAs), scored by the "
            "migratory species they share across the border, their area, their unprotected "
            "share and their importance for connectivity (dPC)."
        )
    )
    return "\n\n".join(paragraphs)


def advanced_rules(scenario) -> list[str]:
    """One sentence per advanced rule the plan used (Solve > Advanced); none when all are off
    (and for core runs, whose scenario has no such settings)."""
    out = []
    stones = float(getattr(scenario, "stepping_stones_km", 0) or 0)
    if stones > 0:
        out.append(
            localized(
                tr(
                    "along each passage range, a stopover at least every {km:g} km from the "
                    "breeding to the non-breeding range;"
                ),
                km=stones,
            )
        )
    share = float(getattr(scenario, "country_share_percent", 0) or 0)
    if share > 0:
        out.append(
            localized(tr("every country keeps at least {share:g}% of its land;"), share=share)
        )
    bonus = float(getattr(scenario, "cross_border_bonus", 0) or 0)
    if bonus > 0:
        out.append(
            localized(
                tr(
                    "a bonus of {bonus:g} cost units per km of edge shared by selected units "
                    "of two countries;"
                ),
                bonus=bonus,
            )
        )
    weight = float(getattr(scenario, "connectivity_weight", 0) or 0)
    table = str(getattr(scenario, "connectivity_table", "") or "")
    if weight > 0 and table:
        out.append(
            localized(
                tr("links between units from the table {name}, weighted {weight:g}."),
                name=Path(table).name,
                weight=weight,
            )
        )
    return out


def unit_size(result) -> float:
    """Median planning-unit area (km²): hexagons, squares or a layer's own polygons alike."""
    return float(np.median(result.units.area_km2)) if len(result.units) else 0.0
