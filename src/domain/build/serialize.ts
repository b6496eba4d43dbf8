/** The on-disk form of a hospital: 2-space JSON with each [x, y] point on one line, ending in a newline. */
import type { Hospital } from '../schema';

const NUMBER = '-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?';
const PAIR = new RegExp(`\\[\\s*(${NUMBER}),\\s*(${NUMBER})\\s*\\]`, 'g');

export function hospitalToJson(hospital: Hospital): string {
  return `${JSON.stringify(hospital, null, 2).replace(PAIR, '[$1, $2]')}\n`;
}
