"""Site graphs: edge-to-edge and centroid distances through an STRtree, the cut-off and
pruning, distance tables, representative points, and every parameter recorded."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely import box

from cms_connectivity_plugin.core.connectivity.graph import (
    GraphParams,
    build_graph,
    graph_from_table,
    representative_points,
)
from cms_connectivity_plugin.core.errors import InputError

KM = 1000.0


def squares():
    return np.array(
        [
            box(0, 0, 10 * KM, 10 * KM),
            box(15 * KM, 0, 17 * KM, 10 * KM),
            box(22 * KM, 0, 32 * KM, 10 * KM),
        ],
        dtype=object,
    )


def test_edge_distances_and_area_attribute():
    g = build_graph(squares(), GraphParams(d=10 * KM, pij_min=0.0, cutoff=None))
    assert g.attribute == pytest.approx([100.0, 20.0, 100.0])
    pairs = {(int(i), int(j)): d for i, j, d in zip(g.i, g.j, g.distance)}
    assert pairs == pytest.approx({(0, 1): 5 * KM, (1, 2): 5 * KM, (0, 2): 12 * KM})
    net = g.network()
    assert net.p == pytest.approx([0.5**0.5, 0.5**1.2, 0.5**0.5])
    assert net.adjacent.tolist() == [True, False, True]  # IIC: d_ij <= d = 10 km


def test_cutoff_and_pruning():
    params = GraphParams(d=10 * KM, cutoff=8 * KM, pij_min=0.0)
    g = build_graph(squares(), params)
    assert len(g.i) == 2 and g.limit == 8 * KM
    # pij_min 0.5 ** 1.1: links only up to 11 km.
    params = GraphParams(d=10 * KM, pij_min=0.5**1.1)
    assert params.pruning_distance == pytest.approx(11 * KM)
    assert len(build_graph(squares(), params).network().i) == 2
    # The default 0.001 keeps links to about 10 d.
    assert GraphParams(d=10 * KM).pruning_distance == pytest.approx(
        10 * KM * math.log(0.001) / math.log(0.5)
    )


def test_attribute_field_and_errors():
    g = build_graph(squares(), GraphParams(d=10 * KM), attribute=[1, 0, "2.5"])
    assert g.attribute.tolist() == [1.0, 0.0, 2.5]
    with pytest.raises(InputError, match=r"feature ids 2\b"):
        build_graph(squares(), GraphParams(), attribute=[1, -1, 2], ids=[1, 2, 3], layer="pa")
    with pytest.raises(InputError, match="without geometry"):
        geoms = squares()
        geoms[1] = shapely.from_wkt("POLYGON EMPTY")
        build_graph(geoms, GraphParams())


def test_centroid_distance_uses_largest_part_and_stays_inside():
    crescent = box(0, 0, 10, 10).difference(box(2, 2, 10, 8))  # centroid outside the shape
    two_parts = shapely.multipolygons([box(100, 0, 110, 10), box(200, 0, 201, 1)])
    pts = representative_points(np.array([crescent, two_parts], dtype=object))
    assert shapely.within(pts[0], crescent)
    assert pts[1].equals(shapely.Point(105, 5))
    g = build_graph(
        np.array([crescent, two_parts], dtype=object),
        GraphParams(distance="centroid", d=100.0, pij_min=0.0),
    )
    assert g.distance[0] == pytest.approx(shapely.distance(pts[0], pts[1]))


def test_strtree_handles_many_sites_without_a_dense_matrix():
    rng = np.random.default_rng(0)
    xy = rng.uniform(0, 500 * KM, (6000, 2))
    geoms = shapely.buffer(shapely.points(xy), 300.0, quad_segs=2)
    g = build_graph(geoms, GraphParams(d=1 * KM, cutoff=3 * KM))
    assert len(g.i) < 6000 * 20  # sparse: a dense matrix would hold 18 million pairs
    assert np.all(g.distance <= 3 * KM) and np.all(g.i < g.j)
    with pytest.raises(InputError, match="cut-off"):
        build_graph(geoms, GraphParams(d=1 * KM, pij_min=0.0, cutoff=None))


def test_distance_table():
    g = graph_from_table(
        ["a", "b", "c"],
        [1, 2, 3],
        [("a", "b", 5.0), ("b", "a", 4.0), ("c", "c", 0.0), ("b", "c", "7")],
        GraphParams(d=10.0, pij_min=0.0),
    )
    assert g.params.distance == "table"
    assert list(zip(g.i.tolist(), g.j.tolist(), g.distance.tolist())) == [(0, 1, 4.0), (1, 2, 7.0)]
    with pytest.raises(InputError, match="Line 2 of flows.txt names node x"):
        graph_from_table(
            ["a", "b"], [1, 1], [("a", "b", 1), ("a", "x", 1)], GraphParams(), source="flows.txt"
        )
    with pytest.raises(InputError, match="Line 1 .* '-3'"):
        graph_from_table(["a", "b"], [1, 1], [("a", "b", -3)], GraphParams())
    with pytest.raises(InputError, match="appears twice"):
        graph_from_table(["a", "a"], [1, 1], [], GraphParams())


def test_params_validated_and_recorded():
    with pytest.raises(InputError, match="median dispersal distance"):
        GraphParams(d=0).validate()
    with pytest.raises(InputError, match="between 0 and 1"):
        GraphParams(p=1.0).validate()
    with pytest.raises(InputError, match="pij_min"):
        GraphParams(pij_min=1.2).validate()
    with pytest.raises(InputError, match="distance type"):
        GraphParams(distance="cost").validate()
    record = GraphParams(d=5 * KM, cutoff=20 * KM, iic_distance=2 * KM).as_dict()
    for key in (
        "distance",
        "d",
        "p",
        "cutoff",
        "pij_min",
        "kernel",
        "iic_distance",
        "attribute",
        "k_per_unit",
        "pc_link_limit",
        "iic_link_limit",
    ):
        assert key in record
    assert record["pc_link_limit"] == 20 * KM and record["iic_link_limit"] == 2 * KM


def test_with_params_and_subgraph():
    g = build_graph(squares(), GraphParams(d=10 * KM, cutoff=15 * KM, pij_min=0.0))
    shorter = g.with_params(GraphParams(d=1 * KM, cutoff=15 * KM, pij_min=0.0))
    assert shorter.network().p == pytest.approx([0.5**5, 0.5**12, 0.5**5])
    with pytest.raises(InputError, match="rebuild"):
        g.with_params(GraphParams(d=10 * KM, cutoff=30 * KM))
    sub = g.subgraph(np.array([True, False, True]))
    assert sub.n == 2 and sub.i.tolist() == [0] and sub.distance.tolist() == [12 * KM]
