/**
 * What-if scenarios: a schema-versioned delta over an operations model. Validate (schema + ids), compose (in
 * order), apply (to a compiled model), and preview (arrival curve, staffing roster) without simulating.
 */
export {
  scenarioSchema, SCENARIO_SCHEMA_VERSION, emptyScenario, BED_CHANGE_REASONS,
  capacityChangeSchema, timeWindowSchema, staffingChangeSchema, ratioChangeSchema, bedChangeSchema, equipmentChangeSchema,
  surgeSchema, seasonalSchema, waveSchema, incidentSchema, arrivalChangesSchema, lengthOfStayChangeSchema,
  dischargePolicySchema, diversionPolicySchema, overflowPolicySchema,
  type Scenario, type ScenarioInput, type CapacityChange, type TimeWindow, type StaffingChange, type RatioChange, type BedChange,
  type EquipmentChange, type ArrivalChanges, type Surge, type Seasonal, type Wave, type Incident, type LengthOfStayChange,
  type DischargePolicy, type DiversionPolicy, type OverflowPolicy,
} from './scenarioSchema';
export { loadScenario, validateScenario, type ScenarioContext } from './validateScenario';
export { composeScenarios } from './composeScenarios';
export { applyScenario } from './applyScenario';
export { arrivalCurve, staffingRoster, type ArrivalCurve, type RosterPreview } from './preview';
export { waveMultiplier } from './timeProfile';
export { cohortClassId } from './resolveScenario';
