"""Seasons of one animal's annual cycle from its own movement (DESIGN.md section 4, "Tracks").

A migrant shuttles between two ends of its range, once a season, year after year. Reading
seasons from day-to-day speed fails on real tracks: a vulture roaming its wintering grounds
covers more than 50 km in a day one day in eight, so every day after the first autumn looked
like passage. This module reads the cycle from where the animal *is* relative to the
extremes it reaches each season, the idea behind net-squared-displacement models of
migration (Bunnefeld et al. 2011, J. Anim. Ecol. 80: 466), without fitting a model:

1. one position a day: the median of the day's fixes (robust to outliers and foraging
   trips);
2. the position along the migration axis (the principal axis of the daily positions),
   smoothed by a 5-day running median, which keeps the days of departure and arrival (a
   median filter leaves a monotone step where it is) but drops one- or two-day excursions;
3. turning points: the extremes between which the animal moves at least half its whole span
   and at least ``min_migration_km`` (a zigzag over the smoothed positions); each one is a
   stay at one end of the range, one per season and year;
4. a stay runs from the first day the animal comes within the end zone (15 % of the leg, at
   least 50 km) to the last day before it leaves for the other end; the days between stays
   are passage, stopovers included; a stay shorter than ``min_settled_days`` is passage too
   (a tag switched on, or failing, on migration);
5. which end is breeding: the one where the animal spends the summer of its own hemisphere
   (April-September north of the equator, October-March south of it); when both ends are
   summer stays (an autumn-only track), the end farther from the equator.

Pure numpy on one individual's projected fixes; :mod:`core.tracks` calls it per individual.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.ndimage import median_filter

BREEDING, NON_BREEDING, PASSAGE = 2, 3, 4

#: The end zone around a turning point: this share of the leg's length...
ZONE_SHARE = 0.15
#: ... and at least this many km (never more than a quarter of the leg).
ZONE_MIN_KM = 50.0
#: Days of the running median along the migration axis.
SMOOTH_DAYS = 5
#: Summer shares of the two ends closer than this: the end farther from the equator breeds.
SUMMER_MARGIN = 0.25

_DAY = 86400


@dataclass(frozen=True)
class Cycle:
    """One individual's seasons: per fix, and the stays found (start and end day index)."""

    season: np.ndarray  # IUCN code per fix; 0 when the animal never migrated
    stays: tuple[tuple[int, int, int], ...]  # (first day, last day, season) of each stay
    span_km: float  # extent of the smoothed daily positions along the migration axis


def daily_positions(
    x: np.ndarray, y: np.ndarray, t: np.ndarray, lat: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(day of each fix as an index into the days, day number, x, y, lat) per UTC day.

    Each day's position is its lower median fix coordinate, computed for all days at once.
    """
    day_number = np.floor_divide(t, _DAY)
    days, day_of_fix = np.unique(day_number, return_inverse=True)
    counts = np.bincount(day_of_fix, minlength=len(days))
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    middle = first + (counts - 1) // 2

    def median(values: np.ndarray) -> np.ndarray:
        return values[np.lexsort((values, day_of_fix))][middle]

    return day_of_fix, days, median(x), median(y), median(lat)


def migration_axis(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(centre, unit vector) in km of the principal axis of the daily positions."""
    xy = np.column_stack([x, y]) / 1000.0
    centre = xy.mean(axis=0) if len(xy) else np.zeros(2)
    if len(xy) < 2 or not np.any(xy - centre):
        return centre, np.array([0.0, 1.0])
    _, _, vt = np.linalg.svd(xy - centre, full_matrices=False)
    return centre, vt[0]


def along(x: np.ndarray, y: np.ndarray, axis: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Km along ``axis`` (from :func:`migration_axis`) of positions in metres."""
    centre, vector = axis
    return (np.column_stack([x, y]) / 1000.0 - centre) @ vector


def turning_points(u: np.ndarray, min_leg: float) -> list[int]:
    """Indices of the alternating extremes of ``u`` between which it moves >= ``min_leg``."""
    points: list[int] = []
    hi = lo = 0
    trend, ext = 0, 0
    for i in range(1, len(u)):
        if trend == 0:
            hi = i if u[i] > u[hi] else hi
            lo = i if u[i] < u[lo] else lo
            if u[hi] - u[lo] >= min_leg:
                rising = hi > lo
                points.append(lo if rising else hi)
                trend, ext = (1, hi) if rising else (-1, lo)
        elif (u[i] - u[ext]) * trend > 0:
            ext = i
        elif (u[ext] - u[i]) * trend >= min_leg:
            points.append(ext)
            trend, ext = -trend, i
    if trend:
        points.append(ext)
    return points


def _zone(leg: float) -> float:
    return min(max(ZONE_MIN_KM, ZONE_SHARE * leg), 0.25 * leg)


@dataclass(frozen=True)
class _Stay:
    first: int  # day index
    last: int
    end: int  # 0 or 1: which end of the range (alternate turning points)
    core: float  # median km along the axis
    reach: float  # km from the core towards the other end still part of the stay
    side: float  # +1 at a peak (the other end lies below), -1 at a trough


def _stays(u: np.ndarray, points: list[int]) -> list[_Stay]:
    """The stay at each turning point (see the module's step 4)."""
    n = len(u)
    starts, ends = [0] * len(points), [n - 1] * len(points)
    legs = np.abs(np.diff(u[points])) if len(points) > 1 else np.array([0.0])
    for k, (a, b) in enumerate(zip(points[:-1], points[1:])):
        tol = _zone(legs[k])
        arrival = a + int(np.flatnonzero(np.abs(u[a : b + 1] - u[b]) <= tol)[0])
        ends[k] = a + int(np.flatnonzero(np.abs(u[a:arrival] - u[a]) <= tol)[-1])
        starts[k + 1] = arrival
    # The first stay reaches back, and the last one forward, only while the animal stays in
    # the zone: a track switched on or ending during migration starts or ends in passage.
    for p, leg, step in ((points[0], legs[0], -1), (points[-1], legs[-1], 1)):
        tol, d = _zone(leg), p
        while 0 <= d + step < n and abs(u[d + step] - u[p]) <= tol:
            d += step
        if step < 0:
            starts[0] = d
        else:
            ends[-1] = d
    stays = []
    for k, (s, e) in enumerate(zip(starts, ends)):
        # Peaks and troughs alternate; the other end lies below a peak, above a trough.
        other = u[points[k + 1]] if k + 1 < len(points) else u[points[k - 1]]
        stays.append(_trimmed(u, s, e, k % 2, 1.0 if u[points[k]] > other else -1.0))
    return stays


def _trimmed(u: np.ndarray, start: int, end: int, which: int, side: float) -> _Stay:
    """The stay without its approach and departure: a stopover 150 km short of the
    wintering site is in the end zone of a 1,800 km leg but not part of the stay.

    The stay's core is its median position; days towards the other end of the range
    (below a peak, ``side`` +1; above a trough, ``side`` -1) farther than
    ``max(ZONE_MIN_KM, 3 robust standard deviations)`` are cut from the start and the end.
    A bird roaming widely in winter keeps a wide stay, one sitting at a site a narrow one;
    days beyond the core (a last move deeper into the winter range) and excursions in the
    middle stay in.
    """
    days = u[start : end + 1]
    core = float(np.median(days))
    spread = 1.4826 * float(np.median(np.abs(days - core)))
    reach = max(ZONE_MIN_KM, 3.0 * spread)
    inside = np.flatnonzero(side * (days - core) >= -reach)
    return _Stay(start + int(inside[0]), start + int(inside[-1]), which, core, reach, side)


def _summer(day_number: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """True on days of the local summer half-year (Apr-Sep north, Oct-Mar south)."""
    stamp = (day_number * _DAY).astype("datetime64[s]")
    month = stamp.astype("datetime64[M]").astype(np.int64) % 12 + 1
    north_summer = (month >= 4) & (month <= 9)
    return np.where(lat >= 0, north_summer, ~north_summer)


def cycle_seasons(
    x: np.ndarray,
    y: np.ndarray,
    t: np.ndarray,
    lat: np.ndarray,
    *,
    min_migration_km: float = 200.0,
    min_settled_days: float = 7.0,
    migration: str = "auto",
) -> Cycle:
    """Seasons of one individual's fixes (metres ``x``/``y``, seconds ``t`` sorted, degrees
    ``lat``); see the module docstring. ``migration`` ``autumn`` / ``spring`` says the first
    stay is breeding / non-breeding instead of reading it from the seasons."""
    day_of_fix, days, dx, dy, dlat = daily_positions(x, y, t, lat)
    axis = migration_axis(dx, dy)
    u = along(dx, dy, axis)
    if len(u) >= SMOOTH_DAYS:
        u = median_filter(u, size=SMOOTH_DAYS, mode="nearest")
    span = float(u.max() - u.min()) if len(u) else 0.0
    if span < min_migration_km or len(u) < 2:
        return Cycle(np.zeros(len(t), dtype=np.int64), (), span)
    points = turning_points(u, max(min_migration_km, 0.5 * span))
    stays = [
        stay
        for stay in _stays(u, points)
        if (days[stay.last] - days[stay.first] + 1) >= min_settled_days
    ]
    season = np.full(len(t), PASSAGE, dtype=np.int64)
    if not stays:
        return Cycle(season, (), span)
    if migration == "autumn":
        breeding_end = stays[0].end
    elif migration == "spring":
        breeding_end = 1 - stays[0].end
    else:
        breeding_end = _breeding_end(stays, days, dlat, points)
    u_fix = along(x, y, axis)
    labelled = []
    for stay in stays:
        code = BREEDING if stay.end == breeding_end else NON_BREEDING
        lo, hi = np.searchsorted(day_of_fix, [stay.first, stay.last + 1])
        # On the days of arrival and departure only the fixes at the stay belong to it.
        inside = stay.side * (u_fix[lo:hi] - stay.core) >= -stay.reach
        inner = (day_of_fix[lo:hi] != stay.first) & (day_of_fix[lo:hi] != stay.last)
        season[lo:hi][inside | inner] = code
        labelled.append((stay.first, stay.last, code))
    return Cycle(season, tuple(labelled), span)


def _breeding_end(stays: list[_Stay], days: np.ndarray, lat: np.ndarray, points: list[int]) -> int:
    """0 or 1: the end of the range where the animal breeds (module step 5)."""
    share, pole = [0.5, 0.5], [0.0, 0.0]
    for end in (0, 1):
        spans = [np.arange(s.first, s.last + 1) for s in stays if s.end == end]
        # No stay at this end: its turning points stand for it.
        idx = np.concatenate(spans) if spans else np.array(points[end::2], dtype=int)
        share[end] = float(_summer(days[idx], lat[idx]).mean())
        pole[end] = float(np.abs(lat[idx]).mean())
    if abs(share[0] - share[1]) >= SUMMER_MARGIN:
        return 0 if share[0] > share[1] else 1
    return 0 if pole[0] >= pole[1] else 1
