"""Inside the QGIS desktop (``qgis --code``): local Dask workers start and compute dPC.

Run by ``scripts/desktop_workers.sh``. Writes a JSON report to ``$CMS_OUT``: QGIS's own
``sys.executable``, the executables the workers run under, and whether dPC on two local
workers equals dPC computed in QGIS's process, bit for bit; then quits QGIS.
"""

import json
import os
import sys

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer


def _run() -> None:
    report = {"qgis_sys_executable": sys.executable}
    try:
        import numpy as np

        from cms_connectivity_plugin.core import cluster
        from cms_connectivity_plugin.core.connectivity.indices import network, node_importance

        rng = np.random.default_rng(1)
        n = 80
        i, j = np.triu_indices(n, 1)
        p = rng.uniform(0.05, 0.9, len(i)) * (rng.uniform(size=len(i)) < 0.08)
        net = network(rng.uniform(0.1, 2.0, n), i, j, p)
        here = node_importance(net, "PC")
        with cluster.cluster_client(workers=2) as client:
            there = node_importance(net, "PC", client=client)
            report["worker_executables"] = sorted(
                set(client.run(lambda: __import__("sys").executable).values())
            )
        report["identical"] = bool(
            here.num == there.num
            and np.array_equal(here.connector, there.connector)
            and np.array_equal(here.flux, there.flux)
        )
    except Exception as error:  # noqa: BLE001 - reported in the file
        report["error"] = f"{type(error).__name__}: {error}"
    with open(os.environ["CMS_OUT"], "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    QgsApplication.exit(0)


QTimer.singleShot(3000, _run)
