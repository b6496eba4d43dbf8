import { describe, expect, it } from 'vitest';
import { runDebrief } from '../../../src/sim/training/debrief';
import { sampleHospital, SHIPPED, shipped } from '../../unit/training/trainingFixtures';

/**
 * The shipped exercises are tuned so that the debrief teaches something: the best options found beat no action
 * with a paired 95 % interval that excludes 0, and the options of a decision point are not all equally good.
 */
describe.each(SHIPPED)('shipped exercise %s', (id) => {
  it('has a best that really beats no action, and options that differ', async () => {
    const exercise = shipped(id);
    const scores = new Map<string, number>();
    const outcome = await runDebrief(sampleHospital().model, exercise, [], {
      onEvaluated: (choices, score) => { scores.set(choices.map((c) => c.optionId).join(' · '), score.mean); },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const best = outcome.variants.find((v) => v.id === 'best')!;
    expect(best.vsNone?.score?.diff).toBeLessThan(0);
    expect(best.vsNone?.score?.significant).toBe(true);
    expect(best.choices.some((c, k) => c.optionId !== outcome.variants[0].choices[k].optionId)).toBe(true);
    // Every decision point's options were tried; their objectives are not all the same.
    const values = [...scores.values()];
    expect(new Set(values.map((v) => v.toFixed(6))).size).toBe(values.length);
    expect(outcome.search.variantsEvaluated).toBe(1 + exercise.steps.reduce((n, s) => n + (s.kind === 'decision' ? s.options.length - 1 : 0), 0));
  });
});
