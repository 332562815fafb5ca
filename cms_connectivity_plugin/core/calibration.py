"""Calibrating the boundary length modifier (BLM): the cost-boundary trade-off and Cohon's BLM.

The BLM converts boundary length into cost units, so no value is right a priori. Marxan's
good-practice handbook (Ardron, Possingham & Klein 2010, ch. 8) recommends solving over a range
of BLMs and plotting cost against boundary length (:func:`blm_tradeoff`, :func:`plot_tradeoff`);
prioritizr's ``calibrate_cohon_penalty`` picks one value with Cohon, Church & Sheer's (1979)
bicriterion method (:func:`cohon_blm`).

On a Dask cluster (``client=``, or the choice stored by :func:`.cluster.use`) the trade-off's
solves, one per BLM, run on the workers at once (see :func:`blm_tradeoff`), and so do the
two ends of Cohon's method (two chains of two solves).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import cluster, solvers
from .atomic import atomic_path
from .errors import InputError
from .i18n import tr
from .portfolio import require_exact
from .problem import MilpBuilder, MinSet, Problem, add_boundary_knapsack, objective_value


@dataclass(frozen=True, eq=False)
class TradeoffPoint:
    """One solve of the trade-off: cost = sum_i c_i x_i, boundary = Marxan's boundary length
    (edge factor included, before the BLM), objective = the problem's objective at this BLM."""

    blm: float
    cost: float
    boundary: float
    objective: float
    selected: np.ndarray


def _require_boundary(problem: Problem) -> None:
    if problem.boundary is None:
        raise InputError(
            tr("Calibrating the BLM needs boundary data: add the boundary table to the problem.")
        )


def _cost_and_boundary(problem: Problem, selected: np.ndarray) -> tuple[float, float]:
    x = np.asarray(selected, dtype=bool)
    return float(problem.cost @ x), float(problem.boundary.boundary_of(x, problem.edge_factor))


def _point(problem: Problem, selected: np.ndarray) -> TradeoffPoint:
    """The trade-off point of a selection under ``problem`` (whose BLM is the point's)."""
    x = np.asarray(selected, dtype=bool)
    cost, boundary = _cost_and_boundary(problem, x)
    return TradeoffPoint(
        blm=problem.blm,
        cost=cost,
        boundary=boundary,
        objective=objective_value(problem, x),
        selected=x,
    )


def blm_tradeoff(
    problem: Problem,
    blms: Sequence[float],
    *,
    client: Any = None,
    task_progress: cluster.TaskProgress | None = None,
    **solve_kw: Any,
) -> list[TradeoffPoint]:
    """Solve ``problem`` at each BLM (in the order given): the cost against boundary curve.

    Each solve is warm-started from the previous selection, which meets the same targets.
    ``solve_kw`` go to :func:`~.solvers.solve`.

    With a Dask ``client`` (default: the choice stored by :func:`.cluster.use`) and more than
    one BLM, the solves are independent tasks on the workers, each warm-started from
    ``warm_start`` (when given) instead of the previous point: the points are the same optima
    (up to ``mip_gap``; among equally good selections another may be returned).
    ``task_progress(done, total)`` hears of each finished solve and ``should_cancel`` (a
    solver option) cancels the outstanding ones.
    """
    _require_boundary(problem)
    values = np.asarray(blms, dtype=float).ravel()
    if values.size == 0:
        raise InputError(tr("Give at least one BLM for the trade-off curve."))
    bad = values[~np.isfinite(values) | (values < 0)]
    if bad.size:
        raise InputError(
            tr(
                "The BLM {value} is not valid: every BLM must be a finite number of 0 or more."
            ).format(value=bad[0])
        )
    start = solve_kw.pop("warm_start", None)
    client = cluster.resolve(client) if values.size > 1 else None
    if client is not None:
        shared = client.scatter(problem, hash=False)
        results = cluster.map_tasks(
            client,
            _tradeoff_task,
            [(shared, float(blm), start, cluster.remote_options(solve_kw)) for blm in values],
            what=tr("solving the BLM trade-off"),
            should_cancel=solve_kw.get("should_cancel"),
            task_progress=task_progress,
        )
        for result in results:
            if isinstance(result, cluster.Failed):
                raise result.error()
        return results
    points = []
    for blm in values:
        variant = dataclasses.replace(problem, blm=float(blm))
        solution = solvers.solve(variant, warm_start=start, **solve_kw)
        start = solution.selected
        points.append(_point(variant, solution.selected))
    return points


def _tradeoff_task(
    problem: Problem, blm: float, start: np.ndarray | None, options: dict[str, Any]
) -> Any:
    """On a worker: the trade-off point at ``blm`` (a :class:`~.cluster.Failed` on an error)."""
    variant = dataclasses.replace(problem, blm=blm)
    solution = cluster.solve_remote(variant, {**options, "warm_start": start})
    if isinstance(solution, cluster.Failed):
        return solution
    return _point(variant, solution.selected)


# --------------------------------------------------------------------------------------------
# Cohon's method
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class CostCap:
    """sum_i c_i x_i <= limit: one row on the unit decisions.

    ``cost`` is given explicitly rather than read from the problem, because Cohon's
    boundary-only solves zero the problem's costs while capping the true ones.
    """

    cost: np.ndarray
    limit: float

    def _cost(self, problem: Problem) -> np.ndarray:
        cost = np.asarray(self.cost, dtype=float).ravel()
        if cost.size != problem.n_units:
            raise InputError(
                tr("The cost cap has {count} costs for {n} planning units.").format(
                    count=cost.size, n=problem.n_units
                )
            )
        return cost

    def check(self, problem: Problem) -> None:
        self._cost(problem)

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int = 0) -> None:
        n = problem.n_units
        builder.add_rows(
            np.zeros(n, dtype=np.int64),
            x0 + np.arange(n),
            self._cost(problem),
            -np.inf,
            self.limit,
            1,
        )

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        used = np.asarray(X, dtype=float) @ self._cost(problem)
        return used <= self.limit + _slack(self.limit)


@dataclass(frozen=True, eq=False)
class BoundaryCap:
    """boundary(x) <= limit, with the knapsack linearisation's own columns.

    Adds the rows and continuous b_i of :func:`~.problem.add_boundary_knapsack` with no
    objective weight, plus one row sum_i E e_i x_i + sum_i s_i b_i <= limit. For a fixed x the
    rows force s_i b_i >= the edge unit i shares with unselected units, so some b satisfies
    the cap exactly when Marxan's boundary length of x is at most ``limit``.
    """

    limit: float

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int = 0) -> None:
        boundary = problem.boundary
        n = problem.n_units
        b0 = builder.n_cols
        add_boundary_knapsack(builder, dataclasses.replace(problem, blm=0.0), x0)
        shared = boundary.shared_total()
        linked = shared[shared > 0]
        cols = np.concatenate([x0 + np.arange(n), b0 + np.arange(linked.size)])
        vals = np.concatenate([problem.edge_factor * boundary.exposed, linked])
        builder.add_rows(np.zeros(cols.size, dtype=np.int64), cols, vals, -np.inf, self.limit, 1)

    def check(self, problem: Problem) -> None:
        _require_boundary(problem)

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        lengths = problem.boundary.boundary_of(np.asarray(X, dtype=bool), problem.edge_factor)
        return np.atleast_1d(lengths) <= self.limit + _slack(self.limit)


@dataclass(frozen=True, eq=False)
class CohonResult:
    """Cohon's BLM and the two ends of the cost-boundary trade-off it balances.

    ``min_cost`` is the cheapest selection (and the shortest boundary among the cheapest):
    cost a, boundary b. ``min_boundary`` is the shortest-boundary selection (and the cheapest
    among those): boundary c, cost d (its ``blm`` is inf: boundary alone counted, and so is its
    ``objective``). ``blm`` = (d - a) / (b - c). ``degenerate`` is True when
    one selection is best for both, so no trade-off exists and ``blm`` is 0; ``note`` then says
    so in one translated line.
    """

    blm: float
    min_cost: TradeoffPoint
    min_boundary: TradeoffPoint
    degenerate: bool
    note: str = ""


def _slack(value: float) -> float:
    """Room for solver feasibility tolerances when capping at a value just found."""
    return 1e-7 * max(1.0, abs(value))


def cohon_blm(
    problem: Problem,
    *,
    stage: Callable[[int, str], None] | None = None,
    client: Any = None,
    **solve_kw: Any,
) -> CohonResult:
    """The BLM at which cost and boundary length weigh equally (Cohon et al. 1979).

    Cohon, Church & Sheer's bicriterion method, as prioritizr's ``calibrate_cohon_penalty``
    states it (Ardron et al. 2010 and Fischer & Church 2005 brought it to reserve design).
    Four exact, lexicographic solves (prioritizr's ``approx = FALSE`` route):

    1. a = min sum_i c_i x_i subject to the problem's targets and constraints (BLM 0);
    2. b = min boundary(x) subject to those and sum_i c_i x_i <= a (:class:`CostCap`);
    3. c = min boundary(x) (all costs set to 0, BLM 1);
    4. d = min sum_i c_i x_i subject to boundary(x) <= c (:class:`BoundaryCap`).

    (a, b) and (d, c) are the two ends of the Pareto front of cost against boundary, and
    BLM* = (d - a) / (b - c) is minus the slope of the line through them: minimising
    cost + BLM* boundary weighs both ends equally, and what it finds is the front's point
    farthest below that line, the first step of Cohon's non-inferior set estimation. Caps use
    the values found plus a 1e-7 relative slack for solver tolerances, instead of tiny
    tie-breaking weights, whose effect a solver's optimality gap would swamp.

    Degenerate case: when b = c (or d = a) within that slack, the cheapest selection also has
    the shortest boundary, every BLM gives the same trade-off point, and the result has
    ``blm = 0``, ``degenerate = True`` and a ``note``. The problem's own BLM is ignored, and
    so are its other penalties (connectivity...): like prioritizr, which calibrates one
    penalty at a time, this weighs cost against boundary alone. Minimum-set objective only.
    ``solve_kw`` go to every :func:`~.solvers.solve`; the estimate is only as good as the
    gap (prioritizr recommends a small one), so the default ``mip_gap`` here is 0.
    ``stage(k, text)`` is told before each of the four solves (k = 0..3), so a progress bar
    moves and says which end of the curve is being found.

    With a Dask ``client`` (default: the choice stored by :func:`.cluster.use`) the two ends,
    solves 1-2 and solves 3-4, run at once as two tasks: the same solves, so the same BLM.
    """
    say = stage or (lambda k, text: None)
    _require_boundary(problem)
    if not isinstance(problem.objective, MinSet):
        raise InputError(
            tr(
                "Cohon's BLM weighs cost against boundary, so it needs the minimum-set "
                "objective, not {objective}; draw the trade-off curve instead."
            ).format(objective=type(problem.objective).__name__)
        )
    require_exact(solve_kw, tr("Cohon's BLM"))
    options = {"mip_gap": 0.0, **solve_kw}
    options.pop("warm_start", None)
    problem = dataclasses.replace(problem, penalties=())

    client = cluster.resolve(client)
    if client is not None:
        # The two ends are independent chains of two solves: one task each.
        say(0, tr("Solves 1 to 4 on the Dask cluster: both ends of the curve at once"))
        shared = client.scatter(problem, hash=False)
        ends = cluster.map_tasks(
            client,
            _cohon_end_task,
            [(shared, end, cluster.remote_options(options)) for end in ("cost", "boundary")],
            what=tr("finding Cohon's BLM"),
            should_cancel=options.get("should_cancel"),
            task_progress=lambda done, total: say(2 * done, tr("Solves on the Dask cluster")),
        )
        for end in ends:
            if isinstance(end, cluster.Failed):
                raise end.error()
        first, second = ends
    else:
        first = _cohon_end(problem, "cost", options, say)
        second = _cohon_end(problem, "boundary", options, say)
    a, b = _cost_and_boundary(problem, first)
    d, c = _cost_and_boundary(problem, second)

    min_cost = TradeoffPoint(0.0, a, b, a, first)
    min_boundary = TradeoffPoint(float("inf"), d, c, float("inf"), second)
    if b - c <= _slack(b) or d - a <= _slack(d):
        note = tr(
            "The cheapest selection already has the shortest boundary ({boundary:.6g}), so "
            "cost and boundary do not conflict: every BLM gives the same result; BLM 0 is "
            "returned."
        ).format(boundary=c)
        return CohonResult(0.0, min_cost, min_boundary, degenerate=True, note=note)
    return CohonResult((d - a) / (b - c), min_cost, min_boundary, degenerate=False)


def _cohon_end(
    problem: Problem, end: str, options: dict[str, Any], say: Callable[[int, str], None]
) -> np.ndarray:
    """One end of the front: ``"cost"`` (solves 1 and 2: the shortest boundary among the
    cheapest selections) or ``"boundary"`` (solves 3 and 4: the cheapest among the most
    compact ones)."""
    cost_only = dataclasses.replace(problem, blm=0.0)
    boundary_only = dataclasses.replace(problem, cost=np.zeros(problem.n_units), blm=1.0)
    if end == "cost":
        say(0, tr("Solve 1 of 4: the cheapest network"))
        cheapest = solvers.solve(cost_only, **options).selected
        a, _ = _cost_and_boundary(problem, cheapest)
        capped = dataclasses.replace(
            boundary_only,
            constraints=problem.constraints + (CostCap(problem.cost, a + _slack(a)),),
        )
        say(1, tr("Solve 2 of 4: the shortest edge at that cost"))
        return solvers.solve(capped, warm_start=cheapest, **options).selected
    say(2, tr("Solve 3 of 4: the most compact network"))
    shortest = solvers.solve(boundary_only, **options).selected
    _, c = _cost_and_boundary(problem, shortest)
    capped = dataclasses.replace(
        cost_only, constraints=problem.constraints + (BoundaryCap(c + _slack(c)),)
    )
    say(3, tr("Solve 4 of 4: the cheapest of the most compact networks"))
    return solvers.solve(capped, warm_start=shortest, **options).selected


def _cohon_end_task(problem: Problem, end: str, options: dict[str, Any]) -> Any:
    """On a worker: :func:`_cohon_end` (a :class:`~.cluster.Failed` on an input error)."""
    from .portfolio import _is_infeasible

    try:
        return _cohon_end(problem, end, options, lambda k, text: None)
    except InputError as error:
        return cluster.Failed(str(error), _is_infeasible(error))


# --------------------------------------------------------------------------------------------
# Plot
# --------------------------------------------------------------------------------------------


def plot_tradeoff(
    points: Sequence[TradeoffPoint],
    path: str | os.PathLike,
    *,
    chosen_blm: float | None = None,
    title: str | None = None,
) -> Path:
    """Write a PNG of cost (y) against boundary length (x), each point labelled with its BLM.

    BLMs that gave the same selection share one label. ``chosen_blm`` (e.g. Cohon's) is
    highlighted when it is one of the points, else named in the legend. matplotlib is
    imported here, with the Agg canvas and no pyplot, so nothing touches QGIS's own Qt
    backend; the file is written to a temporary name in the same folder and moved into place,
    so a reader never sees half a PNG.
    """
    if not points:
        raise InputError(tr("There are no trade-off points to plot: solve at least one BLM."))
    target = Path(path)
    if not target.parent.is_dir():
        raise InputError(
            tr(
                "The folder {folder} does not exist: choose an existing folder for the plot."
            ).format(folder=target.parent)
        )
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    boundary = np.array([p.boundary for p in points], dtype=float)
    cost = np.array([p.cost for p in points], dtype=float)
    blm = np.array([p.blm for p in points], dtype=float)
    order = np.argsort(boundary, kind="stable")

    figure = Figure(figsize=(7.5, 5.0), dpi=120, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.plot(boundary[order], cost[order], "-o", color="#2b6a99", markersize=6, zorder=2)

    # One label per distinct (boundary, cost): BLMs that gave the same trade-off point. Labels
    # point away from the nearer side so they stay inside the figure.
    keys = np.round(np.column_stack([boundary, cost]), 9)
    _, group = np.unique(keys, axis=0, return_inverse=True)
    group = np.asarray(group).ravel()
    middle = (boundary.min() + boundary.max()) / 2.0
    for g in np.unique(group):
        members = np.flatnonzero(group == g)
        values = np.sort(blm[members])
        if values.size <= 3:
            label = tr("BLM {values}").format(values=", ".join(f"{v:g}" for v in values))
        else:
            label = tr("BLM {low:g} to {high:g} ({count} values)").format(
                low=values[0], high=values[-1], count=values.size
            )
        first = members[0]
        right = boundary[first] <= middle or boundary.min() == boundary.max()
        axes.annotate(
            label,
            (boundary[first], cost[first]),
            textcoords="offset points",
            xytext=(7, 7) if right else (-7, 7),
            ha="left" if right else "right",
            fontsize=8,
            color="#333333",
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
            zorder=4,
        )

    if chosen_blm is not None:
        hit = np.flatnonzero(np.isclose(blm, float(chosen_blm), rtol=1e-9, atol=0.0))
        legend = tr("chosen BLM {value:g}").format(value=float(chosen_blm))
        if hit.size:
            axes.plot(
                boundary[hit[:1]],
                cost[hit[:1]],
                "o",
                markersize=13,
                markerfacecolor="none",
                markeredgecolor="#c0392b",
                markeredgewidth=2,
                label=legend,
                zorder=3,
            )
        else:
            axes.plot([], [], " ", label=legend)
        axes.legend(loc="best", fontsize=9)

    axes.set_xlabel(tr("Boundary length"))
    axes.set_ylabel(tr("Cost"))
    axes.set_title(title if title is not None else tr("Cost against boundary length by BLM"))
    axes.grid(True, alpha=0.3)
    axes.margins(0.12)

    with atomic_path(target) as temporary:
        figure.savefig(temporary, format="png")
    return target
