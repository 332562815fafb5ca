"""What every algorithm of the provider shares: id, group, a fresh instance, error mapping."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ...core.errors import CancelledError, InputError
from ...qgis_io.compat import no_threading_flag
from ...qgis_io.i18n import tr
from ...qgis_io.snapshots import selected_only, snapshot

#: Parameter types whose layers are snapshotted on the main thread before a threaded run.
_LAYER_TYPES = frozenset({"vector", "source", "multilayer", "raster", "layer"})


def group_name(group_id: str) -> str:
    """Translated group names (literal tr() calls so pylupdate5 collects them)."""
    names = {
        "workflow": tr("Workflow"),
        "inputs": tr("Inputs"),
        "planning": tr("Planning"),
        "connectivity": tr("Connectivity"),
        "tfca": tr("TFCA and reports"),
        "marxan": tr("Marxan"),
    }
    return names.get(group_id, group_id)


def _snapshot_or(method: str):
    """``QgsProcessingAlgorithm.<method>`` answering with the snapshot taken for the
    parameter in :meth:`CmsAlgorithm.prepareAlgorithm`, when there is one."""
    qgis_method = getattr(QgsProcessingAlgorithm, method)

    def answer(self, parameters, name, context):
        taken = self._snapshot(name)
        if taken is _NOT_TAKEN:
            return qgis_method(self, parameters, name, context)
        return list(taken) if isinstance(taken, list) else taken

    answer.__name__ = method
    return answer


class CmsAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALG_ID`` (stable, lowercase) and ``GROUP_ID``.

    Input layers are taken in :meth:`prepareAlgorithm`, which QGIS runs on the main thread,
    as read-only snapshots (``qgis_io/snapshots.py``); ``parameterAsSource``,
    ``parameterAsVectorLayer``, ``parameterAsLayerList``, ``parameterAsRasterLayer`` and
    ``parameterAsLayer`` then return the snapshots, so ``processAlgorithm`` on a worker
    thread never touches a layer the project or the map canvas owns. Algorithms that run
    on the main thread (``FlagNoThreading``: print layouts) get the real layers.
    """

    ALG_ID = ""
    GROUP_ID = ""

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ALG_ID

    def group(self) -> str:
        return group_name(self.GROUP_ID)

    def groupId(self) -> str:
        return self.GROUP_ID

    # -- inputs taken on the main thread ----------------------------------------------------
    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self._snapshots = {}
        if self.flags() & no_threading_flag():
            return True
        base = QgsProcessingAlgorithm
        try:
            for definition in self.parameterDefinitions():
                kind = definition.type()
                key = definition.name()
                if kind not in _LAYER_TYPES or parameters.get(key) in (None, ""):
                    continue
                if kind == "multilayer":
                    layers = base.parameterAsLayerList(self, parameters, key, context)
                    self._snapshots[key] = [snapshot(layer) for layer in layers]
                elif kind == "raster":
                    layer = base.parameterAsRasterLayer(self, parameters, key, context)
                    self._snapshots[key] = snapshot(layer)
                elif kind == "layer":
                    self._snapshots[key] = snapshot(
                        base.parameterAsLayer(self, parameters, key, context)
                    )
                else:
                    layer = base.parameterAsVectorLayer(self, parameters, key, context)
                    self._snapshots[key] = snapshot(layer, selected_only(parameters.get(key)))
        except RuntimeError as exc:
            raise QgsProcessingException(str(exc)) from None
        return True

    def _snapshot(self, name: str):
        return getattr(self, "_snapshots", {}).get(name, _NOT_TAKEN)

    # The snapshot when one was taken, else QGIS's own answer (main-thread runs, no layer).
    parameterAsSource = _snapshot_or("parameterAsSource")  # noqa: N815
    parameterAsVectorLayer = _snapshot_or("parameterAsVectorLayer")  # noqa: N815
    parameterAsRasterLayer = _snapshot_or("parameterAsRasterLayer")  # noqa: N815
    parameterAsLayer = _snapshot_or("parameterAsLayer")  # noqa: N815
    parameterAsLayerList = _snapshot_or("parameterAsLayerList")  # noqa: N815


#: Marks a parameter that no snapshot was taken for (not a layer, or not given).
_NOT_TAKEN = object()


@contextlib.contextmanager
def core_errors() -> Iterator[None]:
    """Show the core's one-line messages as Processing errors, never as tracebacks."""
    try:
        yield
    except (InputError, CancelledError) as exc:
        raise QgsProcessingException(str(exc)) from None
