import type { Route } from '../../model/domain';
import type { ParamDef } from '../types';
import { ROUTE_RATES } from './pipeline';
import { choice, pertAround, scalar } from './define';

/**
 * Partnership capacity (DESIGN §2.2): the placement table (mentor hours per student and students
 * per mentor per route × study year, in ONE table below), mentor stock dynamics, schoolopleiders,
 * the base-year slack and the cap switch.
 */

interface PlacementType {
  hours: number;
  hoursHalf: number;
  studentsPerMentor: number;
  source: string;
}

const HAN_Y1: PlacementType = { hours: 15, hoursHalf: 5, studentsPerMentor: 2, source: 'FACTS S27' };
const HAN_Y2: PlacementType = { hours: 30, hoursHalf: 8, studentsPerMentor: 2, source: 'FACTS S27' };
const HAN_Y3: PlacementType = { hours: 30, hoursHalf: 8, studentsPerMentor: 2, source: 'assumption (as HAN year 2, FACTS S27)' };
const HAN_LIO: PlacementType = { hours: 70, hoursHalf: 10, studentsPerMentor: 1, source: 'FACTS S27 (LIO 60–80 h)' };
const MASTER: PlacementType = { hours: 50, hoursHalf: 10, studentsPerMentor: 1, source: 'FACTS S27 (minor / master 40–60 h)' };
const WORK_BASED: PlacementType = { hours: 40, hoursHalf: 15, studentsPerMentor: 1, source: 'assumption (work-based route, coached one to one)' };

/**
 * The placement table: one placement type per (route, study year). Study years after the third
 * of a four-year bachelor are final placements (LIO).
 */
export const PLACEMENT_TABLE: Readonly<Record<Route, readonly PlacementType[]>> = {
  pabo: [HAN_Y1, HAN_Y2, HAN_Y3, HAN_LIO, HAN_LIO, HAN_LIO],
  'hbo-2e-graads': [HAN_Y1, HAN_Y2, HAN_Y3, HAN_LIO, HAN_LIO, HAN_LIO],
  'hbo-1e-graads': [MASTER, MASTER, MASTER, MASTER],
  ulo: [MASTER, MASTER],
  pdg: [WORK_BASED, WORK_BASED],
  'zij-instroom': [WORK_BASED, WORK_BASED],
};

function placementDefs(route: Route): ParamDef[] {
  const k = ROUTE_RATES[route].studyYears;
  const table = PLACEMENT_TABLE[route];
  const defs: ParamDef[] = [];
  for (let y = 1; y <= k; y++) {
    const t = table[Math.min(y, table.length) - 1];
    defs.push(
      scalar({
        key: `capacity.hours_per_student.${route}.y${y}`,
        label: { nl: `Begeleidingsuren per student ${route} jaar ${y}`, en: `Mentor hours per student ${route} year ${y}` },
        unit: 'hours_per_person',
        description: `Hours of mentoring (werkplekbegeleiding) per SO&P student per school year in study year ${y} of ${route}.`,
        source: t.source,
        default: t.hours,
        bounds: [0, 400],
        distribution: pertAround(t.hours, t.hoursHalf),
      }),
      scalar({
        key: `capacity.students_per_mentor.${route}.y${y}`,
        label: { nl: `Studenten per werkplekbegeleider ${route} jaar ${y}`, en: `Students per mentor ${route} year ${y}` },
        unit: 'persons_per_mentor',
        description: `SO&P students one trained mentor supervises at a time in study year ${y} of ${route}.`,
        source: t.source,
        default: t.studentsPerMentor,
        bounds: [0.25, 10],
        distribution: t.studentsPerMentor > 1 ? pertAround(t.studentsPerMentor, 0.5) : undefined,
      }),
    );
  }
  return defs;
}

/** Every capacity parameter. */
export const CAPACITY_DEFS: readonly ParamDef[] = [
  choice({
    key: 'capacity.cap',
    label: { nl: 'Capaciteitsgrens', en: 'Capacity cap' },
    unit: 'none',
    description: "'on': a partnership's SO&P share is capped at what its trained mentors carry (students over capacity are placed outside the partnership); 'off': the share is not capped and the shortfall is only reported.",
    source: 'assumption',
    default: 'on',
    options: ['on', 'off'],
  }),
  choice({
    key: 'capacity.base_mentors',
    label: { nl: 'Begeleiders in het basisjaar', en: 'Mentors in the base year' },
    unit: 'none',
    description: "'consistent': base-year mentors = base-year requirement × (1 + slack), so the base year is never capped; 'table': the mentors available in the partnership table (a coordinator's own count; the base year may then be capped).",
    source: 'assumption',
    default: 'consistent',
    options: ['consistent', 'table'],
  }),
  ...(Object.keys(PLACEMENT_TABLE) as Route[]).flatMap(placementDefs),
  scalar({
    key: 'capacity.base_slack',
    label: { nl: 'Reserve begeleiders basisjaar', en: 'Base-year mentor slack' },
    unit: 'share',
    description: 'Base-year mentors available = base-year mentors required × (1 + slack), so the observed share is never capped in the base year.',
    source: 'assumption',
    default: 0.1,
    bounds: [0, 1],
    distribution: pertAround(0.1, 0.1),
  }),
  scalar({
    key: 'capacity.mentor_attrition_rate',
    label: { nl: 'Uitval werkplekbegeleiders per jaar', en: 'Mentor attrition per year' },
    unit: 'rate',
    description: 'Share of trained mentors who stop mentoring each year (leave the school or the role).',
    source: 'assumption',
    notes: 'Teachers leave po/vo/mbo at about 6% a year (WORKFORCE W16); mentors also stop mentoring without leaving.',
    default: 0.12,
    bounds: [0, 1],
    distribution: pertAround(0.12, 0.06),
  }),
  scalar({
    key: 'capacity.mentors_trained.rate',
    label: { nl: 'Opgeleide begeleiders per jaar (aandeel)', en: 'Mentors trained per year (share)' },
    unit: 'rate',
    description: 'Mentors trained per year as a share of the partnership\'s base-year mentors, when the partnership table gives no own number.',
    source: 'assumption',
    notes: 'Default slightly above attrition, so the mentor stock grows slowly (to 1.25× in the long run).',
    default: 0.15,
    bounds: [0, 2],
    distribution: pertAround(0.15, 0.05),
  }),
  scalar({
    key: 'capacity.mentors_trained.growth_rate',
    label: { nl: 'Groei opleiding begeleiders per jaar', en: 'Growth of mentor training per year' },
    unit: 'rate',
    description: 'Annual (compound) growth of the number of mentors trained per year after the base year.',
    source: 'assumption',
    default: 0,
    bounds: [-0.5, 1],
    distribution: pertAround(0, 0.05),
  }),
  scalar({
    key: 'capacity.students_per_schoolopleider',
    label: { nl: 'Studenten per schoolopleider', en: 'Students per schoolopleider' },
    unit: 'persons_per_mentor',
    description: 'SO&P students per schoolopleider (the school-based teacher educator coordinating placements).',
    source: 'assumption',
    notes: 'No national ratio was found (FACTS §7).',
    default: 40,
    bounds: [5, 200],
    distribution: pertAround(40, 20),
  }),
  scalar({
    key: 'capacity.hours_per_fte',
    label: { nl: 'Uren per fte per jaar', en: 'Hours per fte per year' },
    unit: 'hours',
    description: 'Annual working hours of one fte, to express mentor hours as fte.',
    source: 'WORKFORCE W54',
    notes: '36.86 h/week × 45 weeks ≈ 1,659 h (CAO norm year).',
    default: 1659,
    bounds: [1000, 2500],
  }),
];
