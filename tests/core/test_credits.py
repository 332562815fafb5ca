"""Credits follow the data actually used; simulated data always say so."""

from __future__ import annotations

from cms_connectivity_plugin.core.credits import credits_text, training_notice
from cms_connectivity_plugin.core.workflow import WorkflowSettings


def test_simulated_training_data_carry_the_notice_and_say_simulated():
    settings = WorkflowSettings()
    assert "TRAINING" in training_notice(settings)
    text = credits_text(settings)
    assert "Natural Earth" in text and "simulated" in text


def test_real_layers_are_named_and_nothing_simulated_is_claimed():
    settings = WorkflowSettings(
        data_source="layers",
        ranges=("/data/iucn/SPECIES_RANGES.shp",),
        sites=("/data/wdpa/WDPA_Dec2026_UKR.gpkg|layername=polygons",),
        tracks="/data/movebank/storks.csv.gz",
        borders="/data/gaul/countries.gpkg|layername=adm0",
        credits="Ramsar sites: Ministry of Environment, 2025",
    )
    assert training_notice(settings) == ""
    text = credits_text(settings, settings.borders)
    for expected in (
        "countries",
        "SPECIES_RANGES",
        "WDPA_Dec2026_UKR",
        "storks.csv.gz",
        "Protected Planet",  # WDPA's required citation
        "Ministry of Environment",
    ):
        assert expected in text, expected
    assert "simulated" not in text and "Natural Earth" not in text


def test_own_sites_with_simulated_species_name_both():
    settings = WorkflowSettings(simulate_sites=False, sites=("/x/ramsar_west.shp",))
    text = credits_text(settings)
    assert "ramsar_west" in text and "simulated" in text and training_notice(settings)
