"""Country names and non-ISO codes: "GER", "Allemagne" and "Alemania" all lead to DEU."""

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core.borders import country_table, select_countries
from cms_connectivity_plugin.core.countries import (
    _BY_NAME,
    _CODES,
    ISO3_CODES,
    _key,
    alias_of,
    country_hint,
    country_name,
    resolve_country,
    resolve_name,
    suggest_countries,
)
from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.scenario import Scenario
from cms_connectivity_plugin.core.workflow import WorkflowSettings, problems

#: The CMS African-Eurasian flyway range and its neighbours must all be listed.
FLYWAY = (
    "DEU CHE FRA AND ESP PRT MAR DZA TUN LBY EGY MRT SEN GMB GNB GIN SLE LBR CIV GHA TGO BEN "
    "NGA NER MLI BFA TCD SDN SSD ETH ERI DJI SOM KEN UGA TZA RWA BDI COD COG CAF CMR GNQ GAB "
    "STP CPV AGO ZMB MWI MOZ ZWE BWA NAM ZAF LSO SWZ MDG COM MUS SYC ESH GBR IRL ISL NOR SWE "
    "FIN DNK NLD BEL LUX AUT ITA MLT SMR VAT MCO LIE SVN HRV BIH SRB MNE XKX ALB MKD GRC BGR "
    "ROU MDA UKR BLR POL CZE SVK HUN LTU LVA EST RUS CYP TUR GEO ARM AZE SYR LBN ISR PSE JOR "
    "IRQ IRN SAU KWT BHR QAT ARE OMN YEM KAZ UZB TKM KGZ TJK AFG PAK IND MNG CHN"
).split()


def _table(codes, names):
    """A tiny border layer: one unit square per country, side by side."""
    geoms = [shapely.box(i, 0, i + 1, 1) for i in range(len(codes))]
    return country_table(
        {"ISO_A3": list(codes), "NAME": list(names)},
        np.array(geoms, dtype=object),
        source="tiny countries",
    )


TINY = _table(
    ("DEU", "ESP", "FRA", "PER", "NER", "GRL"),
    ("Germany", "Spain", "France", "Peru", "Niger", "Greenland"),
)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("GER", "DEU"),
        ("ger", "DEU"),
        ("SPA", "ESP"),
        ("SUI", "CHE"),
        ("NED", "NLD"),
        ("POR", "PRT"),
        ("DEN", "DNK"),
        ("RSA", "ZAF"),
        ("ALG", "DZA"),
        ("UK", "GBR"),
        ("ENG", "GBR"),
        ("GBR", "GBR"),
        ("de", "DEU"),
        ("Germany", "DEU"),
        ("Allemagne", "DEU"),
        ("ALEMANIA", "DEU"),
        ("l'Allemagne", "DEU"),
        ("España", "ESP"),
        ("espana", "ESP"),
        ("Côte d'Ivoire", "CIV"),
        ("cote d ivoire", "CIV"),
        ("Cote-d’Ivoire", "CIV"),
        ("Costa de Marfil", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Maroc", "MAR"),
        ("Marruecos", "MAR"),
        ("Pays-Bas", "NLD"),
        ("Países Bajos", "NLD"),
        ("Royaume-Uni", "GBR"),
        ("Túnez", "TUN"),
        ("The Gambia", "GMB"),
        ("El Salvador", "SLV"),
        ("Türkiye", "TUR"),
        ("Kazajistán", "KAZ"),
    ],
)
def test_codes_and_names_resolve(text, iso3):
    assert resolve_country(text) == iso3


def test_ambiguous_or_unknown_text_resolves_to_nothing():
    assert resolve_country("Congo") is None  # COG or COD
    assert resolve_country("Korea") is None
    assert resolve_country("XQZ") is None
    assert resolve_country("") is None


def test_iso3_wins_over_other_systems():
    # IOC BRN is Bahrain, but ISO3 BRN is Brunei; no alias may shadow an ISO3 code.
    assert resolve_country("BRN") == "BRN"
    assert not [code for code in _CODES if code.upper() in ISO3_CODES]
    assert alias_of("DEU") is None and alias_of("GER") == "DEU"


def test_only_names_are_replaced_without_asking():
    # A short code may mean another country in another system (IOC LIB is Lebanon).
    assert resolve_name("Alemania") == "DEU"
    assert resolve_name("GER") is None and resolve_name("LIB") is None
    assert resolve_country("LIB") == "LBN" and resolve_country("Libya") == "LBY"


def test_only_the_korea_and_congo_names_are_ambiguous():
    ambiguous = {key for key, codes in _BY_NAME.items() if len(codes) > 1}
    assert ambiguous == {"congo", "korea", "coree", "corea"}


def test_the_flyway_range_is_listed_in_three_languages():
    missing = [code for code in FLYWAY if code not in ISO3_CODES]
    assert missing == []
    for code in FLYWAY:
        for language in ("en", "fr", "es"):
            assert resolve_country(country_name(code, language)) == code, (code, language)


def test_kosovo_is_given_as_the_layer_writes_it():
    assert resolve_country("Kosovo") == "XKX"
    assert resolve_country("Kosovo", {"KSV", "SRB"}) == "KSV"
    assert resolve_country("XKX", {"KOS"}) == "KOS"
    table = _table(("SRB", "KSV"), ("Serbia", "Kosovo"))
    names, _ = select_countries(table, ("SRB", "XKX"))
    assert list(names) == ["Serbia", "Kosovo"]


def test_suggestions_put_the_country_meant_first():
    known = TINY.iso3
    assert suggest_countries("GER", known)[0] == "DEU"
    assert suggest_countries("SPA", known)[0] == "ESP"
    assert suggest_countries("Alemania", known)[0] == "DEU"
    assert suggest_countries("Allem", known)[0] == "DEU"  # a name begun
    assert suggest_countries("Germanyy", known)[0] == "DEU"  # a typo
    assert suggest_countries("Frnace", known, n=1) == ["FRA"]
    assert suggest_countries("XQZ", known) == []
    assert len(suggest_countries("GER", known, n=2)) <= 2


def test_a_country_missing_from_the_layer_is_not_suggested():
    assert "CHE" not in suggest_countries("SUI", TINY.iso3)
    assert resolve_country("SUI", TINY.iso3) is None


def test_layer_names_are_matched_too():
    table = _table(("AAA", "BBB"), ("Westland", "Eastland"))
    assert suggest_countries("Westlnd", table.iso3, names={"AAA": "Westland"})[0] == "AAA"


def test_select_countries_names_deu_first_for_ger():
    with pytest.raises(InputError) as info:
        select_countries(TINY, ("FRA", "GER", "SPA"))
    message = str(info.value)
    assert "GER (DEU Germany?)" in message
    assert "SPA (ESP Spain?)" in message
    assert "PER" not in message and "GRL" not in message  # the old difflib guesses
    assert "tiny countries" in message and "\n" not in message


def test_garbage_still_gets_a_clear_message():
    with pytest.raises(InputError, match=r"^Unknown ISO3 code\(s\) XQZ: not in the border layer"):
        select_countries(TINY, ("FRA", "XQZ"))
    assert country_hint("XQZ", ISO3_CODES) == "XQZ"
    assert country_hint("FR", ISO3_CODES) == "FR (FRA France?)"
    assert country_hint("Congo", ISO3_CODES) == (
        "Congo (COD Democratic Republic of the Congo, COG Republic of the Congo?)"
    )


def test_settings_turn_names_into_codes_and_hint_at_codes():
    settings = WorkflowSettings(countries="Allemagne, España;Côte d'Ivoire, mar")
    assert settings.countries == ("DEU", "ESP", "CIV", "MAR")
    assert problems(settings, "data") == []
    found = " ".join(problems(WorkflowSettings(countries="GER,FR,Congo"), "data"))
    assert "GER (DEU Germany?)" in found
    assert "FR (FRA France?)" in found
    assert "CONGO (COD" in found
    # A border layer of one's own may use other codes: GER is checked when it is read.
    own = WorkflowSettings(countries="GER", borders="/data/borders.gpkg")
    assert problems(own, "data") == []


def test_scenario_names_the_code_meant():
    with pytest.raises(InputError, match=r"^'FRANCE' is not an ISO3 country code \(FRA France\?\)"):
        Scenario(countries="France").validate()
    with pytest.raises(InputError, match=r"^'X1' is not an ISO3 country code: use three"):
        Scenario(countries="X1").validate()


def test_keys_ignore_case_accents_punctuation_and_articles():
    assert _key("  La Côte-d'Ivoire ") == "cote d ivoire"
    assert _key("St. Lucia") == _key("Saint Lucia")
    assert _key("ST") == "st"  # a code stays a code
