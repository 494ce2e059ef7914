import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import {
	EDUCATION_LEVELS,
	POST_TYPES,
	PUNISHMENTS,
	SKP_RATINGS,
	type Person,
	type Roster,
	type Unit
} from '../../src/lib/engine/roster';
import {
	MAX_ROSTER_ERRORS,
	parseRosterCsv,
	unitSlug,
	writeRosterCsv,
	type RosterParseResult
} from '../../src/lib/rosterFiles/csv';
import { formatRosterIssue } from '../../src/lib/rosterFiles/messages';

const RUNS = { numRuns: 200, seed: 20210 };

/** Text as a user might type it, including delimiters, quotes, newlines and non-ASCII. */
const cellText = fc
	.string({
		unit: fc.oneof(
			{ weight: 6, arbitrary: fc.constantFrom(...'abcXYZ019 _-.') },
			{ weight: 2, arbitrary: fc.constantFrom(',', ';', '\t', '"', '\n', '\r', "'", 'é', '财') },
			{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) }
		),
		minLength: 1,
		maxLength: 12
	})
	.filter((s) => s.trim() === s && s !== '');

const unitKey = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '_');

/** Units with distinct ids and names that stay distinct under unit matching. */
const unitsArb: fc.Arbitrary<Unit[]> = fc
	.uniqueArray(
		fc.record({ id: cellText, name: cellText }).map((u) => ({ id: u.id, name: u.name })),
		{
			minLength: 1,
			maxLength: 4,
			selector: (u) => unitKey(u.name)
		}
	)
	.filter((units) => new Set(units.map((u) => u.id)).size === units.length);

function personArb(unitIds: string[]): fc.Arbitrary<Omit<Person, 'id'>> {
	return fc
		.record({
			unit: fc.constantFrom(...unitIds),
			postType: fc.constantFrom(...POST_TYPES),
			education: fc.constantFrom(...EDUCATION_LEVELS),
			leadershipTraining: fc.boolean(),
			functionalTraining: fc.boolean(),
			seminarLast2Years: fc.boolean(),
			technicalJpLastYear: fc.oneof(
				fc.integer({ min: 0, max: 200 }),
				fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true })
			),
			skpRating: fc.constantFrom(...SKP_RATINGS),
			punishment: fc.constantFrom(...PUNISHMENTS),
			fieldMatchesPost: fc.option(fc.boolean(), { nil: undefined }),
			yearsToRetirement: fc.option(fc.nat(45), { nil: undefined })
		})
		.map(({ fieldMatchesPost, yearsToRetirement, technicalJpLastYear, ...rest }) => {
			const p: Omit<Person, 'id'> = {
				...rest,
				technicalJpLastYear: technicalJpLastYear === 0 ? 0 : technicalJpLastYear
			};
			if (fieldMatchesPost !== undefined) p.fieldMatchesPost = fieldMatchesPost;
			if (yearsToRetirement !== undefined) p.yearsToRetirement = yearsToRetirement;
			return p;
		});
}

/** A valid roster with 1–4 units and 1–12 people (ids unique). */
const rosterArb: fc.Arbitrary<Roster> = unitsArb.chain((units) =>
	fc.uniqueArray(cellText, { minLength: 1, maxLength: 12 }).chain((ids) =>
		fc.tuple(...ids.map(() => personArb(units.map((u) => u.id)))).map((bodies) => ({
			units,
			people: bodies.map((b, i) => ({ id: ids[i], ...b }) as Person)
		}))
	)
);

/** A roster whose unit ids are slugs of their names and all units are used, in order. */
const slugRosterArb: fc.Arbitrary<Roster> = rosterArb.map((r) => {
	const idOf = new Map(r.units.map((u) => [u.id, u.name]));
	const units: Unit[] = [];
	const seen = new Set<string>();
	const people = r.people.map((p) => {
		const name = idOf.get(p.unit)!;
		const slug = unitSlug(name);
		if (!seen.has(slug)) {
			seen.add(slug);
			units.push({ id: slug, name });
		}
		return { ...p, unit: slug };
	});
	// Names with the same slug merge into one unit named as first written.
	return { units, people };
});

const ALLOWED = {
	postType: new Set<string>(POST_TYPES),
	education: new Set<string>(EDUCATION_LEVELS),
	skpRating: new Set<string>(SKP_RATINGS),
	punishment: new Set<string>(PUNISHMENTS)
};

/** Whatever came out, it must be well-formed. */
function checkResult(result: RosterParseResult, givenUnits?: readonly Unit[]): void {
	for (const issue of [...(result.ok ? [] : result.errors), ...result.notices]) {
		// Text taken from the file may say anything; the rest of the sentence may not.
		const fromFile = [issue.value, issue.column, issue.firstColumn, ...(issue.allowed ?? [])];
		for (const lang of ['id', 'en'] as const) {
			let message = formatRosterIssue(issue, lang);
			expect(message.length).toBeGreaterThan(0);
			for (const text of fromFile) if (text) message = message.split(text).join('');
			expect(message).not.toMatch(/undefined|NaN|\[object/);
		}
	}
	if (!result.ok) {
		expect(result.errors.length).toBeGreaterThan(0);
		expect(result.errors.length).toBeLessThanOrEqual(MAX_ROSTER_ERRORS + 1);
		for (const e of result.errors) expect(e.severity).toBe('error');
		return;
	}
	const { units, people } = result.roster;
	expect(people.length).toBeGreaterThan(0);
	const unitIds = new Set(units.map((u) => u.id));
	expect(unitIds.size).toBe(units.length);
	if (givenUnits) expect(units).toEqual(givenUnits.map((u) => ({ id: u.id, name: u.name })));
	const ids = new Set<string>();
	for (const p of people) {
		expect(p.id).not.toBe('');
		expect(p.id.trim()).toBe(p.id);
		expect(ids.has(p.id)).toBe(false);
		ids.add(p.id);
		expect(unitIds.has(p.unit)).toBe(true);
		expect(ALLOWED.postType.has(p.postType)).toBe(true);
		expect(ALLOWED.education.has(p.education)).toBe(true);
		expect(ALLOWED.skpRating.has(p.skpRating)).toBe(true);
		expect(ALLOWED.punishment.has(p.punishment)).toBe(true);
		expect(typeof p.leadershipTraining).toBe('boolean');
		expect(typeof p.functionalTraining).toBe('boolean');
		expect(typeof p.seminarLast2Years).toBe('boolean');
		expect(Number.isFinite(p.technicalJpLastYear)).toBe(true);
		expect(p.technicalJpLastYear >= 0 && !Object.is(p.technicalJpLastYear, -0)).toBe(true);
		if (p.fieldMatchesPost !== undefined) expect(typeof p.fieldMatchesPost).toBe('boolean');
		if (p.yearsToRetirement !== undefined) {
			expect(Number.isSafeInteger(p.yearsToRetirement)).toBe(true);
			expect(p.yearsToRetirement).toBeGreaterThanOrEqual(0);
		}
	}
}

describe('round trip', () => {
	it('parse(write(r), { units }) gives r back, with either header language', () => {
		fc.assert(
			fc.property(rosterArb, fc.constantFrom('en', 'id' as const), (roster, headers) => {
				const text = writeRosterCsv(roster, { headers });
				const result = parseRosterCsv(text, { units: roster.units });
				if (!result.ok) throw new Error(JSON.stringify(result.errors));
				expect(result.roster).toStrictEqual(roster);
				expect(result.notices).toEqual([]);
			}),
			RUNS
		);
	});

	it('parse(write(r)) gives r back when unit ids are slugs of their names', () => {
		fc.assert(
			fc.property(slugRosterArb, (roster) => {
				const result = parseRosterCsv(writeRosterCsv(roster));
				if (!result.ok) throw new Error(JSON.stringify(result.errors));
				expect(result.roster).toStrictEqual(roster);
			}),
			RUNS
		);
	});
});

const junk = fc.oneof(
	cellText,
	fc.string({ maxLength: 20 }),
	fc.string({ unit: 'binary', maxLength: 20 }),
	fc.constantFrom('', ' ', '-1', '1e999', 'NaN', '22,5', '1.000,5', 'ya', 'S-1', 'Sangat Baik', '"')
);

const bytesAsText = fc
	.uint8Array({ maxLength: 400 })
	.map((bytes) => new TextDecoder('utf-8', { fatal: false }).decode(bytes));

type Corruption =
	| { kind: 'cell'; row: number; col: number; value: string }
	| { kind: 'truncate'; at: number }
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'delimiter'; to: string }
	| { kind: 'replace'; text: string };

const corruptionArb: fc.Arbitrary<Corruption> = fc.oneof(
	fc.record({
		kind: fc.constant('cell' as const),
		row: fc.nat(),
		col: fc.nat(),
		value: junk
	}),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.oneof(bytesAsText, junk)
	}),
	fc.record({ kind: fc.constant('delimiter' as const), to: fc.constantFrom(';', '\t', '|') }),
	fc.record({ kind: fc.constant('replace' as const), text: fc.oneof(bytesAsText, fc.string()) })
);

function corrupt(text: string, c: Corruption): string {
	switch (c.kind) {
		case 'cell': {
			const rows = csvParseRows(text);
			if (rows.length === 0) return c.value;
			const r = c.row % rows.length;
			const row = rows[r];
			row[c.col % (row.length + 1)] = c.value; // may also add a column
			return csvFormatRows(rows);
		}
		case 'truncate':
			return text.slice(0, c.at % (text.length + 1));
		case 'insert': {
			const at = c.at % (text.length + 1);
			return text.slice(0, at) + c.text + text.slice(at);
		}
		case 'delimiter':
			return text.replaceAll(',', c.to);
		case 'replace':
			return c.text;
	}
}

describe('corruption', () => {
	it('never throws and never accepts a value outside the allowed enums or ranges', () => {
		let accepted = 0;
		fc.assert(
			fc.property(
				rosterArb,
				fc.array(corruptionArb, { minLength: 1, maxLength: 3 }),
				fc.boolean(),
				(roster, corruptions, withUnits) => {
					let text = writeRosterCsv(roster);
					for (const c of corruptions) text = corrupt(text, c);
					const units = withUnits ? roster.units : undefined;
					const result = parseRosterCsv(text, { units });
					checkResult(result, units);
					if (result.ok) accepted++;
				}
			),
			RUNS
		);
		// Some corruptions are harmless (a ';' delimiter, a valid token): the check above ran.
		expect(accepted).toBeGreaterThan(0);
	});

	it('random text never throws', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 300 }), bytesAsText), (text) => {
				checkResult(parseRosterCsv(text));
				checkResult(parseRosterCsv('\ufeff' + text));
			}),
			RUNS
		);
	});
});
