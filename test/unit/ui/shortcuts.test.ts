import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor } from '../../../src/ui/shortcuts';

describe('keyboard shortcuts', () => {
  it('maps the documented keys', () => {
    expect(shortcutFor({ key: 's' })).toBe('stacked');
    expect(shortcutFor({ key: 'E' })).toBe('exploded');
    expect(shortcutFor({ key: 'i' })).toBe('isolated');
    expect(shortcutFor({ key: 'PageUp' })).toBe('floorUp');
    expect(shortcutFor({ key: 'ArrowDown' })).toBe('floorDown');
    expect(shortcutFor({ key: 'r' })).toBe('resetCamera');
    expect(shortcutFor({ key: 'f' })).toBe('fitFloor');
    expect(shortcutFor({ key: 'Escape' })).toBe('clearSelection');
    expect(shortcutFor({ key: 'x' })).toBeUndefined();
  });

  it('leaves browser shortcuts alone', () => {
    expect(shortcutFor({ key: 'r', ctrlKey: true })).toBeUndefined();
    expect(shortcutFor({ key: 'f', metaKey: true })).toBeUndefined();
    expect(shortcutFor({ key: 's', altKey: true })).toBeUndefined();
  });

  it('ignores keys typed into form fields', () => {
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'select' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
