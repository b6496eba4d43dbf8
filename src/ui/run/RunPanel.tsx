/** Placeholder: being built (issue "Twin in motion"). */
export function RunPanel() {
  return null;
}
