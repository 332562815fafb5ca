"""Score any selection, ours or from elsewhere (Marxan, a user's sketch), against a problem.

Separate from the solvers on purpose, like prioritizr's ``eval_target_coverage_summary`` and
``eval_boundary_summary``: every number is recomputed from the inputs, never taken from a
solver's own report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from .errors import InputError
from .i18n import tr
from .problem import Boundary, Problem, Solution, objective_value, targets_met


@dataclass(frozen=True)
class Coverage:
    """How much of one feature a selection holds against its target.

    held_j = sum_i r_ij x_i; shortfall_j = max(0, T_j - held_j); met within
    :data:`~.problem.TARGET_TOLERANCE`.
    """

    feature: int
    name: str
    target: float
    held: float
    met: bool
    shortfall: float


def _selection(problem: Problem, selected: Solution | np.ndarray) -> np.ndarray:
    x = selected.selected if isinstance(selected, Solution) else selected
    x = np.asarray(x, dtype=bool)
    if x.shape != (problem.n_units,):
        raise InputError(
            tr("The selection has shape {shape}; give one flag per planning unit ({n}).").format(
                shape=x.shape, n=problem.n_units
            )
        )
    return x


def held_amounts(problem: Problem, selected: Solution | np.ndarray) -> np.ndarray:
    """held_j = sum_i r_ij x_i for every feature, as one sparse product."""
    x = _selection(problem, selected)
    return np.asarray(problem.amounts.T @ x.astype(float), dtype=float).ravel()


def target_coverage(problem: Problem, selected: Solution | np.ndarray) -> list[Coverage]:
    """Per-feature target, amount held, whether it is met and by how much it falls short."""
    held = held_amounts(problem, selected)
    met = targets_met(problem.targets, held)
    short = np.where(met, 0.0, np.maximum(problem.targets - held, 0.0))
    return [
        Coverage(
            feature=k,
            name=name,
            target=float(target),
            held=float(h),
            met=bool(ok),
            shortfall=float(s),
        )
        for k, (name, target, h, ok, s) in enumerate(
            zip(problem.feature_names, problem.targets, held, met, short)
        )
    ]


@dataclass(frozen=True)
class SpeciesCoverage:
    """Weakest-link coverage of one species: is *every* seasonal feature's target met?

    ``weakest`` names the feature with the smallest held/target ratio (``weakest_ratio``;
    features with a zero target count as fully covered, ratio 1 when all are).
    """

    species: str
    features: tuple[str, ...]
    n_met: int
    all_met: bool
    weakest: str
    weakest_ratio: float


def species_coverage(
    problem: Problem, selected: Solution | np.ndarray, species: Any
) -> list[SpeciesCoverage]:
    """Per species (sorted labels), whether all its features meet their targets.

    ``species`` maps each feature to its species label, as for
    :class:`~.problem.WeakestLink`. A species counts only when every season is covered:
    the weakest link decides.
    """
    labels = np.asarray(species, dtype=object).ravel()
    if labels.size != problem.n_features:
        raise InputError(
            tr(
                "There are {count} species labels for {m} features; give the species of every "
                "feature."
            ).format(count=labels.size, m=problem.n_features)
        )
    uniq, inverse = np.unique(labels.astype(str), return_inverse=True)
    held = held_amounts(problem, selected)
    targets = problem.targets
    met = targets_met(targets, held)
    ratio = np.ones_like(held)
    positive = targets > 0
    ratio[positive] = held[positive] / targets[positive]
    n_met = np.bincount(inverse, weights=met, minlength=uniq.size).astype(int)
    size = np.bincount(inverse, minlength=uniq.size)
    # Weakest feature per species: sort by (species, ratio) and take each group's first.
    order = np.lexsort((ratio, inverse))
    _, first = np.unique(inverse[order], return_index=True)
    weakest = order[first]
    names = np.asarray(problem.feature_names, dtype=object)
    members = np.split(np.argsort(inverse, kind="stable"), np.cumsum(size)[:-1])
    return [
        SpeciesCoverage(
            species=str(label),
            features=tuple(names[index].tolist()),
            n_met=int(n_met[s]),
            all_met=bool(n_met[s] == size[s]),
            weakest=str(names[weakest[s]]),
            weakest_ratio=float(ratio[weakest[s]]),
        )
        for s, (label, index) in enumerate(zip(uniq.tolist(), members))
    ]


@dataclass(frozen=True)
class CountryContribution:
    """What one country's units add to a selection.

    ``held`` is sum_{i in country, selected} r_ij per feature and ``held_share`` its fraction
    of the whole selection's held amount (0 where nothing is held).
    """

    country: str
    n_units: int
    n_selected: int
    area: float
    selected_area: float
    selected_area_share: float
    cost: float
    selected_cost: float
    held: np.ndarray
    held_share: np.ndarray


def country_contribution(
    problem: Problem,
    selected: Solution | np.ndarray,
    country_of_unit: Any,
    area: Any = None,
) -> list[CountryContribution]:
    """Selected area, cost and held amounts per country (sorted codes).

    ``area`` per unit (default: every unit counts 1, so areas are unit counts).
    """
    x = _selection(problem, selected)
    n = problem.n_units
    codes = np.asarray(country_of_unit, dtype=object).ravel()
    if codes.size != n:
        raise InputError(
            tr("There are {count} country codes for {n} planning units; give one per unit.").format(
                count=codes.size, n=n
            )
        )
    unit_area = np.ones(n) if area is None else np.asarray(area, dtype=float).ravel()
    if unit_area.size != n or not np.all(np.isfinite(unit_area)):
        raise InputError(
            tr(
                "There are {count} unit areas for {n} planning units; give one finite area each."
            ).format(count=unit_area.size, n=n)
        )
    uniq, inverse = np.unique(codes.astype(str), return_inverse=True)
    k = uniq.size
    G = sp.csr_matrix((np.ones(n), (np.arange(n), inverse)), shape=(n, k))
    xf = x.astype(float)
    count = np.bincount(inverse, minlength=k)
    chosen = np.bincount(inverse, weights=xf, minlength=k)
    total_area = np.bincount(inverse, weights=unit_area, minlength=k)
    chosen_area = np.bincount(inverse, weights=unit_area * xf, minlength=k)
    total_cost = np.bincount(inverse, weights=problem.cost, minlength=k)
    chosen_cost = np.bincount(inverse, weights=problem.cost * xf, minlength=k)
    held = np.asarray((G.T @ sp.diags(xf) @ problem.amounts).toarray(), dtype=float)
    overall = held.sum(axis=0)
    share = np.divide(held, overall, out=np.zeros_like(held), where=overall > 0)
    area_share = np.divide(
        chosen_area, total_area, out=np.zeros_like(chosen_area), where=total_area > 0
    )
    return [
        CountryContribution(
            country=str(uniq[c]),
            n_units=int(count[c]),
            n_selected=int(chosen[c]),
            area=float(total_area[c]),
            selected_area=float(chosen_area[c]),
            selected_area_share=float(area_share[c]),
            cost=float(total_cost[c]),
            selected_cost=float(chosen_cost[c]),
            held=held[c],
            held_share=share[c],
        )
        for c in range(k)
    ]


def _boundary(problem: Problem, boundary: Boundary | None) -> Boundary:
    found = boundary if boundary is not None else problem.boundary
    if found is None:
        raise InputError(
            tr("This measure needs the boundary table: give one or add it to the problem.")
        )
    if found.n_units != problem.n_units:
        raise InputError(
            tr("The boundary data covers {count} planning units but there are {n}.").format(
                count=found.n_units, n=problem.n_units
            )
        )
    return found


def boundary_length(
    problem: Problem,
    selected: Solution | np.ndarray,
    boundary: Boundary | None = None,
    edge_factor: float | None = None,
) -> float:
    """Marxan's boundary length of the selection (before the BLM; see
    :meth:`~.problem.Boundary.boundary_of`), with the problem's edge factor by default."""
    x = _selection(problem, selected)
    factor = problem.edge_factor if edge_factor is None else float(edge_factor)
    return float(_boundary(problem, boundary).boundary_of(x, factor))


@dataclass(frozen=True)
class Patches:
    """Connected groups of selected units (sharing an edge), largest first.

    ``sizes`` in units and ``areas`` (unit counts without an area) per patch; ``label`` per
    unit gives its patch index in that order, -1 for unselected units.
    """

    n_patches: int
    sizes: np.ndarray
    areas: np.ndarray
    label: np.ndarray


def patches(
    problem: Problem,
    selected: Solution | np.ndarray,
    area: Any = None,
    boundary: Boundary | None = None,
) -> Patches:
    """Number and sizes of patches: connected components of the selected units over the
    boundary adjacency (units sharing an edge of positive length)."""
    x = _selection(problem, selected)
    adjacency = _boundary(problem, boundary)
    n = problem.n_units
    unit_area = np.ones(n) if area is None else np.asarray(area, dtype=float).ravel()
    if unit_area.size != n:
        raise InputError(
            tr("There are {count} unit areas for {n} planning units; give one per unit.").format(
                count=unit_area.size, n=n
            )
        )
    chosen = np.flatnonzero(x)
    label = np.full(n, -1, dtype=np.int64)
    if chosen.size == 0:
        return Patches(0, np.zeros(0, dtype=np.int64), np.zeros(0), label)
    both = x[adjacency.i] & x[adjacency.j]
    position = np.full(n, -1, dtype=np.int64)
    position[chosen] = np.arange(chosen.size)
    graph = sp.coo_matrix(
        (
            np.ones(int(both.sum())),
            (position[adjacency.i[both]], position[adjacency.j[both]]),
        ),
        shape=(chosen.size, chosen.size),
    )
    count, component = connected_components(graph, directed=False)
    sizes = np.bincount(component, minlength=count)
    areas = np.bincount(component, weights=unit_area[chosen], minlength=count)
    order = np.lexsort((-sizes, -areas))  # largest area first, then most units
    rank = np.empty(count, dtype=np.int64)
    rank[order] = np.arange(count)
    label[chosen] = rank[component]
    return Patches(int(count), sizes[order], areas[order], label)


def summary(problem: Problem, solution: Solution | np.ndarray) -> dict[str, Any]:
    """Headline numbers of a selection: cost, boundary, objective, units, targets met.

    ``boundary`` is Marxan's boundary length (with the edge factor), before the BLM;
    ``objective`` is :func:`~.problem.objective_value` (for the minimum set, cost + BLM *
    boundary + penalties). With boundary data, ``n_patches`` and ``largest_patch`` (units)
    are added. Solver fields are added when given a Solution.
    """
    x = _selection(problem, solution)
    held = held_amounts(problem, x)
    met = targets_met(problem.targets, held)
    boundary = (
        problem.boundary.boundary_of(x, problem.edge_factor)
        if problem.boundary is not None
        else 0.0
    )
    result: dict[str, Any] = {
        "cost": float(problem.cost @ x),
        "boundary": float(boundary),
        "objective": objective_value(problem, x),
        "sense": problem.objective.sense,
        "n_selected": int(x.sum()),
        "n_units": problem.n_units,
        "n_features": problem.n_features,
        "n_targets_met": int(met.sum()),
    }
    if problem.boundary is not None:
        found = patches(problem, x)
        result["n_patches"] = found.n_patches
        result["largest_patch"] = int(found.sizes[0]) if found.n_patches else 0
    if isinstance(solution, Solution):
        result.update(
            status=solution.status,
            bound=solution.bound,
            gap=solution.gap,
            runtime_s=solution.runtime_s,
            solver=solution.solver,
        )
    return result
