/**
 * The two money flows the model reports (DESIGN §2.2, §5), kept apart:
 *
 * - `capacity.budget_eur`: the SO&P partnership funding rule alone. To 2024 (Regeling
 *   tegemoetkoming kosten opleidingsscholen) €955 per SO&P student plus a fixed €100,000 per
 *   partnership; from 2025 (onderwijsregio rule) €1,250 per SO&P student or side entrant trained
 *   in the partnership, no fixed base. `sop.students` counts the placed students of every route,
 *   zij-instroom included, so from 2025 the national budget is €1,250 × `sop.students` (all).
 * - `funding.zij_instroom_subsidy_eur`: the separate side-entry subsidy (€20,000, from 2023
 *   €25,000, per zij-instromer starting the route), paid whether or not the side entrant is
 *   trained in a partnership.
 *
 * Amounts are nominal euros divided by `funding.price_index` (default 1 in every year, so nominal);
 * a scenario that sets the index to a price level relative to a reference year gets constant prices.
 */

/**
 * The partnership rule for `placed` SO&P students and a fixed base `baseGrant` (already summed over
 * the partnerships it concerns), in euros of the price index.
 *
 * @example
 * partnershipFunding(1250, 1000, 0, 1);        // → 1250000 (2025 rule: €1,250 × students)
 * partnershipFunding(955, 100, 100000, 1);     // → 195500 (2019 rule: €955 × students + base)
 * partnershipFunding(1250, 1000, 0, 1.25);     // → 1000000 (constant prices, index 1.25)
 */
export function partnershipFunding(perStudentEur: number, placed: number, baseGrant: number, priceIndex: number): number {
  return (perStudentEur * placed + baseGrant) / priceIndex;
}

/**
 * The side-entry subsidy for `starters` zij-instromers starting the route, in euros of the price index.
 *
 * @example
 * zijInstroomSubsidy(25000, 700, 1); // → 17500000
 */
export function zijInstroomSubsidy(perPersonEur: number, starters: number, priceIndex: number): number {
  return (perPersonEur * starters) / priceIndex;
}
