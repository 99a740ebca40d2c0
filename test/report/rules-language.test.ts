import { describe, expect, it } from 'vitest';
import { loadModelData } from '../../src/data/model-data';
import { planModel } from '../../src/model/run';
import { describeRule } from '../../src/report/write-outputs';
import { loadScenario } from '../../src/scenario/load';

/** The report lists the rules applied to series that end early in the report's language (issue 16). */
describe('rules applied to series that end early, in Dutch and English', () => {
  const data = loadModelData();
  const rules = [...(data.rulesApplied ?? []), ...planModel(loadScenario('baseline'), data).rulesApplied];

  it('every rule of the data loader and the model on the bundled data has a Dutch text', () => {
    expect(rules.length).toBeGreaterThan(5);
    for (const r of rules) {
      expect(typeof r.nl, `${r.series}: ${r.rule}`).toBe('string');
      expect(r.nl!.length).toBeGreaterThan(0);
    }
  });

  it('the Dutch report shows the Dutch text and the English report the English one', () => {
    const rule = { series: 'enrolment', rule: 'not observed by study year', nl: 'niet waargenomen per studiejaar' };
    expect(describeRule(rule, 'nl')).toBe('reeks: enrolment; regel: niet waargenomen per studiejaar');
    expect(describeRule(rule, 'en')).toBe('series: enrolment; rule: not observed by study year');
    const sop = rules.find((r) => r.series === 'sopShareObserved');
    expect(sop).toBeDefined();
    expect(describeRule(sop, 'nl')).toContain('logistische trend');
    expect(describeRule(sop, 'en')).toContain('logistic trend');
  });
});
