"""Real layers in the dock: several per picker, sites optional, simulated and own mixed."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsProject

from cms_connectivity_plugin.gui.widgets import output_layer
from tests.gui.conftest import run_and_wait
from tests.qgis.conftest import check_package


def _simulate(dock, qtbot, countries="FRA,ESP", species=4):
    data = dock.steps["data"].ui
    data.countriesEdit.setText(countries)
    data.speciesSpin.setValue(species)
    assert data.simulateButton.isEnabled()
    runner = dock.run_step("simulate")
    with qtbot.waitSignal(runner.finished, timeout=60_000):
        pass
    assert runner.status == "ok"
    return output_layer("simulated_ranges"), output_layer("simulated_protected_areas")


def _split(layer, name_a, name_b):
    """Two memory copies of ``layer``, each with half of its features (as two shapefiles)."""
    ids = sorted(f.id() for f in layer.getFeatures())
    half = len(ids) // 2
    parts = []
    for name, chosen in ((name_a, ids[:half]), (name_b, ids[half:])):
        copy = layer.materialize(QgsFeatureRequest().setFilterFids(chosen))
        copy.setName(name)
        parts.append(copy)
    QgsProject.instance().addMapLayers(parts)
    return parts


def test_simulated_species_with_two_site_layers_of_ones_own(dock, qtbot):
    ranges, sites = _simulate(dock, qtbot)
    simulated_species = {f["binomial"] for f in ranges.getFeatures()}
    west, east = _split(sites, "Ramsar west", "Ramsar east")
    step = dock.steps["data"]
    step.ui.sitesCombo.set_refs([west.id(), east.id()])
    step.simulateSitesCheck.setChecked(False)  # the user's sites replace the simulated ones
    assert set(dock.settings.sites) == {west.id(), east.id()}
    assert dock.settings.simulate_species and not dock.settings.simulate_sites
    assert run_and_wait(qtbot, dock, "data") == "ok"
    prepared = output_layer("sites")
    names = {f["name"] for f in prepared.getFeatures()}
    expected = {f["NAME"] for f in west.getFeatures()} | {f["NAME"] for f in east.getFeatures()}
    assert names == expected  # both layers read, nothing else
    species = {f["species"] for f in output_layer("ranges").getFeatures()}
    assert species == simulated_species  # the simulation is the same (same seed)


def test_own_ranges_in_two_layers_and_no_sites_at_all(dock, qtbot):
    ranges, _sites = _simulate(dock, qtbot, species=4)
    first, second = _split(ranges, "Ranges A", "Ranges B")
    step = dock.steps["data"]
    step.ui.layersRadio.setChecked(True)
    step.ui.rangesCombo.set_refs([first.id(), second.id()])
    step.ui.sitesCombo.set_refs([])
    assert not dock.blockers("data"), dock.blockers("data")
    assert run_and_wait(qtbot, dock, "data") == "ok"
    assert output_layer("sites") is None and "sites" not in dock.outputs
    assert output_layer("ranges").featureCount() == ranges.featureCount()
    dock.steps["units"].ui.cellAreaSpin.setValue(4000)
    assert run_and_wait(qtbot, dock, "units") == "ok"
    assert not any(int(f["locked_in"]) for f in output_layer("planning_units").getFeatures())
    assert run_and_wait(qtbot, dock, "solve") == "ok"
    # Without sites, the analyses that need them say so instead of failing.
    connectivity = dock.steps["connectivity"].ui
    assert not connectivity.runButton.isEnabled()
    assert "existing sites" in connectivity.statusLabel.text()
    assert run_and_wait(qtbot, dock, "tfca") == "ok"
    assert run_and_wait(qtbot, dock, "export") == "ok"
    summary = check_package(Path(dock.settings.output_folder))
    assert summary["locked_in_units"] == 0


def test_places_kept_out_and_kept_in_reach_the_plan(dock, qtbot):
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    ranges, _sites = _simulate(dock, qtbot, countries="ESP", species=3)
    box = ranges.extent()
    x, y, w = box.center().x(), box.center().y(), box.width() * 0.08
    city = QgsRectangle(x - w, y - w, x + w, y + w)  # the middle of Spain: land
    site = QgsRectangle(x + 1.5 * w, y - w, x + 3.5 * w, y + w)
    layers = []
    for name, rect in (("city", city), ("agreed site", site)):
        layer = QgsVectorLayer("Polygon", name, "memory")
        layer.setCrs(ranges.crs())
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromRect(rect))
        layer.dataProvider().addFeatures([feature])
        layers.append(layer)
    QgsProject.instance().addMapLayers(layers)
    # No simulated protected areas: a park under the "city" would be a contradiction, which
    # the units step refuses with the units named (checked in tests/core/test_locks.py).
    dock.steps["data"].simulateSitesCheck.setChecked(False)
    units = dock.steps["units"]
    units.lockOutLayers.set_refs([layers[0].id()])
    units.lockInLayers.set_refs([layers[1].id()])
    units.ui.cellAreaSpin.setValue(500)
    assert dock.settings.lock_out_layers == (layers[0].id(),)
    assert run_and_wait(qtbot, dock, "data") == "ok"
    status = run_and_wait(qtbot, dock, "units")
    assert status == "ok", dock.steps["units"].ui.statusLabel.text()
    grid = output_layer("planning_units")
    out = [f for f in grid.getFeatures() if int(f["locked_out"])]
    kept = [f for f in grid.getFeatures() if f["lockin_share"] >= 0.5]
    assert out and kept and all(int(f["locked_in"]) for f in kept)
    assert run_and_wait(qtbot, dock, "solve") == "ok"
    plan = {f["unit_id"]: f for f in output_layer("solution").getFeatures()}
    assert all(plan[f["unit_id"]]["status"] == "locked out" for f in out)
    assert not any(int(plan[f["unit_id"]]["selected"]) for f in out)
    assert all(int(plan[f["unit_id"]]["selected"]) for f in kept)
