"""The maps speak the user's language: no English template text in a French or Spanish atlas."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from cms_connectivity_plugin.core.workflow import WorkflowSettings
from cms_connectivity_plugin.plugin import i18n_dir
from cms_connectivity_plugin.qgis_io.i18n import install_translator, remove_translator

#: English texts of the layouts that must not survive translation.
ENGLISH = ("Key figures", "Legend", "TFCA candidate ", "Exported on", "Planning units")


@pytest.mark.parametrize("locale", ["fr", "es"])
def test_maps_and_atlas_in_the_users_language(processing_ready, tmp_path, locale):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    if not (Path(i18n_dir()) / f"cms_connectivity_plugin_{locale}.qm").exists():
        pytest.skip("run `make transcompile` first (make test does)")
    from cms_connectivity_plugin.qgis_io.run import run_to_folder

    assert install_translator(i18n_dir(), locale)
    try:
        settings = WorkflowSettings(countries=("FRA", "ESP"), n_species=3, cell_area_km2=4000.0)
        run_to_folder(settings, tmp_path / "out")
    finally:
        remove_translator()
    for name in ("tfca_map.pdf", "tfca_candidates_atlas.pdf"):
        done = subprocess.run(
            ["pdftotext", str(tmp_path / "out" / name), "-"], capture_output=True, check=True
        )
        # NFKC: the PDF's ligatures ("ﬁ") back to letters, or "Key figures" would slip by.
        text = unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))
        left = [word for word in ENGLISH if word in text]
        assert not left, (name, left)


def test_loading_and_unloading_the_plugin_keeps_the_callers_language(qgis_app):
    """``run --lang fr`` installs French, then loads and unloads the plugin around the run:
    the unload must not take French away (the maps came out in English)."""
    if not (Path(i18n_dir()) / "cms_connectivity_plugin_fr.qm").exists():
        pytest.skip("run `make transcompile` first (make test does)")
    from cms_connectivity_plugin import classFactory
    from cms_connectivity_plugin.core import i18n as core_i18n
    from cms_connectivity_plugin.qgis_io.i18n import tr, translator_installed

    assert install_translator(i18n_dir(), "fr")
    try:
        plugin = classFactory(None)
        plugin.unload()
        assert translator_installed() and tr("Legend") == "Légende"
        assert core_i18n.language() == "fr" and core_i18n.number(46352.5, 1).endswith("352,5")
    finally:
        remove_translator()
    assert tr("Legend") == "Legend" and core_i18n.number(46352.5, 1) == "46,352.5"
