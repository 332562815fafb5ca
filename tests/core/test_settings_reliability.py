"""Whatever a scenario file holds, :class:`WorkflowSettings` gives sound settings or one
``InputError`` naming the setting and the fix: never another exception, never a run that
quietly leaves out what was asked for. The dock, Processing and the command line all read
scenarios through it."""

from __future__ import annotations

import hashlib
import json
import math
import os
import tempfile
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.scenario import Scenario
from cms_connectivity_plugin.core.workflow import (
    KIND,
    STEPS,
    WorkflowSettings,
    all_calls,
    problems,
    run_problems,
    step_calls,
)

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = [f.name for f in fields(WorkflowSettings)]
KINDS = {f.name: f.type for f in fields(WorkflowSettings)}


def _one_line(exc: BaseException) -> str:
    message = str(exc)
    assert message and "\n" not in message and "Traceback" not in message
    return message


def _load(data) -> WorkflowSettings:
    return WorkflowSettings.from_dict({"kind": KIND, **data})


# -- the tester's cases -----------------------------------------------------------------------


def test_a_missing_scenario_file_is_an_input_error_naming_it(tmp_path):
    missing = tmp_path / "missing.json"
    with pytest.raises(InputError, match="missing.json") as info:
        WorkflowSettings.load(missing)
    _one_line(info.value)
    with pytest.raises(InputError, match="missing.json"):
        Scenario.load(missing)
    with pytest.raises(InputError, match="cannot be read"):
        WorkflowSettings.load(tmp_path)  # a folder


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"n_species": "many"}, r"'n_species' is \"many\": give a whole number"),
        ({"n_species": 2.5}, "'n_species' is 2.5: give a whole number"),
        ({"seed": None}, "'seed' is null"),
        ({"blm": "0.5"}, r"'blm' is \"0.5\": give a number \(without quotes\)"),
        ({"protconn": "yes"}, "'protconn' is \"yes\": give true or false"),
        ({"objective": "minsets"}, "'objective' is \"minsets\": use one of minset"),
        ({"countries": [1, 2]}, "'countries' is \\[1, 2\\]: give a list of texts"),
        ({"countries": {"a": 1}}, "'countries'"),
        ({"targets": [40]}, "'targets' is \\[40\\]"),
        ({"targets": {"A b|2": "forty"}}, "'targets'"),
        ({"version": "one"}, "'version' is \"one\""),
        ({"n_speceis": 3}, "n_speceis \\(did you mean n_species\\?\\)"),
        ({"BLM": 3}, "BLM \\(did you mean blm\\?\\)"),
        ({"zzzz": 3}, "Unknown scenario setting\\(s\\): zzzz\\. Remove"),
    ],
)
def test_wrong_types_and_unknown_keys_are_named(data, words):
    with pytest.raises(InputError, match=words) as info:
        _load(data)
    _one_line(info.value)


def test_the_optimality_gap_is_a_fraction_below_one():
    def gap_problems(value):
        return problems(WorkflowSettings(mip_gap=value), "solve")

    assert gap_problems(0.0) == gap_problems(0.05) == gap_problems(0.999) == []
    (found,) = gap_problems(5.0)
    assert "5 " in found and "looks like a percentage" in found and "0.05" in found
    assert "percentage" in gap_problems(1.0)[0]  # 1 is 100 %: no gap asked for is 0
    assert "below 1" in gap_problems(250.0)[0]
    assert "below 1" in gap_problems(-0.1)[0]
    assert "not a number" in gap_problems(float("nan"))[0]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"n_species": 0}, "number of species"),
        ({"seed": -1}, "random seed is -1: give a whole number from 0"),
        ({"cell_area_km2": 0}, "cell area"),
        ({"cell_area_km2": math.inf}, "cell area \\(km2\\) is inf"),
        ({"target_percent": 120}, "target"),
        ({"target_percent": math.nan}, "not a number"),
        ({"blm": -1}, "boundary length modifier"),
        ({"blm": math.inf}, "boundary length modifier"),
        ({"time_limit_s": 0}, "time limit"),
        ({"mip_gap": 5}, "looks like a percentage"),
        ({"dispersal_km": -3}, "dispersal distance"),
        ({"dispersal_km": math.nan}, "dispersal distance"),
        ({"lock_in": 2}, "lock-in share"),
        ({"objective": "maxcoverage", "budget": math.inf}, "budget"),
        ({"flyway": True}, "flyway network needs a tracking file"),
        ({"corridors": True}, "resistance raster"),
    ],
)
def test_every_number_is_checked_before_a_run(data, words):
    found = run_problems(_load(data))
    assert found and any(__import__("re").search(words, p) for p in found), found


def test_numbers_from_json_infinity_and_nan_are_caught(tmp_path):
    path = tmp_path / "s.json"
    text = json.dumps({"kind": KIND, "blm": math.inf, "mip_gap": math.nan})
    assert "Infinity" in text and "NaN" in text  # what Python's json writes and reads
    path.write_text(text, encoding="utf-8")
    found = " ".join(run_problems(WorkflowSettings.load(path)))
    assert "boundary length modifier (BLM) is inf" in found and "optimality gap" in found


def test_flyway_without_tracks_stops_a_run_before_any_work():
    """Before: the whole connectivity step (ProtConn and dPC too) was quietly left out."""
    settings = WorkflowSettings(flyway=True, output_folder="/tmp/o")
    with pytest.raises(InputError, match="flyway network needs a tracking file"):
        all_calls(settings)
    with pytest.raises(InputError, match="resistance raster"):
        all_calls(WorkflowSettings(corridors=True))
    with_tracks = [c.alg for c in all_calls(settings.with_changes(tracks="t.csv"))]
    for alg in ("protconn", "connectivity", "flywaynetwork"):
        assert f"cmsconnectivity:{alg}" in with_tracks
    # The default run keeps ProtConn and dPC.
    default = [c.alg for c in all_calls(WorkflowSettings())]
    assert "cmsconnectivity:protconn" in default and "cmsconnectivity:connectivity" in default


def test_without_sites_the_flyway_network_still_runs():
    settings = WorkflowSettings(simulate_sites=False, flyway=True, tracks="t.csv")
    algs = [c.alg for c in all_calls(settings)]
    assert "cmsconnectivity:flywaynetwork" in algs
    assert "cmsconnectivity:protconn" not in algs  # nothing to measure without sites


def test_old_scenarios_with_wrong_types_or_both_names_are_named():
    with pytest.raises(InputError, match="max_offshore_km"):
        WorkflowSettings.from_dict({"hex_area_km2": 500, "max_offshore_km": "far"})
    with pytest.raises(InputError, match="both 'hex_area_km2' and 'cell_area_km2'"):
        WorkflowSettings.from_dict({"hex_area_km2": 500, "cell_area_km2": 100})
    with pytest.raises(InputError, match="'n_species'"):
        Scenario.from_dict({"n_species": "many"}).validate()
    with pytest.raises(InputError, match="'schema_version'"):
        Scenario.from_dict({"schema_version": "1"})
    with pytest.raises(InputError, match="'countries'"):
        Scenario.from_dict({"countries": 5})


def test_a_scenario_is_not_json_object_or_not_utf8(tmp_path):
    with pytest.raises(InputError, match="one JSON object"):
        WorkflowSettings.from_json("[1, 2]")
    path = tmp_path / "latin.json"
    path.write_bytes('{"title": "Été"}'.encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        WorkflowSettings.load(path)


# -- generated scenarios ------------------------------------------------------------------------

_json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=10),
    st.sampled_from(["FRA,ESP", "minset", "hexagon", "layers", "12", "t.csv", ""]),
)
_json = st.recursive(
    _json_leaf,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
_good = {
    "int": st.integers(-5, 600),
    "float": st.floats(-10, 1e6, allow_nan=False),
    "bool": st.booleans(),
    "str": st.sampled_from(["", "t.csv", "minset", "hexagon", "layers", "simulated"]),
}


@st.composite
def _scenario(draw) -> dict:
    data = {}
    for name in draw(st.lists(st.sampled_from(NAMES), max_size=8, unique=True)):
        good = _good.get(KINDS[name])
        if good is not None and draw(st.integers(0, 2)):
            data[name] = draw(good)  # mostly the right type, in or out of range
        elif name == "countries" and draw(st.booleans()):
            data[name] = draw(st.lists(st.sampled_from(["FRA", "esp", "Allemagne", "XX"])))
        else:
            data[name] = draw(_json)
    if draw(st.integers(0, 5)) == 0:
        data[draw(st.text(max_size=8))] = draw(_json)
    if draw(st.integers(0, 5)) == 0:
        data.update(hex_area_km2=draw(_json_leaf))  # an old (0.1) scenario
    elif draw(st.integers(0, 1)):
        data["kind"] = draw(st.sampled_from([KIND, KIND, "other", 3]))
    return data


def _check_settings(result: WorkflowSettings) -> None:
    for name, kind in KINDS.items():
        value = getattr(result, name)
        if kind == "int":
            assert type(value) is int, name
        elif kind == "float":
            assert type(value) is float, name
        elif kind == "bool":
            assert type(value) is bool, name
        elif kind == "str":
            assert type(value) is str, name
    assert all(type(v) is float for v in result.targets.values())
    # Checking and planning never fail with anything but an InputError.
    for step in STEPS:
        try:
            problems(result, step)
        except InputError as exc:
            _one_line(exc)
    found = run_problems(result)
    if not found:
        # Sound settings: every number is in its range, the run's calls can be made.
        assert 0 <= result.mip_gap < 1 and math.isfinite(result.blm) and result.blm >= 0
        assert result.time_limit_s > 0 and 0 < result.target_percent <= 100
        calls = all_calls(result)
        assert calls and calls[-1].alg == "cmsconnectivity:exportpackage"
        step_calls(result, "simulate")
    # What was read is written back and read again unchanged.
    assert WorkflowSettings.from_json(result.to_json()) == result


@FUZZ
@given(data=_scenario())
def test_generated_scenarios_give_sound_settings_or_an_input_error(data):
    try:
        result = WorkflowSettings.from_dict(data)
    except InputError as exc:
        _one_line(exc)
        return
    _check_settings(result)


@FUZZ
@given(data=_scenario())
def test_generated_scenario_files_are_read_and_left_unchanged(data):
    text = json.dumps(data, allow_nan=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scenario.json"
        path.write_text(text, encoding="utf-8")
        stamp = hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns
        try:
            result = WorkflowSettings.load(path)
        except InputError as exc:
            _one_line(exc)
            result = None
        assert (hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns) == stamp
    if result is not None:
        _check_settings(result)


@FUZZ
@given(data=st.dictionaries(st.sampled_from(NAMES), _json, max_size=6))
def test_arbitrary_json_values_for_known_settings(data):
    try:
        result = _load(data)
    except InputError as exc:
        _one_line(exc)
        return
    _check_settings(result)
