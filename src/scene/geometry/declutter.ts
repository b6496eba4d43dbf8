/** Screen-space label placement: a few labels, placed by priority, never overlapping, inside the view. */
export interface LabelRequest {
  /** Anchor on screen (px, relative to the canvas); the label sits centred above it. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelPlacement { left: number; top: number }

const GAP = 6;
const MARGIN = 4;

function overlaps(a: LabelPlacement & { width: number; height: number }, b: LabelPlacement & { width: number; height: number }): boolean {
  return a.left < b.left + b.width + GAP && b.left < a.left + a.width + GAP && a.top < b.top + b.height + GAP && b.top < a.top + a.height + GAP;
}

/**
 * Places labels in order (most important first). Each goes centred above its anchor; when it would overlap
 * one already placed it moves above that one, or below it when there is no room above; finally it is
 * clamped into the view. Returns one placement per request, in order.
 */
export function declutterLabels(requests: readonly LabelRequest[], viewWidth: number, viewHeight: number): LabelPlacement[] {
  const placed: (LabelPlacement & { width: number; height: number })[] = [];
  for (const r of requests) {
    const clampLeft = (left: number): number => Math.min(Math.max(MARGIN, left), Math.max(MARGIN, viewWidth - r.width - MARGIN));
    const clampTop = (top: number): number => Math.min(Math.max(MARGIN, top), Math.max(MARGIN, viewHeight - r.height - MARGIN));
    const box = { left: clampLeft(r.x - r.width / 2), top: clampTop(r.y - r.height - 14), width: r.width, height: r.height };
    for (let attempt = 0; attempt < placed.length * 2 + 1; attempt++) {
      const hit = placed.find((p) => overlaps(box, p));
      if (!hit) break;
      const above = hit.top - r.height - GAP;
      box.top = above >= MARGIN ? above : clampTop(hit.top + hit.height + GAP);
      if (above < MARGIN && overlaps(box, hit)) box.left = clampLeft(hit.left + hit.width + GAP);
    }
    placed.push(box);
  }
  return placed.map(({ left, top }) => ({ left, top }));
}
