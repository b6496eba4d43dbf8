import { describe, expect, it } from 'vitest';
import { loadOperations } from '../../../../src/sim/model/loadOperations';
import type { Hospital } from '../../../../src/domain/schema';
import { operations } from './buildModel';

function problemsOf(input: unknown, hospital?: Hospital) {
  const result = loadOperations(input, { hospital });
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const paths = (problems: { path: (string | number)[] }[]) => problems.map((p) => p.path.join('.'));

describe('operations validation', () => {
  it('accepts a minimal model', () => {
    expect(loadOperations(operations({})).ok).toBe(true);
  });

  it('reports every cross-reference problem at once, each with its JSON path', () => {
    const problems = problemsOf(operations({
      patientClasses: [{ id: 'patient', acuity: 3, pathway: 'nowhere', arrivals: { perHour: [1] } }],
      pathways: [{ id: 'main', steps: [
        { id: 'serve', seize: ['ghost'], duration: { type: 'fixed', value: 1 }, release: ['server'],
          branch: { probabilities: [{ to: 'missing-step', p: 0.5 }, { to: 'exit', p: 0.4 }] } },
      ] }],
    }));
    expect(paths(problems)).toEqual(expect.arrayContaining([
      'patientClasses.0.pathway',
      'pathways.0.steps.0.seize.0',
      'pathways.0.steps.0.branch.probabilities.0.to',
      'pathways.0.steps.0.branch.probabilities',
    ]));
    expect(problems.find((p) => p.path.join('.') === 'pathways.0.steps.0.branch.probabilities')?.message).toMatch(/sum to 0\.9/);
    expect(problems.find((p) => p.path.join('.') === 'pathways.0.steps.0.seize.0')?.message).toMatch(/unknown resource "ghost"/);
  });

  it('accepts probabilities that sum to 1 within 1e-6', () => {
    const ok = loadOperations(operations({
      pathways: [{ id: 'main', steps: [{ id: 'serve', branch: { probabilities: [{ to: 'exit', p: 0.3333333 }, { to: 'exit', p: 0.6666666 }] } }] }],
    }));
    expect(ok.ok).toBe(true);
  });

  it('reports duplicate ids, unknown overflow targets and unknown classes in byClass', () => {
    const problems = problemsOf(operations({
      resources: [{ id: 'server', kind: 'server', capacity: 1 }, { id: 'server', kind: 'server', capacity: 2 }],
      pathways: [{ id: 'main', steps: [
        { id: 'serve', seize: [{ resource: 'server', onFull: 'overflow', overflowTo: ['nope'] }], branch: { byClass: { stranger: 'exit' } } },
      ] }],
    }));
    expect(paths(problems)).toEqual(expect.arrayContaining([
      'resources.1.id', 'pathways.0.steps.0.seize.0.overflowTo.0', 'pathways.0.steps.0.branch.byClass.stranger',
    ]));
  });

  it('gives line and column for schema problems in JSON text', () => {
    const text = JSON.stringify(operations({ resources: [{ id: 'server', kind: 'server', capacity: -1 }] }), null, 2);
    const problems = problemsOf(text);
    const capacity = problems.find((p) => p.path.join('.') === 'resources.0.capacity');
    expect(capacity).toBeDefined();
    expect(capacity?.line).toBe(text.split('\n').findIndex((l) => l.includes('"capacity"')) + 1);
  });

  it('reports JSON syntax errors with a position', () => {
    const problems = problemsOf('{ "schemaVersion": 1, }');
    expect(problems[0].line).toBe(1);
    expect(problems[0].code).toBe('invalid-json');
  });

  it('requires a hospital for resources that map physical beds without a capacity', () => {
    const problems = problemsOf(operations({ resources: [{ id: 'server', kind: 'bed', beds: { unitId: 'icu' } }] }));
    expect(problems[0]).toMatchObject({ path: ['resources', 0], code: 'needs-hospital' });
  });

  it('checks mappings against the hospital definition', () => {
    const hospital: Hospital = {
      schemaVersion: 1, id: 'tiny', name: 'Tiny', floors: [{ id: 'f0', name: 'Ground', ordinal: 0, elevation: 0, height: 4 }],
      units: [{ id: 'icu', name: 'ICU', kind: 'icu' }],
      rooms: [{ id: 'icu-1', name: 'ICU 1', unitId: 'icu', floorId: 'f0', kind: 'bed-room', polygon: [[0, 0], [4, 0], [4, 4]] }],
      beds: [{ id: 'icu-bed-1', roomId: 'icu-1', position: [1, 1] }],
      equipment: [], staffPools: [{ id: 'icu-nurses', unitId: 'icu', role: 'nurse', headcount: 10 }],
    };
    const problems = problemsOf(operations({
      hospital: 'other',
      resources: [
        { id: 'server', kind: 'bed', beds: { unitId: 'ward-9', bedIds: ['icu-bed-1', 'icu-bed-7'] } },
        { id: 'nurses', kind: 'staff', staffPoolId: 'ghost-pool', capacity: 2 },
        { id: 'vents', kind: 'equipment', equipment: { type: 'ventilator' } },
      ],
    }), hospital);
    expect(paths(problems)).toEqual(expect.arrayContaining([
      'hospital', 'resources.0.beds.unitId', 'resources.0.beds.bedIds.1', 'resources.1.staffPoolId', 'resources.2.equipment',
    ]));
  });
});
