import type { Direction, ParamDef, ParamStage } from '../types';

/**
 * The expected effect of every pipeline, workforce and SO&P-effect parameter on the shortage
 * (issue #12 item 5), and the stage of the parameters that are not `draw` (DESIGN.md §2.4).
 * One table, matched in order by key pattern, so each declaration sits beside its reason and the
 * parameter files stay as they are. A declaration is a claim: test/model/levers.test.ts moves each
 * parameter across its range (deterministic and as a paired ensemble) and checks it; `depends`
 * is not allowed for inflow, entry, dropout, outflow, attrition or pupil parameters.
 */
interface Rule {
  pattern: RegExp;
  direction?: Direction;
  stage?: ParamStage;
}

const up = (reason: string): Direction => ({ effect: 'up', reason });
const down = (reason: string): Direction => ({ effect: 'down', reason });
const depends = (reason: string): Direction => ({ effect: 'depends', reason });
const none = (reason: string): Direction => ({ effect: 'none', reason });

const RULES: readonly Rule[] = [
  {
    pattern: /^pipeline\.study_years\./,
    stage: 'plan',
    direction: depends('Structural: the number of study years reshapes the route (plan stage), it is not a lever of a scenario.'),
  },
  { pattern: /^pipeline\.dropout\./, direction: up('More students drop out, so fewer graduate and enter teaching.') },
  { pattern: /^pipeline\.graduation\./, direction: down('More students graduate (and sooner), fewer leave without a diploma.') },
  {
    pattern: /^pipeline\.inflow\.(pabo|hbo-2e-graads|hbo-1e-graads|ulo|zij-instroom)\.fallback_persons$/,
    direction: none('Used only for a route without observations in data/inflow.csv; these routes have them.'),
  },
  {
    pattern: /^pipeline\.inflow\.[^.]+\.fallback_persons$/,
    direction: down('The route has no observations: more students each year from B+1 on (the base year keeps the registry value), so more graduates.'),
  },
  { pattern: /^pipeline\.inflow\./, direction: down('More students enter teacher education, so more graduates enter teaching.') },
  { pattern: /^pipeline\.entry_rate\./, direction: down('More graduates take a teaching job.') },
  { pattern: /^pipeline\.entry_age\./, direction: up('Older entrants have fewer working years before the outflow rises after 50 and at the pension age.') },
  {
    pattern: /^pipeline\.sector_split\./,
    direction: depends('Moves graduates from one sector to another: the receiving sector’s shortage falls, the other’s rises.'),
  },
  {
    pattern: /^workforce\.fte_per_person\./,
    stage: 'base',
    direction: depends('Describes the base year: the measured fte are carried by fewer persons, so the calibrated other inflow is fewer persons while every entrant brings more fte; with the baseline’s named flows it raises the shortage from B+2 on.'),
  },
  {
    pattern: /^workforce\.shortage_in_employment\./,
    stage: 'base',
    direction: depends('Describes the base year: more stopgap staff inside employment means a smaller regular stock and a smaller base demand with the same measured shortage; with the baseline’s flows it raises the shortage from B+2 on.'),
  },
  { pattern: /^workforce\.outflow_factor\./, direction: up('More teachers leave each year.') },
  { pattern: /^workforce\.early_attrition\./, direction: up('More starters leave in their first years.') },
  { pattern: /^workforce\.other_inflow\.factor\./, direction: down('More other entrants from B+1 on.') },
  { pattern: /^workforce\.other_inflow\.age_(from|to)$/, direction: up('Older returners and other entrants have fewer working years before the outflow rises and they retire.') },
  {
    pattern: /^workforce\.supply_trend_rate\./,
    stage: 'base',
    direction: down('A higher base-year supply trend calibrates a larger other inflow, kept in every later year.'),
  },
  { pattern: /^workforce\.pupils\./, direction: up('More pupils need more teachers.') },
  { pattern: /^workforce\.standard_change\./, direction: up('More teachers per pupil are needed.') },
  { pattern: /^workforce\.returners\.rate\./, direction: down('More of the stille reserve returns each year.') },
  { pattern: /^workforce\.returners\.reserve_entry_share$/, direction: down('More leavers join the stille reserve, so more can return.') },
  { pattern: /^workforce\.returners\.reserve_exit_rate$/, direction: up('The stille reserve shrinks faster, so fewer can return.') },
  {
    pattern: /^workforce\.switchers\.factor$/,
    direction: depends('Moves teachers between sectors: a net sender (po) loses, net receivers (vo, mbo) gain; persons are conserved.'),
  },
  {
    pattern: /^workforce\.closure$/,
    direction: depends('A structural choice: under vacancy, hiring rises where the shortage share rose after the base year and falls where it fell.'),
  },
  {
    pattern: /^workforce\.vacancy_elasticity$/,
    direction: depends('Acts only under workforce.closure vacancy (exactly no effect under fixed); there it pulls the shortage share back towards its base-year level.'),
  },
  {
    pattern: /^workforce\.shortage_anchor$/,
    stage: 'base',
    direction: depends('Chooses the base-year shortage itself (measured in B or the mean of B−2..B); a larger anchor raises demand in every year.'),
  },
  { pattern: /^workforce\.aow_age$/, stage: 'base', direction: down('Teachers work longer before the higher outflow after the state pension age.') },
  { pattern: /^workforce\.outflow_rate_after_aow$/, direction: up('More teachers past the pension age leave each year.') },
  { pattern: /^effects\.dropout_multiplier$/, direction: up('SO&P students drop out more (a multiplier above the default).') },
  { pattern: /^effects\.entry_uplift$/, direction: down('SO&P graduates enter teaching more often.') },
  { pattern: /^effects\.early_attrition_multiplier$/, direction: up('SO&P-trained starters leave more in their first years.') },
  // Describe the partnerships' mentor stock in the base year itself.
  { pattern: /^capacity\.(base_slack|base_mentors)$/, stage: 'base' },
];

/** Prefixes whose every parameter must declare a direction (test/params/registry.test.ts). */
export const DIRECTION_REQUIRED = ['pipeline.', 'workforce.', 'effects.'] as const;

/**
 * Adds the declared direction and stage to each definition (a definition that declares its own
 * keeps it).
 *
 * @example
 * withDirections([def])[0].direction?.effect; // → 'up' for pipeline.dropout.pabo.y1
 */
export function withDirections(defs: readonly ParamDef[]): ParamDef[] {
  return defs.map((def) => {
    const rule = RULES.find((r) => r.pattern.test(def.key));
    if (!rule) return def;
    const out: ParamDef = { ...def };
    if (rule.direction) out.direction ??= rule.direction;
    if (rule.stage && !out.stage) out.stage = rule.stage;
    return out;
  });
}
