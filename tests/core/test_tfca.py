import numpy as np
import shapely
from scipy import sparse

from cms_connectivity_plugin.core.planning_units import hexagon_units
from cms_connectivity_plugin.core.tfca import find_candidates


def _units():
    west = shapely.box(0, 0, 60_000, 60_000)
    east = shapely.box(60_000, 0, 120_000, 60_000)
    countries = np.array([west, east], dtype=object)
    units = hexagon_units(
        shapely.union_all(countries),
        30.0,
        countries,
        ("WWW", "EEE"),
        np.array([], dtype=object),
        "EPSG:3035",
    )
    return units, countries


def test_cluster_across_the_border_is_a_candidate_and_one_side_only_is_not():
    units, countries = _units()
    centre = shapely.get_coordinates(shapely.centroid(units.geometry))
    across = (np.abs(centre[:, 0] - 60_000) < 15_000) & (np.abs(centre[:, 1] - 20_000) < 8_000)
    west_only = (np.abs(centre[:, 0] - 20_000) < 8_000) & (np.abs(centre[:, 1] - 45_000) < 8_000)
    chosen = across | west_only
    amounts = sparse.csr_matrix(
        np.column_stack([across.astype(float), west_only.astype(float), across.astype(float)])
    )
    species = np.array(["Sp a", "Sp b", "Sp a"], dtype=object)
    tfca = find_candidates(units, chosen, amounts, species)
    assert len(tfca) == 1
    assert tfca.countries[0] == "EEE;WWW" and tfca.n_countries[0] == 2
    assert tfca.n_species[0] == 1 and tfca.n_features[0] == 2
    # Geometrically: the candidate really lies in both countries.
    for country in countries:
        assert shapely.area(shapely.intersection(tfca.geometry[0], country)) > 1e6
    np.testing.assert_allclose(tfca.area_km2[0], units.area_km2[across].sum())
    parts = dict(p.split(":") for p in tfca.area_by_country[0].split(";"))
    assert np.isclose(sum(float(v) for v in parts.values()), tfca.area_km2[0], rtol=1e-3)


def test_nothing_chosen_gives_no_candidates():
    units, _ = _units()
    tfca = find_candidates(
        units,
        np.zeros(len(units), bool),
        sparse.csr_matrix((len(units), 1)),
        np.array(["x"], dtype=object),
    )
    assert len(tfca) == 0
