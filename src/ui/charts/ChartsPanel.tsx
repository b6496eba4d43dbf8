/** Placeholder: being built (issue "Twin in motion"). */
export function ChartsPanel() {
  return null;
}
