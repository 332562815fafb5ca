"""A finished workflow read back as one :class:`~.pipeline.RunResult`, for the package.

The dock, ``runworkflow`` and the command line all run the same chain of Processing calls
(:mod:`.workflow`). Its last step hands the chain's own outputs (the planned units, the
prepared ranges and sites, the TFCA candidates and the solver's summary) to
:func:`result_from_outputs`, which rebuilds the plan's problem with the same core functions
the plan algorithm used (:func:`.plan.prepare_plan`) and takes the selection, the solver's
figures and the candidates as they were written. Every figure of the GeoPackage, the report,
the national summary and the maps therefore comes from one run, whatever the entry point.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import shapely

from .amounts import overlap_matrix
from .borders import CountryTable, StudyArea
from .crs import transform
from .errors import InputError
from .evaluate import target_coverage
from .i18n import tr
from .pipeline import RunResult, protconn_before_after
from .plan import PlanSettings, prepare_plan
from .planning_units import PlanningUnits, countries_near, countries_under
from .problem import Solution
from .simulate import ProtectedAreas, SimulatedData
from .tfca import OUTSIDE, TfcaCandidates
from .vector import VectorTable, flag_column, require_crs, require_features
from .workflow import WorkflowSettings


def _numbers(table: VectorTable, name: str, default: float | None = None) -> np.ndarray | None:
    real = table.field(name)
    if real is None:
        return None if default is None else np.full(len(table), default, dtype=float)
    return np.array([np.nan if v is None else float(v) for v in table.column(real)], dtype=float)


def study_area_of(
    settings: WorkflowSettings, countries: CountryTable, units: np.ndarray, crs: str
) -> StudyArea:
    """The countries of the run in the units' CRS: the chosen ones, else those under the units.

    A unit touching a neighbour's border does not make the neighbour part of the study area
    when the user chose the countries; with a drawn study area or own units, every country
    under the units counts.
    """
    area = shapely.make_valid(shapely.union_all(units))
    if not settings.study_area and settings.grid != "layer":
        codes = tuple(settings.countries)
    else:
        codes = countries_under(countries, area, crs)
    names, projected = countries_near(countries, codes, area, crs) if codes else ((), ())
    return StudyArea(
        codes=codes,
        names=tuple(str(n) for n in names),
        crs=crs,
        countries=np.asarray(projected, dtype=object),
        geometry=area,
        dropped_parts=0,
    )


def neighbours_of(study: StudyArea, countries: CountryTable) -> tuple | None:
    """The countries around the study area (within its own size of it), for the maps: a
    transboundary map names the neighbours as well as the countries planned for."""
    x0, y0, x1, y1 = shapely.bounds(study.geometry)
    pad = max(x1 - x0, y1 - y0)
    window = shapely.box(x0 - pad, y0 - pad, x1 + pad, y1 + pad)
    try:
        codes = countries_under(countries, window, study.crs)
        codes = tuple(code for code in codes if code not in study.codes)
        if not codes:
            return None
        names, geoms = countries_near(countries, codes, window, study.crs)
    except InputError:
        return None
    return codes, tuple(str(n) for n in names), np.asarray(geoms, dtype=object)


def candidates_from_table(table: VectorTable, crs: str) -> TfcaCandidates:
    """The TFCA candidates as the candidates algorithm wrote them (same ranks and figures)."""
    n = len(table)

    def col(name: str, kind=float, default=None) -> np.ndarray | None:
        real = table.field(name)
        if real is None:
            return None if default is None else np.full(n, default, dtype=object)
        values = table.column(real)
        if kind is str:
            return np.array(["" if v is None else str(v) for v in values], dtype=object)
        if kind is int:
            return np.array([0 if v is None else int(v) for v in values], dtype=np.int64)
        return np.array([np.nan if v is None else float(v) for v in values], dtype=float)

    by_country = col("area_by_country", str, "")
    rows, codes, areas = [], [], []
    for r, text in enumerate(by_country):
        for part in filter(None, str(text).split(";")):
            code, _, value = part.rpartition(":")
            rows.append(r)
            codes.append(code or OUTSIDE)
            areas.append(float(value) if value else 0.0)
    geometry = (
        table.geometry if table.crs in (None, crs) else transform(table.geometry, table.crs, crs)
    )
    return TfcaCandidates(
        tfca_id=col("tfca_id", int, 0),
        countries=col("countries", str, ""),
        n_countries=col("n_countries", int, 0),
        area_km2=col("area_km2", float, 0.0),
        area_by_country=by_country,
        protected_km2=col("protected_km2", float, 0.0),
        n_units=col("n_units", int, 0),
        n_species=col("n_species", int, 0),
        n_features=col("n_features", int, 0),
        rank=col("rank", int, 0),
        geometry=np.asarray(geometry, dtype=object),
        members=[np.array([], dtype=np.int64) for _ in range(n)],
        protected_share=col("protected_share"),
        n_sites=col("n_sites", int),
        n_transboundary=col("n_transboundary", int),
        transboundary_species=col("transboundary_species", str),
        species=col("species", str),
        importance=col("importance_dpc"),
        mean_frequency=col("mean_frequency"),
        mean_irreplaceability=col("mean_irreplaceability"),
        score=col("score"),
        country_area=(
            np.array(rows, dtype=np.int64),
            np.array(codes, dtype=object),
            np.array(areas, dtype=float),
        ),
    )


def _typed(values) -> np.ndarray:
    """A column as numbers when every value is one (the layer's own type), else as text."""
    items = list(values)
    present = [v for v in items if v is not None]
    if present and all(isinstance(v, (bool, int, np.integer)) for v in present):
        if len(present) == len(items):
            return np.array(items, dtype=np.int64)
        return np.array([np.nan if v is None else float(v) for v in items], dtype=float)
    if present and all(isinstance(v, (int, float, np.number)) for v in present):
        return np.array([np.nan if v is None else float(v) for v in items], dtype=float)
    return np.array([None if v is None else str(v) for v in items], dtype=object)


def _layer_data(table: VectorTable | None, crs: str) -> ProtectedAreas:
    """A layer's attributes and geometries in ``crs`` (its GeoPackage ``fid`` left out)."""
    if table is None:
        return ProtectedAreas({}, np.array([], dtype=object))
    require_crs(table)
    columns = {
        name: _typed(values) for name, values in table.columns.items() if name.lower() != "fid"
    }
    return ProtectedAreas(columns, transform(table.geometry, table.crs, crs))


def result_from_outputs(
    settings: WorkflowSettings,
    units: VectorTable,
    ranges: VectorTable,
    tfca: VectorTable,
    countries: CountryTable,
    solver: Mapping[str, Any],
    sites: VectorTable | None = None,
    protconn: bool = True,
) -> RunResult:
    """The run as one :class:`RunResult`, rebuilt from the chain's outputs.

    ``units`` is the plan's output (``selected``, ``locked_in``, ``cost``); ``solver`` the
    plan's summary (:func:`.plan.solver_summary`). ProtConn before and after the plan is
    measured at ``settings.dispersal_km`` when ``protconn`` and sites are given.
    """
    for table in (units, ranges):
        require_crs(table)
        require_features(table)
    crs = units.crs
    if "selected" not in {c.lower() for c in units.columns}:
        raise InputError(
            tr(
                "The layer '{layer}' has no field 'selected': give the output of 'Plan the "
                "network'."
            ).format(layer=units.name)
        )
    species_field = ranges.field("species", "binomial", "sci_name")
    season_field = ranges.field("seasonal", "season")
    if species_field is None or season_field is None:
        raise InputError(
            tr(
                "The layer '{layer}' lacks the species or seasonal field: give the output of "
                "'Prepare species ranges'."
            ).format(layer=ranges.name)
        )
    geometry = np.asarray(units.geometry, dtype=object)
    plan_settings = PlanSettings(
        target_percent=settings.target_percent,
        target_rule=settings.target_rule,
        targets=dict(settings.targets),
        objective=settings.objective,
        budget=settings.budget if settings.objective != "minset" else None,
        blm=settings.blm,
        edge_factor=settings.edge_factor,
        lock_in=True,
    )
    id_field = units.field("unit_id")
    inputs = prepare_plan(
        geometry,
        units.column(id_field) if id_field else None,
        _numbers(units, "cost"),
        flag_column(units, "locked_in"),
        ranges.column(species_field),
        ranges.column(season_field),
        ranges.geometry,
        crs,
        plan_settings,
        feature_crs=ranges.crs,
        locked_out=flag_column(units, "locked_out"),
    )
    problem = inputs.problem
    selected = flag_column(units, "selected")
    solution = Solution(
        selected=selected,
        status=str(solver.get("status", "")),
        objective=float(solver.get("objective") or 0.0),
        bound=float("nan") if solver.get("bound") is None else float(solver["bound"]),
        gap=float("nan") if solver.get("gap") is None else float(solver["gap"]),
        runtime_s=float(solver.get("runtime_s") or 0.0),
        solver=str(solver.get("solver", "")),
    )
    study = study_area_of(settings, countries, geometry, crs)
    # Area of every unit in every country: a unit across a border carries both parts.
    shares = overlap_matrix(geometry, study.countries, inputs.area_km2 * 1e6)
    codes = np.array(study.codes, dtype=object)
    largest = np.asarray(shares.argmax(axis=1)).ravel() if len(codes) else np.zeros(0, int)
    has_country = np.asarray(shares.sum(axis=1)).ravel() > 0
    country = np.where(has_country, codes[largest] if len(codes) else "", "")
    protected = _numbers(units, "protected_share", 0.0)
    planning_units = PlanningUnits(
        geometry=geometry,
        area_km2=inputs.area_km2,
        cost=problem.cost,
        country=country.astype(object),
        country_shares=shares,
        country_codes=study.codes,
        protected_share=np.nan_to_num(protected),
        locked_in=np.asarray(inputs.locked_in, dtype=bool),
        boundary=problem.boundary,
        crs=crs,
        unit_id=np.asarray(inputs.unit_ids),
    )
    site_data = _layer_data(sites, crs)
    data = SimulatedData(
        ranges=_layer_data(ranges, crs),
        protected_areas=site_data,
        axis_start=(0.0, 0.0),
        axis_end=(0.0, 0.0),
    )
    candidates = candidates_from_table(tfca, crs)
    protconn_values = None
    if protconn and sites is not None and len(site_data) and settings.dispersal_km > 0:
        chosen = selected | planning_units.locked_in
        network = shapely.get_parts(shapely.union_all(geometry[chosen]))
        protconn_values = protconn_before_after(
            study, site_data.geometry, network, countries, settings.dispersal_km
        )
    return RunResult(
        neighbours=neighbours_of(study, countries),
        scenario=settings.with_changes(countries=study.codes),
        study_area=study,
        data=data,
        features=inputs.features,
        units=planning_units,
        amounts=problem.amounts,
        targets=problem.targets,
        problem=problem,
        solution=solution,
        coverage=target_coverage(problem, selected),
        tfca=candidates,
        timings={},
        warnings=list(inputs.warnings),
        protconn=protconn_values,
    )
