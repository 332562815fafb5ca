"""Boundary data: the shared and exposed edge lengths of planning units (Marxan's ``bound.dat``).

Read by the boundary penalty (:class:`~.penalties.BoundaryPenalty`), the cross-border bonus
and the neighbour constraint; it knows nothing of the problem, so it imports nothing of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from ..errors import InputError
from ..i18n import name_items, tr


@dataclass(frozen=True, eq=False)
class Boundary:
    """Shared and exposed edge lengths of the planning units (Marxan's ``bound.dat``).

    ``i < j`` index each adjacent pair once with its shared ``length``; ``exposed[i]`` is the
    part of unit i's outline shared with no unit (coast, study-area edge). Build it with
    :meth:`from_pairs`, which normalises raw tables.
    """

    i: np.ndarray
    j: np.ndarray
    length: np.ndarray
    exposed: np.ndarray

    @property
    def n_units(self) -> int:
        return int(self.exposed.size)

    @classmethod
    def from_pairs(
        cls,
        n: int,
        i: Sequence[int] | np.ndarray,
        j: Sequence[int] | np.ndarray,
        length: Sequence[float] | np.ndarray,
        exposed: Sequence[float] | np.ndarray | None = None,
    ) -> Boundary:
        """Normalise a raw edge table the way Marxan reads ``bound.dat``.

        - pairs are unordered: (i, j) and (j, i) are the same edge;
        - a pair listed more than once counts once, with the largest length given (the order
          of the rows then does not matter);
        - a row with ``i == j`` is unit i's exposed edge and is added to ``exposed``;
        - pairs of length 0 are dropped, as they cannot change any boundary.
        """
        n = int(n)
        ii = np.asarray(i, dtype=np.int64).ravel()
        jj = np.asarray(j, dtype=np.int64).ravel()
        ll = np.asarray(length, dtype=float).ravel()
        if not (ii.size == jj.size == ll.size):
            raise InputError(
                tr(
                    "The boundary table has {i} first ids, {j} second ids and {length} lengths; "
                    "every row needs all three."
                ).format(i=ii.size, j=jj.size, length=ll.size)
            )
        out_of_range = np.flatnonzero((ii < 0) | (ii >= n) | (jj < 0) | (jj >= n))
        if out_of_range.size:
            raise InputError(
                tr(
                    "Boundary rows {rows} refer to planning units outside 0..{last}: "
                    "check that the boundary table matches the planning units."
                ).format(rows=name_items(out_of_range.tolist()), last=n - 1)
            )
        bad_length = np.flatnonzero(~np.isfinite(ll) | (ll < 0))
        if bad_length.size:
            raise InputError(
                tr(
                    "Boundary rows {rows} have a missing or negative length: "
                    "every shared edge length must be zero or more."
                ).format(rows=name_items(bad_length.tolist()))
            )
        if exposed is None:
            outer = np.zeros(n)
        else:
            outer = np.array(exposed, dtype=float).ravel()
            if outer.size != n:
                raise InputError(
                    tr(
                        "There are {count} exposed edge lengths for {n} planning units; "
                        "give one per unit."
                    ).format(count=outer.size, n=n)
                )
            bad_outer = np.flatnonzero(~np.isfinite(outer) | (outer < 0))
            if bad_outer.size:
                raise InputError(
                    tr(
                        "Planning units {units} have a missing or negative exposed edge: "
                        "exposed edge lengths must be zero or more."
                    ).format(units=name_items(bad_outer.tolist()))
                )

        lo = np.minimum(ii, jj)
        hi = np.maximum(ii, jj)
        key = lo * max(n, 1) + hi
        # Sort by pair, longest first, and keep the first row of each pair.
        order = np.lexsort((-ll, key))
        _, first = np.unique(key[order], return_index=True)
        keep = order[first]
        lo, hi, ll = lo[keep], hi[keep], ll[keep]

        own = lo == hi
        outer = outer + np.bincount(lo[own], weights=ll[own], minlength=n)
        shared = ~own & (ll > 0)
        return cls(
            i=lo[shared].astype(np.intp),
            j=hi[shared].astype(np.intp),
            length=ll[shared],
            exposed=outer,
        )

    def shared_total(self) -> np.ndarray:
        """s_i = sum_k b_ik: each unit's outline shared with other units."""
        n = self.n_units
        return np.bincount(self.i, weights=self.length, minlength=n) + np.bincount(
            self.j, weights=self.length, minlength=n
        )

    def adjacency(self) -> sp.csr_matrix:
        """Symmetric n x n matrix of shared lengths b_ik (zero diagonal)."""
        n = self.n_units
        rows = np.concatenate([self.i, self.j])
        cols = np.concatenate([self.j, self.i])
        data = np.concatenate([self.length, self.length])
        return sp.coo_matrix((data, (rows, cols)), shape=(n, n)).tocsr()

    def boundary_of(self, selected: np.ndarray, edge_factor: float = 1.0) -> float | np.ndarray:
        """Marxan's boundary length of a selection.

        boundary(x) = sum_i E e_i x_i + sum_{i<k} b_ik [x_i != x_k]: exposed edges of selected
        units (scaled by the edge factor E) plus every shared edge with exactly one side
        selected (Ball, Possingham & Watts 2009, Marxan manual). ``selected`` may also be a
        (m, n) stack of selections, giving m lengths.
        """
        x = np.asarray(selected, dtype=bool)
        if x.shape[-1] != self.n_units:
            raise InputError(
                tr("The selection has {count} units but the boundary data has {n}.").format(
                    count=x.shape[-1], n=self.n_units
                )
            )
        cut = x[..., self.i] != x[..., self.j]
        value = cut @ self.length + edge_factor * (x @ self.exposed)
        return float(value) if x.ndim == 1 else np.asarray(value, dtype=float)
