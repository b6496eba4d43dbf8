/**
 * Training exercises: validate an exercise file, compose the scenario the simulation runs (start state +
 * injects + decisions taken), and compute the debrief (no action vs the trainees vs the best options found).
 */
export {
  exerciseSchema, EXERCISE_SCHEMA_VERSION,
  type Exercise, type ExerciseInput, type ExerciseStep, type ExerciseInject, type ExerciseDecision, type ExerciseOption, type ExerciseEffect,
} from './exerciseSchema';
export { loadExercise, validateExercise, type ExerciseContext } from './validateExercise';
export { composeExercise, exerciseTimeline, decisionsOf, type Choice, type TimelineStep, type ComposedExercise } from './composeExercise';
export { exerciseRunSettings, stepMinute, type ExerciseRunSettings } from './exerciseTime';
export { runDebrief, noActionOption, type DebriefOutcome, type DebriefOptions, type DebriefVariantResult, type Estimate, type Paired } from './debrief';
