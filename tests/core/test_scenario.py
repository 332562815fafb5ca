import pytest

from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.scenario import DEFAULT_COUNTRIES, Scenario


def test_json_round_trip_keeps_every_setting():
    scenario = Scenario(
        countries=("fra", "ESP"),
        n_species=5,
        seed=7,
        hex_area_km2=250.0,
        target_percent=17.0,
        blm=2.5,
        title="Atelier",
    )
    again = Scenario.from_json(scenario.to_json())
    assert again == scenario
    assert again.countries == ("FRA", "ESP")


def test_defaults_are_the_western_flyway():
    assert Scenario().countries == DEFAULT_COUNTRIES
    assert Scenario().validate().target_percent == 30.0


def test_countries_accept_a_comma_separated_string():
    assert Scenario(countries=" deu, che ;fra").countries == ("DEU", "CHE", "FRA")


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"countries": ()}, "country list is empty"),
        ({"countries": ("FRANCE",)}, "'FRANCE' is not an ISO3 country code"),
        ({"n_species": 0}, "simulate at least 1 species"),
        ({"target_percent": 0.0}, "above 0 and at most 100"),
        ({"target_percent": 120.0}, "above 0 and at most 100"),
        ({"hex_area_km2": -5.0}, "positive area"),
        ({"blm": -1.0}, "parameter blm"),
        ({"lock_in_threshold": 1.5}, "lock-in threshold"),
    ],
)
def test_bad_settings_give_one_line_errors(kwargs, expected):
    with pytest.raises(InputError, match=expected) as info:
        Scenario(**kwargs).validate()
    assert "\n" not in str(info.value)


def test_unknown_keys_and_bad_json_are_named():
    with pytest.raises(InputError, match="hexarea"):
        Scenario.from_dict({"hexarea": 3})
    with pytest.raises(InputError, match="not valid JSON"):
        Scenario.from_json("{oops")
