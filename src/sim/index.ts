/**
 * The simulation's public surface: load and validate an operations model, compile it, apply a scenario,
 * run one replication (with an onSample hook for playback) or an experiment of replications with 95% CIs.
 * Pure TypeScript: runs in Node, workers and the browser alike.
 */
export { loadOperations, type LoadOptions } from './model/loadOperations';
export { compile, DEFAULT_ED_TARGET_MINUTES } from './model/compile';
export { checkOperationsReferences } from './model/referenceChecks';
export { checkHospitalMapping, mappedItems } from './model/hospitalMapping';
export {
  operationsSchema, OPERATIONS_SCHEMA_VERSION, STEP_ACTIVITIES,
  type Operations, type OperationsInput, type ResourceSpec, type PatientClassSpec, type PathwaySpec, type StepSpec,
  type SeizeSpec, type BranchSpec, type Shift,
} from './model/operationsSchema';
export type { CompiledModel, CompiledResource, CompiledStep, CompiledClass, ItemTable } from './model/compiledModel';
export type { SimState, ItemStateView } from './model/simState';
export { ITEM_FREE, ITEM_BUSY, ITEM_CLEANING, ITEM_CLOSED, ITEM_BLOCKED } from './model/resourceRuntime';
export { applyScenario, loadScenario } from './scenario/applyScenario';
export { scenarioSchema, SCENARIO_SCHEMA_VERSION, type Scenario } from './scenario/scenarioSchema';
export {
  validateScenario, composeScenarios, arrivalCurve, staffingRoster, emptyScenario, waveMultiplier, cohortClassId,
  type ScenarioInput, type ScenarioContext, type ArrivalCurve, type RosterPreview,
} from './scenario/index';
export { compareExperiments, formatComparisonTable, type ExperimentComparison, type KpiComparison } from './run/compare';
export {
  runReplication, type ReplicationOptions, type ReplicationResult, type StepResult, type ResourceResult, type ReplicationSeries, type UnitResult,
} from './run/runReplication';
export {
  runExperiment, summariseExperiment, intervalOf,
  type ExperimentOptions, type ExperimentResult, type StepSummary, type ResourceSummary, type SeriesSummary, type UnitSummary,
} from './run/runExperiment';
export { KPI_NAMES, KPI_DESCRIPTIONS, type KpiName, type KpiValues } from './run/kpis';
export { formatExperimentTable } from './run/formatTable';
