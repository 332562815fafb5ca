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
