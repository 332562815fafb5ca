"""Target rules with hand-computed values (prioritizr-style relative, absolute, Rodrigues)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
import scipy.sparse as sp

from cms_connectivity_plugin.core.errors import InputError
from cms_connectivity_plugin.core.targets import (
    AbsoluteTargets,
    LogLinearTargets,
    RelativeTargets,
    loglinear_percent,
    targets_for,
)


def _features(species, seasons):
    names = [f"{s} ({k})" for s, k in zip(species, seasons)]
    return SimpleNamespace(
        species=np.array(species, dtype=object), season=np.array(seasons), names=names
    )


def test_relative_default_is_30_percent_of_each_total():
    amounts = sp.csr_matrix(np.array([[4.0, 0.0, 0.0], [6.0, 20.0, 0.0]]))
    assert targets_for(["a", "b", "c"], amounts, RelativeTargets()) == pytest.approx(
        [3.0, 6.0, 0.0]
    )


def test_relative_per_feature_sequence_and_mapping():
    totals = np.array([100.0, 50.0])
    assert targets_for(["a", "b"], totals, RelativeTargets([10, 100])) == pytest.approx(
        [10.0, 50.0]
    )
    rule = RelativeTargets({"a": 17.0, "b": 40.0})
    assert targets_for(["a", "b"], totals, rule) == pytest.approx([17.0, 20.0])


def test_absolute_targets_are_not_capped_by_the_amount_available():
    totals = np.array([10.0, 5.0])
    assert targets_for(["a", "b"], totals, AbsoluteTargets(7.0)) == pytest.approx([7.0, 7.0])
    rule = AbsoluteTargets({"a": 2.5, "b": 0.0})
    assert targets_for(["a", "b"], totals, rule) == pytest.approx([2.5, 0.0])


def test_rodrigues_endpoints_and_log_midpoint():
    areas = np.array([10.0, 1_000.0, np.sqrt(1_000.0 * 250_000.0), 250_000.0, 900_000.0])
    assert loglinear_percent(areas) == pytest.approx([100.0, 100.0, 55.0, 10.0, 10.0])
    # A quarter of the way in log10 space: 100 + (10 - 100) / 4.
    quarter = 10 ** (3 + 0.25 * (np.log10(250_000.0) - 3))
    assert loglinear_percent(quarter) == pytest.approx(77.5)


def test_rodrigues_on_local_ranges():
    totals = np.array([500.0, np.sqrt(1_000.0 * 250_000.0), 400_000.0])
    got = targets_for(["s", "m", "l"], totals, LogLinearTargets())
    assert got == pytest.approx([500.0, 0.55 * totals[1], 40_000.0])


def test_cap_limits_the_target_not_the_range_area():
    totals = np.array([20_000_000.0, 5_000_000.0])
    capped = targets_for(["huge", "big"], totals, LogLinearTargets())
    # 10 % of 20 M km2 = 2 M, capped at 1 M; 10 % of 5 M = 500,000 stays.
    assert capped == pytest.approx([1_000_000.0, 500_000.0])
    uncapped = targets_for(["huge", "big"], totals, LogLinearTargets(cap_km2=None))
    assert uncapped == pytest.approx([2_000_000.0, 500_000.0])


def test_global_range_sets_the_share_applied_inside_the_study_area():
    features = _features(["Grus grus", "Rara avis", "Anser anser"], [2, 2, 3])
    inside = np.array([500.0, 300.0, 1_000.0])
    rule = LogLinearTargets(
        range_km2={"Grus grus": 1_000_000.0, "Rara avis": 800.0, "Anser anser": 16_000_000.0}
    )
    got = targets_for(features, inside, rule)
    # 10 % of 500; 100 % of 300; min(10 %, 1 M / 16 M = 6.25 %) of 1,000.
    assert got == pytest.approx([50.0, 300.0, 62.5])


def test_global_range_target_never_exceeds_the_amount_inside():
    features = _features(["Rara avis"], [2])
    rule = LogLinearTargets(range_km2={"Rara avis": 500.0}, season_multipliers={2: 3.0})
    assert targets_for(features, np.array([40.0]), rule) == pytest.approx([40.0])


def test_season_multipliers_scale_each_season():
    features = _features(["a", "a", "a", "a"], [2, 3, 4, 1])
    totals = np.array([100.0, 100.0, 100.0, 100.0])
    rule = RelativeTargets(30.0, season_multipliers={2: 1.0, 3: 1.0, 4: 0.5})
    assert targets_for(features, totals, rule) == pytest.approx([30.0, 30.0, 15.0, 30.0])
    absolute = AbsoluteTargets(10.0, season_multipliers={4: 0.5})
    assert targets_for(features, totals, absolute) == pytest.approx([10.0, 10.0, 5.0, 10.0])
    capped = RelativeTargets(80.0, season_multipliers={2: 2.0})
    assert targets_for(features, totals, capped)[0] == pytest.approx(100.0)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (RelativeTargets({"a": 30.0, "b": 0.0}), "feature 'b' is 0.0 %"),
        (RelativeTargets([30.0, 150.0]), "feature 'b' is 150.0 %"),
        (RelativeTargets({"a": 30.0}), "No target percentage is given for feature 'b'"),
        (AbsoluteTargets({"a": 1.0, "b": -2.0}), "feature 'b' is -2.0 km2"),
        (AbsoluteTargets([1.0, 2.0, 3.0]), "3 values of target for 2 features"),
        (LogLinearTargets(low_percent=0.0), "low range-size target is 0.0 %"),
        (LogLinearTargets(low_km2=500_000.0), "the first smaller"),
        (LogLinearTargets(range_km2={"a": 10.0}), "species 'b'"),
        (LogLinearTargets(range_km2=[10.0, -1.0]), "range area of feature 'b' is -1.0"),
        (RelativeTargets(season_multipliers={2: 1.0}), "features carry no season"),
    ],
)
def test_invalid_rules_name_the_feature(rule, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        targets_for(["a", "b"], np.array([10.0, 10.0]), rule)


def test_negative_season_multiplier_is_refused():
    features = _features(["a"], [4])
    with pytest.raises(InputError, match="season 4 is -1.0"):
        targets_for(features, np.array([1.0]), RelativeTargets(season_multipliers={4: -1.0}))


def test_feature_count_must_match_the_amounts():
    with pytest.raises(InputError, match="3 features but the amounts have 2 columns"):
        targets_for(["a", "b", "c"], np.ones((4, 2)), RelativeTargets())
