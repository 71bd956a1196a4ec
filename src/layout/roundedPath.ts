/**
 * Rounded corners for routes, two ways that agree: an SVG path from d3-shape's `line` with a
 * custom curve that draws each corner with `arcTo` (canvas semantics), and the same curve
 * sampled as a polyline for `pointAlong`. Sampling is symmetric, so a reversed waypoint list
 * gives exactly the reversed polyline.
 */
import { type CurveFactoryLineOnly, type CurveGeneratorLineOnly, line } from 'd3-shape';
import type { Point } from './boxTypes';

/** Geometry of one rounded corner (canvas `arcTo`: the arc touches both segments). */
export interface Corner {
  radius: number;
  /** Tangent points on the incoming and outgoing segments. */
  start: Point;
  end: Point;
  centre: Point;
  /** Angle (radians) from the centre towards the corner, half the turn, and its sign. */
  mid: number;
  half: number;
  sign: number;
}

const EPS = 1e-9;

function unit(from: Point, to: Point): { x: number; y: number; len: number } {
  const len = Math.hypot(to.x - from.x, to.y - from.y);
  return { x: (to.x - from.x) / len, y: (to.y - from.y) / len, len };
}

/**
 * The rounded corner at `c` between `prev` and `next`, its radius shrunk so that the arc uses
 * at most half of each segment.
 * @param prev - previous waypoint
 * @param c - the corner waypoint
 * @param next - next waypoint
 * @param radius - wanted radius
 * @returns `null` for a straight run or a U-turn (kept as a sharp point)
 */
export function cornerAt(prev: Point, c: Point, next: Point, radius: number): Corner | null {
  const a = unit(c, prev);
  const b = unit(c, next);
  if (!(a.len > EPS && b.len > EPS) || radius <= 0) return null;
  const cos = a.x * b.x + a.y * b.y;
  if (cos < -1 + 1e-6 || cos > 1 - 1e-6) return null;
  const phi = Math.acos(cos);
  const tanHalf = Math.tan(phi / 2);
  const l = Math.min(radius / tanHalf, Math.min(a.len, b.len) / 2);
  const r = l * tanHalf;
  const bl = Math.hypot(a.x + b.x, a.y + b.y);
  const bis = { x: (a.x + b.x) / bl, y: (a.y + b.y) / bl };
  const d = r / Math.sin(phi / 2);
  const centre = { x: c.x + bis.x * d, y: c.y + bis.y * d };
  const cross = bis.x * a.y - bis.y * a.x;
  return {
    radius: r,
    start: { x: c.x + a.x * l, y: c.y + a.y * l },
    end: { x: c.x + b.x * l, y: c.y + b.y * l },
    centre,
    mid: Math.atan2(-bis.y, -bis.x),
    half: (Math.PI - phi) / 2,
    sign: cross > 0 ? -1 : 1,
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

function arcSamples(corner: Corner): Point[] {
  const k = Math.max(2, Math.ceil((2 * corner.half) / (Math.PI / 16)));
  const out: Point[] = [corner.start];
  for (let j = 1; j < k; j += 1) {
    // (k - 2j) / k runs from 1 to -1; written so that the reversed corner gives the same points.
    const angle = corner.mid + corner.sign * corner.half * ((k - 2 * j) / k);
    const x = corner.centre.x + corner.radius * Math.cos(angle);
    out.push({ x, y: corner.centre.y + corner.radius * Math.sin(angle) });
  }
  out.push(corner.end);
  return out;
}

/**
 * Samples the rounded path through `points` as a polyline (corners as arcs of short chords).
 * @param points - waypoints, without repeated or collinear middle points
 * @param radius - corner radius
 * @returns the polyline, coordinates rounded to 0.01, without zero-length segments
 */
export function roundedPoints(points: Point[], radius: number): Point[] {
  const out: Point[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    const next = points[i + 1];
    const corner = prev && next ? cornerAt(prev, p, next, radius) : null;
    out.push(...(corner ? arcSamples(corner) : [p]));
  });
  const rounded = out.map((p) => ({ x: round2(p.x), y: round2(p.y) }));
  return rounded.filter(
    (p, i) => i === 0 || p.x !== rounded[i - 1]?.x || p.y !== rounded[i - 1]?.y,
  );
}

class RoundedCurve implements CurveGeneratorLineOnly {
  private points: Point[] = [];
  constructor(
    private readonly context: Parameters<CurveFactoryLineOnly>[0],
    private readonly radius: number,
  ) {}
  lineStart(): void {
    this.points = [];
  }
  point(x: number, y: number): void {
    this.points.push({ x, y });
  }
  lineEnd(): void {
    const { points, context } = this;
    points.forEach((p, i) => {
      const prev = points[i - 1];
      const next = points[i + 1];
      const corner = prev && next ? cornerAt(prev, p, next, this.radius) : null;
      if (i === 0) context.moveTo(p.x, p.y);
      else if (corner && next) context.arcTo(p.x, p.y, next.x, next.y, corner.radius);
      else context.lineTo(p.x, p.y);
    });
  }
}

/**
 * A d3-shape curve factory: straight runs joined by arcs of (at most) `radius`.
 * @param radius - corner radius in canvas units
 */
export function curveRounded(radius: number): CurveFactoryLineOnly {
  return (context) => new RoundedCurve(context, radius);
}

/**
 * SVG path of the rounded route through `points`, built with d3-shape's `line`.
 * @param points - waypoints
 * @param radius - corner radius
 */
export function roundedPath(points: Point[], radius: number): string {
  const generator = line<Point>()
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(curveRounded(radius))
    .digits(2);
  return generator(points) ?? '';
}
