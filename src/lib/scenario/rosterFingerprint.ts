/**
 * A roster's fingerprint: the same people give the same short id in Node and
 * in the browser, so a scenario can say which roster its numbers came from
 * without carrying the personal data. FNV-1a (64-bit, two 32-bit halves) over
 * a canonical text of the roster — an identifier, not a security measure.
 */
import type { Roster } from '../engine/roster';

/**
 * The roster as one canonical text: units, then people in order, fields in a fixed order.
 * Fields added later (the conversion year) are appended only when a person has them, so
 * rosters without them keep the fingerprint they had before those fields existed.
 */
function canonicalText(roster: Roster): string {
	const units = roster.units.map((u) => `${u.id}\u001f${u.name}`).join('\u001e');
	const people = roster.people
		.map((p) => {
			const fields: Array<string | number> = [
				p.id,
				p.unit,
				p.postType,
				p.education,
				p.leadershipTraining ? 1 : 0,
				p.functionalTraining ? 1 : 0,
				p.seminarLast2Years ? 1 : 0,
				p.technicalJpLastYear,
				p.skpRating,
				p.punishment,
				p.fieldMatchesPost === undefined ? '' : p.fieldMatchesPost ? 1 : 0,
				p.yearsToRetirement ?? ''
			];
			if (p.convertedToFunctionalYear !== undefined) fields.push(p.convertedToFunctionalYear);
			return fields.join('\u001f');
		})
		.join('\u001e');
	return `${units}\u001d${people}`;
}

export function rosterFingerprint(roster: Roster): string {
	const text = canonicalText(roster);
	// 64-bit FNV-1a in two halves: offset basis 0xcbf29ce484222325, prime 0x100000001b3.
	let hi = 0xcbf29ce4;
	let lo = 0x84222325;
	for (let i = 0; i < text.length; i++) {
		lo = (lo ^ text.charCodeAt(i)) >>> 0;
		// (hi, lo) × 0x100000001b3 = (hi, lo) × 0x1b3 + (lo << 40)
		const loProduct = lo * 0x1b3;
		const carry = Math.floor(loProduct / 0x100000000);
		const newLo = loProduct >>> 0;
		hi = (Math.imul(hi, 0x1b3) + carry + ((lo << 8) >>> 0)) >>> 0;
		lo = newLo;
	}
	const hex = (x: number) => x.toString(16).padStart(8, '0');
	return `fnv1a64-${hex(hi)}${hex(lo)}-${roster.people.length}`;
}
