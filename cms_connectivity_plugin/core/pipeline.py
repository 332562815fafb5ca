"""The end-to-end slice as one pure function: scenario + countries -> result.

simulate -> features -> planning units -> amounts -> targets -> solve -> TFCA candidates.
The Processing algorithm, the command line and the dock all call :func:`run_scenario`; what
they add is reading layers and writing files.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np
import shapely
from scipy import sparse

from .amounts import overlap_matrix
from .borders import CountryTable, StudyArea, build_study_area
from .crs import transform
from .errors import CancelledError
from .evaluate import target_coverage
from .i18n import tr
from .planning_units import PlanningUnits, hexagon_units
from .problem import Problem, Solution
from .ranges import Features, dissolve_features
from .scenario import Scenario
from .simulate import ProtectedAreas, SimulatedData, SpeciesRanges, simulate
from .solvers import progress_mapper, solve
from .tfca import TfcaCandidates, find_candidates

Progress = Callable[[float, str], None]


@dataclass
class RunResult:
    """Everything a run produced, as plain data (geometries in ``study_area.crs``)."""

    scenario: Scenario
    study_area: StudyArea
    data: SimulatedData
    features: Features
    units: PlanningUnits
    amounts: sparse.csr_matrix
    targets: np.ndarray
    problem: Problem
    solution: Solution
    coverage: list
    tfca: TfcaCandidates
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: ProtConn (%) per country before (existing protected areas) and after the plan:
    #: ``{"before": {label: value}, "after": {...}}``, as the report takes it; None if off.
    protconn: dict | None = None
    #: Countries around the study area, for context on maps: (codes, names, geometries in
    #: ``study_area.crs``); None when not known.
    neighbours: tuple | None = None
    #: What the input layers say of themselves (layer reference -> ``credits.SourceNote``),
    #: for the credits; read on the QGIS side, empty elsewhere.
    source_notes: dict = field(default_factory=dict)
    #: The protected areas as places across their designations, with their role in the plan
    #: (``core.places.Places``); set when the package is written, None before.
    places: object | None = None

    @property
    def chosen(self) -> np.ndarray:
        """Units in the network: selected by the plan or locked in."""
        return self.solution.selected | self.units.locked_in

    def summary(self) -> dict[str, object]:
        met = sum(1 for c in self.coverage if c.met)
        chosen = self.chosen
        return {
            "countries": ",".join(self.scenario.countries),
            "units": len(self.units),
            "features": len(self.features),
            "species": len(set(self.features.species)),
            "targets_met": met,
            "targets": len(self.coverage),
            "locked_in_units": int(self.units.locked_in.sum()),
            "selected_units": int(chosen.sum()),
            "selected_km2": float(self.units.area_km2[chosen].sum()),
            "study_area_km2": float(self.units.area_km2.sum()),
            "selected_percent": float(
                100.0 * self.units.area_km2[chosen].sum() / self.units.area_km2.sum()
            ),
            "tfca_candidates": len(self.tfca),
            "solver": self.solution.solver,
            "status": self.solution.status,
            "objective": self.solution.objective,
            "bound": self.solution.bound,
            "gap": self.solution.gap,
            "solve_s": self.solution.runtime_s,
        }


def relative_targets(amounts: sparse.spmatrix, percent: float) -> np.ndarray:
    """Targets as a share of each feature's total amount in the study area."""
    return np.asarray(amounts.sum(axis=0)).ravel() * (percent / 100.0)


@dataclass(frozen=True)
class ScenarioInputs:
    """Real inputs that replace simulated ones: ranges (IUCN schema) and protected areas.

    Either may be None to keep the simulated one (e.g. real tracking-derived ranges with a
    simulated protected-area network in a workshop). Geometries are in ``crs``.
    """

    crs: str
    ranges: SpeciesRanges | None = None
    protected_areas: ProtectedAreas | None = None


def protconn_before_after(
    study: StudyArea,
    protected: np.ndarray,
    network: np.ndarray,
    countries: CountryTable,
    distance_km: float,
    *,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> dict:
    """ProtConn and Prot (%) of each country, existing protected areas vs. the whole network.

    Saura et al. 2017 as implemented in :mod:`.connectivity.protconn` (p = 0.5 at the
    median dispersal distance, neighbours' protected areas as transboundary stepping
    stones). Adding protected area never lowers ProtConn, which the tests check.
    ``progress`` gets 0..1 over both computations (a continent takes seconds, not minutes,
    but long enough to show); the per-neighbour shares are not computed: the report does
    not show them.
    """
    from .connectivity.protconn import ProtConnParams, protconn
    from .sites import prepare_sites
    from .vector import VectorTable

    params = ProtConnParams(
        distances_m=(distance_km * 1000.0,), importance=False, bound=False, shares=False
    )
    out: dict[str, dict[str, float]] = {}
    halves = (("before", protected), ("after", np.concatenate([protected, network])))
    for half, (key, geoms) in enumerate(halves):
        table = VectorTable(
            "network", {"NAME": [f"site {k + 1}" for k in range(len(geoms))]}, geoms, study.crs
        )
        sites = prepare_sites([table], kind="generic", name_field="NAME")
        step = None if progress is None else (lambda f, h=half: progress((h + f) / 2.0))
        rows = protconn(
            sites, countries, study.codes, params, progress=step, should_cancel=should_cancel
        ).rows
        values: dict[str, float] = {}
        for row in rows:
            values[f"ProtConn {row['iso3']} ({distance_km:g} km)"] = float(row["ProtConn"])
            values[f"Prot {row['iso3']}"] = float(row["Prot"])
        out[key] = values
    return out


def _with_inputs(data: SimulatedData, inputs: ScenarioInputs, study: StudyArea) -> SimulatedData:
    """The simulated data with the given real parts swapped in, reprojected to the study CRS."""
    ranges, sites = data.ranges, data.protected_areas
    if inputs.ranges is not None:
        r = inputs.ranges
        ranges = replace(r, geometry=transform(r.geometry, inputs.crs, study.crs))
    if inputs.protected_areas is not None:
        p = inputs.protected_areas
        sites = ProtectedAreas(p.columns(), transform(p.geometry, inputs.crs, study.crs))
    return replace(data, ranges=ranges, protected_areas=sites)


def run_scenario(
    scenario: Scenario,
    countries: CountryTable,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    inputs: ScenarioInputs | None = None,
) -> RunResult:
    """Run the whole slice: simulated data, or real ranges / protected areas via ``inputs``."""
    scenario.validate()
    timings: dict[str, float] = {}
    report = progress or (lambda fraction, message: None)

    def step(name: str, fraction: float, message: str) -> float:
        if should_cancel is not None and should_cancel():
            raise CancelledError(tr("Cancelled by the user; nothing was written."))
        report(fraction, message)
        return time.perf_counter()

    t = step("study_area", 0.0, tr("Building the study area"))
    study = build_study_area(countries, scenario.countries, scenario.max_offshore_km)
    timings["study_area"] = time.perf_counter() - t

    t = step("simulate", 0.05, tr("Simulating species ranges and protected areas"))
    data = simulate(study, int(scenario.n_species), int(scenario.seed))
    if inputs is not None:
        data = _with_inputs(data, inputs, study)
    features = dissolve_features(data.ranges.binomial, data.ranges.seasonal, data.ranges.geometry)
    timings["simulate"] = time.perf_counter() - t

    t = step("planning_units", 0.15, tr("Building hexagonal planning units"))
    units = hexagon_units(
        study.geometry,
        scenario.hex_area_km2,
        study.countries,
        study.codes,
        data.protected_areas.geometry,
        study.crs,
        scenario.lock_in_threshold,
    )
    timings["planning_units"] = time.perf_counter() - t

    t = step("amounts", 0.3, tr("Computing species amounts per unit"))
    amounts = overlap_matrix(units.geometry, features.geometry, units.area_km2 * 1e6)
    targets = relative_targets(amounts, scenario.target_percent)
    timings["amounts"] = time.perf_counter() - t

    warnings = []
    absent = np.flatnonzero(np.asarray(amounts.sum(axis=0)).ravel() == 0)
    if len(absent):
        warnings.append(
            tr("{n} feature(s) have no range inside the study area: {names}.").format(
                n=len(absent), names=", ".join(features.names[k] for k in absent)
            )
        )

    problem = Problem(
        cost=units.cost,
        amounts=amounts,
        targets=targets,
        feature_names=features.names,
        locked_in=units.locked_in,
        boundary=units.boundary,
        blm=scenario.blm,
        edge_factor=scenario.edge_factor,
    )
    # Unreachable targets stop the solve with one message naming each feature and its
    # shortfall (InfeasibleError), before any time is spent in the solver.
    t = step("solve", 0.4, tr("Solving the integer programme"))
    solution = solve(
        problem,
        time_limit=scenario.time_limit_s,
        mip_gap=scenario.mip_gap,
        should_cancel=should_cancel,
        progress=progress_mapper(report, 0.4, 0.9, scenario.time_limit_s) if progress else None,
    )
    timings["solve"] = time.perf_counter() - t

    t = step("tfca", 0.9, tr("Finding transboundary (TFCA) candidates"))
    coverage = target_coverage(problem, solution.selected)
    tfca = find_candidates(
        units,
        solution.selected | units.locked_in,
        amounts,
        features.species,
        country_geometry=study.countries,
        feature_geometry=features.geometry,
    )
    timings["tfca"] = time.perf_counter() - t

    protconn_values = None
    if scenario.protconn_distance_km > 0:
        t = step("protconn", 0.95, tr("Computing ProtConn before and after the plan"))
        chosen = solution.selected | units.locked_in
        network = shapely.get_parts(shapely.union_all(units.geometry[chosen]))
        protconn_values = protconn_before_after(
            study,
            data.protected_areas.geometry,
            network,
            countries,
            scenario.protconn_distance_km,
            progress=lambda f: report(0.95 + 0.05 * f, tr("Computing ProtConn")),
            should_cancel=should_cancel,
        )
        timings["protconn"] = time.perf_counter() - t
    report(1.0, tr("Done"))
    return RunResult(
        scenario,
        study,
        data,
        features,
        units,
        amounts,
        targets,
        problem,
        solution,
        coverage,
        tfca,
        timings,
        warnings,
        protconn_values,
    )
