"""A command-line run with real data holds nothing simulated unless asked for."""

from __future__ import annotations

from cms_connectivity_plugin.cli import _parser, _settings
from cms_connectivity_plugin.core.credits import training_notice


def _csv(tmp_path):
    path = tmp_path / "storks.csv"
    rows = ["individual-local-identifier,timestamp,location-long,location-lat"]
    rows += [
        f"a,2018-08-{day:02d} 12:00:00,{8 - day * 0.1},{47 - day * 0.4}" for day in range(1, 20)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def test_tracks_alone_bring_no_simulated_sites(tmp_path):
    args = _parser().parse_args(["run", "--out", str(tmp_path / "o"), "--tracks", _csv(tmp_path)])
    settings = _settings(args)
    assert not settings.simulate_species and not settings.simulate_sites
    assert training_notice(settings) == ""  # nothing simulated: no training banner


def test_simulated_sites_only_when_asked_and_then_labelled(tmp_path):
    argv = ["run", "--out", str(tmp_path / "o"), "--tracks", _csv(tmp_path), "--simulated-sites"]
    settings = _settings(_parser().parse_args(argv))
    assert settings.simulate_sites and training_notice(settings)


def test_own_sites_replace_the_simulated_ones(tmp_path):
    sites = tmp_path / "ramsar.gpkg"
    sites.write_bytes(b"")  # only named here; the run itself would read it
    argv = ["run", "--out", str(tmp_path / "o"), "--sites", str(sites)]
    settings = _settings(_parser().parse_args(argv))
    assert settings.sites == (str(sites),) and not settings.simulate_sites
    assert settings.simulate_species  # species stay simulated: the notice says so
    assert training_notice(settings)
