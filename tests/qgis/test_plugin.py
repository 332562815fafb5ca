"""The plugin as QGIS loads it: metadata, classFactory, initProcessing, initGui, unload."""

from __future__ import annotations

import configparser
from pathlib import Path

from qgis.core import QgsApplication

import cms_connectivity_plugin

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = (
    "name",
    "description",
    "about",
    "version",
    "qgisMinimumVersion",
    "author",
    "email",
    "repository",
    "tracker",
    "homepage",
    "tags",
    "category",
    "icon",
    "hasProcessingProvider",
    "changelog",
)


def test_metadata_has_every_field_the_plugin_repository_requires():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    missing = [key for key in REQUIRED if not general.get(key, "").strip()]
    assert missing == []
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert (ROOT / general["icon"]).exists()


def _provider_ids():
    return [p.id() for p in QgsApplication.processingRegistry().providers()]


def test_init_processing_works_without_iface_and_unload_removes_provider(qgis_app):
    plugin = cms_connectivity_plugin.classFactory(None)
    plugin.initProcessing()
    assert "cmsconnectivity" in _provider_ids()
    algorithm = QgsApplication.processingRegistry().algorithmById("cmsconnectivity:runscenario")
    assert algorithm is not None and algorithm.shortHelpString()
    # Every algorithm explains itself for the toolbox's help panel, and has a group.
    ours = QgsApplication.processingRegistry().providerById("cmsconnectivity").algorithms()
    assert len(ours) == 23
    for alg in ours:
        assert len(alg.shortHelpString()) > 150, alg.id()
        assert alg.group() and alg.displayName() != alg.name(), alg.id()
    plugin.initGui()  # iface None: Processing only, no crash
    plugin.unload()
    assert "cmsconnectivity" not in _provider_ids()


class RecordingIface:
    """pytest-qgis's iface, recording what the plugin adds and removes."""

    def __init__(self, iface):
        self._iface = iface
        self.toolbar, self.menu, self.docks = [], [], []

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def addToolBarIcon(self, action):
        self.toolbar.append(action)

    def removeToolBarIcon(self, action):
        self.toolbar.remove(action)

    def addPluginToMenu(self, menu, action):
        self.menu.append((menu, action))

    def removePluginMenu(self, menu, action):
        self.menu.remove((menu, action))

    def addDockWidget(self, area, dock):
        self.docks.append(dock)

    def removeDockWidget(self, dock):
        self.docks.remove(dock)


def test_gui_lifecycle_leaves_nothing_behind(qgis_iface):
    iface = RecordingIface(qgis_iface)
    plugin = cms_connectivity_plugin.classFactory(iface)
    plugin.initGui()
    assert len(iface.toolbar) == 1 and len(iface.menu) == 1
    assert "cmsconnectivity" in _provider_ids()
    plugin.action.trigger()  # open the dock
    assert len(iface.docks) == 1
    assert iface.docks[0].objectName() == "CmsConnectivityPlannerDock"
    assert iface.docks[0].isVisibleTo(iface.docks[0].parentWidget()) or plugin.action.isChecked()
    plugin.unload()
    assert iface.toolbar == [] and iface.menu == [] and iface.docks == []
    assert plugin.action is None and plugin.dock is None
    assert "cmsconnectivity" not in _provider_ids()
