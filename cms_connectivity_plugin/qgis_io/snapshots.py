"""Read-only snapshots of input layers, taken on the main thread before a background run.

A Processing algorithm run from the dock or the toolbox executes ``processAlgorithm`` on a
worker thread, and a path parameter resolves to the project's own loaded layer when one has
that source. Reading that layer from the worker while the main thread renders, restyles or
removes it crashes QGIS at random (seen in ``table_from_layer`` under load). QGIS's own pattern
is followed instead: ``prepareAlgorithm`` runs on the main thread, where each input layer is
turned into a snapshot (a ``QgsVectorLayerFeatureSource``, which is safe to iterate from any
thread, plus copies of the fields, CRS and names); the worker reads only snapshots.

Snapshots read features without QGIS's invalid-geometry check: the plugin repairs and names
invalid geometries itself, and QGIS 3.22's check crashes on some invalid features.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFields,
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsVectorLayerSelectedFeatureSource,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QThread

from .i18n import tr


def on_own_thread(layer: QgsMapLayer) -> bool:
    """True when ``layer`` belongs to the calling thread (safe to read directly)."""
    return sip.unwrapinstance(layer.thread()) == sip.unwrapinstance(QThread.currentThread())


def require_own_thread(layer: QgsMapLayer) -> None:
    """Refuse to read a layer that another thread owns: a programming error, made loud.

    Without this check the read works in most runs and crashes QGIS in some; with it, every
    run of the offending code path fails the same way, in tests too.
    """
    if not on_own_thread(layer):
        raise RuntimeError(
            tr(
                "Internal error: the layer '{layer}' was read from a background thread. "
                "Please report this problem; meanwhile run the algorithm from the toolbox."
            ).format(layer=layer.name())
        )


class VectorSnapshot:
    """What an algorithm reads from a vector layer, frozen when the run starts.

    It answers the calls the algorithms make on a layer or a feature source (``fields``,
    ``getFeatures``, ``crs``/``sourceCrs``, ``name``/``sourceName``, ``source``,
    ``wkbType``), so ``table_from_layer`` takes either. Nothing costly (extent, feature
    count) is computed for it.
    """

    def __init__(self, layer: QgsVectorLayer, selected_only: bool = False) -> None:
        require_own_thread(layer)
        self._source = (
            QgsVectorLayerSelectedFeatureSource(layer)
            if selected_only
            else QgsVectorLayerFeatureSource(layer)
        )
        self._fields = QgsFields(layer.fields())
        self._crs = QgsCoordinateReferenceSystem(layer.crs())
        self._name = layer.name()
        self._uri = layer.source()
        self._wkb_type = layer.wkbType()

    def fields(self) -> QgsFields:
        return QgsFields(self._fields)

    def getFeatures(self, request: QgsFeatureRequest | None = None):  # noqa: N802
        request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
        request.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        return self._source.getFeatures(request)

    def crs(self) -> QgsCoordinateReferenceSystem:
        return QgsCoordinateReferenceSystem(self._crs)

    sourceCrs = crs  # noqa: N815 - QgsFeatureSource's name

    def name(self) -> str:
        return self._name

    sourceName = name  # noqa: N815 - QgsFeatureSource's name

    def source(self) -> str:
        return self._uri

    def wkbType(self):  # noqa: N802
        return self._wkb_type

    def isValid(self) -> bool:  # noqa: N802
        return True


class RasterSnapshot:
    """A raster input as the algorithms use it: its file, name and CRS.

    The core reads the file itself (GDAL), so nothing of the project's raster layer is
    touched from the worker.
    """

    def __init__(self, layer: QgsRasterLayer) -> None:
        require_own_thread(layer)
        self._uri = layer.source()
        self._name = layer.name()
        self._crs = QgsCoordinateReferenceSystem(layer.crs())

    def source(self) -> str:
        return self._uri

    def name(self) -> str:
        return self._name

    def crs(self) -> QgsCoordinateReferenceSystem:
        return QgsCoordinateReferenceSystem(self._crs)

    def isValid(self) -> bool:  # noqa: N802
        return True


def snapshot(layer: QgsMapLayer | None, selected_only: bool = False):
    """The snapshot of ``layer`` (vector or raster); None for None."""
    if layer is None:
        return None
    if isinstance(layer, QgsVectorLayer):
        return VectorSnapshot(layer, selected_only)
    if isinstance(layer, QgsRasterLayer):
        return RasterSnapshot(layer)
    raise TypeError(f"unsupported layer type for a snapshot: {type(layer).__name__}")


def selected_only(value) -> bool:
    """Whether a parameter value asks for the selected features only."""
    return isinstance(value, QgsProcessingFeatureSourceDefinition) and bool(
        value.selectedFeaturesOnly
    )
