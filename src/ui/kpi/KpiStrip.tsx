/** Placeholder: being built (issue "Twin in motion"). */
export function KpiStrip() {
  return null;
}
