"""The maps speak the user's language: no English template text in a French or Spanish atlas."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from cms_connectivity_plugin.core.countries import country_name
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
    texts = {}
    for name in ("tfca_map.pdf", "tfca_candidates_atlas.pdf"):
        done = subprocess.run(
            ["pdftotext", str(tmp_path / "out" / name), "-"], capture_output=True, check=True
        )
        # NFKC: the PDF's ligatures ("ﬁ") back to letters, or "Key figures" would slip by.
        text = unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))
        left = [word for word in ENGLISH if word in text]
        assert not left, (name, left)
        # The countries by their names in the reader's language, not ISO codes.
        for code in ("FRA", "ESP"):
            assert country_name(code, locale) in text, (name, code)
        texts[name] = text
    # Numbers as the reader writes them: "35 691 km²" / "35.691 km²", "23,3 %" (NFKC made
    # the narrow no-break space a space and "km²" "km2").
    group = " " if locale == "fr" else "."
    atlas = texts["tfca_candidates_atlas.pdf"]
    assert re.search(rf"\d[{group}]\d{{3}} km2", atlas), atlas[:2000]
    assert re.search(r"\d,\d %", atlas) and not re.search(r"\d\.\d %", atlas)


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
