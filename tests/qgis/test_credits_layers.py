"""Credits read what the input layers say of themselves: metadata, attribution, citations."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsLayerMetadata, QgsProject, QgsVectorLayer

from cms_connectivity_plugin.core.credits import SourceNote, credits_text
from cms_connectivity_plugin.core.workflow import WorkflowSettings
from cms_connectivity_plugin.qgis_io.credits import source_notes

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def test_project_layer_metadata_and_citations(qgis_app):
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:4326&field=binomial:string&field=citation:string", "ramsar", "memory"
    )
    provider = layer.dataProvider()
    from qgis.core import QgsFeature

    features = []
    for name, citation in (("A a", "BirdLife (2024)"), ("B b", "BirdLife (2024)"), ("C c", "")):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, citation])
        features.append(feature)
    provider.addFeatures(features)
    metadata = QgsLayerMetadata()
    metadata.setLicenses(["ODbL 1.0"])
    metadata.setRights(["© OpenStreetMap contributors"])
    layer.setMetadata(metadata)
    plain = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "plain", "memory")
    project = QgsProject()
    project.addMapLayers([layer, plain])
    try:
        notes = source_notes([layer.id(), plain.id(), "/no/such/file.gpkg", ""], project)
        assert notes == {
            layer.id(): SourceNote(
                attribution="© OpenStreetMap contributors",
                licence="ODbL 1.0",
                citations=("BirdLife (2024)",),
            )
        }
        text = credits_text(
            WorkflowSettings(data_source="layers", sites=(layer.id(),)), notes=notes
        )
        assert (
            "(© OpenStreetMap contributors; ODbL 1.0)" in text and "Cite: BirdLife (2024)." in text
        )
    finally:
        project.removeAllMapLayers()


def test_iucn_range_file_citations(qgis_app):
    archive = SHARED / "iucn_schema_ranges" / "EXAMPLE_SPECIES.zip"
    if not archive.exists():
        pytest.skip("../shared/data is not here")
    ref = f"/vsizip/{archive}"
    notes = source_notes([ref], QgsProject())
    # Its citation field is empty; its compiler field says where the ranges come from.
    assert notes[ref] == SourceNote(attribution="compiler: Derived from GBIF")
