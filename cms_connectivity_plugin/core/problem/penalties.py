"""Penalties: the boundary length penalty, connectivity and the cross-border bonus.

Each writes its terms in cost units of a minimisation (``add_to``; the builder scales them
for the objective) and evaluates any selection the same way (``evaluate``, positive =
worse).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import InputError
from ..i18n import name_items, tr
from .boundary import Boundary
from .inputs import MAX_COEFFICIENT, _codes
from .milp import MilpBuilder, _add_one_sided, _add_pair_products

if TYPE_CHECKING:
    from .model import Problem


#: Boundary penalty linearisations accepted by :attr:`BoundaryPenalty.formulation`
#: (the problem's ``boundary_formulation``).
FORMULATIONS: tuple[str, ...] = ("knapsack", "simple")


#: Country codes read as "no country" by the per-country pieces.
_NO_COUNTRY = ("", "None", "nan", "NaN", "<NA>")


def _knapsack(builder: MilpBuilder, boundary: Boundary, blm: float, edge: float, x0: int) -> None:
    """Boundary penalty, knapsack linearisation (prioritizr 8.1 ``add_boundary_penalties``).

    One continuous b_i in [0, 1] per unit with s_i > 0:
        minimise sum_i (c_i + BLM E e_i) x_i + BLM sum_i s_i b_i
        s.t. s_i x_i - s_i b_i - sum_k b_ik x_k <= 0.
    For selected i, s_i b_i >= s_i - sum_{k selected} b_ik, the edge shared with unselected
    neighbours, and minimisation makes it equal; for unselected i, b_i = 0. Summed over i this
    is sum_{i<k} b_ik [x_i != x_k], Marxan's shared boundary. n extra columns and rows
    instead of one per pair, which is what makes it faster on hexagon grids.
    """
    n = boundary.n_units
    builder.add_objective(x0 + np.arange(n), blm * edge * boundary.exposed)
    positive = boundary.length > 0
    pi, pj, pl = boundary.i[positive], boundary.j[positive], boundary.length[positive]
    s = boundary.shared_total()
    units = np.flatnonzero(s > 0)
    k = units.size
    if k == 0:
        return
    row_of = np.full(n, -1, dtype=np.int64)
    row_of[units] = np.arange(k)
    adjacency = boundary.adjacency()
    s_units = s[units]

    def fill(x: np.ndarray) -> np.ndarray:
        xf = x.astype(float)
        outside = s_units - adjacency[units] @ xf
        return xf[units] * outside / s_units

    b0 = builder.add_columns(blm * s_units, 0.0, 1.0, integer=False, fill=fill)
    local = np.arange(k)
    rows = np.concatenate([local, local, row_of[pi], row_of[pj]])
    cols = np.concatenate([x0 + units, b0 + local, x0 + pj, x0 + pi])
    vals = np.concatenate([s_units, -s_units, -pl, -pl])
    builder.add_rows(rows, cols, vals, -np.inf, 0.0, count=k)


def _simple(builder: MilpBuilder, boundary: Boundary, blm: float, edge: float, x0: int) -> None:
    """Boundary penalty, one variable per adjacent pair (Beyer et al. 2016, prioritizr).

    boundary(x) = sum_i (s_i + E e_i) x_i - 2 sum_{i<k} b_ik x_i x_k, and the product is
    replaced by z_ik in [0, 1]:
        minimise sum_i (c_i + BLM (s_i + E e_i)) x_i - 2 BLM sum_{i<k} b_ik z_ik
        s.t. z_ik <= x_i, z_ik <= x_k.
    z's objective coefficient is negative, so the optimum pushes z_ik up to min(x_i, x_k) and
    the lower linking row z_ik >= x_i + x_k - 1 is not needed.
    """
    n = boundary.n_units
    builder.add_objective(
        x0 + np.arange(n), blm * (boundary.shared_total() + edge * boundary.exposed)
    )
    positive = boundary.length > 0
    pi, pj, pl = boundary.i[positive], boundary.j[positive], boundary.length[positive]
    p = pl.size
    if p == 0:
        return
    z0 = builder.add_columns(
        -2.0 * blm * pl, 0.0, 1.0, integer=False, fill=lambda x: (x[pi] & x[pj]).astype(float)
    )
    local = np.arange(p)
    rows = np.concatenate([local, local, p + local, p + local])
    cols = np.concatenate([z0 + local, x0 + pi, z0 + local, x0 + pj])
    ones = np.ones(p)
    vals = np.concatenate([ones, -ones, ones, -ones])
    builder.add_rows(rows, cols, vals, -np.inf, 0.0, count=2 * p)


_LINEARISATIONS: dict[str, Callable[[MilpBuilder, Boundary, float, float, int], None]] = {
    "knapsack": _knapsack,
    "simple": _simple,
}


def add_boundary_knapsack(builder: MilpBuilder, problem: Problem, x0: int = 0) -> None:
    """The knapsack rows (see :class:`BoundaryPenalty`) of the problem's boundary, BLM and
    edge factor, added even at BLM 0: ``calibration.BoundaryCap`` reuses them."""
    _knapsack(builder, problem.boundary, problem.blm, problem.edge_factor, x0)


def add_boundary_simple(builder: MilpBuilder, problem: Problem, x0: int = 0) -> None:
    """The per-pair rows (see :class:`BoundaryPenalty`) of the problem's boundary, BLM and
    edge factor, added even at BLM 0."""
    _simple(builder, problem.boundary, problem.blm, problem.edge_factor, x0)


BOUNDARY_FORMULATIONS: dict[str, Callable[[MilpBuilder, Problem, int], None]] = {
    "knapsack": add_boundary_knapsack,
    "simple": add_boundary_simple,
}


@dataclass(frozen=True, eq=False)
class BoundaryPenalty:
    """Marxan's boundary length penalty (prioritizr ``add_boundary_penalties``):

        penalty(x) = BLM * boundary(x) = BLM * (sum_i E e_i x_i + sum_{i<k} b_ik [x_i != x_k])

    with :meth:`Boundary.boundary_of` the length, BLM ``blm`` and E ``edge_factor``, on
    ``boundary`` (default: the problem's). ``formulation`` picks the linearisation:
    "knapsack" (one b_i per unit, :func:`_knapsack`) or "simple" (one z_ik per pair,
    :func:`_simple`); both give the same optimum. :meth:`Problem.boundary_penalty` builds it
    from the problem's ``blm``, ``edge_factor``, ``boundary_formulation`` and ``boundary``
    fields, the way users set it; it adds nothing while BLM is 0 or there is no boundary.
    """

    blm: float
    edge_factor: float = 1.0
    formulation: str = "knapsack"
    boundary: Boundary | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "blm", float(self.blm))
        object.__setattr__(self, "edge_factor", float(self.edge_factor))

    def _boundary(self, problem: Problem) -> Boundary | None:
        return self.boundary if self.boundary is not None else problem.boundary

    def is_active(self, problem: Problem) -> bool:
        """Whether the penalty adds anything: a positive BLM and boundary data."""
        return self.blm > 0 and self._boundary(problem) is not None

    def check(self, problem: Problem) -> None:
        boundary = self._boundary(problem)
        if self.formulation not in FORMULATIONS:
            raise InputError(
                tr("Unknown boundary formulation '{name}': use {choices}.").format(
                    name=self.formulation, choices=" or ".join(FORMULATIONS)
                )
            )
        if not np.isfinite(self.blm) or self.blm < 0:
            raise InputError(
                tr("The boundary length modifier is {value}; it must be zero or more.").format(
                    value=self.blm
                )
            )
        if not np.isfinite(self.edge_factor) or not 0 <= self.edge_factor <= 1:
            raise InputError(
                tr("The edge factor is {value}; it must be between 0 and 1.").format(
                    value=self.edge_factor
                )
            )
        if boundary is not None and boundary.n_units != problem.n_units:
            raise InputError(
                tr(
                    "The boundary data covers {count} planning units but there are {n}: "
                    "rebuild the boundary table from the same units."
                ).format(count=boundary.n_units, n=problem.n_units)
            )
        if self.blm > 0 and boundary is not None:
            lengths = np.concatenate([boundary.length, boundary.exposed])
            longest = float(lengths.max()) if lengths.size else 0.0
            if self.blm * longest > MAX_COEFFICIENT:
                raise InputError(
                    tr(
                        "The boundary length modifier {value:g} times the longest boundary "
                        "({length:g}) is above {limit:g}: the solver cannot work with such "
                        "numbers. Use a modifier below {most:g} ('Suggest a boundary length "
                        "modifier' finds a balanced value)."
                    ).format(
                        value=self.blm,
                        length=longest,
                        limit=MAX_COEFFICIENT,
                        most=MAX_COEFFICIENT / longest,
                    )
                )
        if self.blm > 0 and boundary is None:
            raise InputError(
                tr(
                    "A boundary length modifier of {value} is set but no boundary data was "
                    "given: add the boundary table or set the modifier to 0."
                ).format(value=self.blm)
            )

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        if self.is_active(problem):
            add = _LINEARISATIONS[self.formulation]
            add(builder, self._boundary(problem), self.blm, self.edge_factor, x0)

    def evaluate(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        """BLM * boundary length of each selection in a (k, n) stack, in cost units."""
        X = np.atleast_2d(np.asarray(X, dtype=bool))
        if not self.is_active(problem):
            return np.zeros(X.shape[0])
        lengths = self._boundary(problem).boundary_of(X, self.edge_factor)
        return self.blm * np.atleast_1d(lengths)


@dataclass(frozen=True, eq=False)
class ConnectivityPenalty:
    """Connectivity between pairs of units from an edge list (Marxan Connect ``id1, id2,
    value``; here 0-based unit indices, see :meth:`from_ids` for ids).

    Symmetric (prioritizr ``add_connectivity_penalties``; Önal & Briers 2002), each unordered
    pair once:
        penalty(x) = - w * ( sum_{i<j} c_ij x_i x_j + sum_i c_ii x_i )
    so positive c_ij reward selecting both units (negative ones discourage it); linearised
    with z_ij <= x_i, z_ij <= x_j for rewards and z_ij >= x_i + x_j - 1 for costs.

    Asymmetric (Marxan's asymmetric connectivity; prioritizr
    ``add_asym_connectivity_penalties``; Beger et al. 2010), each ordered pair once:
        penalty(x) = w * sum_{i != j} D_ij x_i (1 - x_j)
    i.e. selecting i without j costs D_ij (a link from i to j left unprotected, e.g.
    tracking-derived breeding -> non-breeding links); linearised with z_ij >= x_i - x_j,
    z >= 0 (and z <= x_i, z <= 1 - x_j for negative D).

    A pair listed more than once counts once, with the value of largest magnitude (as
    :meth:`Boundary.from_pairs` does for edges). The penalty is in cost units and is added to
    minimisation objectives, subtracted (times the objective's scale) from maximisation ones.
    """

    i: Any
    j: Any
    value: Any
    symmetric: bool = True
    weight: float = 1.0

    @classmethod
    def from_ids(
        cls,
        id1: Sequence[object],
        id2: Sequence[object],
        value: Sequence[float],
        unit_ids: Sequence[object],
        **kwargs: Any,
    ) -> ConnectivityPenalty:
        """Map user unit ids (e.g. Marxan PUIDs) to indices; unknown ids are an error."""
        ids = np.asarray(unit_ids, dtype=object).astype(str)
        order = np.argsort(ids)
        sorted_ids = ids[order]
        index = []
        for column in (id1, id2):
            wanted = np.asarray(column, dtype=object).astype(str)
            pos = np.minimum(np.searchsorted(sorted_ids, wanted), max(ids.size - 1, 0))
            found = (ids.size > 0) & (sorted_ids[pos] == wanted)
            if not np.all(found):
                unknown = wanted[~found]
                raise InputError(
                    tr(
                        "The connectivity table refers to unit id(s) {ids} that are not "
                        "planning units: check that it matches the planning units."
                    ).format(ids=name_items(np.unique(unknown).tolist()))
                )
            index.append(order[pos])
        return cls(i=index[0], j=index[1], value=value, **kwargs)

    def edges(self, problem: Problem) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(pair i, pair j, pair value, per-unit value) after normalisation and checks."""
        n = problem.n_units
        ii = np.asarray(self.i, dtype=np.int64).ravel()
        jj = np.asarray(self.j, dtype=np.int64).ravel()
        vv = np.asarray(self.value, dtype=float).ravel()
        if not (ii.size == jj.size == vv.size):
            raise InputError(
                tr(
                    "The connectivity table has {i} first ids, {j} second ids and {v} values; "
                    "every row needs all three."
                ).format(i=ii.size, j=jj.size, v=vv.size)
            )
        bad = np.flatnonzero((ii < 0) | (ii >= n) | (jj < 0) | (jj >= n))
        if bad.size:
            raise InputError(
                tr(
                    "Connectivity rows {rows} refer to planning units outside 0..{last}: check "
                    "that the connectivity table matches the planning units."
                ).format(rows=name_items(bad.tolist()), last=n - 1)
            )
        bad = np.flatnonzero(~np.isfinite(vv))
        if bad.size:
            raise InputError(
                tr(
                    "Connectivity rows {rows} have a missing value: give every link a number."
                ).format(rows=name_items(bad.tolist()))
            )
        if not np.isfinite(self.weight):
            raise InputError(
                tr("The connectivity weight is {value}; give a finite number.").format(
                    value=self.weight
                )
            )
        if self.symmetric:
            lo, hi = np.minimum(ii, jj), np.maximum(ii, jj)
        else:
            lo, hi = ii, jj
        key = lo * max(n, 1) + hi
        order = np.lexsort((-np.abs(vv), key))
        _, first = np.unique(key[order], return_index=True)
        keep = order[first]
        lo, hi, vv = lo[keep], hi[keep], vv[keep]
        own = lo == hi
        diagonal = np.zeros(n)
        if self.symmetric:
            diagonal = np.bincount(lo[own], weights=vv[own], minlength=n)
        return lo[~own], hi[~own], vv[~own], diagonal

    def check(self, problem: Problem) -> None:
        self.edges(problem)

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        pi, pj, values, diagonal = self.edges(problem)
        w = float(self.weight)
        if self.symmetric:
            units = np.flatnonzero(diagonal)
            builder.add_objective(x0 + units, -w * diagonal[units])
            _add_pair_products(builder, x0, pi, pj, -w * values)
        else:
            _add_one_sided(builder, x0, pi, pj, w * values)

    def evaluate(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        """The penalty of each selection in a (k, n) stack (cost units, positive = worse)."""
        X = np.atleast_2d(np.asarray(X, dtype=bool))
        pi, pj, values, diagonal = self.edges(problem)
        w = float(self.weight)
        if self.symmetric:
            both = (X[:, pi] & X[:, pj]).astype(float)
            return -w * (both @ values + X.astype(float) @ diagonal)
        one_sided = (X[:, pi] & ~X[:, pj]).astype(float)
        return w * (one_sided @ values)


@dataclass(frozen=True, eq=False)
class CrossBorderBonus:
    """Reward for selected neighbours in different countries (new here, for transboundary
    conservation areas):

        penalty(x) = - w * sum_{i<j, country_i != country_j} b_ij x_i x_j

    with b_ij the shared edge length from ``boundary`` (default: the problem's). It is a
    symmetric :class:`ConnectivityPenalty` on the cross-border pairs (z_ij <= x_i,
    z_ij <= x_j). Units with no country code ("" or None) never count as cross-border.
    """

    country_of_unit: Any
    boundary: Boundary | None = None
    weight: float = 1.0

    def connectivity(self, problem: Problem) -> ConnectivityPenalty:
        """The equivalent symmetric connectivity penalty on cross-border pairs."""
        boundary = self.boundary if self.boundary is not None else problem.boundary
        if boundary is None:
            raise InputError(
                tr("The cross-border bonus needs the boundary table to know which units touch.")
            )
        if boundary.n_units != problem.n_units:
            raise InputError(
                tr(
                    "The cross-border boundary covers {count} planning units but there are {n}."
                ).format(count=boundary.n_units, n=problem.n_units)
            )
        codes = _codes(self.country_of_unit, problem.n_units, tr("country code"))
        known = ~np.isin(codes, _NO_COUNTRY)
        across = known[boundary.i] & known[boundary.j] & (codes[boundary.i] != codes[boundary.j])
        return ConnectivityPenalty(
            i=boundary.i[across],
            j=boundary.j[across],
            value=boundary.length[across],
            symmetric=True,
            weight=self.weight,
        )

    def check(self, problem: Problem) -> None:
        self.connectivity(problem).check(problem)

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        self.connectivity(problem).add_to(builder, problem, x0)

    def evaluate(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        """The (negative) bonus of each selection in a (k, n) stack, in cost units."""
        return self.connectivity(problem).evaluate(problem, X)
