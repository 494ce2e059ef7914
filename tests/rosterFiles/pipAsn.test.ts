/**
 * BKN's PIP ASN file: the header found wherever it is, the points turned back into a roster
 * that scores to the file's points and total exactly (a fixed file and many generated people),
 * impossible points and wrong totals refused with their cell, ambiguous rows listed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import {
	EDUCATION_LEVELS,
	POST_TYPES,
	PUNISHMENTS,
	SKP_RATINGS,
	type Person
} from '../../src/lib/engine/roster';
import { scoreRoster } from '../../src/lib/engine/scoring';
import { formatRosterIssue } from '../../src/lib/rosterFiles/messages';
import { decideCompetency, findPipHeader, pipToRoster } from '../../src/lib/rosterFiles/pipAsn';
import { pipDecoder } from '../../src/lib/rosterFiles/pipDecode';
import { readRosterFile } from '../../src/lib/rosterFiles/readRosterFile';
import type { SheetRow } from '../../src/lib/rosterFiles/workbook';
import { pipRows, pipWorkbook, type PipPerson } from './pipFixtures';

const person = (over: Partial<Person>): Person => ({
	id: 'x',
	unit: 'u',
	postType: 'pelaksana',
	education: 'S1',
	leadershipTraining: false,
	functionalTraining: false,
	seminarLast2Years: false,
	technicalJpLastYear: 0,
	skpRating: 'baik',
	punishment: 'none',
	...over
});

/** A fixed file: one of each post type, names as agencies write them. */
const FIXED: PipPerson[] = [
	{
		person: person({
			postType: 'structural',
			education: 'S2',
			leadershipTraining: true,
			technicalJpLastYear: 24,
			seminarLast2Years: true,
			skpRating: 'sangat_baik'
		}),
		post: 'Kepala Bidang Anggaran',
		unitName: 'Badan Keuangan Daerah'
	},
	{
		person: person({ postType: 'functional', functionalTraining: true, skpRating: 'baik' }),
		post: 'Analis Keuangan Pusat dan Daerah Ahli Muda',
		unitName: 'Badan Keuangan Daerah'
	},
	{
		person: person({
			postType: 'pelaksana',
			education: 'SLTA',
			technicalJpLastYear: 20,
			skpRating: 'cukup',
			punishment: 'ringan'
		}),
		post: 'Pengadministrasi Perkantoran',
		unitName: 'Dinas Pendidikan'
	},
	{
		person: person({
			postType: 'pelaksana',
			education: 'SLTP',
			seminarLast2Years: true,
			skpRating: 'buruk',
			punishment: 'berat'
		}),
		post: 'Pengemudi',
		unitName: 'Dinas Pendidikan'
	}
];

function expectExact(
	rows: SheetRow[],
	scores: {
		qualification: number;
		competency: number;
		performance: number;
		discipline: number;
		total: number;
	}[]
) {
	const header = findPipHeader(rows);
	expect(header).toBeDefined();
	const result = pipToRoster(rows, header!);
	if (!result.ok) throw new Error(result.errors.map((e) => formatRosterIssue(e, 'en')).join('\n'));
	const scored = scoreRoster(result.roster, DEFAULT_RULEBOOK);
	expect(scored.people).toHaveLength(scores.length);
	scored.people.forEach((s, k) => {
		expect(s.qualification).toBe(scores[k].qualification);
		expect(s.competency).toBe(scores[k].competency);
		expect(s.performance).toBe(scores[k].performance);
		expect(s.discipline).toBe(scores[k].discipline);
		expect(s.total).toBe(scores[k].total);
	});
	// The file's mean, summed in file order as a planner's spreadsheet would.
	const mean = scores.reduce((a, s) => a + s.total, 0) / scores.length;
	expect(scored.agency.index).toBe(mean);
	return result;
}

describe('finding the header', () => {
	it('below a title block, in any case and spacing, with NIP and No beside it', () => {
		const { rows, headerRow } = pipRows(FIXED);
		expect(headerRow).toBe(6);
		expect(findPipHeader(rows)?.row).toBe(6);
		const shouted = rows.map((r) =>
			r.row === 7
				? { ...r, cells: r.cells.map((c) => `  ${c.toUpperCase().replace(' ', '   ')} `) }
				: r
		);
		expect(findPipHeader(shouted)?.row).toBe(6);
	});

	it('anywhere in the first 30 rows with content, not further down; not in a roster file', () => {
		const title = Array.from({ length: 25 }, (_, k) => [`Judul ${k + 1}`]);
		expect(findPipHeader(pipRows(FIXED, title).rows)?.row).toBe(26);
		const long = Array.from({ length: 31 }, (_, k) => [`Judul ${k + 1}`]);
		expect(findPipHeader(pipRows(FIXED, long).rows)).toBeUndefined();
		expect(
			findPipHeader([{ row: 1, cells: ['id', 'unit', 'post_type', 'Kualifikasi'] }])
		).toBeUndefined();
	});
});

describe('the roster rebuilt', () => {
	it('a fixed file scores back to every person’s points and total, and to its mean', () => {
		const file = pipRows(FIXED);
		const result = expectExact(file.rows, file.scores);
		if (!result.ok) return;
		expect(result.roster.units.map((u) => u.name)).toEqual([
			'Badan Keuangan Daerah',
			'Dinas Pendidikan'
		]);
		expect(result.roster.people.map((p) => p.id)).toEqual(['PIP-7', 'PIP-8', 'PIP-9', 'PIP-10']);
		expect(result.roster.people.map((p) => p.postType)).toEqual([
			'structural',
			'functional',
			'pelaksana',
			'pelaksana'
		]);
		// Names and NIPs are not in the roster; the notices say they were dropped.
		expect(JSON.stringify(result.roster)).not.toMatch(/Pegawai|19800101/);
		expect(
			result.notices.filter((n) => n.code === 'personal_data_dropped').map((n) => n.column)
		).toEqual(['Nama', 'NIP']);
		expect(result.notices.map((n) => n.code)).toEqual(
			expect.arrayContaining(['pip_recognised', 'pip_defaults', 'pip_levels_assumed'])
		);
		// No optional column: the defaults of a CSV file without them.
		for (const p of result.roster.people) {
			expect(p.fieldMatchesPost).toBeUndefined();
			expect(p.yearsToRetirement).toBeUndefined();
			expect(p.convertedToFunctionalYear).toBeUndefined();
		}
	});

	it('many generated people score back exactly (property)', () => {
		const names: Record<string, string[]> = {
			structural: [
				'Kepala Dinas',
				'Sekretaris Badan',
				'Kepala Sub Bagian Umum',
				'Camat',
				'Plt. Kepala Seksi Data'
			],
			functional: [
				'Pranata Komputer Ahli Pertama',
				'Analis Kebijakan Ahli Muda',
				'Arsiparis Terampil',
				'Guru Ahli Pertama'
			],
			pelaksana: ['Pengadministrasi Umum', 'Analis Keuangan', 'Pengelola Data', 'Pramu Bakti']
		};
		const anyPerson = fc
			.record({
				postType: fc.constantFrom(...POST_TYPES),
				education: fc.constantFrom(...EDUCATION_LEVELS),
				leadership: fc.boolean(),
				functional: fc.boolean(),
				seminar: fc.boolean(),
				jp: fc.constantFrom(0, 8, 19.5, 20, 32),
				skp: fc.constantFrom(...SKP_RATINGS),
				punishment: fc.constantFrom(...PUNISHMENTS),
				name: fc.nat(20),
				unit: fc.constantFrom('Dinas A', 'Badan B', 'Kecamatan C')
			})
			.map((r): PipPerson => ({
				person: person({
					postType: r.postType,
					education: r.education,
					leadershipTraining: r.leadership,
					functionalTraining: r.functional,
					seminarLast2Years: r.seminar,
					technicalJpLastYear: r.jp,
					skpRating: r.skp,
					punishment: r.punishment
				}),
				// Mostly a name of the post type, sometimes one of another (names are a heuristic).
				post:
					r.name < 16
						? names[r.postType][r.name % names[r.postType].length]
						: names[POST_TYPES[r.name % 3]][0],
				unitName: r.unit
			}));
		fc.assert(
			fc.property(fc.array(anyPerson, { minLength: 1, maxLength: 300 }), (people) => {
				const file = pipRows(people);
				expectExact(file.rows, file.scores);
			}),
			{ seed: 20261207, numRuns: 200 }
		);
	});

	it('reads the same layout from a workbook, with cell references, and from CSV', async () => {
		const file = pipRows(FIXED);
		const bytes = await pipWorkbook(file, ['Petunjuk']);
		const read = await readRosterFile(bytes);
		expect(read.file).toMatchObject({ format: 'xlsx', layout: 'pipAsn', sheet: 1 });
		expect(read.result.ok).toBe(true);
		if (!read.result.ok) return;
		expect(scoreRoster(read.result.roster, DEFAULT_RULEBOOK).people.map((p) => p.total)).toEqual(
			file.scores.map((s) => s.total)
		);
		// Blank rows stay blank lines, so rows keep their numbers.
		const last = file.rows[file.rows.length - 1].row;
		const lines = Array.from(
			{ length: last },
			(_, k) => file.rows.find((r) => r.row === k + 1)?.cells.join(';') ?? ''
		);
		const csv = lines.join('\r\n');
		const fromCsv = await readRosterFile(new TextEncoder().encode(csv));
		expect(fromCsv.file).toMatchObject({ format: 'csv', layout: 'pipAsn' });
		expect(fromCsv.result.ok && fromCsv.result.roster).toEqual(read.result.roster);
	});
});

describe('refused and assumed rows', () => {
	it('a points value no combination gives is an error naming its cell ("G12"); a wrong total too', async () => {
		const file = pipRows([...FIXED, ...FIXED]);
		const row12 = file.rows.find((r) => r.row === 12)!;
		row12.cells[6] = '12.5'; // Kompetensi in column G
		const row13 = file.rows.find((r) => r.row === 13)!;
		row13.cells[9] = '99'; // Total in column J
		const read = await readRosterFile(await pipWorkbook(file));
		expect(read.result.ok).toBe(false);
		if (read.result.ok) return;
		const messages = read.result.errors.map((e) => formatRosterIssue(e, 'en'));
		expect(messages[0]).toMatch(
			/^Cell G12 \(column Kompetensi\): the value "12.5" cannot be given by the default rulebook\. Possible values: 0; 10; 15; 17.5; 22.5; 25; 30; 40\./
		);
		expect(messages[1]).toMatch(/^Cell J13 \(column Total\): the total "99" is not the sum/);
		expect(formatRosterIssue(read.result.errors[0], 'id')).toMatch(
			/^Sel G12 \(kolom Kompetensi\): nilai "12.5" tidak mungkin/
		);
	});

	it('lists every row whose post type or training was assumed, with the alternatives', () => {
		const decoder = pipDecoder(DEFAULT_RULEBOOK);
		// 15 for a structural name: leadership or technical training.
		const structural = decideCompetency(decoder.competency(15), 'Kepala Seksi Pendapatan');
		expect(structural.field).toBe('training');
		expect(structural.chosen.training).toEqual(['leadership']);
		expect(structural.alternatives.map((a) => a.training)).toEqual([['technical']]);
		// 22.5 only a pelaksana gets, whatever the name says.
		const pelaksana = decideCompetency(decoder.competency(22.5), 'Kepala Seksi Pendapatan');
		expect(pelaksana).toMatchObject({ field: 'postType', alternatives: [] });
		expect(pelaksana.chosen).toMatchObject({ postType: 'pelaksana', training: ['technical'] });
		// 40 for a functional name: all three of its trainings, nothing to assume.
		expect(decideCompetency(decoder.competency(40), 'Auditor Ahli Madya').field).toBeNull();

		const file = pipRows(FIXED);
		const header = findPipHeader(file.rows)!;
		const result = pipToRoster(file.rows, header);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		// Kepala Bidang with 40: no doubt; the Analis Ahli Muda with 15: functional or technical.
		expect(result.assumed?.map((a) => [a.cell, a.field])).toEqual([['G8', 'training']]);
		expect(result.notices.find((n) => n.code === 'pip_ambiguous')).toMatchObject({
			count: 1,
			row: 8
		});
	});
});
