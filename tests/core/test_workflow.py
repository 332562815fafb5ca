"""The dock's workflow settings and the Processing calls they make (no QGIS needed)."""

from __future__ import annotations

import json

import pytest

from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.workflow import (
    PRODUCERS,
    STEPS,
    Ref,
    WorkflowSettings,
    all_calls,
    is_workflow,
    problems,
    resolve,
    step_calls,
)

FULL = WorkflowSettings(
    data_source="layers",
    ranges=("/data/ranges.gpkg",),
    sites=("/data/wdpa.gpkg",),
    tracks="/data/storks.csv",
    corridors=True,
    resistance_raster="/data/resistance.tif",
    flyway=True,
    output_folder="/tmp/out",
)


def test_json_round_trip_keeps_every_setting(tmp_path):
    settings = FULL.with_changes(
        targets={"Ciconia ciconia|2": 45.0, "Grus grus|3": 12.5}, blm=0.25, title="Été"
    )
    path = settings.save(tmp_path / "scenario.json")
    again = WorkflowSettings.load(path)
    assert again == settings
    data = json.loads(path.read_text(encoding="utf-8"))
    assert is_workflow(data) and data["targets"]["Grus grus|3"] == 12.5
    assert not (tmp_path / "scenario.json.part").exists()


def test_lists_accept_comma_text_and_lower_case():
    settings = WorkflowSettings(countries="fra, esp;mar", ranges="a.gpkg,b.gpkg")
    assert settings.countries == ("FRA", "ESP", "MAR")
    assert settings.ranges == ("a.gpkg", "b.gpkg")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"kind": "cms_connectivity_workflow", "blm_typo": 1}, "blm_typo"),
        ({"kind": "something else"}, "not a CMS Connectivity Planner scenario"),
        ({"kind": "cms_connectivity_workflow", "version": 99}, "newer plugin"),
    ],
)
def test_bad_scenarios_are_named(data, words):
    with pytest.raises(InputError, match=words):
        WorkflowSettings.from_dict(data)


def test_invalid_json_message():
    with pytest.raises(InputError, match="not valid JSON"):
        WorkflowSettings.from_json("{oops")


def test_problems_say_what_to_change():
    assert problems(WorkflowSettings(), "data") == []
    bad = WorkflowSettings(countries=("FR",), n_species=0)
    found = " ".join(problems(bad, "data"))
    assert "FR" in found and "number of species" in found
    layers = WorkflowSettings(data_source="layers")
    assert any("species-range layer" in p for p in problems(layers, "data"))
    assert any("budget" in p for p in problems(WorkflowSettings(objective="maxcoverage"), "solve"))
    assert problems(WorkflowSettings(objective="maxcoverage", budget=10.0), "solve") == []
    assert any(
        "resistance" in p for p in problems(WorkflowSettings(corridors=True), "connectivity")
    )
    assert any("tracking" in p for p in problems(WorkflowSettings(flyway=True), "connectivity"))
    assert any("0 to 100" in p for p in problems(WorkflowSettings(targets={"x|2": 120}), "targets"))


def _refs(call):
    for value in call.params.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Ref):
                yield item.key


@pytest.mark.parametrize("settings", [WorkflowSettings(output_folder="/tmp/o"), FULL])
def test_every_reference_is_produced_by_an_earlier_call(settings):
    produced: set[str] = set()
    for call in all_calls(settings):
        missing = set(_refs(call)) - produced
        assert not missing, (call.alg, missing)
        produced |= set(call.outputs.values())
        for key in call.outputs.values():
            assert PRODUCERS[key] in (call.step, "tfca"), key


def test_each_step_produces_what_producers_say():
    for step in STEPS:
        for call in step_calls(FULL, step):
            for key in call.outputs.values():
                if call.step != "export":
                    assert PRODUCERS[key] == step


def test_simulated_data_feeds_prepare_steps():
    calls = step_calls(WorkflowSettings(countries=("FRA", "ESP"), n_species=3), "data")
    assert [c.alg for c in calls] == [
        "cmsconnectivity:simulate",
        "cmsconnectivity:prepareranges",
        "cmsconnectivity:preparesites",
    ]
    assert calls[0].params["COUNTRIES"] == "FRA,ESP" and calls[0].params["N_SPECIES"] == 3
    assert calls[1].params["INPUT"] == [Ref("simulated_ranges")]
    assert calls[0].params["RANGES"] == "TEMPORARY_OUTPUT"  # no folder: Processing's temp


def test_real_layers_and_tracks_feed_prepare_steps():
    calls = step_calls(FULL, "data")
    assert calls[0].alg == "cmsconnectivity:trackstoranges"
    assert calls[0].params["CSV"] == "/data/storks.csv"
    assert calls[1].params["INPUT"] == ["/data/ranges.gpkg", Ref("tracked_ranges")]
    assert calls[2].params["INPUT"] == ["/data/wdpa.gpkg"]
    assert calls[1].params["OUTPUT"] == "/tmp/out/ranges.gpkg"


def test_solve_passes_targets_objective_and_budget():
    settings = FULL.with_changes(
        targets={"A b|2": 50.0}, objective="weakestlink", budget=900.0, target_rule="loglinear"
    )
    (call,) = step_calls(settings, "solve")
    assert json.loads(call.params["TARGETS"]) == {"A b|2": 50.0}
    assert call.params["OBJECTIVE"] == 3 and call.params["BUDGET"] == 900.0
    assert call.params["TARGET_RULE"] == 1
    assert step_calls(settings, "targets") == []


def test_connectivity_calls_follow_the_ticks():
    algs = [c.alg for c in step_calls(FULL, "connectivity")]
    assert algs == [
        "cmsconnectivity:protconn",
        "cmsconnectivity:connectivity",
        "cmsconnectivity:corridors",
        "cmsconnectivity:flywaynetwork",
    ]
    only = FULL.with_changes(protconn=False, corridors=False, flyway=False)
    assert [c.alg for c in step_calls(only, "connectivity")] == ["cmsconnectivity:connectivity"]


def test_resolve_replaces_refs_and_names_missing_step():
    params = {"A": Ref("x"), "B": [Ref("x"), "y"], "C": None, "D": 3}
    assert resolve(params, {"x": "/p.gpkg"}) == {"A": "/p.gpkg", "B": ["/p.gpkg", "y"], "D": 3}
    with pytest.raises(InputError, match="'x'"):
        resolve(params, {})


def test_simulate_step_is_the_first_call_of_the_data_step():
    settings = WorkflowSettings(data_source="layers", countries=("KEN",), tracks="t.csv")
    (call,) = step_calls(settings, "simulate")
    assert call.alg == "cmsconnectivity:simulate" and call.params["COUNTRIES"] == "KEN"


def test_every_setting_belongs_to_one_step_or_changes_no_result():
    from dataclasses import fields as dc_fields

    from cms_connectivity_plugin.core.workflow import STEP_SETTINGS

    owned = [name for names in STEP_SETTINGS.values() for name in names]
    assert len(owned) == len(set(owned))
    names = {f.name for f in dc_fields(WorkflowSettings)}
    assert names - set(owned) == {"output_folder", "title", "credits", "version", "scheduler"}


def test_a_change_makes_its_step_and_the_steps_reading_it_out_of_date():
    from cms_connectivity_plugin.core.workflow import (
        drop_outdated,
        first_changed_step,
        outdated_steps,
    )

    base = WorkflowSettings()
    assert first_changed_step(base, base.with_changes(output_folder="/x", title="T")) is None
    assert first_changed_step(base, base.with_changes(countries=("DEU",), blm=2.0)) == "data"
    assert first_changed_step(base, base.with_changes(dispersal_km=50.0)) == "connectivity"
    assert outdated_steps("data") == ("data", "units", "solve", "connectivity", "tfca")
    assert outdated_steps("targets") == ("targets", "solve", "tfca")
    assert outdated_steps("connectivity") == ("connectivity",)
    outputs = {
        "ranges": "r.gpkg",
        "sites": "s.gpkg",
        "planning_units": "u.gpkg",
        "solution": "p.gpkg",
        "protconn": "c.gpkg",
        "tfca_candidates": "t.gpkg",
    }
    kept, lost = drop_outdated(outputs, "solve")
    assert set(kept) == {"ranges", "sites", "planning_units", "protconn"}
    assert lost == {"solve", "tfca"}
    kept, lost = drop_outdated(outputs, "data")
    assert kept == {} and lost == {"data", "units", "solve", "connectivity", "tfca"}


def test_the_guides_scenario_file_imports_with_the_documented_defaults():
    """The user guide (en, fr, es) shows a scenario file: Import must take it as shown."""
    import re
    from pathlib import Path

    from cms_connectivity_plugin.core import defaults

    root = Path(__file__).resolve().parents[2] / "resources" / "help"
    for lang in ("en", "fr", "es"):
        text = (root / lang / "index.html").read_text(encoding="utf-8")
        blocks = re.findall(r"<pre>(\{.*?\})</pre>", text, flags=re.S)
        assert blocks, lang
        for block in blocks:
            settings = WorkflowSettings.from_json(block)
            assert settings.blm == defaults.BLM == WorkflowSettings().blm
            assert settings.time_limit_s == defaults.TIME_LIMIT_S
            assert settings.edge_factor == defaults.EDGE_FACTOR


def test_an_old_scenario_file_maps_to_the_settings():
    from cms_connectivity_plugin.core.scenario import Scenario

    old = Scenario(countries=("FRA", "ESP"), hex_area_km2=500, lock_in_threshold=0.4)
    settings = WorkflowSettings.from_json(old.to_json())
    assert settings.countries == ("FRA", "ESP") and settings.cell_area_km2 == 500
    assert settings.lock_in == 0.4 and settings.dispersal_km == old.protconn_distance_km
    assert settings.blm == old.blm and settings.edge_factor == old.edge_factor
    far = dict(old.to_dict(), max_offshore_km=50.0)
    with pytest.raises(InputError, match="max_offshore_km"):
        WorkflowSettings.from_dict(far)


def test_track_season_settings_reach_the_tracks_step_and_are_checked():
    from cms_connectivity_plugin.core.workflow import WorkflowSettings, problems, step_calls

    s = WorkflowSettings(
        tracks="leo.csv",
        tracks_seasons="dates",
        tracks_windows="breeding=152-243; non-breeding=335-59",
        tracks_state_field="raptor-workshop:migration-state",
    )
    call = next(c for c in step_calls(s, "data") if c.alg == "cmsconnectivity:trackstoranges")
    assert call.params["METHOD"] == 1  # "dates" in the algorithm's choices
    assert call.params["WINDOWS"] == s.tracks_windows
    assert call.params["STATE_FIELD"] == "raptor-workshop:migration-state"
    assert WorkflowSettings.from_dict(s.to_dict()) == s  # the scenario file keeps them
    bad = s.with_changes(tracks_windows="breeding=May-July")
    assert any("date window" in p for p in problems(bad, "data"))
    with pytest.raises(InputError, match="tracks_seasons"):
        WorkflowSettings(tracks_seasons="sometimes")
