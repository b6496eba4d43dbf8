import type { Item, LooseHospital } from './looseView';
import { formatPath, type Problem } from './problems';
import { someKnownNames } from './suggest';

/**
 * Checks between parts of the document: one id space for everything, references to ids that exist
 * and are of the right kind, and one floor per ordinal.
 */

const KIND_NAMES: Record<Item['collection'], string> = {
  floors: 'floor', units: 'unit', rooms: 'room', doors: 'door', beds: 'bed', equipment: 'equipment item', staffPools: 'staff pool',
};

/** Name comparisons allowed for "closest known ids" suggestions; beyond it the first ids are listed, to keep huge bad files fast. */
const FUZZY_SUGGESTION_BUDGET = 100_000;

export function checkIdsAndReferences(doc: LooseHospital): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, Item>();
  const known = { floors: [] as string[], units: [] as string[], rooms: [] as string[] };
  const claim = (item: Item) => {
    const id = item.id;
    if (id === undefined) return;
    const first = owners.get(id);
    if (first) {
      problems.push({ path: [...item.path, 'id'], code: 'duplicate-id', message: `id "${id}" is already used by ${formatPath(first.path)}` });
      return;
    }
    owners.set(id, item);
    if (item.collection === 'floors' || item.collection === 'units' || item.collection === 'rooms') known[item.collection].push(id);
  };
  doc.floors.forEach(claim);
  doc.units.forEach(claim);
  for (const room of doc.rooms) {
    claim(room);
    room.doors.forEach(claim);
  }
  doc.beds.forEach(claim);
  doc.equipment.forEach(claim);
  doc.staffPools.forEach(claim);

  let fuzzyWork = 0;
  const suggested = new Map<string, string>(); // a renamed unit is usually referenced many times
  const refer = (id: string | undefined, collection: 'floors' | 'units' | 'rooms', from: Item, field: string) => {
    if (id === undefined) return;
    const owner = owners.get(id);
    if (owner?.collection === collection) return;
    const kind = KIND_NAMES[collection];
    let message = `unknown ${kind} "${id}"`;
    if (owner) message += ` ("${id}" is a ${KIND_NAMES[owner.collection]}, ${formatPath(owner.path)})`;
    else if (known[collection].length === 0) message += `; this file has no ${kind}s`;
    else {
      const cacheKey = `${collection}:${id}`;
      let names = suggested.get(cacheKey);
      if (!names) {
        const fuzzy = fuzzyWork + known[collection].length <= FUZZY_SUGGESTION_BUDGET;
        if (fuzzy) fuzzyWork += known[collection].length;
        names = someKnownNames(id, known[collection], 5, fuzzy).join(', ');
        suggested.set(cacheKey, names);
      }
      message += `; known ${kind}s include: ${names}`;
    }
    problems.push({ path: [...from.path, field], code: 'unknown-reference', message });
  };
  for (const room of doc.rooms) {
    refer(room.unitId, 'units', room, 'unitId');
    refer(room.floorId, 'floors', room, 'floorId');
    for (const door of room.doors) {
      if (door.toRoomId !== undefined && door.toRoomId === room.id) {
        const name = door.id !== undefined ? `door "${door.id}"` : 'this door';
        problems.push({ path: [...door.path, 'toRoomId'], code: 'invalid-reference', message: `${name} leads back into its own room "${room.id}"` });
      } else {
        refer(door.toRoomId, 'rooms', door, 'toRoomId');
      }
    }
  }
  for (const bed of doc.beds) refer(bed.roomId, 'rooms', bed, 'roomId');
  for (const item of doc.equipment) refer(item.roomId, 'rooms', item, 'roomId');
  for (const pool of doc.staffPools) refer(pool.unitId, 'units', pool, 'unitId');
  return problems;
}

export function checkFloorOrdinals(doc: LooseHospital): Problem[] {
  const problems: Problem[] = [];
  const byOrdinal = new Map<number, Item>();
  for (const floor of doc.floors) {
    if (floor.ordinal === undefined) continue;
    const first = byOrdinal.get(floor.ordinal);
    if (!first) { byOrdinal.set(floor.ordinal, floor); continue; }
    const name = first.id !== undefined ? `floor "${first.id}" (${formatPath(first.path)})` : formatPath(first.path);
    problems.push({ path: [...floor.path, 'ordinal'], code: 'duplicate-ordinal', message: `ordinal ${floor.ordinal} is already used by ${name}; each floor needs its own level` });
  }
  return problems;
}
