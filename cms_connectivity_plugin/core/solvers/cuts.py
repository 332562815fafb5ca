"""Minimum s-t cuts of a unary plus boundary energy, the oracle of the Lagrangian solver.

Energy of a selection y in {0, 1}^n (n the units left free by the locks):

    E(y) = sum_i a_i y_i + sum_{pairs p} w_p [y_i(p) != y_k(p)],   w_p >= 0, a_i of any sign.

Its minimum is a minimum s-t cut (Picard & Ratliff 1975; Kolmogorov & Zabih 2004): node i on
the sink side means y_i = 1; a_i > 0 is an edge s -> i of capacity a_i, a_i < 0 an edge
i -> t of capacity -a_i plus the constant a_i; each pair is two edges of capacity w_p. So
min E = sum_i min(a_i, 0) + (the maximum flow).

:meth:`MinCut.minimise` returns a minimising y and a *lower bound* on min E that holds in
spite of floating point: the smaller of the flow value (weak duality: any feasible flow is a
lower bound on every cut) and E(y) itself (an upper bound on the minimum; it equals it in
exact arithmetic), less a margin of 1e-9 times the total capacity for rounding. Two back ends:

- PyMaxflow (Boykov & Kolmogorov 2004) when installed: double capacities, and between calls
  only the terminal capacities change, so the search trees are reused (Kohli & Torr 2005);
  the graph is rebuilt every :data:`REBUILD_EVERY` calls, or when flow and E(y) disagree;
- else SciPy's :func:`scipy.sparse.csgraph.maximum_flow` (Dinic), which takes int32
  capacities only: capacities are scaled and rounded *down*, so the integer flow is feasible
  for the true capacities too and its value, scaled back, is still a valid lower bound.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

#: Calls between two rebuilds of the PyMaxflow graph (reused search trees accumulate
#: rounding in the residual capacities).
REBUILD_EVERY = 50

#: Relative margin taken off every lower bound for floating-point rounding.
MARGIN = 1e-9

#: Largest scaled capacity given to SciPy's int32 maximum flow.
_INT_CAPACITY = 2**30


def _maxflow_module():
    try:
        import maxflow
    except Exception:  # noqa: BLE001 - a broken binary counts as missing
        return None
    return maxflow if hasattr(maxflow, "Graph") else None


def backend_name() -> str:
    """``"PyMaxflow x.y.z"`` when installed, else ``"SciPy maximum_flow"``."""
    module = _maxflow_module()
    if module is not None:
        version = getattr(module, "__version__", ())
        return "PyMaxflow " + ".".join(str(part) for part in version)
    return "SciPy maximum_flow"


class MinCut:
    """Minimiser of E for fixed pairs ``(pi, pk, w)`` and any unary ``a`` (see the module
    docstring). ``use_maxflow`` False forces the SciPy back end (tests)."""

    def __init__(
        self,
        n: int,
        pi: np.ndarray,
        pk: np.ndarray,
        w: np.ndarray,
        *,
        use_maxflow: bool | None = None,
    ) -> None:
        self.n = int(n)
        keep = w > 0
        self.pi = np.asarray(pi[keep], dtype=np.int64)
        self.pk = np.asarray(pk[keep], dtype=np.int64)
        self.w = np.asarray(w[keep], dtype=float)
        self.total_w = float(self.w.sum())
        module = _maxflow_module() if use_maxflow in (None, True) else None
        self._maxflow = module
        self._graph = None
        self._calls = 0
        self._a: np.ndarray | None = None
        self._offset = 0.0
        self._nodes = np.arange(self.n, dtype=np.int32)
        if module is None:
            self._csr_pattern()

    @property
    def backend(self) -> str:
        return backend_name() if self._maxflow is not None else "SciPy maximum_flow"

    def energy(self, a: np.ndarray, y: np.ndarray) -> float:
        """E(y) for unary ``a``."""
        cut = y[self.pi] != y[self.pk]
        return float(a @ y.astype(float) + self.w @ cut.astype(float))

    def minimise(self, a: np.ndarray) -> tuple[np.ndarray, float]:
        """(a minimiser y, a valid lower bound on min E) for unary ``a``."""
        a = np.asarray(a, dtype=float)
        if self.n == 0:
            return np.zeros(0, dtype=bool), 0.0
        if self._maxflow is not None:
            y, flow = self._bk(a)
            energy = self.energy(a, y)
            if abs(flow - energy) > self._margin(a) * 1e3:
                # Rounding piled up in the reused residual graph: start afresh.
                self._graph = None
                y, flow = self._bk(a)
                energy = self.energy(a, y)
        else:
            y, flow = self._dinic(a)
            energy = self.energy(a, y)
        return y, min(flow, energy) - self._margin(a)

    def _margin(self, a: np.ndarray) -> float:
        return MARGIN * (float(np.abs(a).sum()) + self.total_w + 1.0)

    # PyMaxflow ------------------------------------------------------------------------------

    def _bk(self, a: np.ndarray) -> tuple[np.ndarray, float]:
        mf = self._maxflow
        if self._graph is None or self._calls % REBUILD_EVERY == 0:
            graph = mf.Graph[float](self.n, self.pi.size)
            graph.add_nodes(self.n)
            graph.add_edges(self.pi.astype(np.int32), self.pk.astype(np.int32), self.w, self.w)
            graph.add_grid_tedges(self._nodes, np.maximum(a, 0.0), np.maximum(-a, 0.0))
            self._offset = float(np.minimum(a, 0.0).sum())
            flow = graph.maxflow()
            self._graph = graph
        else:
            # add_tedge adds to the residual capacities; the flow it reports keeps counting
            # from the first build, so the offset stays that build's.
            changed = np.flatnonzero(a != self._a).astype(np.int32)
            if changed.size:
                delta = a[changed] - self._a[changed]
                self._graph.add_grid_tedges(changed, delta, np.zeros(changed.size))
                self._graph.mark_grid_nodes(changed)
            flow = self._graph.maxflow(reuse_trees=True)
        self._calls += 1
        self._a = a.copy()
        y = np.asarray(self._graph.get_grid_segments(self._nodes), dtype=bool)
        return y, float(flow) + self._offset

    # SciPy -----------------------------------------------------------------------------------

    def _csr_pattern(self) -> None:
        """CSR pattern of s -> i, i -> t and the pair edges both ways (s = n, t = n + 1),
        with every reverse position present, so the residual graph is a plain subtraction."""
        n = self.n
        s, t = n, n + 1
        nodes = np.arange(n)
        rows = np.concatenate([np.full(n, s), nodes, self.pi, self.pk])
        cols = np.concatenate([nodes, np.full(n, t), self.pk, self.pi])
        pattern = sp.csr_matrix(
            (np.arange(1, rows.size + 1, dtype=float), (rows, cols)), shape=(n + 2, n + 2)
        )
        both = (pattern + pattern.T).tocsr()
        both.sort_indices()
        # Position in `both` of each forward edge (entry values identify them).
        lookup = sp.csr_matrix(
            (np.arange(both.nnz, dtype=float) + 1.0, both.indices, both.indptr), shape=both.shape
        )
        at = np.asarray(lookup[rows, cols]).ravel().astype(np.int64) - 1
        self._indptr = both.indptr.astype(np.int32)
        self._indices = both.indices.astype(np.int32)
        self._source_at = at[:n]
        self._sink_at = at[n : 2 * n]
        self._pair_at = at[2 * n :]
        self._size = both.nnz

    def _dinic(self, a: np.ndarray) -> tuple[np.ndarray, float]:
        from scipy.sparse.csgraph import breadth_first_order, maximum_flow

        n = self.n
        s = n
        largest = max(float(np.abs(a).max(initial=0.0)), float(self.w.max(initial=0.0)), 1e-300)
        scale = _INT_CAPACITY / largest
        data = np.zeros(self._size, dtype=np.int64)
        data[self._source_at] = np.floor(np.maximum(a, 0.0) * scale)
        data[self._sink_at] = np.floor(np.maximum(-a, 0.0) * scale)
        np.add.at(data, self._pair_at, np.floor(np.tile(self.w, 2) * scale).astype(np.int64))
        graph = sp.csr_matrix(
            (data.astype(np.int32), self._indices, self._indptr), shape=(n + 2, n + 2)
        )
        result = maximum_flow(graph, s, n + 1)
        flow = result.flow if hasattr(result, "flow") else result.residual
        flow = sp.csr_matrix(flow, dtype=np.int64)
        value = int(flow[s].sum())
        residual = (sp.csr_matrix(graph, dtype=np.int64) - flow).tocsr()
        residual.data = (residual.data > 0).astype(np.int8)
        residual.eliminate_zeros()
        reached = breadth_first_order(residual, s, directed=True, return_predecessors=False)
        y = np.ones(n + 2, dtype=bool)
        y[reached] = False
        return y[:n], value / scale + float(np.minimum(a, 0.0).sum())
