/** Links within training mode keep the language and the rest of the query (but not the hospital: the exercise names it). */
export function trainingHref(exerciseId: string | null, search: string = location.search): string {
  const params = new URLSearchParams(search);
  params.delete('model');
  params.set('mode', 'training');
  if (exerciseId === null) params.delete('exercise');
  else params.set('exercise', exerciseId);
  return `?${params.toString()}`;
}

/** The planner's desktop, with the same hospital and language. */
export function plannerHref(hospitalId: string | null, search: string = location.search): string {
  const params = new URLSearchParams(search);
  params.delete('mode');
  params.delete('exercise');
  if (hospitalId) params.set('model', hospitalId);
  const query = params.toString();
  return query ? `?${query}` : '?';
}
