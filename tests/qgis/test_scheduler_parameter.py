"""The SCHEDULER parameter: an algorithm given a Dask scheduler's address sends its heavy work
there (a scheduler started here, in this process, on a TCP port) and gives the same result;
a bad address is one clear Processing error."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from tests.qgis.test_amounts_algorithm import _features, _units


@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, processes=False, protocol="tcp", dashboard_address=None
    ) as cluster:
        yield cluster


def _amounts(params: dict) -> dict:
    import processing

    result = processing.run(
        "cmsconnectivity:amounts",
        {
            "UNITS": _units(),
            "UNIT_ID": "pu",
            "FEATURES": _features(),
            "FEATURE_FIELDS": ["species", "season"],
            "CRS": "EPSG:3035",
            "OUTPUT": "memory:",
            **params,
        },
    )
    return {(f["unit_id"], f["feature"]): f["amount_km2"] for f in result["OUTPUT"].getFeatures()}


def test_amounts_go_to_the_scheduler_and_match_the_local_run(processing_ready, scheduler):
    from cms_connectivity_plugin.core import cluster

    local = _amounts({})
    before = set(scheduler.scheduler.task_prefixes)
    remote = _amounts({"SCHEDULER": scheduler.scheduler_address})
    assert remote == local
    assert set(scheduler.scheduler.task_prefixes) - before  # tasks ran on the cluster
    assert cluster.chosen() == (None, None)  # the choice ends with the run


def test_an_unreachable_scheduler_is_one_clear_error(processing_ready):
    with pytest.raises(QgsProcessingException, match="127.0.0.1:9"):
        _amounts({"SCHEDULER": "tcp://127.0.0.1:9"})


def _site_rows(result: dict, key: str) -> list[tuple]:
    layer = result[key]
    names = layer.fields().names()
    return sorted(tuple(f.attributes()) for f in layer.getFeatures()), names


def test_site_importance_and_protconn_go_to_the_scheduler_and_match(processing_ready, scheduler):
    """The dPC node loop of ``connectivity`` and the dProtConn one of ``protconn`` run as tasks
    on the cluster (the largest component goes whatever its size) with the same numbers."""
    import processing

    from tests.qgis.test_connectivity_algorithms import LAEA, borders, protected_areas, three_sites

    connectivity = {
        "INPUT": three_sites(),
        "ATTRIBUTE": "a",
        "DISPERSAL_KM": 10.0,
        "PROBABILITY": 0.5,
        "PIJ_MIN": 0.0,
        "CRS": LAEA,
        "OUTPUT": "memory:",
    }
    protconn = {
        "INPUT": [protected_areas()],
        "COUNTRIES": "xxx",
        "BORDERS": borders(),
        "DISPERSAL_KM": "10",
        "BUFFER": 50.0,
        "PIJ_MIN": 0.0,
        "OUTPUT": "memory:",
        "NODES": "memory:",
        "NEIGHBOURS": "memory:",
    }
    for algorithm, params, key in (
        ("cmsconnectivity:connectivity", connectivity, "OUTPUT"),
        ("cmsconnectivity:protconn", protconn, "NODES"),
    ):
        local = _site_rows(processing.run(algorithm, params), key)
        before = _tasks_run(scheduler)
        remote = _site_rows(
            processing.run(algorithm, {**params, "SCHEDULER": scheduler.scheduler_address}), key
        )
        assert remote == local, algorithm
        assert _tasks_run(scheduler) > before, algorithm


def _tasks_run(scheduler) -> int:
    """Node-loop tasks the scheduler has seen finish (a plugin counts them as they finish)."""
    from distributed.diagnostics.plugin import SchedulerPlugin

    class Finished(SchedulerPlugin):
        name = "cms-finished-node-tasks"
        count = 0

        def transition(self, key, start, finish, *args, **kwargs):
            if finish == "memory" and str(key).startswith(("_fast_group", "_subtree_task")):
                type(self).count += 1

    plugins = scheduler.scheduler.plugins
    if Finished.name not in plugins:
        scheduler.scheduler.add_plugin(Finished())
    return type(plugins[Finished.name]).count
