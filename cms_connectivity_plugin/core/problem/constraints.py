"""Constraints: locks, per-country budgets and shares, stepping stones and neighbours.

Each follows the protocol of the package docstring: ``add_to`` writes rows or bounds,
``check`` names inputs that cannot work, ``satisfied`` checks any selection.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp

from ..errors import InputError
from ..i18n import name_items, tr
from .boundary import Boundary
from .inputs import _codes, _tol, _unit_array
from .milp import MilpBuilder

if TYPE_CHECKING:
    from .model import Problem


def _mask(values: Any, n: int, what: str) -> np.ndarray:
    mask = np.asarray(values, dtype=bool).ravel()
    if mask.size != n:
        raise InputError(
            tr(
                "The {what} mask has {count} flags for {n} planning units; give one per unit."
            ).format(what=what, count=mask.size, n=n)
        )
    return mask


@dataclass(frozen=True, eq=False)
class LockedIn:
    """Units that must be selected: x_i = 1 where ``mask`` (prioritizr
    ``add_locked_in_constraints``), set as column bounds. Same effect as
    :attr:`Problem.locked_in`; both may be used together."""

    mask: Any

    def locks(self, problem: Problem) -> tuple[np.ndarray | None, np.ndarray | None]:
        return _mask(self.mask, problem.n_units, tr("locked-in")), None

    def check(self, problem: Problem) -> None:
        _mask(self.mask, problem.n_units, tr("locked-in"))

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        units = np.flatnonzero(_mask(self.mask, problem.n_units, tr("locked-in")))
        builder.tighten(x0 + units, lower=1.0)

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        return np.all(X[:, _mask(self.mask, problem.n_units, tr("locked-in"))], axis=1)


@dataclass(frozen=True, eq=False)
class LockedOut:
    """Units that may not be selected: x_i = 0 where ``mask`` (prioritizr
    ``add_locked_out_constraints``), set as column bounds. Same effect as
    :attr:`Problem.locked_out`; both may be used together."""

    mask: Any

    def locks(self, problem: Problem) -> tuple[np.ndarray | None, np.ndarray | None]:
        return None, _mask(self.mask, problem.n_units, tr("locked-out"))

    def check(self, problem: Problem) -> None:
        _mask(self.mask, problem.n_units, tr("locked-out"))

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        units = np.flatnonzero(_mask(self.mask, problem.n_units, tr("locked-out")))
        builder.tighten(x0 + units, upper=0.0)

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        return ~np.any(X[:, _mask(self.mask, problem.n_units, tr("locked-out"))], axis=1)


def _group_matrix(labels: np.ndarray, keys: Sequence[str]) -> tuple[sp.csr_matrix, list[str]]:
    """Indicator matrix G (n x len(keys)) with G[i, k] = 1 when unit i has label keys[k].

    Also returns the keys no unit carries, so callers can name them.
    """
    keys = [str(k) for k in keys]
    uniq, inverse = np.unique(labels, return_inverse=True)
    key_array = np.asarray(keys, dtype=str)
    pos = np.searchsorted(uniq, key_array)
    pos_c = np.minimum(pos, max(uniq.size - 1, 0))
    found = (uniq.size > 0) & (uniq[pos_c] == key_array) if key_array.size else np.zeros(0, bool)
    missing = [k for k, ok in zip(keys, np.atleast_1d(found)) if not ok]
    column_of_label = np.full(uniq.size, -1, dtype=np.int64)
    column_of_label[pos_c[found]] = np.flatnonzero(found)
    column = column_of_label[inverse] if uniq.size else np.zeros(0, dtype=np.int64)
    rows = np.flatnonzero(column >= 0)
    G = sp.csr_matrix((np.ones(rows.size), (rows, column[rows])), shape=(labels.size, len(keys)))
    return G, missing


def _limits(values: Mapping[Any, float], what: str) -> tuple[list[str], np.ndarray]:
    if not isinstance(values, Mapping) or not values:
        raise InputError(
            tr(
                "The {what} must be a mapping country code -> number with at least one entry."
            ).format(what=what)
        )
    keys = [str(k) for k in values]
    amounts = np.array([float(v) for v in values.values()])
    bad = np.flatnonzero(~np.isfinite(amounts) | (amounts < 0))
    if bad.size:
        raise InputError(
            tr("The {what} for '{code}' is {value}; give a number of zero or more.").format(
                what=what, code=keys[bad[0]], value=amounts[bad[0]]
            )
        )
    return keys, amounts


def _country_groups(country_of_unit: Any, keys: list[str], n: int, what: str) -> sp.csr_matrix:
    G, missing = _group_matrix(_codes(country_of_unit, n, tr("country code")), keys)
    if missing:
        raise InputError(
            tr(
                "The {what} names {codes}, which no planning unit belongs to: check the codes "
                "against the units' country field."
            ).format(what=what, codes=name_items(missing))
        )
    return G


def _group_sums(G: sp.csr_matrix, values: np.ndarray) -> np.ndarray:
    """(k, groups) sums of a (k, n) stack of per-unit values over each group of G."""
    return np.asarray((G.T @ values.T).T, dtype=float).reshape(values.shape[0], G.shape[1])


def _add_group_rows(
    builder: MilpBuilder,
    G: sp.csr_matrix,
    weight: np.ndarray,
    x0: int,
    lower: np.ndarray | float,
    upper: np.ndarray | float,
) -> None:
    """One row per group k: lower_k <= sum_{i in k} weight_i x_i <= upper_k."""
    coo = G.tocoo()
    builder.add_rows(coo.col, x0 + coo.row, weight[coo.row], lower, upper, count=G.shape[1])


@dataclass(frozen=True, eq=False)
class CountryBudget:
    """Per-country spending cap: for each country k in ``limits``,
    sum_{i in k} c_i x_i <= L_k (a zone-free version of prioritizr's
    ``add_linear_constraints`` per country; uses the problem's cost)."""

    country_of_unit: Any
    limits: Mapping[Any, float]

    def _parts(self, problem: Problem) -> tuple[list[str], np.ndarray, sp.csr_matrix]:
        keys, limits = _limits(self.limits, tr("country budget"))
        G = _country_groups(self.country_of_unit, keys, problem.n_units, tr("country budget"))
        return keys, limits, G

    def check(self, problem: Problem) -> None:
        keys, limits, G = self._parts(problem)
        locked_in, _ = problem.effective_locks()
        spent = np.asarray(G.T @ (problem.cost * locked_in), dtype=float).ravel()
        over = np.flatnonzero(spent > limits + _tol(limits))
        if over.size:
            k = over[0]
            raise InputError(
                tr(
                    "The locked-in units of '{code}' already cost {spent:.6g}, more than its "
                    "budget of {limit:.6g}: raise that budget or unlock units."
                ).format(code=keys[k], spent=spent[k], limit=limits[k])
            )

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        _, limits, G = self._parts(problem)
        _add_group_rows(builder, G, problem.cost, x0, -np.inf, limits)

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        _, limits, G = self._parts(problem)
        spent = _group_sums(G, X.astype(float) * problem.cost)
        return np.all(spent <= limits + _tol(limits), axis=1)


@dataclass(frozen=True, eq=False)
class CountryMinShare:
    """Per-country minimum share of area: for each country k in ``shares``,
    sum_i a_ik x_i >= f_k * sum_i a_ik (each country contributes at least the fraction f_k of
    its own area, e.g. 0.3 for a national share of the Kunming-Montreal GBF Target 3; new
    here, a linear constraint in prioritizr's ``add_linear_constraints`` form).

    a_ik is the area of unit i in country k: either ``area`` of the units labelled k in
    ``country_of_unit`` (each unit whole in one country), or ``country_area``, a units x
    countries matrix whose columns are ``codes`` (a unit across a border counts in each
    country with its own part, as the plugin's planning units record it).
    """

    country_of_unit: Any = None
    area: Any = None
    shares: Mapping[Any, float] = field(default_factory=dict)
    country_area: Any = None
    codes: Sequence[str] | None = None

    def _areas(self, keys: list[str], n: int) -> sp.csr_matrix:
        """The units x keys matrix of a_ik."""
        what = tr("country minimum share")
        if self.country_area is None:
            area = _unit_array(self.area, n, tr("area"))
            G = _country_groups(self.country_of_unit, keys, n, what)
            return sp.csr_matrix(sp.diags(area) @ G)
        matrix = sp.csr_matrix(self.country_area, dtype=float)
        codes = [str(code) for code in (self.codes or ())]
        if matrix.shape != (n, len(codes)):
            raise InputError(
                tr(
                    "The country areas are {rows} x {cols} but there are {n} planning units and "
                    "{count} country codes: give one row per unit and one column per code."
                ).format(rows=matrix.shape[0], cols=matrix.shape[1], n=n, count=len(codes))
            )
        if matrix.data.size and not (np.isfinite(matrix.data).all() and matrix.data.min() >= 0):
            raise InputError(tr("The country areas must be finite and zero or more."))
        missing = [key for key in keys if key not in codes]
        if missing:
            raise InputError(
                tr(
                    "The {what} names {codes}, which no planning unit belongs to: check the codes "
                    "against the units' country field."
                ).format(what=what, codes=name_items(missing))
            )
        return sp.csr_matrix(matrix[:, [codes.index(key) for key in keys]])

    def _parts(self, problem: Problem) -> tuple[list[str], np.ndarray, sp.csr_matrix]:
        keys, shares = _limits(self.shares, tr("country minimum share"))
        over = np.flatnonzero(shares > 1)
        if over.size:
            raise InputError(
                tr(
                    "The minimum share for '{code}' is {value}; give a fraction from 0 to 1."
                ).format(code=keys[over[0]], value=shares[over[0]])
            )
        A = self._areas(keys, problem.n_units)
        required = shares * np.asarray(A.sum(axis=0), dtype=float).ravel()
        return keys, required, A

    def check(self, problem: Problem) -> None:
        keys, required, A = self._parts(problem)
        _, locked_out = problem.effective_locks()
        available = np.asarray(A.T @ (~locked_out).astype(float), dtype=float).ravel()
        short = np.flatnonzero(available < required - _tol(required))
        if short.size:
            k = short[0]
            raise InputError(
                tr(
                    "'{code}' must contribute {required:.6g} of area but only {available:.6g} "
                    "is not locked out: lower its share or unlock units."
                ).format(code=keys[k], required=required[k], available=available[k])
            )

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        _, required, A = self._parts(problem)
        coo = A.tocoo()
        builder.add_rows(coo.col, x0 + coo.row, coo.data, required, np.inf, count=A.shape[1])

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        _, required, A = self._parts(problem)
        got = _group_sums(A, X.astype(float))
        return np.all(got >= required - _tol(required), axis=1)


def migration_bands(
    unit_centroids_xy: Any,
    axis_start: Sequence[float],
    axis_end: Sequence[float],
    max_hop_km: float,
    in_range_mask: Any,
    *,
    units_per_km: float = 1000.0,
) -> np.ndarray:
    """Band id per unit (-1 outside the range) along a migration axis (DESIGN §6).

    Each in-range centroid p is projected on the axis: t = (p - a) . (b - a) / |b - a|. The
    span [t_min, t_max] is cut into the fewest equal bands no wider than the maximum hop h:
    B = max(1, ceil((t_max - t_min) / h)), band = floor((t - t_min) / width) (the last edge
    belongs to the last band); bands holding no unit are dropped and the rest numbered 0, 1,
    ... from ``axis_start``. Coordinates are in a projected CRS, ``units_per_km`` map units
    per km (1000 for metres).

    One selected unit per band keeps consecutive stepping stones within 2 h of each other in
    the worst case (the two ends of neighbouring bands); pass half the hop distance when no
    gap may exceed h.
    """
    xy = np.asarray(unit_centroids_xy, dtype=float)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise InputError(
            tr("The unit centroids have shape {shape}; give one (x, y) pair per unit.").format(
                shape=xy.shape
            )
        )
    n = xy.shape[0]
    inside = _mask(in_range_mask, n, tr("passage range"))
    start = np.asarray(axis_start, dtype=float).ravel()
    end = np.asarray(axis_end, dtype=float).ravel()
    if start.size != 2 or end.size != 2 or not np.all(np.isfinite([*start, *end])):
        raise InputError(tr("The migration axis needs a start and an end point, each (x, y)."))
    direction = end - start
    length = float(np.hypot(*direction))
    if length == 0:
        raise InputError(
            tr("The migration axis starts and ends at the same point: give two distinct points.")
        )
    if not (np.isfinite(max_hop_km) and max_hop_km > 0):
        raise InputError(
            tr("The maximum hop distance is {value} km; give a positive distance.").format(
                value=max_hop_km
            )
        )
    if not np.all(np.isfinite(xy[inside])):
        raise InputError(tr("Some unit centroids in the passage range are missing."))
    bands = np.full(n, -1, dtype=np.int64)
    if not inside.any():
        return bands
    t = (xy[inside] - start) @ (direction / length)
    hop = float(max_hop_km) * float(units_per_km)
    low, span = float(t.min()), float(t.max() - t.min())
    count = max(1, int(np.ceil(span / hop - 1e-12)))
    width = span / count if span > 0 else 1.0
    raw = np.minimum(np.floor((t - low) / width).astype(np.int64), count - 1)
    _, dense = np.unique(raw, return_inverse=True)
    bands[inside] = dense
    return bands


@dataclass(frozen=True, eq=False)
class SteppingStones:
    """Representation in every band of a passage feature (DESIGN §6; new here).

    For feature k and each band b (``bands`` maps units to band ids >= 0, -1 = no band; see
    :func:`migration_bands`):
        sum_{i in b} r_ik x_i >= m_b                 (``min_amount``: a number or one per band id)
        sum_{i in b, r_ik > 0} x_i >= u              (``min_units``)
    With neither given, ``min_units=1``: at least one selected unit holding the feature in
    each band, so no stretch of the flyway wider than a band is left without a stopover.
    ``feature_index`` is an index or a feature name.
    """

    feature_index: int | str
    bands: Any
    min_amount: Any = None
    min_units: int | None = None

    def _feature(self, problem: Problem) -> int:
        if isinstance(self.feature_index, str):
            if self.feature_index not in problem.feature_names:
                raise InputError(
                    tr(
                        "Stepping stones name the feature '{name}', which the problem lacks."
                    ).format(name=self.feature_index)
                )
            return problem.feature_names.index(self.feature_index)
        k = int(self.feature_index)
        if not 0 <= k < problem.n_features:
            raise InputError(
                tr("Stepping stones refer to feature {k}; features are 0..{last}.").format(
                    k=k, last=problem.n_features - 1
                )
            )
        return k

    def _parts(self, problem: Problem) -> dict[str, Any]:
        k = self._feature(problem)
        bands = np.asarray(self.bands).ravel()
        if bands.size != problem.n_units or not np.issubdtype(bands.dtype, np.integer):
            raise InputError(
                tr(
                    "The stepping-stone bands for '{name}' need one integer band id per "
                    "planning unit (-1 outside the passage range); got {count} values."
                ).format(name=problem.feature_names[k], count=bands.size)
            )
        ids, band_of = np.unique(bands[bands >= 0], return_inverse=True)
        units = np.flatnonzero(bands >= 0)
        amount = np.asarray(problem.amounts.tocsc()[:, k].toarray(), dtype=float).ravel()
        min_units = self.min_units
        if self.min_amount is None and min_units is None:
            min_units = 1
        if self.min_amount is None:
            need_amount = None
        else:
            given = np.asarray(self.min_amount, dtype=float).ravel()
            if given.size == 1:
                need_amount = np.full(ids.size, float(given[0]))
            elif ids.size and given.size > ids.max():
                need_amount = given[ids]
            else:
                raise InputError(
                    tr(
                        "The stepping-stone minimum amounts for '{name}' need one number, or "
                        "one per band id (0..{last})."
                    ).format(name=problem.feature_names[k], last=int(ids.max()) if ids.size else 0)
                )
            if not np.all(np.isfinite(need_amount) & (need_amount >= 0)):
                raise InputError(
                    tr(
                        "The stepping-stone minimum amounts for '{name}' must be zero or more."
                    ).format(name=problem.feature_names[k])
                )
        if min_units is not None and int(min_units) < 0:
            raise InputError(
                tr("The stepping-stone minimum units for '{name}' must be zero or more.").format(
                    name=problem.feature_names[k]
                )
            )
        G = sp.csr_matrix(
            (np.ones(units.size), (units, band_of)), shape=(problem.n_units, ids.size)
        )
        return {
            "k": k,
            "ids": ids,
            "G": G,
            "amount": amount,
            "need_amount": need_amount,
            "min_units": None if min_units is None else int(min_units),
        }

    def check(self, problem: Problem) -> None:
        parts = self._parts(problem)
        _, locked_out = problem.effective_locks()
        free = (~locked_out).astype(float)
        name = problem.feature_names[parts["k"]]
        G, ids = parts["G"], parts["ids"]
        if parts["need_amount"] is not None:
            most = np.asarray(G.T @ (parts["amount"] * free), dtype=float).ravel()
            short = np.flatnonzero(most < parts["need_amount"] - _tol(parts["need_amount"]))
            if short.size:
                raise InputError(
                    tr(
                        "Stepping stones for '{name}': band(s) {bands} cannot reach the minimum "
                        "amount even with every available unit; lower it or widen the bands."
                    ).format(name=name, bands=name_items(ids[short].tolist()))
                )
        if parts["min_units"] is not None:
            holders = np.asarray(G.T @ ((parts["amount"] > 0) * free), dtype=float).ravel()
            short = np.flatnonzero(holders < parts["min_units"])
            if short.size:
                raise InputError(
                    tr(
                        "Stepping stones for '{name}': band(s) {bands} have fewer than {count} "
                        "available unit(s) holding the feature; lower the minimum or widen the "
                        "bands."
                    ).format(
                        name=name, bands=name_items(ids[short].tolist()), count=parts["min_units"]
                    )
                )

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        parts = self._parts(problem)
        G, amount = parts["G"], parts["amount"]
        if parts["need_amount"] is not None:
            _add_group_rows(builder, G, amount, x0, parts["need_amount"], np.inf)
        if parts["min_units"] is not None:
            _add_group_rows(
                builder, G, (amount > 0).astype(float), x0, float(parts["min_units"]), np.inf
            )

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        parts = self._parts(problem)
        G, amount = parts["G"], parts["amount"]
        Xf = X.astype(float)
        ok = np.ones(X.shape[0], dtype=bool)
        if parts["need_amount"] is not None:
            need = parts["need_amount"]
            ok &= np.all(_group_sums(G, Xf * amount) >= need - _tol(need), axis=1)
        if parts["min_units"] is not None:
            ok &= np.all(_group_sums(G, Xf * (amount > 0)) >= parts["min_units"], axis=1)
        return ok


@dataclass(frozen=True, eq=False)
class NeighbourConstraint:
    """Every selected unit has at least k selected neighbours (prioritizr
    ``add_neighbors_constraints``; Billionnet 2013, Beyer et al. 2016):

        sum_{j in N(i)} x_j >= k_i x_i for every unit i,

    N(i) the units sharing an edge with i in ``boundary`` (default: the problem's). With
    ``clamp`` (default, as prioritizr) k_i = min(k, |N(i)|): a unit with fewer than k
    neighbours may still be chosen if all its neighbours are, and a unit with none is free;
    without it such units can never be selected.
    """

    min_neighbours: int
    boundary: Boundary | None = None
    clamp: bool = True

    def _parts(self, problem: Problem) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        boundary = self.boundary if self.boundary is not None else problem.boundary
        if boundary is None:
            raise InputError(
                tr("Neighbour constraints need the boundary table to know which units touch.")
            )
        if boundary.n_units != problem.n_units:
            raise InputError(
                tr(
                    "The neighbour constraint's boundary covers {count} planning units but "
                    "there are {n}."
                ).format(count=boundary.n_units, n=problem.n_units)
            )
        k = int(self.min_neighbours)
        if k < 0:
            raise InputError(
                tr("The minimum number of neighbours is {k}; give 0 or more.").format(k=k)
            )
        i, j = boundary.i, boundary.j
        degree = np.bincount(np.concatenate([i, j]), minlength=problem.n_units)
        need = np.minimum(k, degree) if self.clamp else np.full(problem.n_units, k)
        return i, j, need

    def check(self, problem: Problem) -> None:
        i, j, need = self._parts(problem)
        locked_in, locked_out = problem.effective_locks()
        free = ~locked_out
        available = np.bincount(i, weights=free[j], minlength=problem.n_units) + np.bincount(
            j, weights=free[i], minlength=problem.n_units
        )
        bad = np.flatnonzero(locked_in & (available < need))
        if bad.size:
            raise InputError(
                tr(
                    "Locked-in planning unit {units} cannot have {k} selected neighbours "
                    "because too many of its neighbours are locked out: unlock them or lower "
                    "the minimum."
                ).format(units=name_items(problem.unit_labels(bad)), k=int(self.min_neighbours))
            )

    def add_to(self, builder: MilpBuilder, problem: Problem, x0: int) -> None:
        i, j, need = self._parts(problem)
        units = np.flatnonzero(need > 0)
        if units.size == 0:
            return
        row_of = np.full(problem.n_units, -1, dtype=np.int64)
        row_of[units] = np.arange(units.size)
        # k_i x_i - sum_{j in N(i)} x_j <= 0, for each direction of every edge.
        fwd = row_of[i] >= 0
        bwd = row_of[j] >= 0
        rows = np.concatenate([np.arange(units.size), row_of[i[fwd]], row_of[j[bwd]]])
        cols = np.concatenate([x0 + units, x0 + j[fwd], x0 + i[bwd]])
        vals = np.concatenate([need[units].astype(float), -np.ones(fwd.sum() + bwd.sum())])
        builder.add_rows(rows, cols, vals, -np.inf, 0.0, count=units.size)

    def satisfied(self, problem: Problem, X: np.ndarray) -> np.ndarray:
        i, j, need = self._parts(problem)
        n = problem.n_units
        A = sp.coo_matrix(
            (np.ones(2 * i.size), (np.concatenate([i, j]), np.concatenate([j, i]))), shape=(n, n)
        ).tocsr()
        selected_neighbours = np.asarray((A @ X.T.astype(float)).T)
        return np.all(~X | (selected_neighbours >= need), axis=1)
