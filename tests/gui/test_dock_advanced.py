"""The Solve step's Advanced group: stepping stones, country share, cross-border bonus and a
connectivity table, from the form to the settings, the project and the plan."""

from __future__ import annotations

from qgis.core import QgsProject

from cms_connectivity_plugin.core.workflow import WorkflowSettings


def test_advanced_group_is_closed_when_off_and_carries_every_setting(dock, tmp_path):
    solve = dock.steps["solve"].ui
    assert solve.advancedGroup.isCollapsed()
    assert solve.stonesSpin.text() == solve.stonesSpin.specialValueText()  # "Off" at 0
    table = tmp_path / "links.csv"
    table.write_text("id1,id2,value\n1,2,1\n")
    solve.stonesSpin.setValue(250)
    solve.shareSpin.setValue(17.5)
    solve.bonusSpin.setValue(0.25)
    solve.connectivityFile.setFilePath(str(table))
    solve.connectivityWeightSpin.setValue(2)
    solve.oneWayCheck.setChecked(True)
    s = dock.settings
    assert (s.stepping_stones_km, s.country_share_percent, s.cross_border_bonus) == (
        250,
        17.5,
        0.25,
    )
    assert s.connectivity_table == str(table) and s.connectivity_weight == 2
    assert s.connectivity_symmetric is False
    saved = dock.settings
    path = str(tmp_path / "advanced.qgz")
    project = QgsProject.instance()
    assert project.write(path)
    project.clear()
    assert dock.settings == WorkflowSettings(output_folder=dock.settings.output_folder)
    assert solve.stonesSpin.value() == 0
    solve.advancedGroup.setCollapsed(True)
    assert project.read(path)
    assert dock.settings == saved
    assert solve.stonesSpin.value() == 250 and solve.oneWayCheck.isChecked()
    # A setting in use is never hidden.
    assert not solve.advancedGroup.isCollapsed()


def test_advanced_group_blocks_a_weight_without_a_table_and_a_missing_file(dock, tmp_path):
    solve = dock.steps["solve"].ui
    solve.connectivityWeightSpin.setValue(1)
    blockers = " ".join(dock.blockers("solve"))
    assert "connectivity table" in blockers and "weight to 0" in blockers
    solve.connectivityFile.setFilePath(str(tmp_path / "gone.csv"))
    blockers = " ".join(dock.blockers("solve"))
    assert "gone.csv is not a file" in blockers
    solve.connectivityWeightSpin.setValue(0)
    solve.connectivityFile.setFilePath("")
    assert not any("connectivity" in b for b in dock.blockers("solve"))


def test_solve_with_a_country_share_meets_it_in_every_country(dock, qtbot):
    from cms_connectivity_plugin.core.planning_units import parse_country_shares
    from cms_connectivity_plugin.gui.widgets import output_layer
    from tests.gui.conftest import run_and_wait
    from tests.gui.test_dock import _prepare

    def shares_kept() -> dict[str, float]:
        features = list(output_layer("solution").getFeatures())
        kept = [float(int(f["selected"]) or int(f["locked_in"])) for f in features]
        shares, codes = parse_country_shares([f["country_shares"] for f in features], "solution")
        return dict(zip(codes, (shares.T @ kept) / shares.sum(axis=0).A1))

    _prepare(dock, qtbot)
    solve = dock.steps["solve"].ui
    solve.timeLimitSpin.setValue(30)
    assert run_and_wait(qtbot, dock, "solve") == "ok"
    assert min(shares_kept().values()) < 0.35  # without the rule one country keeps less
    solve.shareSpin.setValue(35)
    assert run_and_wait(qtbot, dock, "solve") == "ok"
    kept = shares_kept()
    assert set(kept) >= {"FRA", "ESP"}
    assert all(share >= 0.35 * (1 - 1e-6) for share in kept.values()), kept


def test_a_dask_scheduler_is_a_data_setting_checked_before_running(dock):
    data = dock.steps["data"].ui
    data.schedulerEdit.setText("my laptop")
    data.schedulerEdit.editingFinished.emit()
    assert dock.settings.scheduler == "my laptop"
    assert any("is not an address" in b for b in dock.blockers("data"))
    data.schedulerEdit.setText("tcp://10.0.0.5:8786")
    data.schedulerEdit.editingFinished.emit()
    assert dock.settings.scheduler == "tcp://10.0.0.5:8786"
    assert not any("scheduler" in b for b in dock.blockers("data"))
    # The plan's call carries it, so the solve's independent work can go there.
    from cms_connectivity_plugin.core.workflow import step_calls

    (call,) = [c for c in step_calls(dock.settings, "solve") if c.alg.endswith(":plan")]
    assert call.params["SCHEDULER"] == "tcp://10.0.0.5:8786"


def test_the_dock_sends_site_importance_to_the_dask_scheduler(dock, qtbot):
    """Connectivity step with a scheduler: the dPC tasks run there (a scheduler started in
    this process), the bar moves, and the layer holds the numbers of a run on this computer."""
    import pytest

    distributed = pytest.importorskip("distributed")
    from cms_connectivity_plugin.gui.widgets import output_layer
    from tests.gui.conftest import run_and_wait
    from tests.gui.test_dock import _prepare
    from tests.qgis.test_scheduler_parameter import _tasks_run

    def importance() -> list[tuple]:
        layer = output_layer("site_importance")
        names = ("dPC", "dPCintra", "dPCflux", "dPCconnector")
        return sorted(tuple(f[n] for n in names) for f in layer.getFeatures())

    _prepare(dock, qtbot)
    assert run_and_wait(qtbot, dock, "connectivity") == "ok"
    here = importance()
    assert len(here) > 2 and max(row[0] for row in here) > 0
    with distributed.LocalCluster(
        n_workers=1, processes=False, protocol="tcp", dashboard_address=None
    ) as cluster:
        data = dock.steps["data"].ui
        data.schedulerEdit.setText(cluster.scheduler_address)
        data.schedulerEdit.editingFinished.emit()
        before = _tasks_run(cluster)
        bar: list[int] = []
        dock.ui.progressBar.valueChanged.connect(bar.append)
        assert run_and_wait(qtbot, dock, "connectivity") == "ok"
        dock.ui.progressBar.valueChanged.disconnect(bar.append)
        assert _tasks_run(cluster) > before
    assert importance() == here
    assert len(set(bar)) > 2 and max(bar) >= 50
