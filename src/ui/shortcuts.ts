/** What a key press asks the app to do. */
export type ShortcutAction =
  | 'stacked'
  | 'exploded'
  | 'isolated'
  | 'floorUp'
  | 'floorDown'
  | 'resetCamera'
  | 'fitFloor'
  | 'clearSelection';

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Maps a key press to an action; undefined for keys the app leaves to the browser. */
export function shortcutFor(press: KeyPress): ShortcutAction | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  switch (press.key) {
    case 's': case 'S': return 'stacked';
    case 'e': case 'E': return 'exploded';
    case 'i': case 'I': return 'isolated';
    case 'r': case 'R': return 'resetCamera';
    case 'f': case 'F': return 'fitFloor';
    case 'PageUp': case 'ArrowUp': return 'floorUp';
    case 'PageDown': case 'ArrowDown': return 'floorDown';
    case 'Escape': return 'clearSelection';
    default: return undefined;
  }
}

/** Typing targets where letters and arrows belong to the control, not to the shortcuts. */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}
