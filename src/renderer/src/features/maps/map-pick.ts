/**
 * Which line a click on the drawing meant: the tie whose drawn route passes nearest the point,
 * if any is within `within` (map units). The lines are one picture, not clickable elements,
 * so a 500-person map keeps a light page; this is a walk over the routes' straight pieces.
 */
import { routeSegments, type TieRoute } from '../../../../shared/domain/relationship-map-routes';
import type { Point } from '../../../../shared/domain/relationship-map-svg-lines';

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export function tieAt(routes: ReadonlyMap<string, TieRoute>, point: Point, within: number): string | null {
  let best: string | null = null;
  let nearest = within;
  for (const [id, route] of routes)
    for (const { a, b } of routeSegments(route)) {
      const distance = distanceToSegment(point, a, b);
      if (distance <= nearest) {
        nearest = distance;
        best = id;
      }
    }
  return best;
}
