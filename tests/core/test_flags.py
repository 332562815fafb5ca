"""One reading of yes/no values for every layer the plugin reads (locks, selection, critical
sites): the planning, TFCA and places steps used to disagree on "0.0", "f" and "n"."""

from __future__ import annotations

import numpy as np
import shapely

from cms_connectivity_plugin.core.vector import VectorTable, flag_column, flag_value


def test_yes_and_no_in_every_spelling_a_layer_holds():
    yes = [True, 1, 2.5, "1", "1.0", " TRUE ", "t", "Yes", "y", np.int64(1), np.float64(1.0)]
    no = [None, False, 0, 0.0, float("nan"), "0", "0.0", "false", "F", "no", "n", "", "maybe"]
    assert all(flag_value(v) for v in yes)
    assert not any(flag_value(v) for v in no)


def test_a_column_is_read_by_name_in_any_case_and_is_false_without_it():
    table = VectorTable(
        "units",
        {"Locked_In": ["1.0", "0.0", None, "f"]},
        shapely.points([0, 1, 2, 3], [0, 0, 0, 0]),
        "EPSG:3035",
    )
    assert flag_column(table, "locked_in").tolist() == [True, False, False, False]
    assert flag_column(table, "selected").tolist() == [False] * 4


def test_one_reading_of_seasons_for_ranges_tracks_and_tfca():
    """Words, codes and numeric text mean the same season to every step."""
    from cms_connectivity_plugin.core import tfca, tracks
    from cms_connectivity_plugin.core.ranges import season_code

    for value, code in (
        ("Non-breeding", 3),
        ("wintering", 3),
        ("nonbreeding", 3),
        ("2", 2),
        ("2.0", 2),
        (4, 4),
        ("prebreeding_migration", 4),
        ("resident", 1),
    ):
        assert season_code(value) == code, value
    assert season_code("sometimes") is None and season_code(7) is None
    assert tfca._season_codes(np.array(["Non-breeding", "2.0", 4], dtype=object), "r").tolist() == [
        3,
        2,
        4,
    ]
    assert tracks.parse_windows("wintering=305-59; Breeding=121-212") == {
        3: ((305, 59),),
        2: ((121, 212),),
    }
