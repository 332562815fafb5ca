"""Exact connector part of dPC / dIIC, compiled with numba when it is installed.

For every node k, ``connector_k = sum over ordered pairs (s, v), s, v != k, of
a_s a_v (v(D_sv) - v(D'_sv))`` where ``D'`` are the best path lengths without k (see
:mod:`.indices`). Only the targets v in k's subtree of s's shortest-path tree can change
(``v in sub_s(k)``), and this module computes, for each source s and each internal node
k of its tree, the *detour* ``delta(v) = D'_sv - D_sv >= 0`` of every such v exactly, by a
Dijkstra search with three savings that do not change any value:

1. **Reduced costs.** With the potential ``D_s`` an edge y -> v costs
   ``g = D_sy + w - D_sv >= 0`` (0 on tree edges), and ``delta`` is the shortest
   reduced-cost distance from outside k's subtree (whose distances do not change) into it,
   avoiding k. A node outside is a "way in" of cost g; a node inside inherits its parent's
   detour at cost 0.
2. **Regions.** Tree edges cost 0, so when Dijkstra settles a node b at ``kappa`` its whole
   not yet settled subtree is settled at ``kappa`` too, in one preorder walk: the detour is
   constant on regions (k's children and the few nodes where a better way in appears), and
   the PC loss of a region is ``(1 - exp(-kappa)) sum a_v p_sv``. Before the search one
   preorder pass takes, for each node, its cheapest way in from outside (in-edges sorted by
   g, read only while g is below the parent's bound) and pushes only the nodes where it
   beats the parent's: every other node's key is its parent's (an upper bound it cannot
   go below unless an edge from inside improves it, which the search then pushes).
   Relaxing edges out of a settled node stops at the first edge (sorted by g) with
   ``kappa + g >= U``, U the largest key of k's children: no node's detour exceeds its
   child-of-k ancestor's, and keys only fall.
3. **Each pair once.** A pair (s, v) whose best path runs through k is counted, with
   weight 2, from the end that is farther from k: from s when ``D_sv < 2 D_sk`` (k lies in
   the far half of the path seen from s), from v otherwise; pairs within ``eps`` of the
   middle get weight 1 from both ends (``eps = 1e-9 (1 + 2 D_sk)``, far above the rounding
   of distances computed from the two ends, so both ends classify every pair alike). The
   search from s then needs only the nodes z of k's subtree with
   ``D_sz <= 2 D_sk + eps + U / 2``: a path to a counted v (``D_sv <= 2 D_sk + eps``)
   through a farther z is at least ``2 D_sz - D_sv`` long, a detour above U, which no
   counted node has.

The search visits about half of the (source, k, v) triples of the subtree method (and
reads two or three edges per visited node instead of all of them, with no temporary
graphs); see ``bench/RESULTS.md`` for the figures. The result equals the subtree and naive
methods to rounding (about 1e-13 relative on the benchmark landscapes). Without numba
:mod:`.indices` keeps its numpy/scipy subtree method.
"""

from __future__ import annotations

import numpy as np

_KERNEL = None
_NUMBA: list = []  # [module or None] once looked for


def _numba():
    """numba, imported on first use (optional: the plugin works without it, slower)."""
    if not _NUMBA:
        try:
            import numba
        except Exception:  # noqa: BLE001 - missing, or built for another numpy: not used
            numba = None
        _NUMBA.append(numba)
    return _NUMBA[0]


def available() -> bool:
    """True when numba can be imported (the compiled connector is then used)."""
    return _numba() is not None


def _push(hk, hv, n, key, val):
    """Push ``(key, val)`` on the binary heap ``hk, hv`` of ``n`` items; returns n + 1."""
    i = n
    while i > 0:
        p = (i - 1) >> 1
        if hk[p] <= key:
            break
        hk[i] = hk[p]
        hv[i] = hv[p]
        i = p
    hk[i] = key
    hv[i] = val
    return n + 1


def _pop(hk, hv, n):
    """Drop the smallest item (read ``hk[0], hv[0]`` first); returns n - 1."""
    n -= 1
    key = hk[n]
    val = hv[n]
    i = 0
    while True:
        c = 2 * i + 1
        if c >= n:
            break
        if c + 1 < n and hk[c + 1] < hk[c]:
            c += 1
        if key <= hk[c]:
            break
        hk[i] = hk[c]
        hv[i] = hv[c]
        i = c
    hk[i] = key
    hv[i] = val
    return n


def _sort_segments(ptr, n, key, other, weight):
    """Sort ``key`` (``other`` and ``weight`` alongside) within each of the ``n`` segments of
    ``ptr``: insertion sort, quick on the nearly sorted lists of one source after another
    near it (the caller passes sources in depth-first order)."""
    for v in range(n):
        for i in range(ptr[v] + 1, ptr[v + 1]):
            kk = key[i]
            if key[i - 1] <= kk:
                continue
            oo = other[i]
            ww = weight[i]
            j = i - 1
            while j >= ptr[v] and key[j] > kk:
                key[j + 1] = key[j]
                other[j + 1] = other[j]
                weight[j + 1] = weight[j]
                j -= 1
            key[j + 1] = kk
            other[j + 1] = oo
            weight[j + 1] = ww


def _kernel(indptr, indices, data, a, sources, dist, value, pred, iic):
    """Connector losses summed over ``sources`` (see :func:`connector_losses`)."""
    m = len(a)
    n_e = len(indices)
    out = np.zeros(m)
    ccount = np.zeros(m + 1, np.int64)
    cidx = np.zeros(m, np.int64)
    fill = np.zeros(m + 1, np.int64)
    pos = np.full(m, -1, np.int64)
    order = np.zeros(m, np.int64)
    stack = np.zeros(m, np.int64)
    size = np.zeros(m, np.int64)  # by preorder position, as all arrays below
    ppar = np.zeros(m, np.int64)
    key = np.full(m, np.inf)
    done = np.zeros(m, np.bool_)
    dp = np.zeros(m)
    vp = np.zeros(m)
    ap = np.zeros(m)
    av = np.zeros(m)
    pptr = np.zeros(m + 1, np.int64)
    in_g = np.zeros(n_e)
    in_q = np.zeros(n_e, np.int64)
    out_g = np.zeros(n_e)
    out_q = np.zeros(n_e, np.int64)
    in_y = indices.copy()
    in_w = data.copy()
    in_k = np.zeros(n_e)
    out_y = indices.copy()
    out_w = data.copy()
    out_k = np.zeros(n_e)
    hk = np.zeros(n_e + m + 1)
    hv = np.zeros(n_e + m + 1, np.int64)
    for t in range(len(sources)):
        s = sources[t]
        d_row = dist[t]
        v_row = value[t]
        p_row = pred[t]
        # Children lists and preorder of s's tree (nodes it does not reach are left out).
        ccount[:] = 0
        for v in range(m):
            p = p_row[v]
            if p >= 0:
                ccount[p + 1] += 1
        for v in range(m):
            ccount[v + 1] += ccount[v]
        for v in range(m):
            fill[v] = ccount[v]
        for v in range(m):
            p = p_row[v]
            if p >= 0:
                cidx[fill[p]] = v
                fill[p] += 1
        pos[:] = -1
        stack[0] = s
        sp = 1
        n_ord = 0
        while sp > 0:
            sp -= 1
            u = stack[sp]
            pos[u] = n_ord
            order[n_ord] = u
            n_ord += 1
            for c in range(ccount[u + 1] - 1, ccount[u] - 1, -1):
                stack[sp] = cidx[c]
                sp += 1
        for i in range(n_ord - 1, -1, -1):
            u = order[i]
            sz = 1
            for c in range(ccount[u], ccount[u + 1]):
                sz += size[pos[cidx[c]]]
            size[i] = sz
        # Everything by preorder position; in-edges and out-edges sorted by reduced cost
        # (tree edges, which never help, last).
        for p in range(n_ord):
            v = order[p]
            ppar[p] = pos[p_row[v]] if p_row[v] >= 0 else -1
        # In-edges (y -> v) and out-edges (v -> y) of every node sorted by reduced cost, tree
        # edges (which never help) last; each list keeps its order from the previous source.
        for v in range(m):
            dv = d_row[v]
            pv = p_row[v]
            for e in range(indptr[v], indptr[v + 1]):
                y = in_y[e]
                in_k[e] = np.inf if (y == pv or pos[y] < 0) else d_row[y] + in_w[e] - dv
                z = out_y[e]
                out_k[e] = np.inf if (p_row[z] == v or pos[z] < 0) else dv + out_w[e] - d_row[z]
        _sort_segments(indptr, m, in_k, in_y, in_w)
        _sort_segments(indptr, m, out_k, out_y, out_w)
        pptr[0] = 0
        for p in range(n_ord):
            v = order[p]
            dp[p] = d_row[v]
            vp[p] = v_row[v]
            ap[p] = a[v]
            av[p] = a[v] * v_row[v]
            b = pptr[p]
            for e in range(indptr[v], indptr[v + 1]):
                in_g[b] = in_k[e]
                in_q[b] = pos[in_y[e]]
                out_g[b] = out_k[e]
                out_q[b] = pos[out_y[e]]
                b += 1
            pptr[p + 1] = b
        a_s = a[s]
        for kp in range(1, n_ord):
            if size[kp] <= 1:
                continue
            lo = kp + 1
            hi = kp + size[kp]
            mid = 2.0 * dp[kp]
            eps = 1e-9 * (1.0 + mid)
            # Children of k: their cheapest way in from outside bounds every detour.
            ubound = 0.0
            c = lo
            while c < hi:
                best = np.inf
                for e in range(pptr[c], pptr[c + 1]):
                    q = in_q[e]
                    if q == kp or (q >= lo and q < hi):
                        continue
                    best = in_g[e]
                    break
                key[c] = best
                if best > ubound:
                    ubound = best
                c += size[c]
            cut = mid + 2.0 * eps + 0.5 * ubound
            # Keys in preorder: the cheaper of the parent's key and the way in.
            nh = 0
            p = lo
            while p < hi:
                if dp[p] > cut:
                    p += size[p]
                    continue
                done[p] = False
                pp = ppar[p]
                if pp == kp:
                    if key[p] < np.inf:
                        nh = _push(hk, hv, nh, key[p], p)
                    p += 1
                    continue
                bound = key[pp]
                best = np.inf
                for e in range(pptr[p], pptr[p + 1]):
                    gg = in_g[e]
                    if gg >= bound:
                        break
                    q = in_q[e]
                    if q == kp or (q >= lo and q < hi):
                        continue
                    best = gg
                    break
                if best < bound:
                    key[p] = best
                    nh = _push(hk, hv, nh, best, p)
                else:
                    key[p] = bound
                p += 1
            # Dijkstra over regions.
            total = 0.0
            while nh > 0:
                kap = hk[0]
                b = hv[0]
                nh = _pop(hk, hv, nh)
                if done[b] or kap > key[b]:
                    continue
                acc = 0.0
                pz = b
                end = b + size[b]
                while pz < end:
                    dz = dp[pz]
                    if dz > cut or done[pz]:
                        pz += size[pz]
                        continue
                    done[pz] = True
                    key[pz] = kap
                    if dz < mid - eps:
                        wz = 2.0
                    elif dz <= mid + eps:
                        wz = 1.0
                    else:
                        wz = 0.0
                    if iic:
                        acc += wz * ap[pz] * (vp[pz] - 1.0 / (1.0 + dz + kap))
                    else:
                        acc += wz * av[pz]
                    for e in range(pptr[pz], pptr[pz + 1]):
                        nk = kap + out_g[e]
                        if nk >= ubound:
                            break
                        q = out_q[e]
                        if nk >= key[q]:  # settled, or no better (or stale: outside k's subtree)
                            continue
                        if q < lo or q >= hi or done[q] or dp[q] > cut:
                            continue
                        key[q] = nk
                        nh = _push(hk, hv, nh, nk, q)
                    pz += 1
                if iic:
                    total += acc
                else:
                    total += acc * -np.expm1(-kap)
            # Nodes no way reaches without k lose their whole value.
            pz = lo
            while pz < hi:
                dz = dp[pz]
                if dz > cut or done[pz]:
                    pz += size[pz]
                    continue
                if dz < mid - eps:
                    total += 2.0 * av[pz]
                elif dz <= mid + eps:
                    total += av[pz]
                pz += 1
            out[order[kp]] += a_s * total
    return out


_PYTHON = {
    "_push": _push,
    "_pop": _pop,
    "_sort_segments": _sort_segments,
    "_kernel": _kernel,
}


def _compile():
    """The compiled kernel (numba compiles it on first use: a few seconds, once per process,
    or once per installation where numba can write its cache beside this file)."""
    global _KERNEL
    if _KERNEL is not None:
        return _KERNEL
    numba = _numba()
    names = ("_push", "_pop", "_sort_segments", "_kernel")
    module = globals()
    for cache in (True, False):
        try:
            for name in names:
                module[name] = numba.njit(cache=cache, nogil=True)(_PYTHON[name])
            _KERNEL = module["_kernel"]
            _smallest_case(_KERNEL)
            return _KERNEL
        except Exception:  # noqa: BLE001 - no writable cache: compile in memory instead
            _KERNEL = None
            if not cache:
                raise
    return None


def _smallest_case(kernel) -> None:
    """Run ``kernel`` on a path of three nodes (compiles it)."""
    indptr = np.array([0, 1, 3, 4], dtype=np.int64)
    indices = np.array([1, 0, 2, 1], dtype=np.int64)
    dist = np.array([[0.0, 1.0, 2.0]])
    pred = np.array([[-9999, 0, 1]], dtype=np.int32)
    kernel(indptr, indices, np.ones(4), np.ones(3), np.array([0]), dist, np.exp(-dist), pred, False)


def warm_up() -> None:
    """Compile the kernel now (so that the first group of sources is not slow to report)."""
    _compile()


def connector_losses(
    indptr, indices, data, a, sources, dist, value, pred, iic: bool = False
) -> np.ndarray:
    """Connector losses of every node of one component, summed over ``sources``.

    ``indptr, indices, data``: the component's symmetric CSR graph (link weights
    ``-ln p``, or 1 for IIC); ``dist``, ``value``, ``pred``: one row per source (best path
    lengths, their values ``exp(-D)`` or ``1 / (1 + D)``, and scipy's predecessors, -9999
    at the root). Summed over all sources with ``a > 0`` this is the connector part of
    :func:`.indices.node_importance` (each pair is counted from one end, see the module
    docstring)."""
    kernel = _compile()
    return kernel(
        np.ascontiguousarray(indptr, dtype=np.int64),
        np.ascontiguousarray(indices, dtype=np.int64),
        np.ascontiguousarray(data, dtype=np.float64),
        np.ascontiguousarray(a, dtype=np.float64),
        np.ascontiguousarray(sources, dtype=np.int64),
        np.ascontiguousarray(dist, dtype=np.float64),
        np.ascontiguousarray(value, dtype=np.float64),
        np.ascontiguousarray(pred, dtype=np.int32),
        bool(iic),
    )
