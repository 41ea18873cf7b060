// The locator map's geometry, loaded on demand: the outlines (assets/map/world.json), d3-geo and
// topojson-client stay out of the popup's first chunk and arrive only when a map is shown.
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import world from '../../../assets/map/world.json';

import { splitFrame, type MapPoint } from './frame';

export interface MarkerXY {
  name: string;
  x: number;
  y: number;
}

export interface DrawnMap {
  width: number;
  height: number;
  /** SVG path data, one per country outline. */
  land: string[];
  markers: MarkerXY[];
  /** The story's main place, marked on the map. */
  main: string | null;
  /** A small world map in the corner for the places far from the story, with the main frame outlined. */
  inset: Inset | null;
}

export interface Inset {
  x: number;
  y: number;
  width: number;
  height: number;
  land: string[];
  markers: MarkerXY[];
  /** The main map's extent, drawn on the world. */
  frame: string;
}

/** The inset's share of the map's width: big enough to tell continents apart. */
const INSET_SHARE = 0.34;

/** Places farther apart than this are shown on the whole world instead of a region. */
const WORLD_SPAN_LON = 150;
const WORLD_SPAN_LAT = 70;
/** Smallest area shown (degrees): a single town still gets its country around it. */
const MIN_SPAN = 28;

let outlines: FeatureCollection | null = null;
function countries(): FeatureCollection {
  if (!outlines) {
    const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
    outlines = feature(topo, topo.objects.countries) as FeatureCollection;
  }
  return outlines;
}

function landOutline() {
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  return merge(topo, topo.objects.countries.geometries as never);
}

/** A lon/lat box as a polygon d3 can fit a projection to (wound clockwise, as d3 expects). */
function box(west: number, south: number, east: number, north: number): Feature<Polygon> {
  const ring: [number, number][] = [];
  for (let lon = west; lon <= east; lon += (east - west) / 8) ring.push([lon, north]);
  for (let lon = east; lon >= west; lon -= (east - west) / 8) ring.push([lon, south]);
  ring.push(ring[0]);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

export function drawMap(points: MapPoint[], width: number, height: number, main: string | null = null): DrawnMap {
  const { framed, outliers } = splitFrame(points, main);
  const { projection, extent } = frameProjection(framed, width, height);
  const markers = project(framed, projection);
  const inset = outliers.length ? drawInset(outliers, extent, width, height, markers) : null;
  return { width, height, land: outlinePaths(projection), markers, main, inset };
}

/** The projection that frames these places, and the lon/lat box it frames (null: the whole world). */
function frameProjection(points: MapPoint[], width: number, height: number): { projection: GeoProjection; extent: Feature<Polygon> | null } {
  const pad = 12;
  const projection: GeoProjection = geoNaturalEarth1();
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const spanLat = points.length ? Math.max(...lats) - Math.min(...lats) : 180;
  const spanLon = points.length ? Math.max(...lons) - Math.min(...lons) : 360;
  if (!points.length || spanLon > WORLD_SPAN_LON || spanLat > WORLD_SPAN_LAT) {
    projection.fitExtent([[pad, pad], [width - pad, height - pad]], { type: 'Sphere' });
    return { projection, extent: null };
  }
  const midLon = (Math.max(...lons) + Math.min(...lons)) / 2;
  const midLat = (Math.max(...lats) + Math.min(...lats)) / 2;
  // Keep the box at the map's aspect ratio, with a margin around the outermost places.
  const halfLon = Math.max(spanLon * 0.65, MIN_SPAN / 2, (spanLat * 0.65 * width) / height);
  const halfLat = Math.min(80, Math.max(spanLat * 0.65, (halfLon * height) / width));
  const extent = box(midLon - halfLon, Math.max(-85, midLat - halfLat), midLon + halfLon, Math.min(85, midLat + halfLat));
  projection.rotate([-midLon, 0]);
  projection.fitExtent([[pad, pad], [width - pad, height - pad]], extent);
  return { projection, extent };
}

/**
 * The far places on a small world, with the main frame outlined, in the corner that hides the
 * fewest of the main map's markers (bottom left when that is free).
 */
function drawInset(outliers: MapPoint[], extent: Feature<Polygon> | null, width: number, height: number, covered: MarkerXY[]): Inset {
  const w = Math.round(width * INSET_SHARE);
  const h = Math.round(w / 2);
  const corners = [
    [0, height - h],
    [width - w, height - h],
    [0, 0],
    [width - w, 0],
  ];
  const hidden = ([x, y]: number[]) => covered.filter((m) => m.x >= x - 6 && m.x <= x + w + 6 && m.y >= y - 6 && m.y <= y + h + 6).length;
  const [x, y] = corners.reduce((best, c) => (hidden(c) < hidden(best) ? c : best));
  const projection = geoNaturalEarth1().fitExtent([[2, 2], [w - 2, h - 2]], { type: 'Sphere' });
  return {
    x,
    y,
    width: w,
    height: h,
    // One path for all land: at this size borders are noise, and one path is one node to paint.
    land: [geoPath(projection)(landOutline()) ?? ''],
    markers: project(outliers, projection),
    frame: extent ? (geoPath(projection)(extent) ?? '') : '',
  };
}

function outlinePaths(projection: GeoProjection): string[] {
  const path = geoPath(projection);
  const land: string[] = [];
  for (const f of countries().features) {
    const d = path(f);
    if (d) land.push(d);
  }
  return land;
}

function project(points: MapPoint[], projection: GeoProjection): MarkerXY[] {
  const markers: MarkerXY[] = [];
  for (const p of points) {
    const xy = projection([p.lon, p.lat]);
    if (xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1])) markers.push({ name: p.name, x: round(xy[0]), y: round(xy[1]) });
  }
  return markers;
}

const round = (n: number) => Math.round(n * 10) / 10;
