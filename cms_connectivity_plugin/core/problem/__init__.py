"""The planning problem and the mixed-integer programme that solves it.

A :class:`Problem` describes what to protect (costs, feature amounts, targets, locks, boundary
penalty) and carries an *objective*, *constraints* and *penalties*; :func:`build_milp` turns it
into matrices for any MILP solver. The programme is assembled by composition, in the spirit of
prioritizr's ``problem() %>% add_min_set_objective() %>% add_absolute_targets() %>%
add_boundary_penalties()``: each objective, constraint and penalty is a small object (or
``add_*`` function) that adds its own columns, rows and objective terms to a
:class:`MilpBuilder` and documents its own maths. The modules, each importing only those
above it:

- :mod:`.inputs`: coefficient limit, target tolerance, readers of per-unit values;
- :mod:`.boundary`: :class:`Boundary`, the shared and exposed edge lengths;
- :mod:`.milp`: :class:`MilpModel`, :class:`MilpBuilder`, :func:`build_milp` and the
  pair-product linearisations;
- :mod:`.objectives`: :class:`MinSet`, :class:`MaxCoverage`, :class:`MinShortfall`,
  :class:`WeakestLink` and the targets;
- :mod:`.constraints`: locks, per-country budgets and shares, stepping stones, neighbours;
- :mod:`.penalties`: :class:`BoundaryPenalty` (the BLM), :class:`ConnectivityPenalty`,
  :class:`CrossBorderBonus`;
- :mod:`.model`: :class:`Problem` and its checks, reachability of the targets
  (:func:`check_reachable`) and the value of any selection (:func:`objective_value`,
  :func:`is_feasible`);
- :mod:`.solution`: :class:`Solution` and the checks every solver shares.

Notation: units i = 0..n-1 with decision x_i in {0, 1}, cost c_i; features j with amount r_ij
and absolute target T_j, held_j = sum_i r_ij x_i; shared boundary b_ik between units i and k,
exposed (outer) edge e_i, shared total s_i = sum_k b_ik, boundary length modifier BLM and edge
factor E.

Every programme is a *minimisation*. Maximisation objectives (:class:`MaxCoverage`,
:class:`WeakestLink`) minimise the negated utility; :func:`objective_value` and
:attr:`Solution.objective` always report the objective in its own sense (utility for them), so
a solver optimum is the max (or min) of :func:`objective_value` over feasible selections.

The protocol for constraints and penalties is duck-typed: any object with
``add_to(builder, problem, x0) -> None`` (x0 is the first unit column, 0) and optionally
``check(problem) -> None`` (raise :class:`InputError`), ``satisfied(problem, X) -> bool array``
and, for penalties, ``evaluate(problem, X) -> float array`` (in cost units, positive =
worse). Objects without ``satisfied``/``evaluate`` are evaluated through their own model rows
and fills. The boundary penalty follows it too: :meth:`Problem.boundary_penalty` makes it from
the problem's ``blm``, ``edge_factor``, ``boundary_formulation`` and ``boundary`` fields.
"""

from __future__ import annotations

from .boundary import Boundary
from .constraints import (
    CountryBudget,
    CountryMinShare,
    LockedIn,
    LockedOut,
    NeighbourConstraint,
    SteppingStones,
    migration_bands,
)
from .inputs import MAX_COEFFICIENT, TARGET_TOLERANCE, targets_met
from .milp import Fill, MilpBuilder, MilpModel, add_unit_decisions, build_milp
from .model import (
    InfeasibleError,
    Problem,
    Shortfall,
    check_reachable,
    infeasible_features,
    is_feasible,
    min_shortfall_alternative,
    objective_value,
    penalty_values,
)
from .objectives import (
    BUDGET_MEASURES,
    MaxCoverage,
    MinSet,
    MinShortfall,
    Objective,
    WeakestLink,
    add_absolute_targets,
    add_min_set_objective,
)
from .penalties import (
    BOUNDARY_FORMULATIONS,
    FORMULATIONS,
    BoundaryPenalty,
    ConnectivityPenalty,
    CrossBorderBonus,
    add_boundary_knapsack,
    add_boundary_simple,
)
from .solution import (
    ModelInfeasibleError,
    Solution,
    check_options,
    make_solution,
    no_solution_message,
    prepare,
    relative_gap,
)

__all__ = [
    "BOUNDARY_FORMULATIONS",
    "BUDGET_MEASURES",
    "FORMULATIONS",
    "MAX_COEFFICIENT",
    "TARGET_TOLERANCE",
    "Boundary",
    "BoundaryPenalty",
    "ConnectivityPenalty",
    "CountryBudget",
    "CountryMinShare",
    "CrossBorderBonus",
    "Fill",
    "InfeasibleError",
    "LockedIn",
    "LockedOut",
    "MaxCoverage",
    "MilpBuilder",
    "MilpModel",
    "MinSet",
    "MinShortfall",
    "ModelInfeasibleError",
    "NeighbourConstraint",
    "Objective",
    "Problem",
    "Shortfall",
    "Solution",
    "SteppingStones",
    "WeakestLink",
    "add_absolute_targets",
    "add_boundary_knapsack",
    "add_boundary_simple",
    "add_min_set_objective",
    "add_unit_decisions",
    "build_milp",
    "check_options",
    "check_reachable",
    "infeasible_features",
    "is_feasible",
    "make_solution",
    "migration_bands",
    "min_shortfall_alternative",
    "no_solution_message",
    "objective_value",
    "penalty_values",
    "prepare",
    "relative_gap",
    "targets_met",
]
