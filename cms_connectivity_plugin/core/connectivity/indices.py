"""Connectivity indices of a site network: IIC, PC, EC, their fractions and node importance.

Notation: ``a_i >= 0`` node attributes, ``A_L`` the maximum landscape attribute (the area of
the study region when ``a_i`` are areas), ``p_ij`` the direct dispersal probability of a link
(:mod:`.graph`), all sums over ordered pairs ``(i, j)`` including ``i = j``.

**PC** (probability of connectivity; Saura & Pascual-Hortal 2007, *Landscape and Urban
Planning* 83: 91)::

    PCnum = sum_i sum_j a_i a_j p*_ij,   PC = PCnum / A_L^2,   EC(PC) = sqrt(PCnum)

``p*_ij`` is the maximum product probability over all paths from i to j (``p*_ii = 1``). It
is found as a shortest path on link weights ``-ln p_ij`` (scipy.sparse.csgraph's Dijkstra):
``p*_ij = exp(-D_ij)``. With the exponential kernel ``-ln p_ij = k d_ij``, so when no link is
pruned ``p*_ij = exp(-k D_ij)`` with ``D_ij`` the shortest-path *distance*: the best route is
the one with the least total gap between stepping stones.

**IIC** (integral index of connectivity; Pascual-Hortal & Saura 2006, *Landscape Ecology*
21: 959): binary links, ``nl_ij`` the number of links on the topologically shortest path
(0 for ``i = j``, infinite between components)::

    IICnum = sum_i sum_j a_i a_j / (1 + nl_ij),   IIC = IICnum / A_L^2,   EC(IIC) = sqrt(IICnum)

**Overall fractions** (Conefor 2.6/2.7's ``PCintra(%)``, ``PCdirect(%)``, ``PCstep(%)``,
Saura & Torné 2012 manual: the landscape-level counterpart of the intra / flux / connector
decomposition of Saura & Rubio 2010, *Ecography* 33: 523), each a percentage of PCnum:

* intra: ``sum_i a_i^2`` (connectivity inside the patches);
* direct: ``sum_{i != j} a_i a_j p_ij`` over linked pairs, the *direct* link probability
  whatever the best path is (= Conefor's AWF). We follow Conefor here: a real Conefor 2.7.3
  run published with the JRC DOPA ProtConn scripts (``results_all_overall_indices.txt`` of
  Burkina Faso 2022) prints ``PCdirect(%) = 100 AWF / PCnum`` to all six digits. Reading the
  fraction as "pairs whose best path is the direct link" would give a smaller number
  wherever stepping stones beat a direct link;
* step: the rest, ``sum_{i != j} a_i a_j (p*_ij - p_ij)``: what stepping stones add.

For IIC the same with ``1 / (1 + nl_ij)``: direct pairs are the linked ones (``nl_ij = 1``),
so both readings agree.

**Node importance** (Saura & Rubio 2010; Conefor's ``dPC``, ``dPCintra``, ``dPCflux``,
``dPCconnector``), for each node k, as percentages of PCnum::

    dPC_k          = 100 (PCnum - PCnum_without_k) / PCnum
    dPCintra_k     = 100 a_k^2 / PCnum
    dPCflux_k      = 100 * 2 sum_{i != k} a_i a_k p*_ik / PCnum
    dPCconnector_k = dPC_k - dPCintra_k - dPCflux_k

(the same with PC in place of PCnum: ``A_L`` cancels). The connector fraction is the loss
of ``p*_ij`` between *other* pairs whose best paths ran through k; it is 0 for a node no
best path crosses, and all of ``dPC`` for a stepping stone with ``a_k = 0``. ``dIIC`` and its
fractions likewise with ``1 / (1 + nl_ik)``.

Exactness and speed: ``PCnum_without_k`` needs, for every k, the best paths of the graph
without k. Only sources whose shortest-path tree passes *through* k (k has children in it)
can change, and in such a tree only k's subtree does: every other node keeps its tree path.
Method ``"rows"`` recomputes just those rows with csgraph. Method ``"subtree"`` (the
default), exact, runs the compiled search of :mod:`.dpc` when numba is installed: per
source, a Dijkstra over reduced costs inside each subtree that settles whole regions of
equal detour at once, reads only the few cheapest edges of each node and counts each pair
from the end farther from k (an order of magnitude faster than the numpy version below on
the benchmark landscapes, to rounding the same numbers: ``bench/RESULTS.md``). Without
numba, or with a tolerance, the subtree method is the numpy/scipy one: it re-runs Dijkstra
only inside those subtrees, for all affected sources at once (one sparse graph of (source,
node) pairs joined to a super-source by the best way into the subtree from outside it); a
pair (s, v) can only change when k lies on every best path, i.e. v is in k's subtree of s's
tree *and* s in k's subtree of v's tree, so each such pair is recomputed once, from the
side with the smaller subtree, and sources with no such pair are skipped. Before that,
links that no best path can need even with one node removed (two different stepping stones
each give a strictly shorter two-link path) are dropped. Method ``"naive"`` recomputes
everything for each k; it is kept for tests, and all three agree to rounding. Nodes in
different components have ``p* = 0``, so everything runs per component, and only rows of
nodes with ``a_i > 0`` are ever computed (stepping stones with ``a = 0`` appear as columns
and intermediate nodes).

**Tolerance** (``node_importance(..., tolerance=tol)``, subtree method; default 0 = exact).
The work above is the sum over sources of k's subtree sizes, about n^2 times the mean
number of hops, and most of it lies on long paths whose ``p*`` is tiny. With a tolerance
the connector parts may be off by at most ``B = tol x PCnum`` each (so each dPC by at most
``tol x 100`` percentage points; PCnum of the components done so far, which is <= PCnum).
Let ``v(D)`` be the path value (``exp(-D)`` for PC, ``1/(1+D)`` for IIC), decreasing in the
path length D, and ``Delta_sv = v_sv - v'_sv`` the loss of pair (s, v) when k goes; since
removing k only lengthens paths, ``0 <= Delta_sv <= v_sv``. Each node k gets a limit
``L = L_k``, ``t = v(L)``:

1. *Pairs beyond L are not recomputed.* Only nodes v of k's subtree with ``D_sv <= L``
   enter the recomputation (each source's tree is first cut to the largest L_k; ancestors
   of a node within a limit are within it too, so the cut tree is a rooted subtree with the
   same preorder). A pair (s, v) with ``D_sv > L`` is then never recomputed, and the
   connector loss of k misses at most
   ``F_k(L) = sum_s a_s sum_{v in k's subtree of s's full tree, D_sv > L} a_v v_sv``,
   which bounds ``sum a_s a_v Delta_sv`` over those ordered pairs (each ordered pair is
   counted once from its source; D is symmetric, so both sides of a pair are beyond L
   together and the ownership of pairs, counted once with weight 2, changes nothing).
   F_k(L) is computed exactly for every k by prefix sums along each tree's preorder. The
   common limit is the smallest L (bisection) with ``max_k F_k(L) <= FAR_SHARE x B``; each
   node then takes the smallest of a few lower steps (:data:`LIMIT_STEPS`) that keeps its
   own ``F_k(L_k) <= FAR_SHARE x B``.
2. *Recomputed pairs are exact or bounded.* Dijkstra runs on those nodes from the ways in
   of neighbours outside k's subtree *and within L* (their distance does not change). Its
   result ``d~_v`` is the length of a real path avoiding k, so ``d~ >= D'``; if
   ``D'_sv <= L`` the new best path uses only nodes with ``D' <= L``, hence old ``D <= L``
   (paths only lengthen): all of them are recomputed nodes or ways in, so ``d~ = D'``
   exactly. Conversely ``d~ > L`` implies ``D' > L``, i.e. ``v(d~) <= v' < t``: the loss
   is counted as ``v_sv - t`` (a lower bound; ``v_sv >= t`` as ``D_sv <= L``) and
   ``w a_s a_v (t - v(d~))`` is added to the bound.

So ``connector <= exact <= connector + max_error`` with ``max_error_k = F_k(L) + (sum of
step 2's terms)``, both computed, not assumed; intra and flux stay exact. A node whose
bound would exceed B (step 2's part is only known afterwards) is recomputed exactly (all
rows, as the "rows" method), so ``max_error <= B`` always holds. When the limits would
leave more than :data:`CUT_WORTH` of the subtree entries to recompute, the component is
computed exactly instead (bound 0): the cut would not pay for itself. On the benchmark
landscapes (``bench/bench_connectivity.py``, one component) F_k(L) falls about 2.5-fold
per unit of L, so the cut saves little for small tolerances: see ``bench/RESULTS.md``.

Memory: per component of m nodes, q of them with ``a > 0``, dense q x m arrays: 16 bytes
per entry for the distances and p* (overall indices: 400 MB for one component of 5,000
patches). The compiled node importance holds only one group of sources at a time (at most
1/:data:`FAST_GROUPS` of them: distances, values and predecessors, 20 bytes per entry), in
this process or in each Dask task. The numpy/scipy one adds the shortest-path trees and their
preorder layout, about 120 bytes per entry at the peak while the layout is built (3 GB for
a 5,000-patch component, measured in ``bench/bench_connectivity.py``), 44 after; the
temporary subtree graphs are built in chunks of at most :data:`SUBTREE_BUDGET` entries.
Components are processed one at a time, so a landscape of many small components needs
little memory.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components, depth_first_order, dijkstra

from .. import cluster
from ..errors import CancelledError, InputError
from ..i18n import tr
from . import dpc
from .graph import Network, build_graph  # Network is re-exported: it was defined here

METRICS = ("PC", "IIC")
METHODS = ("subtree", "rows", "naive")
#: Largest number of (source, node) entries of one temporary subtree graph.
SUBTREE_BUDGET = 4_000_000


# --------------------------------------------------------------------------- network


def network(
    attribute: Sequence[float],
    i: Sequence[int],
    j: Sequence[int],
    p: Sequence[float] | None = None,
    adjacent: Sequence[bool] | None = None,
) -> Network:
    """A :class:`Network` from any list of pairs: self-pairs dropped, ``i < j`` enforced, a
    pair listed twice keeps its highest probability and is adjacent if any listing is."""
    a = np.asarray(attribute, dtype=float)
    if not np.all(np.isfinite(a)) or (a < 0).any():
        raise InputError(tr("Node attributes must be numbers of 0 or more."))
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    prob = np.zeros(len(i)) if p is None else np.asarray(p, dtype=float)
    adj = np.zeros(len(i), dtype=bool) if adjacent is None else np.asarray(adjacent, dtype=bool)
    if len(i) and (min(i.min(), j.min()) < 0 or max(i.max(), j.max()) >= len(a)):
        raise InputError(tr("A link names a node that does not exist."))
    if ((prob < 0) | (prob > 1) | ~np.isfinite(prob)).any():
        raise InputError(tr("Link probabilities must be between 0 and 1."))
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    keep = lo != hi
    lo, hi, prob, adj = lo[keep], hi[keep], prob[keep], adj[keep]
    if len(lo):
        key = lo * len(a) + hi
        uniq, inv = np.unique(key, return_inverse=True)
        best = np.zeros(len(uniq))
        np.maximum.at(best, inv, prob)
        any_adj = np.zeros(len(uniq), dtype=bool)
        np.logical_or.at(any_adj, inv, adj)
        lo, hi, prob, adj = uniq // len(a), uniq % len(a), best, any_adj
    keep = (prob > 0) | adj
    return Network(a, lo[keep], hi[keep], prob[keep], adj[keep])


# --------------------------------------------------------------------------- metric helpers


def _check_metric(metric: str) -> str:
    if metric not in METRICS:
        raise InputError(
            tr("The connectivity index '{value}' is unknown: use PC or IIC.").format(value=metric)
        )
    return metric


def _edges(net: Network, metric: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Links of one metric and their path weights (``-ln p`` for PC, 1 for IIC)."""
    if metric == "PC":
        keep = net.p > 0
        weight = np.maximum(-np.log(net.p[keep]), 0.0)  # p = 1 -> weight 0 (an explicit edge)
    else:
        keep = net.adjacent
        weight = np.ones(int(keep.sum()))
    return net.i[keep], net.j[keep], weight


def _value(metric: str, dist: np.ndarray) -> np.ndarray:
    """Path value from path length: ``p* = exp(-D)`` (PC) or ``1 / (1 + nl)`` (IIC)."""
    if metric == "PC":
        return np.exp(-dist)
    return 1.0 / (1.0 + dist)


def _sym_csr(m: int, li: np.ndarray, lj: np.ndarray, w: np.ndarray) -> csr_matrix:
    """Symmetric CSR with both directions stored; explicit zero weights stay edges."""
    rows = np.concatenate([li, lj])
    cols = np.concatenate([lj, li])
    data = np.concatenate([w, w]).astype(float)
    return csr_matrix((data, (rows, cols)), shape=(m, m))


#: Largest component whose links are checked with dense (m x m) arrays when that is cheaper.
DENSE_PRUNE_MAX = 2500


def _prune_dominated(m: int, li, lj, w, *, rows_count: int | None = None):
    """Drop links that no best path needs, even with any one node removed.

    A link u-v is dropped when two different nodes x give a *strictly* shorter two-link
    path ``w_ux + w_xv < w_uv``. Removing one node k (not u or v) leaves one of them, and
    by induction on link length the links of that path are themselves kept or replaced by
    still shorter paths avoiding k; so all distances with or without any single node are
    unchanged. With edge-to-edge distances between polygons, stepping through a patch saves
    its width, and most long links of a dense landscape are dominated this way (unit IIC
    weights never are). Cost ``sum_u degree(u)^2``, with dense arrays when the graph is
    nearly complete. ``rows_count`` (overall indices only): skip the check when it would
    cost more than the shortest-path runs from that many sources would save.
    """
    n_links = len(li)
    if n_links < 3 or n_links <= m:
        return li, lj, w
    deg = np.bincount(li, minlength=m) + np.bincount(lj, minlength=m)
    sparse_cost = float(np.sum(deg.astype(float) ** 2))
    dense = m <= DENSE_PRUNE_MAX and m**3 / 20.0 < sparse_cost
    cost = m**3 / 20.0 if dense else sparse_cost
    if rows_count is not None and cost > 0.25 * rows_count * 2 * n_links:
        return li, lj, w
    if dense:
        return _prune_dense(m, li, lj, w)
    if sparse_cost > 50 * SUBTREE_BUDGET:
        return li, lj, w  # too dense to check cheaply; nothing is dropped
    rows = np.concatenate([li, lj])
    cols = np.concatenate([lj, li])
    wts = np.concatenate([w, w])
    order = np.lexsort((cols, rows))
    rows, cols, wts = rows[order], cols[order], wts[order]
    indptr = np.zeros(m + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=m), out=indptr[1:])
    key = rows * m + cols  # sorted
    # Two-link paths u - x - v for every link u - x and every link x - v, in chunks of at
    # most SUBTREE_BUDGET paths (each path costs several 8-byte entries).
    first_deg = deg[cols]  # links leaving x, for each link u -> x
    count = np.zeros(len(key), dtype=np.int64)
    for part in _chunks(np.arange(len(rows)), first_deg, SUBTREE_BUDGET):
        fd = first_deg[part]
        n_paths = int(fd.sum())
        first = np.repeat(part, fd)
        second = np.repeat(indptr[cols[part]] - (np.cumsum(fd) - fd), fd)
        second += np.arange(n_paths)
        u = rows[first]
        v = cols[second]
        length = wts[first] + wts[second]
        ok = u != v
        u, v, length = u[ok], v[ok], length[ok]
        target = np.searchsorted(key, u * m + v)
        found = (target < len(key)) & (key[np.minimum(target, len(key) - 1)] == u * m + v)
        target, length = target[found], length[found]
        shorter = length < wts[target] * (1 - 1e-12)
        count += np.bincount(target[shorter], minlength=len(key))
    keep_directed = count < 2
    # Keep a link if neither direction is dominated twice (both directions count alike).
    mine = rows < cols
    keep = keep_directed[mine]
    return rows[mine][keep], cols[mine][keep], wts[mine][keep]


def _prune_dense(m: int, li, lj, w):
    """:func:`_prune_dominated` with an m x m weight matrix, one node u at a time."""
    weights = np.full((m, m), np.inf)
    weights[li, lj] = w
    weights[lj, li] = w
    dominated = np.zeros(len(li), dtype=bool)
    lo, hi = np.minimum(li, lj), np.maximum(li, lj)
    order = np.lexsort((hi, lo))
    lo_sorted = lo[order]
    starts = np.searchsorted(lo_sorted, np.arange(m + 1))
    for u in range(m):
        links = order[starts[u] : starts[u + 1]]  # links u - v with v > u
        if len(links) == 0:
            continue
        targets = hi[links]
        near = np.flatnonzero(np.isfinite(weights[u]))  # candidate stepping stones x
        via = weights[u, near][:, None] + weights[np.ix_(near, targets)]
        count = np.count_nonzero(via < weights[u, targets][None, :] * (1 - 1e-12), axis=0)
        dominated[links] = count >= 2
    keep = ~dominated
    return lo[keep], hi[keep], np.asarray(w)[keep]


@dataclass
class _Component:
    nodes: np.ndarray  # global indices, sorted
    a: np.ndarray
    li: np.ndarray  # local edge ends (i < j not required)
    lj: np.ndarray
    w: np.ndarray

    @property
    def m(self) -> int:
        return len(self.nodes)

    @property
    def rows(self) -> np.ndarray:
        return np.flatnonzero(self.a > 0)

    def csr(self, without: int | None = None) -> csr_matrix:
        if without is None:
            return _sym_csr(self.m, self.li, self.lj, self.w)
        keep = (self.li != without) & (self.lj != without)
        return _sym_csr(self.m, self.li[keep], self.lj[keep], self.w[keep])


def _components(net: Network, metric: str) -> tuple[list[_Component], np.ndarray, np.ndarray]:
    """Components with at least one link, plus the isolated nodes and their labels."""
    i, j, w = _edges(net, metric)
    n = net.n
    graph = csr_matrix((np.ones(len(i)), (i, j)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    sizes = np.bincount(label, minlength=label.max() + 1 if n else 0)
    isolated = np.flatnonzero(sizes[label] == 1) if n else np.zeros(0, dtype=np.int64)
    comps: list[_Component] = []
    big = np.flatnonzero(sizes > 1)
    if len(big):
        order = np.argsort(label, kind="stable")
        bounds = np.searchsorted(label[order], np.arange(len(sizes) + 1))
        local = np.empty(n, dtype=np.int64)
        edge_label = label[i]
        edge_order = np.argsort(edge_label, kind="stable")
        edge_bounds = np.searchsorted(edge_label[edge_order], np.arange(len(sizes) + 1))
        for c in big:
            nodes = order[bounds[c] : bounds[c + 1]]
            local[nodes] = np.arange(len(nodes))
            e = edge_order[edge_bounds[c] : edge_bounds[c + 1]]
            comps.append(_Component(nodes, net.attribute[nodes], local[i[e]], local[j[e]], w[e]))
    return comps, isolated, label


def _shortest(graph: csr_matrix, rows: np.ndarray, metric: str, predecessors: bool = False):
    return dijkstra(
        graph,
        directed=True,
        indices=rows,
        return_predecessors=predecessors,
        unweighted=metric == "IIC",
    )


# --------------------------------------------------------------------------- overall


@dataclass(frozen=True)
class OverallIndices:
    """Landscape-level indices; fractions are percentages of the numerator.

    ``pc``/``iic`` (and ``lcp``) are None when no landscape area ``A_L`` is given, as in
    Conefor without ``-landArea``.
    """

    n_nodes: int
    total_attribute: float
    pcnum: float
    ec_pc: float
    pc_intra: float
    pc_direct: float
    pc_step: float
    iicnum: float
    ec_iic: float
    iic_intra: float
    iic_direct: float
    iic_step: float
    f: float  # sum over ordered pairs i != j of p_ij (Conefor F)
    awf: float  # sum over ordered pairs i != j of a_i a_j p_ij (Conefor AWF)
    nl: int  # binary (IIC) links
    nc: int  # components of the binary graph (isolated nodes included)
    ccp: float  # class coincidence probability (Pascual-Hortal & Saura 2006)
    n_pc_links: int
    n_pc_components: int
    landscape_area: float | None = None
    pc: float | None = None
    iic: float | None = None
    lcp: float | None = None
    h: float | None = None  # Harary index, when asked for

    def as_dict(self) -> dict:
        return dict(self.__dict__)


#: Components with fewer (source x node) entries run in one shortest-path call.
SMALL_COMPONENT = 200_000


def _numerator(net: Network, metric: str, progress=None) -> tuple[float, int]:
    """``sum_i sum_j a_i a_j v_ij`` of one metric, and the number of its components.

    A large component runs in steps of about a twentieth of its sources (at most
    :data:`SUBTREE_BUDGET` entries each): one component of thousands of nodes takes
    seconds, and ``progress(fraction)`` hears after each step."""
    comps, isolated, label = _components(net, metric)
    a = net.attribute
    total = float(np.sum(a[isolated] ** 2))
    work = max(sum(len(c.rows) * c.m for c in comps), 1)
    done = 0
    for comp in comps:
        rows = comp.rows
        if len(rows) == 0:
            continue
        graph = comp.csr()
        if metric == "PC":
            pruned = _prune_dominated(comp.m, comp.li, comp.lj, comp.w, rows_count=len(rows))
            graph = _sym_csr(comp.m, *pruned)
        step = len(rows)
        if len(rows) * comp.m > SMALL_COMPONENT:
            step = max(1, min(SUBTREE_BUDGET // comp.m, -(-len(rows) // 20)))
        for start in range(0, len(rows), step):
            part = rows[start : start + step]
            value = _value(metric, _shortest(graph, part, metric))
            total += float(comp.a[part] @ value @ comp.a)
            done += len(part) * comp.m
            if progress is not None:
                progress(done / work)
    n_comp = int(label.max()) + 1 if net.n else 0
    return total, n_comp


def pc_numerator(net: Network, progress=None) -> float:
    """PCnum alone (what ProtConn and EC need), per component; ``progress(fraction)`` as in
    :func:`_numerator`."""
    return _numerator(net, "PC", progress)[0]


def overall(
    net: Network, landscape_area: float | None = None, *, harary: bool = False
) -> OverallIndices:
    """All landscape-level indices of ``net`` (see the module docstring for the formulas)."""
    a = net.attribute
    intra = float(np.sum(a**2))
    pcnum, n_pc_comp = _numerator(net, "PC")
    iicnum, nc = _numerator(net, "IIC")
    pcl = net.p > 0
    f = 2.0 * float(net.p[pcl].sum())
    awf = 2.0 * float(np.sum(a[net.i[pcl]] * a[net.j[pcl]] * net.p[pcl]))
    adj = net.adjacent
    iic_direct = float(np.sum(a[net.i[adj]] * a[net.j[adj]]))  # 2 * sum a a / 2
    total = float(a.sum())
    _, _, label = _components(net, "IIC")
    comp_attr = np.bincount(label, weights=a) if net.n else np.zeros(0)
    ccp = float(np.sum((comp_attr / total) ** 2)) if total > 0 else 0.0

    def pct(part: float, whole: float) -> float:
        return 100.0 * part / whole if whole > 0 else 0.0

    area = None if landscape_area is None else float(landscape_area)
    if area is not None and not (area > 0):
        raise InputError(
            tr("The landscape area must be a positive number (got {value}).").format(value=area)
        )
    lcp = None
    if area is not None:
        lcp = float(np.sum((comp_attr / area) ** 2) + (max(area - total, 0.0) / area) ** 2)
    return OverallIndices(
        n_nodes=net.n,
        total_attribute=total,
        pcnum=pcnum,
        ec_pc=math.sqrt(pcnum),
        pc_intra=pct(intra, pcnum),
        pc_direct=pct(awf, pcnum),
        pc_step=max(100.0 - pct(intra, pcnum) - pct(awf, pcnum), 0.0) if pcnum > 0 else 0.0,
        iicnum=iicnum,
        ec_iic=math.sqrt(iicnum),
        iic_intra=pct(intra, iicnum),
        iic_direct=pct(iic_direct, iicnum),
        iic_step=max(100.0 - pct(intra, iicnum) - pct(iic_direct, iicnum), 0.0)
        if iicnum > 0
        else 0.0,
        f=f,
        awf=awf,
        nl=int(adj.sum()),
        nc=nc,
        ccp=ccp,
        n_pc_links=int(pcl.sum()),
        n_pc_components=n_pc_comp,
        landscape_area=area,
        pc=None if area is None else pcnum / area**2,
        iic=None if area is None else iicnum / area**2,
        lcp=lcp,
        h=harary_index(net) if harary else None,
    )


def harary_index(net: Network) -> float:
    """Harary index ``H = sum_{i < j} 1 / nl_ij`` of the binary graph (all node pairs)."""
    comps, _, _ = _components(net, "IIC")
    total = 0.0
    for comp in comps:
        nl = _shortest(comp.csr(), np.arange(comp.m), "IIC")
        with np.errstate(divide="ignore"):
            inv = np.where(nl > 0, 1.0 / nl, 0.0)
        total += 0.5 * float(inv.sum())
    return total


def pstar(net: Network, metric: str = "PC") -> np.ndarray:
    """Dense matrix of ``p*_ij`` (PC) or ``1 / (1 + nl_ij)`` (IIC); for small networks."""
    metric = _check_metric(metric)
    i, j, w = _edges(net, metric)
    graph = _sym_csr(net.n, i, j, w)
    return _value(metric, _shortest(graph, np.arange(net.n), metric))


# --------------------------------------------------------------------------- node importance


@dataclass(frozen=True)
class NodeImportance:
    """Loss of one index when each node is removed, split as Saura & Rubio (2010).

    ``intra``, ``flux`` and ``connector`` are absolute parts of ``num - num_without`` (in
    units of the numerator, PCnum or IICnum); the ``d*`` properties are percentages of
    ``num``, as Conefor writes them.
    """

    metric: str
    num: float
    intra: np.ndarray
    flux: np.ndarray
    connector: np.ndarray
    method: str = "subtree"
    #: The ``tolerance`` asked for (0: exact).
    tolerance: float = 0.0
    #: Proven bound on the error of each node's ``connector`` (and so of ``loss``), in units
    #: of the numerator: ``connector <= exact <= connector + max_error``. Zeros when exact.
    max_error: np.ndarray | None = None

    @property
    def loss(self) -> np.ndarray:
        return self.intra + self.flux + self.connector

    @property
    def d_max_error(self) -> np.ndarray:
        """Bound on the error of ``d`` and ``d_connector`` (percentage points)."""
        if self.max_error is None:
            return np.zeros_like(self.connector)
        return self._pct(self.max_error)

    @property
    def num_without(self) -> np.ndarray:
        return self.num - self.loss

    def _pct(self, values: np.ndarray) -> np.ndarray:
        return 100.0 * values / self.num if self.num > 0 else np.zeros_like(values)

    @property
    def d(self) -> np.ndarray:
        return self._pct(self.loss)

    @property
    def d_intra(self) -> np.ndarray:
        return self._pct(self.intra)

    @property
    def d_flux(self) -> np.ndarray:
        return self._pct(self.flux)

    @property
    def d_connector(self) -> np.ndarray:
        return self._pct(self.connector)

    def columns(self, prefix: str | None = None) -> dict[str, np.ndarray]:
        """``dPC, dPCintra, dPCflux, dPCconnector`` (or dIIC...) as Conefor names them."""
        name = prefix or f"d{self.metric}"
        return {
            name: self.d,
            f"{name}intra": self.d_intra,
            f"{name}flux": self.d_flux,
            f"{name}connector": self.d_connector,
        }


def node_importance(
    net: Network,
    metric: str = "PC",
    *,
    method: str = "subtree",
    should_cancel=None,
    progress=None,
    client=None,
    workers: int | None = None,
    tolerance: float = 0.0,
) -> NodeImportance:
    """dPC (or dIIC) of every node with its intra, flux and connector parts.

    ``method``: "subtree" (default, fastest; compiled by numba when it is installed, see
    :mod:`.dpc`), "rows" or "naive" (see the module docstring; they give the same numbers
    to rounding). ``should_cancel()`` is polled between nodes (compiled: between groups of
    sources); ``progress(fraction)`` is told how far the work is.

    Where the subtree method's work runs (``core/cluster.py``): ``client``, a Dask client;
    ``workers=N``, a local Dask cluster of N processes started for this call; neither, the
    cluster chosen for the run (:func:`..cluster.use`, e.g. the command line's
    ``--scheduler``), else this process. On a cluster every component of at least
    :data:`CLUSTER_MIN_NODES` nodes, and the largest one whatever its size, is split into
    independent tasks (groups of sources, or of nodes with a tolerance); the numbers are the
    same as in this process, bit for bit. "rows" and "naive" (reference methods) always run
    here.

    ``tolerance`` (subtree method only; default 0 = exact): allow each node's dPC (and
    dPCconnector) to be off by at most ``tolerance`` x 100 percentage points, i.e. an
    absolute error of at most ``tolerance x PCnum`` on its loss. Best paths beyond a
    distance limit are then not recomputed (see "Tolerance" in the module docstring); the
    bound actually achieved for each node is returned in ``max_error`` (intra and flux
    stay exact; the connector part is never overestimated).
    """
    metric = _check_metric(metric)
    if method not in METHODS:
        raise InputError(
            tr("The method '{value}' is unknown: use one of {methods}.").format(
                value=method, methods=", ".join(METHODS)
            )
        )
    tolerance = float(tolerance)
    if not (math.isfinite(tolerance) and 0.0 <= tolerance < 1.0):
        raise InputError(
            tr("The tolerance must be a number from 0 (exact) to below 1 (got {value}).").format(
                value=tolerance
            )
        )
    if tolerance > 0 and method != "subtree":
        raise InputError(tr("A tolerance above 0 needs the subtree method."))
    with _where(method, client, workers) as dask:
        return _node_importance(net, metric, method, should_cancel, progress, dask, tolerance)


#: On a Dask cluster, components of fewer nodes run here (one task each would mostly be
#: overhead), except the largest component, which always goes (a small run proves the path).
CLUSTER_MIN_NODES = 50


@contextlib.contextmanager
def _where(method: str, client, workers: int | None):
    """The Dask client of the subtree method's tasks, or None (this process)."""
    if method != "subtree":
        yield None
    elif client is not None:
        yield client
    elif workers is not None:
        with cluster.cluster_client(workers=workers) as local:
            yield local
    else:
        yield cluster.resolve(None)


def _node_importance(net, metric, method, should_cancel, progress, dask, tolerance):
    a = net.attribute
    comps, isolated, _ = _components(net, metric)
    intra = a**2
    flux = np.zeros(net.n)
    connector = np.zeros(net.n)
    max_error = np.zeros(net.n)
    num = float(np.sum(a[isolated] ** 2))
    work = max(sum(c.m for c in comps), 1)
    largest = max((c.m for c in comps if len(c.rows)), default=0)
    done = 0
    for comp in comps:
        rows = comp.rows
        if len(rows) == 0:
            done += comp.m
            continue
        remote = dask if comp.m >= min(CLUSTER_MIN_NODES, largest) else None
        if method != "naive":
            comp = _Component(
                comp.nodes, comp.a, *_prune_dominated(comp.m, comp.li, comp.lj, comp.w)
            )
        graph = comp.csr()

        def report(fraction, done=done, m=comp.m):  # between groups of sources or tasks
            _poll(should_cancel)
            if progress is not None:
                progress((done + fraction * m) / work)

        if method == "subtree" and tolerance == 0 and dpc.available():
            col, conn = _fast(graph, comp, rows, metric, remote, should_cancel, report)
            num_c = float(col @ comp.a)
        else:
            if method == "naive":
                dist, pred = _shortest(graph, rows, metric), None
            else:
                dist, pred = _shortest(graph, rows, metric, predecessors=True)
            value = _value(metric, dist)
            col = _column(comp.a, rows, value, _source_groups(graph, rows))
            num_c = float(col @ comp.a)
        num += num_c
        # flux_k = 2 a_k sum_{i != k} a_i v_ik (v symmetric; rows hold every a_i > 0)
        col = col - comp.a  # sum_{i != k} a_i v_ik (v_kk = 1; a_k = 0 off rows)
        flux[comp.nodes] = 2.0 * comp.a * col
        # The node loops poll once per node: that poll also moves the bar (one component of
        # thousands of nodes runs for minutes).
        poll = _Ticker(progress, should_cancel, done, comp.m, work) if progress else should_cancel
        if method == "naive":
            conn = _connector_naive(comp, rows, metric, num_c, poll)
        elif method == "rows":
            conn = _connector_rows(comp, rows, metric, value, pred, poll)
        elif tolerance > 0:
            # The budget uses PCnum so far (this component and those before): <= PCnum.
            conn, err = _connector_subtree(
                comp, rows, metric, dist, value, pred, poll, remote, report, tolerance * num
            )
            max_error[comp.nodes] = err
        elif not dpc.available():
            conn = _connector_subtree(comp, rows, metric, dist, value, pred, poll, remote, report)
        connector[comp.nodes] = np.maximum(conn, 0.0)
        done += comp.m
        if progress is not None:
            progress(done / work)
    return NodeImportance(metric, num, intra, flux, connector, method, tolerance, max_error)


def _connector_naive(comp, rows, metric, num_c, should_cancel) -> np.ndarray:
    out = np.zeros(comp.m)
    a = comp.a
    for k in range(comp.m):
        _poll(should_cancel)
        keep_rows = rows[rows != k]
        if len(keep_rows) == 0:
            rest = 0.0
        else:
            value = _value(metric, _shortest(comp.csr(without=k), keep_rows, metric))
            value[:, k] = 0.0
            rest = float(a[keep_rows] @ value @ a)
        loss = num_c - rest
        own = a[k] ** 2 + (2.0 * a[k] * float(_column_sum(comp, rows, metric, k)) if a[k] else 0)
        out[k] = loss - own
    return out


def _column_sum(comp, rows, metric, k) -> float:
    """``sum_{i != k} a_i v_ik`` (for the naive method's own accounting)."""
    value = _value(metric, _shortest(comp.csr(), np.array([k]), metric))[0]
    value[k] = 0.0
    return float(value @ comp.a)


def _internal(pred: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``internal[r, k]``: k has a child in the shortest-path tree of source ``rows[r]``."""
    q, m = pred.shape
    internal = np.zeros((q, m), dtype=bool)
    valid = pred >= 0
    r_idx = np.nonzero(valid)[0]
    internal[r_idx, pred[valid]] = True
    internal[np.arange(q), rows] = False
    return internal


def _connector_rows(comp, rows, metric, value, pred, should_cancel) -> np.ndarray:
    """Recompute, for each k, only the rows whose tree passes through k."""
    out = np.zeros(comp.m)
    a = comp.a
    internal = _internal(pred, rows)
    chunk = max(1, SUBTREE_BUDGET // max(comp.m, 1))
    for k in range(comp.m):
        _poll(should_cancel)
        affected = np.flatnonzero(internal[:, k])
        if len(affected) == 0:
            continue
        graph = comp.csr(without=k)
        total = 0.0
        for start in range(0, len(affected), chunk):
            part = affected[start : start + chunk]
            new = _value(metric, _shortest(graph, rows[part], metric))
            delta = value[part] - new
            delta[:, k] = 0.0
            total += float(a[rows[part]] @ delta @ a)
        out[k] = total
    return out


# --------------------------------------------------------------------------- compiled method


#: Groups of sources of the compiled connector search: the bar moves and cancelling is
#: polled between groups; on a cluster each group is one task.
FAST_GROUPS = 50


def _source_groups(graph: csr_matrix, rows: np.ndarray) -> list[np.ndarray]:
    """The sources in at most :data:`FAST_GROUPS` groups, in depth-first order (each
    source's edge lists are then nearly sorted already for the compiled search)."""
    rank = np.empty(graph.shape[0], dtype=np.int64)
    rank[depth_first_order(graph, int(rows[0]), directed=False, return_predecessors=False)] = (
        np.arange(graph.shape[0])
    )
    return np.array_split(rows[np.argsort(rank[rows], kind="stable")], min(len(rows), FAST_GROUPS))


def _weighted_rows(weights: np.ndarray, value: np.ndarray) -> np.ndarray:
    """``weights @ value`` by numpy's row-by-row reduction, not BLAS: the same sum in every
    process whatever its threads."""
    return np.add.reduce(weights[:, None] * value, axis=0)


def _column(a: np.ndarray, rows: np.ndarray, value: np.ndarray, groups) -> np.ndarray:
    """``sum_r a_r v_r.`` added group by group as :func:`_fast` adds them (same numbers)."""
    position = np.empty(len(a), dtype=np.int64)
    position[rows] = np.arange(len(rows))
    col = np.zeros(len(a))
    for sources in groups:
        col += _weighted_rows(a[sources], value[position[sources]])
    return col


def _fast(graph, comp, rows, metric, dask, should_cancel, report):
    """``(sum_r a_r v_r., connector losses)`` of one component by the compiled search of
    :mod:`.dpc`, group of sources by group, here or as tasks on ``dask``.

    Each group computes its own best paths, so no sources x nodes matrix is ever held whole;
    its results are added in group order wherever it ran: the same numbers either way."""
    groups = _source_groups(graph, rows)
    report(0.0)
    if dask is not None:
        shared = dask.scatter([graph, comp.a], hash=False)
        parts = cluster.map_tasks(
            dask,
            _fast_group,
            [(*shared, sources, metric) for sources in groups],
            what=tr("computing the importance of each site"),
            should_cancel=should_cancel,
            task_progress=lambda done, total: report(done / total),
        )
    else:
        dpc.warm_up()
        parts = []
        for done, sources in enumerate(groups, start=1):
            parts.append(_fast_group(graph, comp.a, sources, metric))
            report(done / len(groups))
    col, conn = np.zeros(comp.m), np.zeros(comp.m)
    for part_col, part_conn in parts:
        col += part_col
        conn += part_conn
    return col, conn


def _fast_group(graph: csr_matrix, a: np.ndarray, sources: np.ndarray, metric: str):
    """One group of sources (here or on a worker): ``sum_s a_s v_s.`` and their connector
    losses."""
    dist, pred = _shortest(graph, sources, metric, predecessors=True)
    value = _value(metric, dist)
    col = _weighted_rows(a[sources], value)
    conn = dpc.connector_losses(
        graph.indptr, graph.indices, graph.data, a, sources, dist, value, pred, iic=metric == "IIC"
    )
    return col, conn


# --------------------------------------------------------------------------- subtree method


@dataclass
class _TreeLayout:
    """Preorder layout of each source's shortest-path tree (q x m arrays).

    ``size[r, v]``: nodes in v's subtree (v included); ``pos[r, v]``: v's preorder position
    (root 0, children in node order); ``order[r, p]``: the node at position p. The subtree
    of k in tree r is ``order[r, pos[r, k] + 1 : pos[r, k] + size[r, k]]``.
    """

    size: np.ndarray
    pos: np.ndarray
    order: np.ndarray


def _tree_layout(pred: np.ndarray) -> _TreeLayout:
    q, m = pred.shape
    base = (np.arange(q, dtype=np.int64) * m)[:, None]
    parent = np.where(pred >= 0, pred.astype(np.int64) + base, -1).ravel()
    del base
    # Depth by pointer doubling (synchronous updates: right-hand sides read old values).
    depth = (parent >= 0).astype(np.int32)
    jump = parent.copy()
    active = np.flatnonzero(jump >= 0)
    while len(active):
        target = jump[active]
        depth[active] += depth[target]
        jump[active] = jump[target]
        active = active[jump[active] >= 0]
    del jump
    max_depth = int(depth.max()) if depth.size else 0
    by_depth = np.argsort(depth, kind="stable")
    bounds = np.searchsorted(depth[by_depth], np.arange(max_depth + 2))
    del depth
    size = np.ones(q * m, dtype=np.int64)
    for level in range(max_depth, 0, -1):
        idx = by_depth[bounds[level] : bounds[level + 1]]
        uniq, inv = np.unique(parent[idx], return_inverse=True)
        size[uniq] += np.bincount(inv, weights=size[idx]).astype(np.int64)
    # Offset of each node among its siblings (children of a parent in node order): the
    # flat index r*m + v is increasing in v, so a stable sort by parent keeps that order.
    nonroot = np.flatnonzero(parent >= 0)
    grp = parent[nonroot]
    by_grp = np.argsort(grp, kind="stable")
    members = nonroot[by_grp]
    sizes = size[members]
    before = np.cumsum(sizes) - sizes
    g = grp[by_grp]
    start = np.ones(len(g), dtype=bool)
    start[1:] = g[1:] != g[:-1]
    first = np.maximum.accumulate(np.where(start, before, 0))
    sibling = np.zeros(q * m, dtype=np.int64)
    sibling[members] = before - first
    del nonroot, grp, by_grp, members, sizes, before, g, start, first
    pos = np.zeros(q * m, dtype=np.int64)
    for level in range(1, max_depth + 1):
        idx = by_depth[bounds[level] : bounds[level + 1]]
        pos[idx] = pos[parent[idx]] + 1 + sibling[idx]
    del sibling, by_depth
    flat = np.arange(q * m, dtype=np.int64)
    order = np.empty(q * m, dtype=np.int32)
    order[(flat // m) * m + pos] = (flat % m).astype(np.int32)
    return _TreeLayout(
        size.astype(np.int32).reshape(q, m),
        pos.astype(np.int32).reshape(q, m),
        order.reshape(q, m),
    )


#: Share of the error budget given to the pairs beyond the distance limit (chosen before
#: the run); the rest covers the pairs pushed beyond it by the removal (known after).
FAR_SHARE = 0.5


#: Steps below the common limit tried for each node's own limit (path-length units).
LIMIT_STEPS = (1.0, 2.0, 3.0, 4.0, 6.0, 8.0)
#: The limits are used only when they leave at most this share of the subtree entries to
#: recompute (the cut has its own costs); otherwise the component is computed exactly.
CUT_WORTH = 0.6


def _far_bound(layout: _TreeLayout, dist, value, rows, a, budget: float):
    """Each node's distance limit ``L_k`` for a ``budget`` (see "Tolerance" in the module
    docstring) and the bound ``F_k(L_k) = sum_s a_s sum_{v in k's subtree of s's tree,
    D_sv > L_k} a_v v_sv`` on its loss from the pairs beyond it. ``(None, zeros)`` when
    every pair must be kept. The common limit (the largest L_k) by bisection, then each
    node the smallest of a few steps below it that keeps its own bound within the
    budget; each try is one pass over the preorder layout."""
    q, m = dist.shape
    order = layout.order
    d_seq = np.take_along_axis(dist, order, axis=1)
    v_seq = np.take_along_axis(value, order, axis=1)
    v_seq *= a[order]
    pos = layout.pos.astype(np.int64)
    start = pos + 1
    stop = pos + layout.size
    del pos
    a_rows = a[rows]
    cum = np.zeros((q, m + 1))
    entries = float((stop - start).sum()) - q * (m - 1.0)  # subtree entries, k != s

    def bound(limit: float, left_out: np.ndarray | None = None) -> np.ndarray:
        beyond = d_seq > limit
        np.cumsum(np.where(beyond, v_seq, 0.0), axis=1, out=cum[:, 1:])
        tail = np.take_along_axis(cum, stop, axis=1)
        tail -= np.take_along_axis(cum, start, axis=1)
        tail[np.arange(q), rows] = 0.0  # k = s: the source itself (flux, not connector)
        if left_out is not None:  # subtree entries beyond the limit, per node
            np.cumsum(beyond, axis=1, out=cum[:, 1:])
            tail2 = np.take_along_axis(cum, stop, axis=1)
            tail2 -= np.take_along_axis(cum, start, axis=1)
            tail2[np.arange(q), rows] = 0.0
            left_out[:] = tail2.sum(axis=0)
        return a_rows @ tail

    finite = dist[np.isfinite(dist)]
    hi = float(finite.max()) if finite.size else 0.0
    lo = 0.0
    if hi <= 0.0 or bound(lo).max() <= budget:
        found = lo  # all pairs beyond: only possible for tiny components
    else:
        found = hi  # nothing is beyond the longest path: bound 0
        for _ in range(14):
            mid = 0.5 * (lo + hi)
            if bound(mid).max() <= budget:
                hi = found = mid
            else:
                lo = mid
    if found >= float(finite.max(initial=0.0)):
        return None, np.zeros(m)
    limits = np.full(m, found)
    dropped = np.zeros(m)
    far = bound(found, dropped)
    here_dropped = np.zeros(m)
    for step in LIMIT_STEPS:
        level = found - step
        if level < 0:
            break
        here = bound(level, here_dropped)
        ok = here <= budget  # F_k falls with L: the nodes fine here were fine above
        if not ok.any():
            break
        limits[ok] = level
        far[ok] = here[ok]
        dropped[ok] = here_dropped[ok]
    if entries <= 0 or 1.0 - dropped.sum() / entries > CUT_WORTH:
        return None, np.zeros(m)  # too little to gain: exact
    return limits, np.maximum(far, 0.0)


def _truncate(layout: _TreeLayout, dist: np.ndarray, limit: float) -> _TreeLayout:
    """The layout of each source's tree cut to the nodes within ``limit`` (an ancestor of
    such a node is within it too, so the preorder of the rest is kept as it is). Nodes
    beyond it get size 1 and position m (outside every subtree)."""
    q, m = dist.shape
    near_seq = np.take_along_axis(dist <= limit, layout.order, axis=1)
    cum = np.zeros((q, m + 1), dtype=np.int32)
    np.cumsum(near_seq, axis=1, out=cum[:, 1:])
    pos = layout.pos
    near = dist <= limit
    new_pos = np.take_along_axis(cum, pos, axis=1)
    new_size = np.take_along_axis(cum, pos + layout.size, axis=1) - new_pos
    new_pos[~near] = m
    new_size[~near] = 1
    r_idx, p_idx = np.nonzero(near_seq)
    order = np.zeros((q, m), dtype=np.int32)
    order[r_idx, cum[r_idx, p_idx]] = layout.order[r_idx, p_idx]
    return _TreeLayout(new_size, new_pos, order)


def _connector_subtree(
    comp, rows, metric, dist, value, pred, should_cancel, dask=None, report=None, budget=None
):
    """Connector losses by the subtree method; with a ``budget`` (absolute error allowed per
    node, > 0) also the bound achieved per node: ``(losses, bounds)``. With ``dask``, the
    nodes are shared among tasks (each node's loss is computed whole by one task, so the
    numbers are the ones of this process); ``report(fraction)`` then moves the bar."""
    layout = _tree_layout(pred)
    del pred
    limit = limits = None
    if budget is not None:
        limits, far = _far_bound(layout, dist, value, rows, comp.a, FAR_SHARE * budget)
        if limits is not None:
            limit = float(limits.max())
            layout = _truncate(layout, dist, limit)
    graph = comp.csr()
    state = {
        "indptr": graph.indptr.astype(np.int64),
        "indices": graph.indices.astype(np.int64),
        "data": graph.data,
        "layout": layout,
        "rows": rows,
        "a": comp.a,
        "dist": dist,
        "value": value,
        "metric": metric,
        "limits": limits,
    }
    row_of = np.full(comp.m, -1, dtype=np.int64)
    row_of[rows] = np.arange(len(rows))
    state["blocks"] = _Blocks(layout, rows, row_of, dist if limit is not None else None)
    state["widest"] = 1 + int(np.diff(state["indptr"]).max())
    nodes = np.arange(comp.m)
    if dask is not None:
        [shared] = dask.scatter([state], hash=False)
        tasks = max(1, min(comp.m, 4 * cluster.worker_count(dask)))
        parts = cluster.map_tasks(
            dask,
            _subtree_task,
            [(shared, nodes[i::tasks]) for i in range(tasks)],
            what=tr("computing the importance of each site"),
            should_cancel=should_cancel,
            task_progress=None if report is None else lambda d, t: report(d / t),
        )
        found = np.zeros((2, comp.m))
        for part in parts:
            found += part
    else:
        found = _connector_nodes(state, nodes, should_cancel)
    if budget is None:
        return found[0]
    if limit is None:
        return found[0], np.zeros(comp.m)
    bound = far + found[1]
    # A node whose bound still exceeds the budget (pairs pushed beyond the limit by its
    # removal weigh more than the rest of the budget; rare) is recomputed exactly.
    for k in np.flatnonzero(bound > budget).tolist():
        _poll(should_cancel)
        found[0, k] = _connector_exact(comp, rows, metric, value, k)
        bound[k] = 0.0
    return found[0], bound


def _connector_exact(comp, rows, metric, value, k) -> float:
    """Connector loss of one node, recomputing every row (``_connector_rows`` for one k)."""
    a = comp.a
    affected = np.flatnonzero(rows != k)
    graph = comp.csr(without=k)
    chunk = max(1, SUBTREE_BUDGET // max(comp.m, 1))
    total = 0.0
    for start in range(0, len(affected), chunk):
        part = affected[start : start + chunk]
        delta = value[part] - _value(metric, _shortest(graph, rows[part], metric))
        delta[:, k] = 0.0
        total += float(a[rows[part]] @ delta @ a)
    return total


def _subtree_task(state: dict, ks: np.ndarray) -> np.ndarray:
    """On a worker: :func:`_connector_nodes` of the nodes ``ks`` (cancelled from the client)."""
    return _connector_nodes(state, ks, None)


def _connector_nodes(state: dict, ks: np.ndarray, should_cancel) -> np.ndarray:
    """Connector losses of the nodes ``ks`` (row 0; zeros elsewhere) and, with a distance
    limit, the bound on the error from pairs pushed beyond it (row 1)."""
    layout, rows, blocks = state["layout"], state["rows"], state["blocks"]
    limits = state["limits"]
    common = None if limits is None else float(limits.max())
    out = np.zeros((2, layout.size.shape[1]))
    for k in ks.tolist():
        _poll(should_cancel)
        limit = None if limits is None else float(limits[k])
        cut = limit if limit is not None and limit < common else None  # trees cut at common
        sizes = layout.size[:, k]
        affected = np.flatnonzero((sizes > 1) & (rows != k))
        if len(affected) == 0:
            continue
        # Cheap pass: which sources own at least one changed pair (see _Blocks.weights).
        owners = []
        for part in _chunks(affected, sizes[affected].astype(np.int64) - 1, SUBTREE_BUDGET):
            block = blocks.enumerate(k, part, cut)
            weight = blocks.weights(k, block)
            has = np.bincount(block.index, weights=weight, minlength=len(part)) > 0
            owners.append(part[has])
        owners = np.concatenate(owners)
        # Expensive pass: new distances in those sources' subtrees.
        cost = (sizes[owners].astype(np.int64) - 1) * state["widest"]
        for part in _chunks(owners, cost, SUBTREE_BUDGET):
            loss, over = _subtree_loss(
                k,
                part,
                blocks,
                state["indptr"],
                state["indices"],
                state["data"],
                state["dist"],
                state["value"],
                state["a"],
                state["metric"],
                limit,
                cut is not None,
            )
            out[0, k] += loss
            out[1, k] += over
    return out


def _chunks(items: np.ndarray, cost: np.ndarray, budget: int):
    """Consecutive slices of ``items`` whose summed ``cost`` stays within ``budget``."""
    cum = np.cumsum(cost)
    start = 0
    while start < len(items):
        stop = int(np.searchsorted(cum, cum[start] - cost[start] + budget, "right"))
        stop = max(stop, start + 1)
        yield items[start:stop]
        start = stop


@dataclass
class _Block:
    rows: np.ndarray  # source rows of the block
    index: np.ndarray  # per block node: position of its row in ``rows``
    row: np.ndarray  # per block node: source row
    first: np.ndarray  # per block node: preorder position of k's first descendant
    length: np.ndarray  # per block node: size of k's subtree minus one
    offset: np.ndarray  # per block node: start of its row's block
    node: np.ndarray  # per block node: the node
    # With a distance limit: the nodes of k's subtree beyond it are left out; ``offset`` is
    # then the start of the row's block before that and ``compact[offset + rel]`` the kept
    # node's place in the block (-1: left out).
    compact: np.ndarray | None = None


class _Blocks:
    """Subtrees of k in the trees of several sources, flattened.

    Each changed pair (s, v) is counted once, by the source whose subtree is smaller: a pair
    changes only if k lies on every best path, i.e. v is in k's subtree of s's tree *and* s
    in k's subtree of v's tree ("mutual"); then ``weights`` gives 2 to the side with the
    smaller subtree (ties: smaller row) and 0 to the other, so a source none of whose pairs
    it owns is skipped altogether. When k cuts the network in two, only the smaller side's
    sources are recomputed, which halves the work.
    """

    def __init__(self, layout: _TreeLayout, rows: np.ndarray, row_of: np.ndarray, dist=None):
        self.layout = layout
        self.dist = None if dist is None else dist.ravel()
        self.m = layout.size.shape[1]
        self.pos = layout.pos.ravel()
        self.size = layout.size.ravel()
        self.order = layout.order.ravel()
        self.rows = rows
        self.row_of = row_of

    def enumerate(self, k: int, rows_k: np.ndarray, limit: float | None = None) -> _Block:
        m = self.m
        first = self.pos[rows_k * m + k].astype(np.int64) + 1
        length = self.size[rows_k * m + k].astype(np.int64) - 1
        total = int(length.sum())
        offset = np.cumsum(length) - length
        index = np.repeat(np.arange(len(rows_k)), length)
        row = rows_k[index]
        start = offset[index]
        shift = np.arange(total, dtype=np.int64) - start
        node = self.order[row * m + first[index] + shift].astype(np.int64)
        if limit is None:
            return _Block(rows_k, index, row, first[index], length[index], start, node)
        keep = self.dist[row * m + node] <= limit
        compact = np.full(total, -1, dtype=np.int64)
        compact[keep] = np.arange(int(keep.sum()))
        return _Block(
            rows_k,
            index[keep],
            row[keep],
            first[index[keep]],
            length[index[keep]],
            start[keep],
            node[keep],
            compact,
        )

    def weights(self, k: int, block: _Block) -> np.ndarray:
        m = self.m
        weight = np.zeros(len(block.node))
        partner = self.row_of[block.node]
        valid = np.flatnonzero(partner >= 0)
        if len(valid) == 0:
            return weight
        other = partner[valid]
        source = self.rows[block.row[valid]]
        o_first = self.pos[other * m + k].astype(np.int64) + 1
        o_length = self.size[other * m + k].astype(np.int64) - 1
        s_pos = self.pos[other * m + source]
        mutual = (s_pos >= o_first) & (s_pos < o_first + o_length)
        mine = block.length[valid]
        owner = (mine < o_length) | ((mine == o_length) & (block.row[valid] < other))
        weight[valid[mutual & owner]] = 2.0
        return weight


def _subtree_loss(
    k, rows_k, blocks, indptr, indices, data, dist, value, a, metric, limit=None, cut=False
):
    """Loss of the pairs owned by the sources ``rows_k`` (``_Blocks.weights``) when k goes:
    ``sum w a_s a_v (v_sv - v'_sv)`` over the nodes v of k's subtree in each source's tree,
    ``v'`` computed by Dijkstra inside the subtree from a super-source joined to each node
    by its best way in from outside the subtree (those distances do not change).

    With a distance ``limit`` (trees cut to it, :func:`_truncate`): neighbours beyond it
    are no way in; a node found beyond it counts ``v' = value(limit)`` (an upper bound of
    the true v', so the loss is a lower bound) and adds ``w a_s a_v (value(limit) - v')``
    to the error bound (``cut``: the trees reach beyond ``limit``; leave those nodes out).
    Returns ``(loss, bound)``."""
    block = blocks.enumerate(k, rows_k, limit if cut else None)
    weight = blocks.weights(k, block)
    m = blocks.m
    total = len(block.node)
    node = block.node
    base = block.row * m
    deg = indptr[node + 1] - indptr[node]
    n_edges = int(deg.sum())
    src = np.repeat(np.arange(total, dtype=np.int64), deg)
    edge = np.repeat(indptr[node] - (np.cumsum(deg) - deg), deg) + np.arange(n_edges)
    other = indices[edge]
    w = data[edge]
    edge_base = base[src]
    lo = block.first[src]
    rel = blocks.pos[edge_base + other] - lo  # the neighbour's position in the block
    inside = (rel >= 0) & (rel < block.length[src])
    outside = ~inside & (other != k)
    if block.compact is not None:  # k's subtree nodes beyond the limit: neither in nor out
        place = np.where(inside, block.offset[src] + rel, 0)
        column = block.compact[place]
        inside &= column >= 0
    entry = np.full(total, np.inf)
    out_src = src[outside]
    if len(out_src):
        cand = dist.ravel()[edge_base[outside] + other[outside]]
        if limit is not None:
            cand[cand > limit] = np.inf  # beyond the limit: no way in (may be in k's subtree)
        cand += w[outside]
        starts = np.flatnonzero(np.r_[True, out_src[1:] != out_src[:-1]])
        entry[out_src[starts]] = np.minimum.reduceat(cand, starts)
    reach = np.flatnonzero(np.isfinite(entry))
    in_src = src[inside]
    indptr_g = np.zeros(total + 2, dtype=np.int64)
    np.cumsum(np.bincount(in_src, minlength=total), out=indptr_g[1 : total + 1])
    indptr_g[total + 1] = indptr_g[total] + len(reach)
    if block.compact is None:
        cols = np.concatenate([block.offset[in_src] + rel[inside], reach])
    else:
        cols = np.concatenate([column[inside], reach])
    vals = np.concatenate([w[inside], entry[reach]])
    graph = csr_matrix((vals, cols, indptr_g), shape=(total + 1, total + 1))
    new = dijkstra(graph, directed=True, indices=total)[:total]
    old = value.ravel()[base + node]
    a_source = a[blocks.rows[block.row]]
    weighted = weight * a_source * a[node]
    if limit is not None:
        new_value = _value(metric, new)
        beyond = np.flatnonzero(new > limit)
        at_limit = float(_value(metric, np.float64(limit)))
        bound = float(np.sum(weighted[beyond] * (at_limit - new_value[beyond])))
        new_value[beyond] = at_limit
        return float(np.sum(weighted * (old - new_value))), bound
    # np.sum, not np.dot: the same sum in every process (BLAS may split a dot among threads).
    return float(np.sum(weighted * (old - _value(metric, new)))), 0.0


class _Ticker:
    """A ``should_cancel`` for the node loops that also reports progress: call c of a
    component of m nodes is node c's turn, ``(done + c) / work`` of the whole (calls
    beyond m, the rare exact recomputations, stay at the component's end)."""

    def __init__(self, progress, should_cancel, done: int, m: int, work: int) -> None:
        self.progress, self.should_cancel = progress, should_cancel
        self.done, self.m, self.work = done, m, work
        self.calls = 0
        self.shown = -1.0

    def __call__(self) -> bool:
        self.calls += 1
        fraction = (self.done + min(self.calls - 1, self.m)) / self.work
        if fraction - self.shown >= 0.002:
            self.shown = fraction
            self.progress(fraction)
        return bool(self.should_cancel is not None and self.should_cancel())


def _poll(should_cancel) -> None:
    if should_cancel is not None and should_cancel():
        raise CancelledError(tr("Cancelled."))


# --------------------------------------------------------------------------- restoration


@dataclass(frozen=True)
class CandidateImportance:
    """Gain of one index when each candidate node is added alone to the existing network.

    ``gain = intra + flux + connector`` in numerator units: the candidate's own ``a_c^2``,
    its flux ``2 a_c sum_t a_t v_ct`` with the existing nodes, and the improvement of
    existing pairs' best paths through it. ``d*`` are percentages of the existing
    network's numerator ``num`` (Conefor's ``-add`` reports the importance of added nodes
    relative to the initial landscape).
    """

    metric: str
    num: float
    candidates: np.ndarray  # node indices of the candidates in the full network
    intra: np.ndarray
    flux: np.ndarray
    connector: np.ndarray

    @property
    def gain(self) -> np.ndarray:
        return self.intra + self.flux + self.connector

    def _pct(self, values: np.ndarray) -> np.ndarray:
        return 100.0 * values / self.num if self.num > 0 else np.full_like(values, np.inf)

    @property
    def d(self) -> np.ndarray:
        return self._pct(self.gain)

    def columns(self, prefix: str | None = None) -> dict[str, np.ndarray]:
        name = prefix or f"d{self.metric}"
        return {
            name: self.d,
            f"{name}intra": self._pct(self.intra),
            f"{name}flux": self._pct(self.flux),
            f"{name}connector": self._pct(self.connector),
        }


def candidate_importance(
    net: Network, existing: np.ndarray, metric: str = "PC", *, should_cancel=None
) -> CandidateImportance:
    """dPC (or dIIC) of adding each candidate (``existing`` False) with its links to the
    existing nodes; candidates are assessed one at a time (links between candidates are
    not used). Exact: a best path through the new node c visits it once, so for existing
    s, t the new length is ``min(D_st, D_cs + D_ct)`` with ``D_cs = min_u (w_cu + D_us)``
    over c's existing neighbours u."""
    metric = _check_metric(metric)
    existing = np.asarray(existing, dtype=bool)
    if existing.shape != (net.n,):
        raise InputError(tr("The existing-node mask must have one value per node."))
    cand = np.flatnonzero(~existing)
    ex_idx = np.flatnonzero(existing)
    base = net.subnetwork(existing)
    new_index = np.full(net.n, -1, dtype=np.int64)
    new_index[ex_idx] = np.arange(len(ex_idx))
    i, j, w = _edges(net, metric)
    # Links between a candidate and an existing node, as (candidate, existing local, w).
    c_side = np.where(~existing[i] & existing[j], i, np.where(existing[i] & ~existing[j], j, -1))
    e_side = np.where(c_side == i, j, i)
    link = c_side >= 0
    c_of, e_of, w_of = c_side[link], new_index[e_side[link]], w[link]
    a_ex = base.attribute
    rows = np.flatnonzero(a_ex > 0)
    needed = np.union1d(rows, np.unique(e_of))
    bi, bj, bw = _edges(base, metric)
    graph = _sym_csr(base.n, bi, bj, bw)
    dist = _shortest(graph, needed, metric) if len(needed) else np.zeros((0, base.n))
    where = np.full(base.n, -1, dtype=np.int64)
    where[needed] = np.arange(len(needed))
    value = _value(metric, dist)
    row_pos = where[rows]
    num = float(a_ex[rows] @ value[row_pos] @ a_ex) if len(rows) else 0.0
    intra = net.attribute[cand] ** 2
    flux = np.zeros(len(cand))
    conn = np.zeros(len(cand))
    order = np.argsort(c_of, kind="stable")
    c_sorted = c_of[order]
    for n_c, c in enumerate(cand):
        _poll(should_cancel)
        lo, hi = np.searchsorted(c_sorted, [c, c + 1])
        if lo == hi:
            continue
        links = order[lo:hi]
        via = np.min(dist[where[e_of[links]]] + w_of[links][:, None], axis=0)  # D_c,t
        flux[n_c] = 2.0 * net.attribute[c] * float(_value(metric, via) @ a_ex)
        near = np.isfinite(via)
        src = rows[near[rows]]
        if len(src) == 0:
            continue
        cols = np.flatnonzero(near)
        through = via[src][:, None] + via[cols][None, :]
        old = value[where[src]][:, cols]
        better = np.maximum(_value(metric, through) - old, 0.0)
        conn[n_c] = float(a_ex[src] @ better @ a_ex[cols])
    return CandidateImportance(metric, num, cand, intra, flux, conn)


# --------------------------------------------------------------------------- summaries


@dataclass(frozen=True)
class ConnectivityResult:
    """What :func:`analyse` returns: overall indices, node importance and the parameters."""

    overall: OverallIndices
    importance: dict[str, NodeImportance] = field(default_factory=dict)
    params: dict = field(default_factory=dict)

    def node_columns(self) -> dict[str, np.ndarray]:
        """dA and the dPC / dIIC columns with their fractions, one value per node."""
        out: dict[str, np.ndarray] = {}
        for metric in ("PC", "IIC"):
            if metric in self.importance:
                out.update(self.importance[metric].columns())
        return out


def analyse(
    net: Network,
    *,
    metrics: Iterable[str] = ("PC", "IIC"),
    landscape_area: float | None = None,
    importance: bool = True,
    method: str = "subtree",
    params: dict | None = None,
    should_cancel=None,
    progress=None,
    tolerance: float = 0.0,
) -> ConnectivityResult:
    """Overall indices and (optionally) node importance for the chosen metrics
    (``tolerance``: see :func:`node_importance`; the bound achieved is in each
    :class:`NodeImportance`'s ``max_error``)."""
    metrics = [_check_metric(m) for m in metrics]
    result_overall = overall(net, landscape_area)
    found: dict[str, NodeImportance] = {}
    if importance:
        for step, metric in enumerate(metrics):

            def sub_progress(fraction, step=step):
                if progress is not None:
                    progress((step + fraction) / len(metrics))

            found[metric] = node_importance(
                net,
                metric,
                method=method,
                should_cancel=should_cancel,
                progress=sub_progress,
                tolerance=tolerance,
            )
    record = dict(params or {})
    record.update(
        {
            "metrics": list(metrics),
            "landscape_area": landscape_area,
            "importance_method": method if importance else None,
            "importance_tolerance": float(tolerance) if importance else None,
        }
    )
    return ConnectivityResult(result_overall, found, record)


# --------------------------------------------------------------------------- site layers


def analyse_sites(
    table,
    params,
    *,
    attribute_field: str | None = None,
    crs: str | None = None,
    landscape_area: float | None = None,
    importance: bool = True,
    method: str = "subtree",
    should_cancel=None,
    progress=None,
    tolerance: float = 0.0,
) -> tuple[ConnectivityResult, dict[str, np.ndarray]]:
    """PC, IIC, EC and per-site dPC / dIIC of a polygon layer (a :class:`VectorTable`).

    Geometries are repaired and measured in ``crs`` (default: Lambert azimuthal equal-area
    centred on the layer); ``attribute_field`` replaces the area (km2) as ``a_i``. Returns
    the result (its ``params`` hold every setting) and one column per output field, in the
    layer's feature order: ``a_value, dA, dPC, dPCintra, dPCflux, dPCconnector, dIIC, ...,
    component, degree``.
    """
    from dataclasses import replace as _replace

    from ..crs import require_metric, study_area_crs
    from ..vector import (
        POLYGONAL,
        polygon_parts,
        repair,
        require_crs,
        require_features,
        require_geometry,
    )

    require_crs(table)
    require_features(table)
    require_geometry(table, POLYGONAL, tr("polygons"))
    table, repaired = repair(table)
    target = crs or study_area_crs(table.geometry, table.crs, table.name)
    require_metric(target, tr("connectivity"))
    geoms = polygon_parts(table.to_crs(target).geometry)
    values = None
    if attribute_field:
        real = table.field(attribute_field)
        if real is None:
            raise InputError(
                tr(
                    "The layer '{layer}' has no field '{field}' (its fields: {fields}): choose "
                    "a numeric field or leave it empty to use the area."
                ).format(layer=table.name, field=attribute_field, fields=", ".join(table.columns))
            )
        values = table.column(real)
    params = _replace(params, attribute=attribute_field or "area_km2")
    graph = build_graph(geoms, params, attribute=values, ids=table.ids, layer=table.name)
    net = graph.network()
    record = params.as_dict()
    record.update(
        {
            "crs": target,
            "layer": table.name,
            "nodes": net.n,
            "pc_links": int((net.p > 0).sum()),
            "iic_links": int(net.adjacent.sum()),
            "repaired_geometries": repaired,
        }
    )
    result = analyse(
        net,
        landscape_area=landscape_area,
        importance=importance,
        method=method,
        params=record,
        should_cancel=should_cancel,
        progress=progress,
        tolerance=tolerance,
    )
    a = net.attribute
    total = float(a.sum())
    _, _, label = _components(net, "PC")
    degree = np.bincount(net.i[net.p > 0], minlength=net.n) + np.bincount(
        net.j[net.p > 0], minlength=net.n
    )
    columns: dict[str, np.ndarray] = {
        "a_value": a,
        "dA": 100.0 * a / total if total > 0 else np.zeros(net.n),
    }
    columns.update(result.node_columns())
    columns["component"] = (label + 1).astype(np.int64)
    columns["degree"] = degree.astype(np.int64)
    return result, columns
