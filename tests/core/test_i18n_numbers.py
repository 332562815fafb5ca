"""Numbers and dates as the reader writes them; machine numbers stay machine numbers."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from cms_connectivity_plugin.core import i18n


@pytest.fixture()
def french():
    i18n.set_locale("fr", ",", "\u202f")
    yield
    i18n.set_locale()


def test_english_by_default():
    assert i18n.language() == "en"
    assert i18n.number(46352.46, 1) == "46,352.5"
    assert i18n.number_text("46352.5") == "46,352.5"
    assert i18n.date_text(dt.date(2026, 12, 4)) == "2026-12-04"  # no Qt: ISO


def test_french_separators(french):
    assert i18n.number(46352.46, 1) == "46\u202f352,5"
    assert i18n.number(float("nan")) == ""
    assert i18n.localized("{a:.1f} % ; {b:,} ; {c} ; {d}", a=20.25, b=123456, c="x.y", d=True) == (
        "20,2 % ; 123\u202f456 ; x.y ; True"
    )
    assert i18n.localized("{v:.2f}", v=np.float64(3.14159)) == "3,14"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("46352.5", "46\u202f352,5"),
        ("-0.003", "-0,003"),
        ("2026", "2026"),  # four digits stay unbroken (years, small counts)
        ("12345", "12\u202f345"),
        ("abc", "abc"),
        ("1.2.3", "1.2.3"),
        ("FRA", "FRA"),
        ("", ""),
    ],
)
def test_number_text_changes_only_numbers(french, text, shown):
    assert i18n.number_text(text) == shown
