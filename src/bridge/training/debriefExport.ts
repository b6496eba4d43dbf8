import type { DebriefResponse, Exercise, TakenDecision } from '../../protocol/training';

export const DEBRIEF_EXPORT_VERSION = 1;

/** The debrief as a JSON file: what was played, what was chosen, and the three variants with their intervals. */
export interface DebriefExport {
  schemaVersion: typeof DEBRIEF_EXPORT_VERSION;
  kind: 'debrief';
  exercise: { id: string; name: string; hospital: string; start: string; hours: number };
  decisions: TakenDecision[];
  variants: DebriefResponse['variants'];
  search: DebriefResponse['search'];
  generatedAt: string;
}

export function buildDebriefExport(exercise: Exercise, decisions: readonly TakenDecision[], response: DebriefResponse, generatedAt: string): DebriefExport {
  return {
    schemaVersion: DEBRIEF_EXPORT_VERSION,
    kind: 'debrief',
    exercise: { id: exercise.id, name: exercise.name, hospital: exercise.hospital, start: exercise.start.dateTime, hours: exercise.start.hours },
    decisions: decisions.map((d) => ({ ...d })),
    variants: response.variants,
    search: response.search,
    generatedAt,
  };
}

/** `ed-mass-casualty.debrief.2026-11-23T14-05.json` (generated time, without characters file systems dislike). */
export function debriefFileName(exerciseId: string, generatedAt: string): string {
  const stamp = generatedAt.slice(0, 16).replace(/:/g, '-');
  return `${exerciseId}.debrief.${stamp}.json`;
}
