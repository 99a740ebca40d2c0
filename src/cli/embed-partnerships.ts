import { ROUTES, type Route } from '../model/domain';
import type { Partnership } from '../model/inputs';

/** Prefix given to the national table's ids so they never collide with a user's ids. */
export const REST_ID_PREFIX = 'NL-';

/**
 * Places a coordinator's own partnerships inside the national partnership table, for `sop mentors`.
 *
 * The model splits the national SO&P students of each (route, study year) cell over the
 * partnerships of its table by their share of the cell's students. A file with only the user's
 * own partnership would receive all national students. So the user's partnerships are added to the
 * national table (calibrated to the model's base-year SO&P students), whose students in each cell
 * are reduced by the user's own students of that cell: the cell total stays the national one and
 * each user partnership's share is its own students / national students, i.e. it starts from its
 * own numbers and follows the scenario's national growth path. The national table's ids get the
 * prefix `NL-`; their results are not written.
 *
 * When `routeTargets` gives the model's own national SO&P students per route in the base year,
 * the national table is instead scaled per route so that table + own = target: the user's share
 * is then own / the model's national students even when the table is calibrated to an older run.
 *
 * @example
 * embedPartnerships(mine, data.partnerships).length // → mine.length + 130
 */
export function embedPartnerships(
  own: readonly Partnership[],
  national: readonly Partnership[],
  routeTargets?: Readonly<Partial<Record<Route, number>>>,
): Partnership[] {
  if (routeTargets) return embedByRoute(own, national, routeTargets);
  const cellTotal = (list: readonly Partnership[], route: Route, k: number): number =>
    list.reduce((s, p) => s + positive(p.students[route]?.[k]), 0);
  const factors = new Map<string, number>();
  for (const route of ROUTES) {
    const years = Math.max(0, ...[...own, ...national].map((p) => p.students[route]?.length ?? 0));
    for (let k = 0; k < years; k++) {
      const total = cellTotal(national, route, k);
      const mine = cellTotal(own, route, k);
      factors.set(`${route}|${k}`, total > 0 ? Math.max(0, total - mine) / total : 0);
    }
  }
  const rest = national.map((p) => ({
    ...p,
    id: `${REST_ID_PREFIX}${p.id}`,
    students: Object.fromEntries(
      Object.entries(p.students).map(([route, list]) => [route, (list ?? []).map((v, k) => positive(v) * (factors.get(`${route}|${k}`) ?? 1))]),
    ) as Partnership['students'],
  }));
  return [...own, ...rest];
}

function embedByRoute(
  own: readonly Partnership[],
  national: readonly Partnership[],
  targets: Readonly<Partial<Record<Route, number>>>,
): Partnership[] {
  const total = (list: readonly Partnership[], route: Route): number =>
    list.reduce((s, p) => s + (p.students[route] ?? []).reduce((a, v) => a + positive(v), 0), 0);
  const factor = new Map<string, number>();
  for (const route of ROUTES) {
    const rest = total(national, route);
    const target = targets[route];
    factor.set(route, target === undefined || rest <= 0 ? 1 : Math.max(0, target - total(own, route)) / rest);
  }
  const rest = national.map((p) => ({
    ...p,
    id: `${REST_ID_PREFIX}${p.id}`,
    students: Object.fromEntries(
      Object.entries(p.students).map(([route, list]) => [route, (list ?? []).map((v) => positive(v) * (factor.get(route) ?? 1))]),
    ) as Partnership['students'],
  }));
  return [...own, ...rest];
}

function positive(v: number | undefined): number {
  return typeof v === 'number' && v > 0 ? v : 0;
}
