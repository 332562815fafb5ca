"""A package is published whole or not at all; map titles never come out cut or boxed."""

from __future__ import annotations

import errno
import hashlib
import json
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from cms_connectivity_plugin.core.workflow import WorkflowSettings
from cms_connectivity_plugin.qgis_io import export
from tests.qgis.conftest import check_package


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_failure_halfway_leaves_the_earlier_package_as_it_was(
    processing_ready, tmp_path, monkeypatch
):
    from cms_connectivity_plugin.qgis_io.run import run_to_folder

    out = tmp_path / "package"
    settings = WorkflowSettings(countries=("FRA", "ESP"), n_species=3, cell_area_km2=4000.0)
    run_to_folder(settings, out)
    check_package(out)
    before = _digest(out)

    real_build_report = export.build_report

    def disk_full(*args, **kwargs):  # the maps are written, then the disk fills up
        real_build_report(*args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "build_report", disk_full)
    with pytest.raises(OSError, match="No space left"):
        run_to_folder(settings.with_changes(n_species=2, seed=7), out)
    after = _digest(out)
    # The package of the first run (GeoPackage, maps, atlas pages, report, summaries: the
    # files its manifest lists), untouched; no staging folder left.
    package = json.loads((out / export.MANIFEST).read_text(encoding="utf-8"))
    assert len(package) > 10 and "tfca_map.pdf" in package
    assert {name: after.get(name) for name in package} == {name: before[name] for name in package}
    assert not list(out.glob(".staging-*"))


def test_long_titles_shrink_and_end_in_an_ellipsis_and_emoji_go(qgis_app, tmp_path):
    from cms_connectivity_plugin.qgis_io.layouts import export_overview_from_template

    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field=id:integer", "units", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    feature = QgsFeature(layer.fields())
    feature.setAttributes([1])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 5e4 0, 5e4 4e4, 0 4e4, 0 0))"))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    project = QgsProject()
    project.addMapLayer(layer)
    medium = "Réseau de sites pour les oiseaux migrateurs de la voie de migration 🦩"
    long = "Un plan de conservation très détaillé " * 8
    try:
        for title, ellipsis in ((medium, False), (long, True)):
            export_overview_from_template(
                project, tmp_path / "m.pdf", title=title, add_to_project=True
            )
            layout = project.layoutManager().layoutByName(title)
            item = layout.itemById("title")
            shown = item.currentText()
            assert "🦩" not in shown and shown.startswith("Un plan" if ellipsis else "Réseau")
            assert shown.endswith("…") == ellipsis
            font = item.textFormat().font() if hasattr(item, "textFormat") else item.font()
            assert 11.0 <= font.pointSizeF() <= 18.0
    finally:
        project.layoutManager().clear()
        project.removeAllMapLayers()
