"""Small Qt/QGIS helpers shared by the step panels: forms, layer references, result layers."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from qgis.core import (
    QgsFillSymbol,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsCheckableComboBox
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, pyqtSignal

from ..core.crs import is_metric
from ..qgis_io.i18n import tr
from ..qgis_io.layers import find_layer
from ..qgis_io.postprocess import style_layer
from ..qgis_io.resources import resource_path

#: Custom property naming the workflow output a project layer holds.
KEY_PROPERTY = "cms_connectivity/output_key"
#: Custom property of a layer whose output is out of date (an earlier step's settings changed).
STALE_PROPERTY = "cms_connectivity/outdated_key"
GROUP_NAME = "CMS Connectivity Planner"


@cache
def form_class(name: str):
    """The Designer form class of ``resources/ui/<name>``."""
    form, _base = uic.loadUiType(str(resource_path("ui", name)))
    return form


def layer_ref(layer: QgsMapLayer | None) -> str:
    """How settings name a layer: its source (portable), or its id for memory layers."""
    if layer is None:
        return ""
    if layer.providerType() == "memory":
        return layer.id()
    return layer.source()


def layer_problems(
    ref: str, what: str, kinds: tuple[str, ...], projected: bool = False
) -> list[str]:
    """Checks of one chosen layer that would make a run fail: missing, CRS, geometry type."""
    if not ref:
        return []
    layer = find_layer(ref)
    if layer is None:
        if Path(ref.split("|")[0]).exists():
            return []  # a file: Processing opens it and checks it
        return [
            tr("{what}: the layer '{ref}' is no longer in the project: choose it again.").format(
                what=what, ref=ref
            )
        ]
    out: list[str] = []
    if not layer.isValid():
        out.append(
            tr("{what}: the layer '{name}' cannot be read: check its file.").format(
                what=what, name=layer.name()
            )
        )
        return out
    if not layer.crs().isValid():
        out.append(
            tr(
                "{what}: the layer '{name}' has no CRS: set it in Layer Properties > Source."
            ).format(what=what, name=layer.name())
        )
    elif projected and not is_metric(layer.crs().toWkt()):
        out.append(
            tr(
                "{what}: the layer '{name}' is not in a projected CRS in metres ({crs}): "
                "reproject it to a projected CRS in metres (Vector > Data Management > "
                "Reproject layer)."
            ).format(what=what, name=layer.name(), crs=layer.crs().authid())
        )
    if isinstance(layer, QgsVectorLayer):
        geometry = QgsWkbTypes.geometryDisplayString(layer.geometryType())
        wanted = {
            "polygon": QgsWkbTypes.PolygonGeometry,
            "point": QgsWkbTypes.PointGeometry,
        }
        if "raster" in kinds or not any(layer.geometryType() == wanted[k] for k in kinds):
            out.append(
                tr(
                    "{what}: the layer '{name}' has {geometry} geometries; it needs {kinds}."
                ).format(
                    what=what,
                    name=layer.name(),
                    geometry=geometry.lower(),
                    kinds=" / ".join(_kind_word(k) for k in kinds),
                )
            )
    elif isinstance(layer, QgsRasterLayer) and "raster" not in kinds:
        out.append(
            tr("{what}: '{name}' is a raster; choose a vector layer.").format(
                what=what, name=layer.name()
            )
        )
    return out


def _kind_word(kind: str) -> str:
    return {"polygon": tr("polygons"), "point": tr("points"), "raster": tr("a raster")}[kind]


def output_names() -> dict[str, str]:
    """Layer names of the workflow outputs shown in the layer tree (translated)."""
    return {
        "simulated_ranges": tr("Simulated species ranges"),
        "simulated_protected_areas": tr("Simulated protected areas"),
        "study_area": tr("Study area"),
        "tracked_ranges": tr("Ranges from tracking data"),
        "ranges": tr("Species ranges (prepared)"),
        "sites": tr("Existing sites (prepared)"),
        "site_network": tr("Site network"),
        "planning_units": tr("Planning units"),
        "solution": tr("Plan: selected planning units"),
        "targets_met": tr("Targets met"),
        "protconn": tr("ProtConn per country"),
        "protconn_neighbours": tr("ProtConn: share from each neighbour"),
        "site_importance": tr("Site importance (dPC)"),
        "corridors": tr("Corridors"),
        "corridor_raster": tr("Corridor widths"),
        "flyway_sites": tr("Flyway stopover sites"),
        "flyway_links": tr("Flyway links"),
        "tfca_candidates": tr("TFCA candidates"),
    }


#: Style role of each output that ships a style.
ROLES = {
    "simulated_ranges": "species_ranges",
    "tracked_ranges": "species_ranges",
    "ranges": "species_ranges",
    "simulated_protected_areas": "protected_areas",
    "sites": "protected_areas",
    "study_area": "countries",
    "solution": "planning_units",
    "corridors": "corridors",
    "site_importance": "site_importance",
    "tfca_candidates": "tfca_candidates",
}


#: Outputs that make earlier ones redundant on the map (they stay in the group, unticked).
HIDES = {
    "ranges": ("simulated_ranges", "tracked_ranges"),
    "sites": ("simulated_protected_areas",),
    "solution": ("planning_units",),
}


def result_layer(key: str, source: str) -> QgsMapLayer | None:
    """Open the output ``key`` written at ``source`` (vector or raster), or None."""
    path = source.split("|")[0]
    name = output_names().get(key, key)
    if path.lower().endswith((".tif", ".tiff")):
        layer: QgsMapLayer = QgsRasterLayer(source, name)
    elif path.lower().endswith(".gpkg") or "|layername=" in source:
        layer = QgsVectorLayer(source, name, "ogr")
    else:
        return None
    return layer if layer.isValid() else None


def add_result(key: str, source: str, project: QgsProject | None = None) -> QgsMapLayer | None:
    """Load an output into the plugin's layer group, styled, replacing the previous one."""
    project = project or QgsProject.instance()
    layer = result_layer(key, source)
    if layer is None:
        return None
    ours = project.layerTreeRoot().findGroup(GROUP_NAME)
    for old in list(project.mapLayers().values()):
        if key not in (old.customProperty(KEY_PROPERTY), old.customProperty(STALE_PROPERTY)):
            continue
        if ours is not None and ours.findLayer(old.id()) is None:
            # A copy the user made (Duplicate, Make permanent) carries our property but is
            # theirs: it loses the key and stays.
            old.removeCustomProperty(KEY_PROPERTY)
            old.removeCustomProperty(STALE_PROPERTY)
            continue
        project.removeMapLayer(old.id())
    layer.setCustomProperty(KEY_PROPERTY, key)
    if key in ROLES:
        style_layer(layer, ROLES[key])
    elif isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.PolygonGeometry:
        # Intermediate polygons: outlines only, so the styled results beneath stay readable.
        layer.renderer().setSymbol(
            QgsFillSymbol.createSimple(
                {"style": "no", "outline_color": "120,120,120,160", "outline_width": "0.1"}
            )
        )
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP_NAME) or root.insertGroup(0, GROUP_NAME)
    project.addMapLayer(layer, False)
    group.insertLayer(0, layer)
    if key in HIDES:
        for other in project.mapLayers().values():
            if other.customProperty(KEY_PROPERTY) in HIDES[key]:
                node = root.findLayer(other.id())
                if node is not None:
                    node.setItemVisibilityChecked(False)
    return layer


def output_layer(key: str, project: QgsProject | None = None) -> QgsMapLayer | None:
    project = project or QgsProject.instance()
    for layer in project.mapLayers().values():
        if layer.customProperty(KEY_PROPERTY) == key:
            return layer
    return None


def mark_outdated(keys, project: QgsProject | None = None) -> int:
    """Keep the layers of outputs that are out of date, renamed and no longer used.

    They lose their output key, so no step reads them and the candidates table no longer
    lists them; the next run of their step replaces them. Returns how many were marked.
    """
    project = project or QgsProject.instance()
    marked = 0
    for layer in project.mapLayers().values():
        key = layer.customProperty(KEY_PROPERTY)
        if key in keys:
            layer.removeCustomProperty(KEY_PROPERTY)
            layer.setCustomProperty(STALE_PROPERTY, key)
            layer.setName(tr("{name} (out of date)").format(name=layer.name()))
            marked += 1
    return marked


class LayerChecklist(QgsCheckableComboBox):
    """Pick several project layers at once (e.g. the 7 Ramsar shapefiles of a country).

    Lists the project's layers of the given geometry types and keeps the ticks when layers
    come and go. It also answers the single-layer calls of a ``QgsMapLayerComboBox``
    (``setLayer``, ``currentLayer``, ``layerChanged``), the first ticked layer standing for
    the others, so one-layer code keeps working.
    """

    layerChanged = pyqtSignal(object)  # noqa: N815 - QgsMapLayerComboBox's name

    def __init__(self, geometry_types: tuple[int, ...], parent=None) -> None:
        super().__init__(parent)
        self.geometry_types = geometry_types
        self._filling = False
        self._extra: list[str] = []  # chosen files that are not loaded in the project
        self.setDefaultText(tr("(none)"))
        # Long layer names must not widen the dock: the list shows them in full anyway.
        self.setSizeAdjustPolicy(QgsCheckableComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        project = QgsProject.instance()
        project.layersAdded.connect(self._refill)
        project.layersRemoved.connect(self._refill)
        self.checkedItemsChanged.connect(self._changed)
        self._fill([])

    def _candidates(self) -> list[QgsMapLayer]:
        layers = [
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if isinstance(layer, QgsVectorLayer) and layer.geometryType() in self.geometry_types
        ]
        return sorted(layers, key=lambda layer: layer.name().lower())

    def _fill(self, refs: list[str]) -> None:
        self._filling = True
        try:
            self.clear()
            known = set()
            for layer in self._candidates():
                ref = layer_ref(layer)
                known.add(ref)
                state = Qt.Checked if ref in refs else Qt.Unchecked
                self.addItemWithCheckState(layer.name(), state, ref)
            self._extra = [r for r in refs if r and r not in known]
            for ref in self._extra:
                self.addItemWithCheckState(Path(ref.split("|")[0]).name, Qt.Checked, ref)
        finally:
            self._filling = False

    def _refill(self, *args) -> None:
        self._fill(self.refs())

    def refs(self) -> list[str]:
        return [str(value) for value in self.checkedItemsData()]

    def set_refs(self, refs) -> None:
        before = self.refs()
        self._fill([r for r in refs if r])
        if self.refs() != before:
            self._changed()

    def setLayer(self, layer: QgsMapLayer | None) -> None:  # noqa: N802
        self.set_refs([layer_ref(layer)] if layer is not None else [])

    def currentLayer(self) -> QgsMapLayer | None:  # noqa: N802
        refs = self.refs()
        return find_layer(refs[0]) if refs else None

    def _changed(self, *args) -> None:
        if not self._filling:
            self.layerChanged.emit(self.currentLayer())
