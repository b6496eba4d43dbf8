/** Placeholder: being built (issue "Twin in motion"). */
export function Timeline() {
  return null;
}
