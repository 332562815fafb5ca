"""Qt translation for the QGIS side, and the bridge that lets ``core/`` messages translate."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale, QSettings, QTranslator

from ..core import i18n as core_i18n

CONTEXT = core_i18n.CONTEXT
_translator: QTranslator | None = None
_default_locale: QLocale | None = None


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
    global _translator, _default_locale
    if locale:
        # An explicit language (``run --lang``, tests): numbers in the maps' expressions
        # (``format_number``) follow QLocale's default, so it follows the language too.
        if _default_locale is None:
            _default_locale = QLocale()
        QLocale.setDefault(QLocale(locale))
    locale = locale or qgis_locale()
    core_i18n.set_translator(QCoreApplication.translate)
    _set_number_locale(locale)
    qm = Path(i18n_dir) / f"cms_connectivity_plugin_{locale}.qm"
    if not qm.exists():
        return False
    translator = QTranslator()
    if not translator.load(str(qm)):
        return False
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return True


#: Long dates without the weekday, as each language writes them.
_DATE_PATTERNS = {"en": "d MMMM yyyy", "fr": "d MMMM yyyy", "es": "d 'de' MMMM 'de' yyyy"}


def _set_number_locale(language: str) -> None:
    """Core's numbers in QLocale's separators (QGIS sets its default from the user's
    settings, so the report writes numbers as the rest of QGIS does)."""
    qlocale = QLocale()
    language = language[:2].lower() if language[:2].isalpha() else "en"  # "C" is English
    core_i18n.set_locale(language, qlocale.decimalPoint(), qlocale.groupSeparator())
    pattern = _DATE_PATTERNS.get(language[:2], _DATE_PATTERNS["en"])
    core_i18n.set_date_format(
        lambda day: qlocale.toString(QDate(day.year, day.month, day.day), pattern)
    )


def translator_installed() -> bool:
    """True while one of our translations is installed."""
    return _translator is not None


def remove_translator() -> None:
    """Uninstall our translator (plugin unload)."""
    global _translator, _default_locale
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
    if _default_locale is not None:
        QLocale.setDefault(_default_locale)
        _default_locale = None
    core_i18n.set_locale()
    core_i18n.set_date_format(None)
