"""Translations: compiled .qm files load and strings from the core and the UI come back."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication

from cms_connectivity_plugin.core import i18n as core_i18n
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.scenario import Scenario
from cms_connectivity_plugin.plugin import i18n_dir
from cms_connectivity_plugin.qgis_io.i18n import install_translator, remove_translator

EXPECTED = {
    "fr": {
        "Planning units": "Unités de planification",
        "TFCA candidates": "Candidates ACTF",
        "Output folder": "Dossier de sortie",
    },
    "es": {
        "Planning units": "Unidades de planificación",
        "TFCA candidates": "Candidatas ACTF",
        "Output folder": "Carpeta de salida",
    },
}


@pytest.mark.parametrize("locale", ["fr", "es"])
def test_translations_load_for_ui_and_core_strings(qgis_app, locale):
    qm = Path(i18n_dir()) / f"cms_connectivity_plugin_{locale}.qm"
    if not qm.exists():
        pytest.skip("run `make transcompile` first (make test does)")
    try:
        assert install_translator(i18n_dir(), locale)
        for source, wanted in EXPECTED[locale].items():
            assert QCoreApplication.translate("CmsConnectivity", source) == wanted
        # A message raised by the pure core arrives translated, then formatted.
        with pytest.raises(InputError) as info:
            Scenario(n_species=0).validate()
        assert "0" in str(info.value)
        assert str(info.value).startswith({"fr": "Le nombre", "es": "El número"}[locale])
    finally:
        remove_translator()
        core_i18n.set_translator(None)
    assert QCoreApplication.translate("CmsConnectivity", "Planning units") == "Planning units"


def test_english_needs_no_file(qgis_app):
    assert install_translator(i18n_dir(), "en") is False
    remove_translator()
    core_i18n.set_translator(None)
