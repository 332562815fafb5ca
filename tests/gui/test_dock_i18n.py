"""The dock speaks French and Spanish: the compiled .qm files translate its forms and code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cms_connectivity_plugin.core import i18n as core_i18n
from cms_connectivity_plugin.plugin import i18n_dir
from cms_connectivity_plugin.qgis_io.i18n import install_translator, remove_translator

ROOT = Path(__file__).resolve().parents[2]

#: Strings from the .ui forms (contexts DataStep, SolveStep...) and from the code (tr()).
SOURCES = {
    "data_run": "Prepare data",
    "solve_run": "Solve",
    "calibrate": "Calibrate BLM",
    "tab_1": "1 Data",
    "tab_6": "6 TFCA && export",
    "objective_0": "Minimum set: meet every target at least cost",
    "blocked": "Run the step '{step}' first.",
    "step_data": "Data",
    "preset_2": "Log-linear: small ranges get more (Rodrigues et al. 2004)",
}


@pytest.mark.parametrize("locale", ["fr", "es"])
def test_dock_strings_come_back_translated(qgis_iface, processing_ready, qtbot, locale):
    qm = Path(i18n_dir()) / f"cms_connectivity_plugin_{locale}.qm"
    if not qm.exists():
        pytest.skip("run `make transcompile` first (make test does)")
    wanted = json.loads((ROOT / "i18n" / "translations" / f"{locale}.json").read_text("utf-8"))
    from qgis.core import QgsProject

    from cms_connectivity_plugin.gui.docks.main_dock import PlannerDock

    QgsProject.instance().clear()
    assert install_translator(i18n_dir(), locale)
    try:
        dock = PlannerDock(qgis_iface)
        qtbot.addWidget(dock)
        ui = {name: step.ui for name, step in dock.steps.items()}
        shown = {
            "data_run": ui["data"].runButton.text(),
            "solve_run": ui["solve"].runButton.text(),
            "calibrate": ui["solve"].calibrateButton.text(),
            "tab_1": dock.ui.stepsTabs.tabText(0),
            "tab_6": dock.ui.stepsTabs.tabText(5),
            "objective_0": ui["solve"].objectiveCombo.itemText(0),
            "preset_2": ui["targets"].presetCombo.itemText(2),
        }
        for key, text in shown.items():
            assert text == wanted[SOURCES[key]] != SOURCES[key], key
        # A blocked Run button explains itself in the user's language.
        step_word = wanted[SOURCES["step_data"]]
        expected = wanted[SOURCES["blocked"]].format(step=step_word)
        assert expected in ui["solve"].runButton.toolTip()
        tip = (
            "Three-letter ISO 3166 codes separated by commas, e.g. FRA,ESP,MAR. "
            "They define the study area and the countries analysed for ProtConn."
        )
        assert ui["data"].countriesEdit.toolTip() == wanted[tip] != tip
        dock.cleanup()
    finally:
        remove_translator()
        core_i18n.set_translator(None)


@pytest.mark.parametrize("locale", ["en", "fr", "es"])
def test_every_step_fits_the_dock_in_every_language(qgis_iface, processing_ready, qtbot, locale):
    """No step needs a horizontal scroll bar at the dock's opening width (560 px)."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QWidget

    from cms_connectivity_plugin.gui.docks.main_dock import DEFAULT_WIDTH, PlannerDock

    if locale != "en":
        qm = Path(i18n_dir()) / f"cms_connectivity_plugin_{locale}.qm"
        if not qm.exists():
            pytest.skip("run `make transcompile` first (make test does)")
    QgsProject.instance().clear()
    if locale != "en":
        assert install_translator(i18n_dir(), locale)
    try:
        dock = PlannerDock(qgis_iface)
        qtbot.addWidget(dock)
        dock.resize(DEFAULT_WIDTH, 900)
        dock.show()
        for index, (name, step) in enumerate(dock.steps.items()):
            dock.ui.stepsTabs.setCurrentIndex(index)
            scroll = dock.ui.stepsTabs.currentWidget()
            qtbot.waitUntil(lambda s=scroll: s.viewport().width() > 0)
            room = scroll.viewport().width()
            widest = sorted(
                (w.minimumSizeHint().width(), w.objectName() or type(w).__name__)
                for w in step.findChildren(QWidget)
            )[-8:]
            assert step.minimumSizeHint().width() <= room, (locale, name, room, widest)
        dock.cleanup()
    finally:
        if locale != "en":
            remove_translator()
