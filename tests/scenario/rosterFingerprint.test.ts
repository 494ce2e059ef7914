import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';

/** Reference 64-bit FNV-1a with BigInt, over the same UTF-16 code units. */
function fnv1a64(text: string): string {
	let h = 0xcbf29ce484222325n;
	for (let i = 0; i < text.length; i++) {
		h ^= BigInt(text.charCodeAt(i));
		h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	return h.toString(16).padStart(16, '0');
}

describe('rosterFingerprint', () => {
	it('is the 64-bit FNV-1a of the canonical text (checked against BigInt arithmetic)', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 40 }), (name) => {
				const roster = { units: [{ id: 'u', name }], people: [] };
				const canonical = `u\u001f${name}\u001d`;
				expect(rosterFingerprint(roster)).toBe(`fnv1a64-${fnv1a64(canonical)}-0`);
			}),
			{ numRuns: 200, seed: 1 }
		);
	});

	it('is stable for the same people and changes when one person changes', () => {
		const roster = bontangRoster();
		expect(rosterFingerprint(bontangRoster())).toBe(rosterFingerprint(roster));
		const changed = structuredClone(roster);
		changed.people[7].technicalJpLastYear += 1;
		expect(rosterFingerprint(changed)).not.toBe(rosterFingerprint(roster));
		expect(rosterFingerprint(roster)).toMatch(/^[a-z0-9:-]{1,100}$/);
	});
});
