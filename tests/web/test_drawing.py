"""The map's drawing (``sahna.web.drawing``): country outlines under the city points,
clipped to the drawing and in the same projection as the points."""

from __future__ import annotations

import re

from sahna.web.drawing import HEIGHT, WIDTH, draw

PATH = re.compile(r"(?:M[-\d. L]+Z)+")


def rings(path: str) -> list[list[tuple[float, float]]]:
    out = []
    for part in path.split("Z"):
        if part:
            points = part.lstrip("M").split("L")
            out.append([tuple(map(float, p.split())) for p in points])
    return out


def inside(point: tuple[float, float], ring: list[tuple[float, float]]) -> bool:
    """Even-odd rule: whether ``point`` lies inside ``ring``."""
    x, y = point
    found = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            found = not found
    return found


def test_outlines_of_the_countries_in_view_lie_within_the_drawing():
    drawing = draw({"Almaty": 5, "Astana": 2, "Tashkent": 1})
    by_country = {o.country: o.path for o in drawing.outlines}
    assert {"KZ", "UZ", "KG"} <= set(by_country)  # the cities' countries and neighbours
    assert "DE" not in by_country and "US" not in by_country  # far outside the view
    for code, path in by_country.items():
        assert PATH.fullmatch(path), code  # numbers and path commands only: nothing to escape
        for ring in rings(path):
            assert len(ring) >= 3
            for x, y in ring:
                assert 0 <= x <= WIDTH and 0 <= y <= HEIGHT, (code, x, y)


def test_each_city_point_lies_inside_its_country_outline():
    drawing = draw({"Almaty": 5, "Astana": 2, "Tashkent": 1, "Bishkek": 1})
    by_country = {o.country: rings(o.path) for o in drawing.outlines}
    country_of = {"Almaty": "KZ", "Astana": "KZ", "Tashkent": "UZ", "Bishkek": "KG"}
    for point in drawing.points:
        outline = by_country[country_of[point.city]]
        assert any(inside((point.x, point.y), ring) for ring in outline), point.city


def test_a_wide_view_clips_what_lies_outside_and_no_cities_draw_nothing():
    drawing = draw({"Berlin": 1, "Seoul": 1})
    codes = {o.country for o in drawing.outlines}
    assert {"DE", "KR", "KZ", "RU", "CN"} <= codes
    for outline in drawing.outlines:
        for ring in rings(outline.path):
            assert all(0 <= x <= WIDTH and 0 <= y <= HEIGHT for x, y in ring)
    assert draw({}).outlines == ()
    assert draw({"Nowhere-on-earth": 3}).outlines == ()
