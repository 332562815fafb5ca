"""What the input layers say about themselves, for the credits of maps and report.

Read on the main thread (the package step runs there): a reference names a project layer
(id or source) or a file, which is opened here read-only. Nothing is written to the layers.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer

from ..core.credits import SourceNote
from .i18n import tr
from .layers import find_layer

#: Fields whose values are citations of the data (IUCN / BirdLife range schema).
CITATION_FIELDS = ("citation", "CITATION")
#: Fields naming who compiled the data (same schema), used when the layer has no attribution.
COMPILER_FIELDS = ("compiler", "COMPILER")
#: A layer with one of these fields is a WDPA release.
WDPA_FIELDS = ("WDPAID", "wdpaid", "WDPA_PID")
#: More distinct citations than this are a compilation: the first ones are named.
MAX_CITATIONS = 5


def _layer(ref: str, project: QgsProject) -> QgsMapLayer | None:
    layer = find_layer(ref, project)
    if layer is not None:
        return layer
    opened = QgsVectorLayer(ref, "", "ogr")
    return opened if opened.isValid() else None


def note_of(layer: QgsMapLayer) -> SourceNote:
    """Attribution, licence and citations of one layer (empty when it says nothing)."""
    metadata = layer.metadata()
    licence = "; ".join(t for t in metadata.licenses() if t.strip())
    rights = "; ".join(t for t in metadata.rights() if t.strip())
    attribution = layer.attribution().strip() or rights
    citations: list[str] = []
    wdpa = False
    if isinstance(layer, QgsVectorLayer):
        citations = _values(layer, CITATION_FIELDS)
        if not attribution:
            compilers = _values(layer, COMPILER_FIELDS)
            if compilers:
                attribution = tr("compiler: {names}").format(names=", ".join(compilers))
        wdpa = any(layer.fields().indexOf(name) >= 0 for name in WDPA_FIELDS)
    return SourceNote(attribution, licence, tuple(citations), wdpa)


def _values(layer: QgsVectorLayer, names: tuple[str, ...]) -> list[str]:
    """The first few distinct non-empty values of the first of ``names`` the layer has."""
    for name in names:
        index = layer.fields().indexOf(name)
        if index >= 0:
            values = layer.uniqueValues(index, MAX_CITATIONS + 1)
            return sorted(str(v).strip() for v in values if v and str(v).strip())[:MAX_CITATIONS]
    return []


def source_notes(refs: Iterable[str], project: QgsProject | None = None) -> dict[str, SourceNote]:
    """``{ref: SourceNote}`` for the references that name a readable layer saying something."""
    project = project or QgsProject.instance()
    notes = {}
    for ref in dict.fromkeys(r for r in refs if r):
        layer = _layer(ref, project)
        if layer is None:
            continue
        note = note_of(layer)
        if note != SourceNote():
            notes[ref] = note
    return notes
