"""Credits follow the data actually used; simulated data always say so."""

from __future__ import annotations

import gzip

from cms_connectivity_plugin.core.credits import (
    SourceNote,
    credits_text,
    movebank_study,
    training_notice,
    wdpa_citation,
)
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


def test_wdpa_citation_names_the_release_month_and_year():
    text = credits_text(
        WorkflowSettings(data_source="layers", sites=("/d/WDPA_Jun2024_Public_shp.gpkg",))
    )
    assert "UNEP-WCMC and IUCN (2024)" in text and "[On-line], June 2024," in text
    unknown = wdpa_citation("/d/protected.gpkg")
    assert "[month and year of the release]" in unknown  # left for the user, not invented


def test_what_the_layers_say_of_themselves_reaches_the_credits():
    ramsar = "/d/ramsar_ukraine.gpkg"
    ranges = "/d/birdlife.shp"
    notes = {
        ramsar: SourceNote(attribution="© OpenStreetMap contributors", licence="ODbL 1.0"),
        ranges: SourceNote(citations=("BirdLife International (2024).", "IUCN (2023)")),
        "/d/protected.shp": SourceNote(wdpa=True),
    }
    settings = WorkflowSettings(
        data_source="layers", ranges=(ranges,), sites=(ramsar, "/d/protected.shp")
    )
    text = credits_text(settings, notes=notes)
    assert "ramsar_ukraine (© OpenStreetMap contributors; ODbL 1.0)" in text
    assert "Cite: BirdLife International (2024); IUCN (2023)." in text
    assert "Protected Planet" in text  # a WDPA layer by its fields, whatever its file name
    assert "Protected Planet" not in credits_text(settings)


def test_movebank_study_name_names_the_tracks(tmp_path):
    path = tmp_path / "tracks.csv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(
            '"event-id","study-name","location-long"\n1,"LifeTrack White Stork SW Germany",8.8\n'
        )
    assert movebank_study(path) == "LifeTrack White Stork SW Germany"
    settings = WorkflowSettings(data_source="layers", tracks=str(path))
    assert "LifeTrack White Stork SW Germany" in credits_text(settings)
    plain = tmp_path / "plain.csv"
    plain.write_text("lon,lat\n1,2\n", encoding="utf-8")
    assert movebank_study(plain) == "" and movebank_study(tmp_path / "missing.csv") == ""
