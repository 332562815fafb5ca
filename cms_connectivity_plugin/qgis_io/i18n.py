"""Qt translation for the QGIS side, and the bridge that lets ``core/`` messages translate."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from ..core import i18n as core_i18n

CONTEXT = core_i18n.CONTEXT
_translator: QTranslator | None = None


def tr(text: str) -> str:
    """Translate a user-visible string (context shared with ``core``)."""
    return QCoreApplication.translate(CONTEXT, text)


def qgis_locale() -> str:
    """Two-letter language code QGIS runs in (``locale/userLocale``), e.g. ``fr``."""
    value = QSettings().value("locale/userLocale", "") or QLocale().name()
    return str(value)[:2]


def install_translator(i18n_dir: Path, locale: str | None = None) -> bool:
    """Load ``cms_connectivity_plugin_<locale>.qm`` if present and route ``core`` through Qt.

    Returns True when a translation file was loaded. English needs none.
    """
    global _translator
    locale = locale or qgis_locale()
    core_i18n.set_translator(QCoreApplication.translate)
    qm = Path(i18n_dir) / f"cms_connectivity_plugin_{locale}.qm"
    if not qm.exists():
        return False
    translator = QTranslator()
    if not translator.load(str(qm)):
        return False
    remove_translator()
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return True


def remove_translator() -> None:
    """Uninstall our translator (plugin unload)."""
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
