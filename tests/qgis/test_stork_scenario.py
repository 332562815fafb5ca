"""A scenario built from the real White Stork tracks: ranges from GPS, TFCA candidates."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from cms_connectivity_plugin.core import tracks
from cms_connectivity_plugin.core.pipeline import ScenarioInputs, run_scenario
from cms_connectivity_plugin.core.scenario import Scenario
from cms_connectivity_plugin.core.simulate import SpeciesRanges
from cms_connectivity_plugin.qgis_io.run import read_countries


@pytest.fixture(scope="module")
def stork_run(shared_data, qgis_app):
    fixes = tracks.read_movebank_csv(
        shared_data / "white_stork_tracks" / "whitestork_lifetrack_2018.csv.gz"
    )
    seasonal = tracks.seasonal_ranges(fixes)
    ranges = SpeciesRanges(
        seasonal.binomial,
        seasonal.presence,
        seasonal.origin,
        seasonal.seasonal,
        seasonal.geometry,
    )
    scenario = Scenario(hex_area_km2=1000.0, n_species=1, seed=42)
    return run_scenario(
        scenario, read_countries(), inputs=ScenarioInputs(crs=seasonal.crs, ranges=ranges)
    )


def test_stork_ranges_replace_the_simulated_species(stork_run):
    assert set(stork_run.features.species) == {"Ciconia ciconia"}
    assert sorted(stork_run.features.season) == [2, 3, 4]
    assert all(c.met for c in stork_run.coverage)


def test_stork_scenario_gives_pyrenees_and_upper_rhine_candidates(stork_run):
    tfca = stork_run.tfca
    spans = [set(c.split(";")) for c in tfca.countries]
    assert any({"ESP", "FRA"} <= s for s in spans)  # the Pyrenees
    assert any(len(s & {"DEU", "CHE", "FRA"}) >= 2 for s in spans)  # Upper Rhine / Jura
    study = stork_run.study_area
    for geom in tfca.geometry:  # every candidate really lies in two or more countries
        inside = [
            c
            for c, g in zip(study.codes, study.countries)
            if shapely.area(shapely.intersection(geom, g)) > 1e6
        ]
        assert len(inside) >= 2
    np.testing.assert_allclose(
        [sum(float(p.split(":")[1]) for p in a.split(";")) for a in tfca.area_by_country],
        tfca.area_km2,
        rtol=1e-3,
    )
