import { SCENARIO_SCHEMA_VERSION, type ArrivalChanges, type Scenario } from './scenarioSchema';

const LISTS = ['staffing', 'ratios', 'beds', 'equipment', 'lengthOfStay', 'discharge', 'diversion', 'overflow'] as const;
const ARRIVAL_LISTS = ['surges', 'seasonal', 'waves', 'incidents'] as const;

/**
 * Composes scenarios into one, in the order given ("a surge, then a staffing response").
 *
 * THE ORDER RULE: every list (staffing, ratios, beds, equipment, length of stay, discharge, diversion,
 * overflow, surges, seasons, waves, incidents) is concatenated, and lists are applied entry by entry, so a later
 * entry acts on the result of earlier ones: "set 10 beds" then "add 2" gives 12, "add 2" then "set 10" gives 10;
 * for a policy on the same step the later one wins. Factors multiply (order does not matter): the overall and
 * per-class arrival multipliers, two length-of-stay factors. Surges, seasons, waves and incidents all add up.
 * The result's id and name join the parts' with "+".
 */
export function composeScenarios(list: Scenario[]): Scenario {
  if (list.length === 1) return list[0];
  const out: Scenario = {
    schemaVersion: SCENARIO_SCHEMA_VERSION, kind: 'scenario',
    id: list.length === 0 ? 'baseline' : list.map((s) => s.id).join('+'),
    name: list.length === 0 ? 'Baseline' : list.map((s) => s.name).join(' + '),
  };
  const descriptions = list.map((s) => s.description).filter((d): d is string => d !== undefined);
  if (descriptions.length > 0) out.description = descriptions.join('\n');
  const target = out as Record<string, unknown>;
  for (const key of LISTS) {
    const joined: unknown[] = list.flatMap((s): unknown[] => s[key] ?? []);
    if (joined.length > 0) target[key] = structuredClone(joined);
  }
  const arrivals = composeArrivals(list.map((s) => s.arrivals).filter((a): a is ArrivalChanges => a !== undefined));
  if (arrivals) out.arrivals = arrivals;
  return out;
}

function composeArrivals(parts: ArrivalChanges[]): ArrivalChanges | undefined {
  if (parts.length === 0) return undefined;
  const out: ArrivalChanges = {};
  const multipliers = parts.map((a) => a.multiplier).filter((m): m is number => m !== undefined);
  if (multipliers.length > 0) out.multiplier = multipliers.reduce((a, b) => a * b, 1);
  const byClass: Record<string, number> = {};
  for (const a of parts) for (const [c, f] of Object.entries(a.byClass ?? {})) byClass[c] = (byClass[c] ?? 1) * f;
  if (Object.keys(byClass).length > 0) out.byClass = byClass;
  const target = out as Record<string, unknown>;
  for (const key of ARRIVAL_LISTS) {
    const joined: unknown[] = parts.flatMap((a): unknown[] => a[key] ?? []);
    if (joined.length > 0) target[key] = structuredClone(joined);
  }
  return out;
}
