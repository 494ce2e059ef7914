/** Rosters of any size for benchmarks: the Bontang roster repeated, ids made unique. */
import type { Roster } from '../../src/lib/engine/roster';
import { bontangRoster } from '../../src/lib/scenario/bontang';

export function scaledRoster(size: number): Roster {
	const base = bontangRoster();
	const people = Array.from({ length: size }, (_, i) => {
		const person = base.people[i % base.people.length];
		return { ...person, id: `${person.id}-${Math.floor(i / base.people.length)}` };
	});
	return { units: base.units, people };
}
