"""Training scenarios: simulated migratory species and protected areas for any countries.

Workshops need data that works offline for any region. The simulator places, for each
species, a breeding range towards the poleward end of the study area's main axis, a
non-breeding range towards the other end and an elongated passage range between them, as
irregular blobs clipped to land in the IUCN range schema; and an existing protected-area
network in the WDPA schema, some of it along land borders so that transboundary clusters can
form. Deterministic for a given seed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .borders import StudyArea, shared_borders
from .errors import InputError
from .i18n import tr

_GENERA = (
    "Ciconia",
    "Aquila",
    "Grus",
    "Anser",
    "Milvus",
    "Circus",
    "Falco",
    "Hirundo",
    "Merops",
    "Coracias",
    "Upupa",
    "Oriolus",
    "Limosa",
    "Platalea",
    "Pernis",
    "Clanga",
    "Otis",
    "Tetrax",
    "Acrocephalus",
    "Lanius",
    "Streptopelia",
    "Apus",
    "Numenius",
    "Glareola",
)
_EPITHETS = (
    "simulata",
    "fictiva",
    "peregrinans",
    "migratrix",
    "viatrix",
    "borealis",
    "australis",
    "occidentalis",
    "transiens",
    "exemplaris",
    "didactica",
    "itinerans",
    "vagans",
    "montana",
    "palustris",
    "campestris",
)
_DESIGNATIONS = (
    ("National Park", "II"),
    ("Nature Reserve", "Ia"),
    ("Special Protection Area (Birds Directive)", "Not Reported"),
    ("Site of Community Importance (Habitats Directive)", "Not Reported"),
    ("Regional Nature Park", "V"),
    ("Ramsar Site, Wetland of International Importance", "Not Reported"),
    ("Wildlife Refuge", "IV"),
    ("Wilderness Area", "Ib"),
)


@dataclass(frozen=True)
class SpeciesRanges:
    """Range polygons in the IUCN schema (one row per species and season)."""

    binomial: np.ndarray
    presence: np.ndarray
    origin: np.ndarray
    seasonal: np.ndarray
    geometry: np.ndarray

    def columns(self) -> dict[str, np.ndarray]:
        return {
            "binomial": self.binomial,
            "presence": self.presence,
            "origin": self.origin,
            "seasonal": self.seasonal,
        }


@dataclass(frozen=True)
class ProtectedAreas:
    """Sites in the WDPA schema (``REP_AREA`` in km2)."""

    columns_: dict[str, np.ndarray]
    geometry: np.ndarray

    def columns(self) -> dict[str, np.ndarray]:
        return self.columns_

    def __len__(self) -> int:
        return len(self.geometry)


@dataclass(frozen=True)
class SimulatedData:
    ranges: SpeciesRanges
    protected_areas: ProtectedAreas
    axis_start: tuple[float, float]
    axis_end: tuple[float, float]


def blob(
    rng: np.random.Generator,
    centre: tuple[float, float],
    radius: float,
    *,
    stretch: float = 1.0,
    angle: float = 0.0,
    roughness: float = 0.25,
    n_vertices: int = 96,
) -> shapely.Polygon:
    """An irregular, star-shaped polygon: a circle whose radius varies with a few harmonics.

    ``radius`` is the mean radius before stretching along ``angle`` by ``stretch``.
    """
    theta = np.linspace(0.0, 2.0 * np.pi, n_vertices, endpoint=False)
    log_r = np.zeros_like(theta)
    for k in range(2, 8):
        log_r += rng.normal(0.0, roughness / k) * np.cos(k * theta + rng.uniform(0, 2 * np.pi))
    r = radius * np.exp(log_r)
    x = r * np.cos(theta) * stretch
    y = r * np.sin(theta)
    ca, sa = np.cos(angle), np.sin(angle)
    xy = np.column_stack([centre[0] + ca * x - sa * y, centre[1] + sa * x + ca * y])
    return shapely.make_valid(shapely.Polygon(xy))


def _main_axis(area: shapely.Geometry) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Poleward end, equatorward end and unit normal of the area's longest direction.

    Principal component of the boundary vertices; oriented so that the start is the end
    with the larger y (north in a CRS centred on the area).
    """
    xy = shapely.get_coordinates(area)
    mean = xy.mean(axis=0)
    _, _, vt = np.linalg.svd(xy - mean, full_matrices=False)
    direction = vt[0]
    if direction[1] > 0:  # point from north to south
        direction = -direction
    t = (xy - mean) @ direction
    start = mean + direction * np.quantile(t, 0.02)
    end = mean + direction * np.quantile(t, 0.98)
    return start, end, np.array([-direction[1], direction[0]])


def _random_points_on(
    rng: np.random.Generator, area: shapely.Geometry, centres: np.ndarray, spread: np.ndarray
) -> np.ndarray:
    """For each requested centre, a nearby point on ``area`` (Gaussian jitter, resampled)."""
    out = np.array(centres, dtype=float)
    todo = np.ones(len(out), dtype=bool)
    for _ in range(60):
        if not todo.any():
            break
        trial = centres[todo] + rng.normal(0.0, 1.0, (todo.sum(), 2)) * spread[todo, None]
        inside = shapely.contains_xy(area, trial[:, 0], trial[:, 1])
        idx = np.flatnonzero(todo)[inside]
        out[idx] = trial[inside]
        todo[idx] = False
    if todo.any():  # fall back to the nearest point of the area
        pts = shapely.points(centres[todo])
        near = shapely.get_coordinates(shapely.shortest_line(pts, area))[1::2]
        out[todo] = near
    return out


def simulate_species(
    study: StudyArea, n_species: int, rng: np.random.Generator
) -> tuple[SpeciesRanges, np.ndarray, np.ndarray]:
    """Breeding, passage and non-breeding ranges of ``n_species`` along the main axis."""
    if n_species < 1:
        raise InputError(
            tr("The number of species is {n}: simulate at least 1 species.").format(n=n_species)
        )
    area = study.geometry
    shapely.prepare(area)
    start, end, normal = _main_axis(area)
    axis = end - start
    length = float(np.hypot(*axis))
    scale = np.sqrt(study.area_km2) * 1000.0  # metres; sizes follow the study area
    heading = float(np.arctan2(axis[1], axis[0]))

    t_breed = rng.uniform(0.05, 0.35, n_species)
    t_winter = rng.uniform(0.65, 0.95, n_species)
    lateral = rng.normal(0.0, 0.12, (n_species, 2)) * length
    breed_c = start + np.outer(t_breed, axis) + np.outer(lateral[:, 0], normal)
    winter_c = start + np.outer(t_winter, axis) + np.outer(lateral[:, 1], normal)
    spread = np.full(n_species, 0.05 * length)
    breed_c = _random_points_on(rng, area, breed_c, spread)
    winter_c = _random_points_on(rng, area, winter_c, spread)

    names: list[str] = []
    seen: set[str] = set()
    while len(names) < n_species:
        name = f"{rng.choice(_GENERA)} {rng.choice(_EPITHETS)}"
        if name not in seen or len(seen) >= len(_GENERA) * len(_EPITHETS):
            if name in seen:
                name = f"{name} {len(names) + 1}"
            seen.add(name)
            names.append(name)

    rows_name, rows_season, geoms = [], [], []
    for s in range(n_species):
        r_breed = scale * rng.uniform(0.08, 0.22)
        r_winter = scale * rng.uniform(0.08, 0.22)
        mid = (breed_c[s] + winter_c[s]) / 2.0
        hop = winter_c[s] - breed_c[s]
        half_len = 0.5 * float(np.hypot(*hop))
        width = scale * rng.uniform(0.05, 0.12)
        candidates = (
            (2, blob(rng, tuple(breed_c[s]), r_breed, angle=rng.uniform(0, np.pi))),
            (
                4,
                blob(
                    rng,
                    tuple(mid),
                    width,
                    stretch=max(1.0, half_len / width),
                    angle=float(np.arctan2(hop[1], hop[0])) if half_len > 0 else heading,
                    roughness=0.15,
                ),
            ),
            (3, blob(rng, tuple(winter_c[s]), r_winter, angle=rng.uniform(0, np.pi))),
        )
        for season, shape in candidates:
            clipped = shapely.make_valid(shapely.intersection(shape, area))
            clipped = _polygonal(clipped)
            if clipped is None or clipped.is_empty:
                continue
            rows_name.append(names[s])
            rows_season.append(season)
            geoms.append(clipped)
    n = len(geoms)
    ranges = SpeciesRanges(
        binomial=np.array(rows_name, dtype=object),
        presence=np.ones(n, dtype=np.int64),
        origin=np.ones(n, dtype=np.int64),
        seasonal=np.array(rows_season, dtype=np.int64),
        geometry=np.array(geoms, dtype=object),
    )
    return ranges, start, end


def _polygonal(geom: shapely.Geometry) -> shapely.Geometry | None:
    """Keep only the polygon parts of an overlay result (drop stray lines and points)."""
    parts = shapely.get_parts(geom)
    polys = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
    if len(polys) == 0:
        return None
    return shapely.multipolygons(shapely.get_parts(polys)) if len(polys) > 1 else polys[0]


def simulate_protected_areas(
    study: StudyArea,
    rng: np.random.Generator,
    *,
    km2_per_site: float = 8_000.0,
    border_share: float = 0.3,
) -> ProtectedAreas:
    """A WDPA-like network: lognormal sizes, some sites along shared land borders.

    Each site lies in one country (clipped to it), as WDPA records do; neighbours' sites
    touching across a border are what transboundary clusters are made of.
    """
    n = max(5, int(round(study.area_km2 / km2_per_site)))
    area_km2 = np.clip(rng.lognormal(np.log(500.0), 1.1, n), 5.0, 10_000.0)
    radius = np.sqrt(area_km2 * 1e6 / np.pi)
    n_border = int(round(n * border_share)) if len(study.codes) > 1 else 0
    centres = np.empty((n, 2))
    # Border sites: points along shared land borders.
    _, _, lines = shared_borders(study.countries, study.codes)
    if n_border and len(lines):
        border = shapely.union_all(lines)
        along = rng.uniform(0.0, 1.0, n_border)
        pts = shapely.line_interpolate_point(
            np.array([border] * n_border, dtype=object), along, normalized=True
        )
        centres[:n_border] = shapely.get_coordinates(pts)
    else:
        n_border = 0
    # Other sites: uniform over land, weighted by area (rejection sampling).
    minx, miny, maxx, maxy = study.geometry.bounds
    filled = n_border
    while filled < n:
        trial = rng.uniform((minx, miny), (maxx, maxy), (4 * (n - filled) + 16, 2))
        inside = trial[shapely.contains_xy(study.geometry, trial[:, 0], trial[:, 1])]
        take = inside[: n - filled]
        centres[filled : filled + len(take)] = take
        filled += len(take)

    geoms, iso3, kept = [], [], []
    country_tree = shapely.STRtree(study.countries)
    for k in range(n):
        shape = blob(rng, tuple(centres[k]), radius[k], roughness=0.3, n_vertices=48)
        # Assign the site to the country holding most of it, then clip to that country.
        hits = country_tree.query(shape, predicate="intersects")
        if len(hits) == 0:
            continue
        shares = shapely.area(shapely.intersection(study.countries[hits], shape))
        home = int(hits[int(np.argmax(shares))])
        clipped = _polygonal(shapely.make_valid(shapely.intersection(shape, study.countries[home])))
        if clipped is None or shapely.area(clipped) < 1e6:
            continue
        geoms.append(clipped)
        iso3.append(study.codes[home])
        kept.append(k)
    m = len(geoms)
    geometry = np.array(geoms, dtype=object)
    design = rng.integers(0, len(_DESIGNATIONS), m)
    columns = {
        "WDPAID": np.arange(900001, 900001 + m, dtype=np.int64),
        "NAME": np.array([f"Simulated site {i + 1}" for i in range(m)], dtype=object),
        "DESIG_ENG": np.array([_DESIGNATIONS[d][0] for d in design], dtype=object),
        "IUCN_CAT": np.array([_DESIGNATIONS[d][1] for d in design], dtype=object),
        "STATUS": np.array(["Designated"] * m, dtype=object),
        "STATUS_YR": rng.integers(1960, 2025, m).astype(np.int64),
        "ISO3": np.array(iso3, dtype=object),
        "REP_AREA": np.round(shapely.area(geometry) / 1e6, 3) if m else np.zeros(0),
        "MARINE": np.array(["0"] * m, dtype=object),
    }
    return ProtectedAreas(columns, geometry)


def simulate(study: StudyArea, n_species: int, seed: int) -> SimulatedData:
    """Species ranges and protected areas for a study area; same seed, same data."""
    rng = np.random.default_rng(seed)
    ranges, start, end = simulate_species(study, n_species, rng)
    sites = simulate_protected_areas(study, rng)
    return SimulatedData(ranges, sites, tuple(start), tuple(end))
