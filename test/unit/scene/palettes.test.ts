import { describe, expect, it } from 'vitest';
import { BufferAttribute } from 'three';
import { UNIT_KINDS } from '../../../src/domain/vocabulary';
import {
  BACKGROUND, ROOM_GROUP_STYLE, ROOM_GROUPS, UNIT_KIND_STYLE, contrastRatio, continuousColour, hexToSrgb, legendFor,
  roomColouringFor, srgbToHex, srgbToLinear,
} from '../../../src/scene/palettes';
import { buildBuildingModel } from '../../../src/scene/geometry/buildingModel';
import { HOVER_LIGHTEN, RoomPainter } from '../../../src/scene/paint/roomPainter';
import { smallHospital } from './fixtures';

const HEX = /^#[0-9A-Fa-f]{6}$/;

describe('unit kind palette', () => {
  const styles = UNIT_KINDS.map((k) => UNIT_KIND_STYLE[k]);

  it('gives every unit kind a valid colour with at least 3:1 contrast against the background', () => {
    for (const s of styles) {
      expect(s.colour).toMatch(HEX);
      expect(contrastRatio(s.colour, BACKGROUND)).toBeGreaterThanOrEqual(3);
    }
  });

  it('distinguishes every unit kind by colour, and by a text marker too', () => {
    expect(new Set(styles.map((s) => s.colour.toLowerCase())).size).toBe(UNIT_KINDS.length);
    expect(new Set(styles.map((s) => s.marker)).size).toBe(UNIT_KINDS.length);
  });

  it('hatches the kinds that reuse an Okabe-Ito hue in a lighter shade', () => {
    const hatched = UNIT_KINDS.filter((k) => UNIT_KIND_STYLE[k].pattern === 'hatched');
    expect(hatched.length).toBeGreaterThan(0);
    expect(hatched.length).toBeLessThan(UNIT_KINDS.length / 2);
  });

  it('gives room-kind groups distinct colours and markers', () => {
    const groupStyles = ROOM_GROUPS.map((g) => ROOM_GROUP_STYLE[g]);
    expect(new Set(groupStyles.map((s) => s.colour)).size).toBe(ROOM_GROUPS.length);
    expect(new Set(groupStyles.map((s) => s.marker)).size).toBe(ROOM_GROUPS.length);
  });
});

describe('room colourings', () => {
  const hospital = smallHospital();

  it('writes linear rgb of the unit kind colour for each room', () => {
    const colouring = roomColouringFor('unitKind', hospital);
    const out = new Float32Array(3);
    colouring.colourOf(0, out, 0); // room a: emergency
    const [r, g, b] = hexToSrgb(UNIT_KIND_STYLE.emergency.colour).map(srgbToLinear);
    expect(out[0]).toBeCloseTo(r, 6);
    expect(out[1]).toBeCloseTo(g, 6);
    expect(out[2]).toBeCloseTo(b, 6);
    expect(colouring.entryOf(2)?.marker).toBe('W');
  });

  it('follows a given room order', () => {
    const colouring = roomColouringFor('unitKind', hospital, ['up', 'a']);
    expect(colouring.entryOf(0)?.id).toBe('ward');
    expect(colouring.entryOf(1)?.id).toBe('emergency');
  });

  it('lists only categories present, with namespaced i18n keys', () => {
    expect(legendFor('unitKind', hospital).map((e) => [e.id, e.labelKey])).toEqual([
      ['emergency', 'common:unitKind.emergency'],
      ['ward', 'common:unitKind.ward'],
    ]);
    expect(legendFor('roomKind', hospital).map((e) => e.id)).toEqual(['care', 'circulation']);
    expect(legendFor('roomKind', hospital)[0].labelKey).toBe('scene:roomGroup.care');
  });
});

describe('continuous scale', () => {
  it('runs from viridis dark purple to yellow, clamping out-of-range values', () => {
    expect(srgbToHex(continuousColour(0))).toBe('#440154');
    expect(srgbToHex(continuousColour(1))).toBe('#fde725');
    expect(continuousColour(-3)).toEqual(continuousColour(0));
    expect(continuousColour(Number.NaN)).toEqual(continuousColour(0));
    expect(srgbToHex(continuousColour(2, 'cividis'))).toBe('#fee838');
  });

  it('gets lighter monotonically', () => {
    let previous = -1;
    for (let t = 0; t <= 1.0001; t += 0.05) {
      const lum = contrastRatio(srgbToHex(continuousColour(t)), '#000000');
      expect(lum).toBeGreaterThan(previous);
      previous = lum;
    }
  });
});

describe('room painter', () => {
  const model = buildBuildingModel(smallHospital());
  const attributes = model.floors.map((f) => new BufferAttribute(new Float32Array(f.floorArrays.positions.length), 3));
  const patterns = model.floors.map((f) => new BufferAttribute(new Float32Array(f.floorArrays.positions.length / 3), 1));
  const painter = new RoomPainter(model, attributes, patterns);
  painter.applyColouring(roomColouringFor('unitKind', smallHospital(), model.rooms.map((r) => r.room.id)));
  painter.flush();

  it('writes each room’s colour to exactly its vertex range', () => {
    const ground = attributes[0].array as Float32Array;
    const ed = srgbToLinear(hexToSrgb(UNIT_KIND_STYLE.emergency.colour)[0]);
    const ward = srgbToLinear(hexToSrgb(UNIT_KIND_STYLE.ward.colour)[0]);
    for (let v = 0; v < 8; v++) expect(ground[v * 3]).toBeCloseTo(ed, 6);
    for (let v = 8; v < 14; v++) expect(ground[v * 3]).toBeCloseTo(ward, 6);
  });

  it('lightens the hovered room and uploads only its range', () => {
    const ground = attributes[0].array as Float32Array;
    const before = Array.from(ground);
    const version = attributes[0].version;
    painter.setHovered(1); // room b: vertices 4..7 of the ground floor
    expect(painter.flush()).toBe(1);
    expect(attributes[0].version).toBe(version + 1);
    expect(attributes[0].updateRanges).toEqual([{ start: 12, count: 12 }]);
    for (let i = 0; i < ground.length; i++) {
      if (i >= 12 && i < 24) expect(ground[i]).toBeCloseTo(before[i] + (1 - before[i]) * HOVER_LIGHTEN, 6);
      else expect(ground[i]).toBe(before[i]);
    }
    painter.setHovered(-1);
    painter.flush();
    expect(Array.from(ground)).toEqual(before);
  });

  it('does nothing when a base colour does not change', () => {
    const o = 3 * 3;
    painter.setBase(3, painter.base[o], painter.base[o + 1], painter.base[o + 2]);
    expect(painter.flush()).toBe(0);
    painter.setBase(3, 0, 0, 1);
    expect(painter.flush()).toBe(1);
    expect(Array.from((attributes[1].array as Float32Array).slice(0, 3))).toEqual([0, 0, 1]);
  });

  it('marks hatched rooms in the pattern attribute', () => {
    const h = smallHospital();
    h.units[1].kind = 'maternity';
    painter.applyColouring(roomColouringFor('unitKind', h, model.rooms.map((r) => r.room.id)));
    expect(Array.from(patterns[0].array)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });
});
