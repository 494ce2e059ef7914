/**
 * Every lever (a policy choice) and assumption (a belief about the world) the
 * planner can change, declared once. Controls, validation, the URL codec, the
 * CLI and the model page are all generated from this list.
 *
 * Percentages are stored as the planner reads them (1.5 means 1.5 %); the
 * scenario layer converts them to fractions for the engine.
 */

import { DEFAULT_RULEBOOK, RULEBOOKS } from '../engine/rulebooks';
import { MAX_YEAR, MIN_YEAR, nextBudgetYear, today } from './agency';

/**
 * The plan starts with the calendar's next budget year: in December 2026, 2027 (years that
 * have happened are not planned). The target is three budget years on, the rest of the
 * current five-year regional plan (RPJMD 2025–2029), and the projection runs a year past it.
 */
export const DEFAULT_FIRST_PLANNING_YEAR = nextBudgetYear(today());

export type InputKind = 'lever' | 'assumption';

export type InputUnit =
	| 'percent'
	| 'percentPerYear'
	| 'rupiah'
	| 'placesPerYear'
	| 'peoplePerYear'
	| 'jp'
	| 'sd'
	| 'months'
	| 'years'
	| 'year'
	| 'index'
	| 'ratio'
	| 'choice'
	| 'formula';

export type InputGroup =
	| 'budget'
	| 'coverage'
	| 'training'
	| 'education'
	| 'planning'
	| 'ceiling'
	| 'costs'
	| 'trainingHours'
	| 'effects'
	| 'dynamics'
	| 'workforce'
	| 'scoring';

export interface Text {
	id: string;
	en: string;
}

interface SpecBase {
	id: string;
	kind: InputKind;
	group: InputGroup;
	label: Text;
	help?: Text;
	/** Where the default comes from, in both languages (numbers written in each one's format). */
	source: Text;
}

export interface NumberSpec extends SpecBase {
	type: 'number';
	unit: Exclude<InputUnit, 'choice' | 'formula'>;
	min: number;
	max: number;
	step: number;
	default: number;
	/** Plausible range for Monte Carlo draws and sensitivity (assumptions only). */
	range?: { low: number; high: number };
	/** A family: one input per unit, ids `<id>.<unitId>`. */
	perUnit?: boolean;
	/** May be overridden per year with ids `<id>.<year>`. */
	perYear?: boolean;
}

export interface ChoiceSpec extends SpecBase {
	type: 'choice';
	unit: 'choice';
	options: ReadonlyArray<{ value: string; label: Text }>;
	default: string;
}

/**
 * A formula in one variable, e.g. a response curve. The spec's own check is lexical and
 * cheap (allowed characters, length) so every border can run it without mathjs; the full
 * sandboxed compile runs where projections run (see `technicalResponse.ts`).
 * The default, '', means "the model's built-in curve".
 */
export interface FormulaSpec extends SpecBase {
	type: 'formula';
	unit: 'formula';
	variable: 'jp';
	maxLength: number;
	default: '';
}

export type InputSpec = NumberSpec | ChoiceSpec | FormulaSpec;

/**
 * The organisation's own rating and the share of its staff that may be rated
 * sangat baik (PermenPANRB 6/2022's distribution pattern, as quoted by a secondary
 * source; unconfirmed against the annex). 1 = no cap stated.
 */
export const ORGANISATION_RATINGS = [
	{
		value: 'istimewa',
		topRatingCap: 0.7,
		label: { id: 'Istimewa (Sangat Baik ≤ 70 %)', en: 'Outstanding (Sangat Baik ≤ 70 %)' }
	},
	{
		value: 'baik',
		topRatingCap: 1,
		label: { id: 'Baik (tanpa batas Sangat Baik)', en: 'Good (no cap on Sangat Baik)' }
	},
	{
		value: 'butuh_perbaikan',
		topRatingCap: 0.1,
		label: {
			id: 'Butuh Perbaikan (Sangat Baik ≤ 10 %)',
			en: 'Needs improvement (Sangat Baik ≤ 10 %)'
		}
	},
	{
		value: 'kurang',
		topRatingCap: 0.1,
		label: { id: 'Kurang (Sangat Baik ≤ 10 %)', en: 'Poor (Sangat Baik ≤ 10 %)' }
	},
	{
		value: 'sangat_kurang',
		topRatingCap: 0,
		label: { id: 'Sangat Kurang (tanpa Sangat Baik)', en: 'Very poor (no Sangat Baik)' }
	}
] as const;

const ASSUMED: Text = {
	id: 'Asumsi yang dapat diubah; tidak ada angka nasional',
	en: 'Editable assumption; no national figure'
};
const STUDY: Text = { id: 'Kajian BPKAD Kota Bontang', en: 'BPKAD Kota Bontang study' };
/** "<study>: <finding>", the finding written in each language. */
const study = (id: string, en: string): Text => ({
	id: `${STUDY.id}: ${id}`,
	en: `${STUDY.en}: ${en}`
});
/** An assumption with a note after it, in each language. */
const assumed = (sep: string, id: string, en: string): Text => ({
	id: `${ASSUMED.id}${sep} ${id}`,
	en: `${ASSUMED.en}${sep} ${en}`
});
/**
 * Fitted to the budget history by `npm run sim -- calibrate` (src/lib/scenario/calibration.ts):
 * the value that keeps the 2021 roster's state when later years get 2021's Rupiah.
 */
const FITTED: Text = {
	id: 'Disesuaikan dengan anggaran dan roster 2021 (npm run sim -- calibrate; lihat /model)',
	en: 'Fitted to the 2021 budget and roster (npm run sim -- calibrate; see /model)'
};
/** Unit costs are in the prices of the last recorded budget year; `costInflation` moves them. */
const FITTED_COST: Text = { id: `${FITTED.id}; harga 2022`, en: `${FITTED.en}; 2022 prices` };
/** The free shares' ranges are the fit's too: the values fitting the roster's shares ± 2 standard errors. */
const FITTED_SHARE: Text = {
	id: `${FITTED.id}; rentang: porsi roster ± 2 galat baku`,
	en: `${FITTED.en}; range: the roster's share ± 2 standard errors`
};

export const INPUT_SPECS: readonly InputSpec[] = [
	// ── Levers: policy choices ──────────────────────────────────────────────
	{
		id: 'trainingBudgetShare',
		kind: 'lever',
		group: 'budget',
		type: 'number',
		label: { id: 'Porsi anggaran pengembangan', en: 'Training budget share' },
		help: {
			id: 'Anggaran pengembangan pegawai sebagai persen pagu OPD, tiap tahun rencana.',
			en: "Staff development budget as a percentage of the agency's budget ceiling, each planning year."
		},
		unit: 'percent',
		min: 0,
		max: 5,
		step: 0.01,
		default: 0.69,
		perYear: true,
		source: study(
			'1,51 % (2020), 0,31 % (2021), 0,69 % (2022); bawaan = porsi terakhir tercatat',
			'1.51 % (2020), 0.31 % (2021), 0.69 % (2022); default = the last recorded share'
		)
	},
	{
		id: 'coverage',
		kind: 'lever',
		group: 'coverage',
		type: 'number',
		label: { id: 'Cakupan pelatihan', en: 'Training coverage' },
		help: {
			id: 'Persen pegawai unit yang dikirim ke Bimtek/pelatihan teknis per tahun.',
			en: "Percentage of the unit's staff sent to technical training (Bimtek) each year."
		},
		unit: 'percent',
		min: 0,
		max: 100,
		step: 1,
		default: 50,
		perUnit: true,
		source: study('Bimtek belum merata ke semua bidang', 'Bimtek has not reached every unit')
	},
	{
		id: 'matchedToDuties',
		kind: 'lever',
		group: 'training',
		type: 'number',
		label: { id: 'Sesuai tupoksi', en: 'Matched to duties' },
		help: {
			id: 'Persen pelatihan teknis yang sesuai tugas pokok dan fungsi peserta.',
			en: "Percentage of technical training that matches the trainee's duties (tupoksi)."
		},
		unit: 'percent',
		min: 0,
		max: 100,
		step: 1,
		default: 50,
		source: study(
			'peserta Bimtek tidak sesuai tupoksi',
			'Bimtek participants do not match their duties (tupoksi)'
		)
	},
	{
		id: 'outOfTownShare',
		kind: 'lever',
		group: 'training',
		type: 'number',
		label: { id: 'Porsi Bimtek luar kota', en: 'Out-of-town training share' },
		help: {
			id: 'Persen tempat pelatihan teknis di luar kota (lebih mahal, lebih panjang).',
			en: 'Percentage of technical training places out of town (costlier, longer).'
		},
		unit: 'percent',
		min: 0,
		max: 100,
		step: 1,
		default: 60,
		source: study(
			'kompetensi fungsional sebagian besar di luar kota; sekurang-kurangnya porsi tanpa penyedia lokal (asumsi 60 %)',
			'functional competence mostly out of town; at least the share with no local provider (assumed 60 %)'
		)
	},
	{
		id: 'seminarCoverage',
		kind: 'lever',
		group: 'training',
		type: 'number',
		label: { id: 'Cakupan seminar/workshop', en: 'Seminar / workshop coverage' },
		unit: 'percent',
		min: 0,
		max: 100,
		step: 1,
		default: 45,
		source: ASSUMED
	},
	{
		id: 'functionalTrainingCoverage',
		kind: 'lever',
		group: 'training',
		type: 'number',
		label: { id: 'Diklat fungsional', en: 'Functional training' },
		help: {
			id: 'Persen pejabat fungsional yang belum diklat fungsional dan dikirim tahun ini.',
			en: 'Percentage of functional-post staff lacking functional training sent this year.'
		},
		unit: 'percent',
		min: 0,
		max: 100,
		step: 1,
		default: 30,
		source: ASSUMED
	},
	{
		id: 'leadershipPlaces',
		kind: 'lever',
		group: 'training',
		type: 'number',
		label: { id: 'Diklat kepemimpinan (PKA/PKP)', en: 'Leadership training (PKA/PKP)' },
		unit: 'placesPerYear',
		min: 0,
		max: 30,
		step: 1,
		default: 2,
		source: study(
			'kompetensi manajerial lewat LAN/BKPSDM berjalan baik',
			'managerial competence through LAN and BKPSDM works well'
		)
	},
	{
		id: 'studyAssignments',
		kind: 'lever',
		group: 'education',
		type: 'number',
		label: { id: 'Tugas belajar dibiayai', en: 'Funded study assignments' },
		unit: 'peoplePerYear',
		min: 0,
		max: 20,
		step: 1,
		default: 0,
		source: study('tidak ada tugas belajar 2018–2023', 'no study assignments in 2018–2023')
	},
	{
		id: 'cadreSchoolPlaces',
		kind: 'lever',
		group: 'education',
		type: 'number',
		label: { id: 'Sekolah kader', en: 'Cadre school' },
		unit: 'placesPerYear',
		min: 0,
		max: 30,
		step: 1,
		default: 0,
		source: study(
			'sekolah kader pernah dijalankan BKPSDM, kini berhenti',
			'BKPSDM once ran a cadre school; it has stopped'
		)
	},
	{
		id: 'fundingRule',
		kind: 'lever',
		group: 'budget',
		type: 'choice',
		unit: 'choice',
		label: { id: 'Aturan bila anggaran kurang', en: 'Rule when the budget is short' },
		options: [
			{
				value: 'points_per_rupiah',
				label: { id: 'Poin per rupiah (termurah dulu)', en: 'Cheapest points first' }
			},
			{ value: 'pro_rata', label: { id: 'Proporsional', en: 'Pro rata' } },
			{
				value: 'least_covered_first',
				label: { id: 'Unit paling sedikit dulu', en: 'Least-covered units first' }
			}
		],
		default: 'points_per_rupiah',
		source: ASSUMED
	},
	{
		id: 'firstPlanningYear',
		kind: 'lever',
		group: 'planning',
		type: 'number',
		label: { id: 'Tahun rencana pertama', en: 'First planning year' },
		unit: 'year',
		min: MIN_YEAR + 1,
		max: MAX_YEAR,
		step: 1,
		default: DEFAULT_FIRST_PLANNING_YEAR,
		source: {
			id: 'Tahun anggaran berikutnya menurut kalender (Desember 2026 → 2027)',
			en: 'The next budget year by the calendar (December 2026 → 2027)'
		}
	},
	{
		id: 'endYear',
		kind: 'lever',
		group: 'planning',
		type: 'number',
		label: { id: 'Tahun akhir proyeksi', en: 'Last projected year' },
		unit: 'year',
		min: MIN_YEAR + 1,
		max: MAX_YEAR,
		step: 1,
		default: DEFAULT_FIRST_PLANNING_YEAR + 3,
		source: {
			id: 'Setahun sesudah tahun target; paling lama 15 tahun sesudah tahun data pegawai',
			en: 'A year past the target year; at most 15 years after the staff data’s year'
		}
	},
	{
		id: 'targetIndex',
		kind: 'lever',
		group: 'planning',
		type: 'number',
		label: { id: 'Target indeks', en: 'Target index' },
		unit: 'index',
		min: 50,
		max: 100,
		step: 0.5,
		default: 75,
		source: study('target IPASN 2021 = 75', 'IPASN target 2021 = 75')
	},
	{
		id: 'targetYear',
		kind: 'lever',
		group: 'planning',
		type: 'number',
		label: { id: 'Tahun target', en: 'Target year' },
		unit: 'year',
		min: MIN_YEAR + 1,
		max: MAX_YEAR,
		step: 1,
		default: DEFAULT_FIRST_PLANNING_YEAR + 2,
		source: assumed(
			':',
			'tiga tahun anggaran, sisa RPJMD Kota Bontang 2025–2029 (Perda, disahkan DPRD 15 Juli 2025)',
			'three budget years, the rest of Bontang’s RPJMD 2025–2029 (a regional regulation passed by the DPRD on 15 July 2025)'
		)
	},

	// ── Assumptions: beliefs about the world ────────────────────────────────
	{
		id: 'ceilingGrowth',
		kind: 'assumption',
		group: 'ceiling',
		type: 'number',
		label: { id: 'Pertumbuhan pagu OPD', en: 'Budget ceiling growth' },
		unit: 'percentPerYear',
		min: -20,
		max: 30,
		step: 0.5,
		default: 5,
		range: { low: 0, high: 10 },
		source: assumed(
			';',
			'pagu tersirat 2020–2022: ≈ Rp 25,57 M → Rp 53,17 M',
			'implied ceilings 2020–2022: ≈ Rp 25.57 bn → Rp 53.17 bn'
		)
	},
	...costSpecs(),
	...hourSpecs(),
	{
		id: 'effectTechnical',
		kind: 'assumption',
		group: 'effects',
		type: 'number',
		label: { id: 'Efek pelatihan teknis', en: 'Effect of technical training' },
		unit: 'sd',
		min: 0,
		max: 1.5,
		step: 0.01,
		default: 0.62,
		range: { low: 0.31, high: 0.8 },
		source: {
			id: 'Arthur et al. 2003, J. Applied Psychology 88(2):234 (d ≈ 0,62); Morrow et al. 1997 (teknis d ≈ 0,64)',
			en: 'Arthur et al. 2003, J. Applied Psychology 88(2):234 (d ≈ 0.62); Morrow et al. 1997 (technical d ≈ 0.64)'
		}
	},
	{
		id: 'technicalResponseCurve',
		kind: 'assumption',
		group: 'effects',
		type: 'formula',
		unit: 'formula',
		variable: 'jp',
		maxLength: 200,
		default: '',
		label: { id: 'Kurva respons pelatihan teknis', en: 'Technical training response curve' },
		help: {
			id: 'Pengali efek pelatihan teknis menurut JP yang didanai (1 = efek penuh, 0–1,5). Kosong = bawaan: min(1, jp / JP untuk efek penuh).',
			en: 'Multiplier of the technical training effect by funded JP (1 = the full effect, 0–1.5). Empty = built in: min(1, jp / JP for the full effect).'
		},
		source: {
			id: 'Rancangan model: efek proporsional sampai JP untuk efek penuh; rumus analis menggantinya',
			en: 'Model design: the effect is proportional up to the JP for the full effect; an analyst’s formula replaces it'
		}
	},
	{
		id: 'effectManagerial',
		kind: 'assumption',
		group: 'effects',
		type: 'number',
		label: { id: 'Efek pelatihan manajerial', en: 'Effect of managerial training' },
		unit: 'sd',
		min: 0,
		max: 1.5,
		step: 0.01,
		default: 0.31,
		range: { low: 0.15, high: 0.5 },
		source: {
			id: 'Morrow, Jarrett & Rupinski 1997 (manajerial d ≈ 0,31)',
			en: 'Morrow, Jarrett & Rupinski 1997 (managerial d ≈ 0.31)'
		}
	},
	{
		id: 'mismatchedEffectShare',
		kind: 'assumption',
		group: 'effects',
		type: 'number',
		label: { id: 'Efek pelatihan tak sesuai tupoksi', en: 'Effect kept by mismatched training' },
		unit: 'percent',
		min: 0,
		max: 100,
		step: 1,
		default: 10,
		range: { low: 0, high: 30 },
		source: study('efek kecil atau tidak ada (asumsi)', 'small or no effect (assumed)')
	},
	{
		id: 'effectHalfLifeMonths',
		kind: 'assumption',
		group: 'effects',
		type: 'number',
		label: { id: 'Waktu paruh efek pelatihan', en: 'Half-life of a training effect' },
		unit: 'months',
		min: 1,
		max: 60,
		step: 0.5,
		default: 9,
		range: { low: 6.5, high: 13 },
		source: {
			id: 'Arthur et al. 1998, Human Performance 11(1); Saks & Belcourt 2006 (34 % diterapkan setelah 12 bulan)',
			en: 'Arthur et al. 1998, Human Performance 11(1); Saks & Belcourt 2006 (34 % applied after 12 months)'
		}
	},
	{
		id: 'performancePersistence',
		kind: 'assumption',
		group: 'dynamics',
		type: 'number',
		label: { id: 'Persistensi kinerja antar tahun', en: 'Year-to-year persistence of performance' },
		unit: 'ratio',
		min: 0,
		max: 1,
		step: 0.01,
		default: 0.8,
		range: { low: 0.6, high: 0.9 },
		source: ASSUMED
	},
	{
		id: 'punishmentRate',
		kind: 'assumption',
		group: 'dynamics',
		type: 'number',
		label: { id: 'Peluang hukuman disiplin', en: 'Chance of a disciplinary punishment' },
		unit: 'percentPerYear',
		min: 0,
		max: 50,
		step: 0.1,
		default: 2,
		range: { low: 1, high: 4 },
		source: ASSUMED
	},
	{
		id: 'punishmentReductionWithTraining',
		kind: 'assumption',
		group: 'dynamics',
		type: 'number',
		label: {
			id: 'Penurunan peluang hukuman bila dibina',
			en: 'Lower punishment chance with development'
		},
		unit: 'percent',
		min: 0,
		max: 100,
		step: 1,
		default: 20,
		source: ASSUMED
	},
	{
		id: 'selfFundedStudyRate',
		kind: 'assumption',
		group: 'dynamics',
		type: 'number',
		label: { id: 'Izin belajar mandiri', en: 'Self-funded study (ijin belajar)' },
		unit: 'percentPerYear',
		min: 0,
		max: 30,
		step: 0.5,
		default: 3,
		range: { low: 2, high: 6 },
		source: study(
			'9 izin belajar pada 2020 (5 ke S2, 4 ke S1)',
			'9 study permits in 2020 (5 to S2, 4 to S1)'
		)
	},
	{
		id: 'studyDurationYears',
		kind: 'assumption',
		group: 'dynamics',
		type: 'number',
		label: { id: 'Lama studi', en: 'Study duration' },
		unit: 'years',
		min: 1,
		max: 6,
		step: 1,
		default: 2,
		source: { id: 'Rancangan model: S1 → S2 dalam 2 tahun', en: 'Model design: S1 → S2 in 2 years' }
	},
	{
		id: 'externalTechnicalShare',
		kind: 'assumption',
		group: 'dynamics',
		type: 'number',
		label: {
			id: 'Pelatihan teknis tanpa biaya OPD',
			en: 'Technical training at no cost to the agency'
		},
		help: {
			id: 'Persen pegawai yang mencapai 20 JP dari e-learning atau kementerian tiap tahun.',
			en: 'Percentage of staff reaching 20 JP each year from e-learning or ministries.'
		},
		unit: 'percentPerYear',
		min: 0,
		max: 100,
		step: 1,
		default: 34,
		range: { low: 26, high: 44 },
		source: FITTED_SHARE
	},
	{
		id: 'externalSeminarShare',
		kind: 'assumption',
		group: 'dynamics',
		type: 'number',
		label: { id: 'Seminar/sosialisasi tanpa biaya OPD', en: 'Seminars at no cost to the agency' },
		help: {
			id: 'Persen pegawai yang mengikuti seminar/sosialisasi kementerian atau BPKP tiap tahun.',
			en: 'Percentage of staff attending a seminar or briefing by ministries or BPKP each year.'
		},
		unit: 'percentPerYear',
		min: 0,
		max: 100,
		step: 1,
		default: 48,
		range: { low: 44, high: 54 },
		source: FITTED_SHARE
	},
	{
		id: 'technicalCredit',
		kind: 'assumption',
		group: 'scoring',
		type: 'choice',
		unit: 'choice',
		label: { id: 'Pelatihan teknis < 20 JP', en: 'Technical training below 20 JP' },
		options: [
			{
				value: 'all_or_nothing',
				label: { id: 'Tidak dihitung (aturan)', en: 'Not counted (the rule)' }
			},
			{ value: 'pro_rata', label: { id: 'Proporsional (opsi)', en: 'Pro rata (option)' } }
		],
		default: 'all_or_nothing',
		source: {
			id: 'Peraturan BKN 8/2019 Pasal 8: minimal 20 JP',
			en: 'Peraturan BKN 8/2019 Article 8: at least 20 JP'
		}
	},
	{
		id: 'rulebook',
		kind: 'assumption',
		group: 'scoring',
		type: 'choice',
		unit: 'choice',
		label: { id: 'Buku aturan IP ASN', en: 'IP ASN rulebook' },
		help: {
			id: 'Bacaan aturan yang mengukur tahun-tahun proyeksi. Pilihan, bukan undian Monte Carlo.',
			en: 'The reading of the rules that measures the projected years. A choice, never a Monte Carlo draw.'
		},
		options: RULEBOOKS.map((r) => ({ value: r.id, label: r.label })),
		default: DEFAULT_RULEBOOK.id,
		source: {
			id: 'Peraturan BKN 8/2019 dan bacaannya; lihat /model',
			en: 'Peraturan BKN 8/2019 and its readings; see /model'
		}
	},
	...workforceSpecs(),
	{
		id: 'conversionToFunctionalShare',
		kind: 'lever',
		group: 'training',
		type: 'number',
		label: { id: 'Pelaksana dialihkan ke fungsional', en: 'Pelaksana posts turned functional' },
		help: {
			id: 'Persen jabatan pelaksana yang dialihkan ke jabatan fungsional pada tahun pengalihan. Yang dialihkan perlu diklat fungsional (biayanya lewat tuas Diklat fungsional).',
			en: 'Percent of pelaksana posts turned into functional posts in the conversion year. The converted need functional training (paid through the functional training lever).'
		},
		unit: 'percent',
		min: 0,
		max: 100,
		step: 5,
		default: 0,
		source: {
			id: 'Rencana nasional mengalihkan jabatan pelaksana ke jabatan fungsional; belum ada peraturan yang ditemukan (PermenPANRB 45/2022 baru mengelompokkan pelaksana). Bawaan 0 = tidak ada pengalihan',
			en: 'A national plan moves executor posts (pelaksana) into functional posts; no regulation found yet (PermenPANRB 45/2022 only groups the executor posts). Default 0 = no conversion'
		}
	},
	{
		id: 'conversionToFunctionalYear',
		kind: 'lever',
		group: 'training',
		type: 'number',
		label: { id: 'Tahun pengalihan pelaksana', en: 'Year of the pelaksana conversion' },
		unit: 'year',
		min: 2022,
		max: 2040,
		step: 1,
		default: 2027,
		source: {
			id: 'Pilihan perencana; bawaan = tahun anggaran berikutnya',
			en: 'The planner’s choice; default = the next budget year'
		}
	}
];

/**
 * Leavers, hires, post changes and the rating cap: the workforce assumptions
 * (issue 10). Rates are drawn in Monte Carlo from their ranges.
 */
function workforceSpecs(): InputSpec[] {
	return [
		{
			id: 'otherLeaverRate',
			kind: 'assumption',
			group: 'workforce',
			type: 'number',
			label: { id: 'Keluar selain pensiun', en: 'Leavers other than retirement' },
			help: {
				id: 'Persen pegawai per tahun yang pindah keluar, meninggal atau berhenti.',
				en: 'Percent of staff a year who transfer out, die or resign.'
			},
			unit: 'percentPerYear',
			min: 0,
			max: 20,
			step: 0.25,
			default: 0.75,
			range: { low: 0.5, high: 1 },
			source: {
				id: 'Asumsi: BKN tidak menerbitkan angka nasional; pensiun sendiri ±4,7 %/tahun (BKN 2023: 177.767 dari 3.745.226 PNS)',
				en: 'Assumption: BKN publishes no national figure; retirement alone ±4.7 %/year (BKN 2023: 177,767 of 3,745,226 civil servants)'
			}
		},
		{
			id: 'replacementRate',
			kind: 'assumption',
			group: 'workforce',
			type: 'number',
			label: { id: 'Pengganti pegawai keluar', en: 'Leavers replaced by hires' },
			help: {
				id: 'Persen pegawai keluar (pensiun dan lainnya) yang posnya diisi CPNS baru.',
				en: 'Percent of leavers (retired and other) whose posts new hires (CPNS) fill.'
			},
			unit: 'percent',
			min: 0,
			max: 100,
			step: 5,
			default: 60,
			range: { low: 40, high: 80 },
			source: {
				id: 'Asumsi disimpulkan dari data BKN: PNS turun 4,17 jt (2020) → 4,00 jt (2021) → 3,75 jt (2023) sementara ±4,7 % pensiun tiap tahun; penerimaan baru banyak ke PPPK',
				en: 'Assumption inferred from BKN data: civil servants fell from 4.17 m (2020) → 4.00 m (2021) → 3.75 m (2023) while ±4.7 % retire each year; many new hires go to PPPK'
			}
		},
		{
			id: 'postChangeRate',
			kind: 'assumption',
			group: 'workforce',
			type: 'number',
			label: { id: 'Promosi dan mutasi', en: 'Promotions and mutations' },
			help: {
				id: 'Persen pegawai per tahun yang pindah jabatan; diklat untuk jabatan lama tidak dihitung lagi.',
				en: 'Percent of staff a year who change post; training for the old post stops counting.'
			},
			unit: 'percentPerYear',
			min: 0,
			max: 30,
			step: 0.5,
			default: 7,
			range: { low: 5, high: 10 },
			source: {
				id: 'Asumsi: tidak ada angka nasional; kredit diklat terikat jabatan yang sedang diduduki (Peraturan BKN 8/2019 Pasal 8)',
				en: 'Assumption: no national figure; training credit is tied to the post held (Peraturan BKN 8/2019 Article 8)'
			}
		},
		{
			id: 'structuralConversionShare',
			kind: 'assumption',
			group: 'workforce',
			type: 'number',
			label: {
				id: 'Jabatan struktural yang disetarakan',
				en: 'Structural posts converted to functional'
			},
			help: {
				id: 'Untuk baris tanpa kolom tahun_penyetaraan: persen jabatan struktural yang disetarakan ke fungsional. Yang disetarakan kehilangan kredit diklat kepemimpinan dan perlu diklat fungsional.',
				en: 'For rows without the converted_to_functional_year column: percent of structural posts converted to functional posts. The converted lose the leadership credit and need functional training.'
			},
			unit: 'percent',
			min: 0,
			max: 100,
			step: 5,
			default: 50,
			source: {
				id: 'PermenPANRB 28/2019 dan 17/2021: administrator → ahli madya, pengawas → ahli muda, kecuali jabatan dengan kewenangan anggaran/pengadaan; porsi untuk OPD keuangan = asumsi',
				en: 'PermenPANRB 28/2019 and 17/2021: administrator → ahli madya, pengawas → ahli muda, except posts with budget or procurement authority; the share for a finance agency = assumption'
			}
		},
		{
			id: 'structuralConversionYear',
			kind: 'assumption',
			group: 'workforce',
			type: 'number',
			label: { id: 'Tahun penyetaraan jabatan', en: 'Year of the post conversion' },
			unit: 'year',
			min: 2019,
			max: 2040,
			step: 1,
			default: 2022,
			source: {
				id: 'Batas usulan penyetaraan 30 Juni 2021 (KemenPANRB), pelantikan sesudahnya; tahun di daerah = asumsi',
				en: 'Deadline for conversion proposals 30 June 2021 (KemenPANRB), appointments after it; the year in the regions = assumption'
			}
		},
		{
			id: 'newHireDegreeShare',
			kind: 'assumption',
			group: 'workforce',
			type: 'number',
			label: { id: 'CPNS baru berijazah S1/D4', en: 'New hires with a degree (S1/D4)' },
			help: {
				id: 'Sisanya D3. Pegawai baru belum punya diklat dan belum punya SKP pada tahun pertama.',
				en: 'The rest D3. New hires have no training yet and no SKP in their first year.'
			},
			unit: 'percent',
			min: 0,
			max: 100,
			step: 5,
			default: 80,
			source: ASSUMED
		},
		{
			id: 'newHireFunctionalShare',
			kind: 'assumption',
			group: 'workforce',
			type: 'number',
			label: { id: 'CPNS baru di jabatan fungsional', en: 'New hires into functional posts' },
			help: {
				id: 'Sisanya pelaksana. Jabatan struktural diisi promosi dari unit sendiri.',
				en: 'The rest pelaksana. Structural posts are filled by promotion within the unit.'
			},
			unit: 'percent',
			min: 0,
			max: 100,
			step: 5,
			default: 60,
			source: {
				id: 'Asumsi; komposisi PNS Des 2021 (BKN via KemenPANRB): fungsional 51 %, pelaksana 38 %, struktural 11 %',
				en: 'Assumption; civil servants in Dec 2021 (BKN via KemenPANRB): functional 51 %, executor 38 %, structural 11 %'
			}
		},
		{
			id: 'newHireAge',
			kind: 'assumption',
			group: 'workforce',
			type: 'number',
			label: { id: 'Usia CPNS baru', en: 'Age of new hires' },
			unit: 'years',
			min: 18,
			max: 40,
			step: 1,
			default: 27,
			source: ASSUMED
		},
		{
			id: 'organisationRating',
			kind: 'assumption',
			group: 'workforce',
			type: 'choice',
			unit: 'choice',
			label: { id: 'Predikat kinerja organisasi', en: 'Organisation performance rating' },
			help: {
				id: 'Predikat organisasi membatasi porsi pegawai berpredikat Sangat Baik (PermenPANRB 6/2022). Kelebihan dinilai Baik.',
				en: 'The organisation rating caps the share of staff rated Sangat Baik (PermenPANRB 6/2022). Those over the cap are rated Baik.'
			},
			options: ORGANISATION_RATINGS.map(({ value, label }) => ({ value, label })),
			default: 'baik',
			source: {
				id: 'PermenPANRB 6/2022, pola distribusi predikat kinerja pegawai (dikutip naikpangkat.com; persentase belum dicek ke lampiran)',
				en: 'PermenPANRB 6/2022, the distribution pattern of staff performance ratings (as quoted by naikpangkat.com; the percentages not yet checked against the annex)'
			}
		}
	];
}

function costSpecs(): InputSpec[] {
	const cost = (
		id: string,
		label: Text,
		value: number,
		max: number,
		range: { low: number; high: number }
	): NumberSpec => ({
		id,
		kind: 'assumption',
		group: 'costs',
		type: 'number',
		label,
		unit: 'rupiah',
		min: 0,
		max,
		step: 50_000,
		default: value,
		range,
		source: FITTED_COST
	});
	return [
		cost(
			'costBimtekInTown',
			{ id: 'Biaya Bimtek dalam kota', en: 'In-town Bimtek cost' },
			3_500_000,
			50_000_000,
			{ low: 2_500_000, high: 5_000_000 }
		),
		cost(
			'costBimtekOutOfTown',
			{ id: 'Biaya Bimtek luar kota', en: 'Out-of-town Bimtek cost' },
			14_000_000,
			100_000_000,
			{ low: 10_000_000, high: 20_000_000 }
		),
		cost(
			'costSeminar',
			{ id: 'Biaya seminar/workshop', en: 'Seminar / workshop cost' },
			1_500_000,
			50_000_000,
			{ low: 500_000, high: 3_000_000 }
		),
		cost(
			'costFunctionalTraining',
			{ id: 'Biaya diklat fungsional', en: 'Functional training cost' },
			12_000_000,
			100_000_000,
			{ low: 8_000_000, high: 18_000_000 }
		),
		cost(
			'costLeadershipTraining',
			{ id: 'Biaya diklat kepemimpinan', en: 'Leadership training cost' },
			35_000_000,
			200_000_000,
			{ low: 25_000_000, high: 50_000_000 }
		),
		{
			id: 'leadershipExternalShare',
			kind: 'assumption',
			group: 'costs',
			type: 'number',
			label: { id: 'Porsi dibiayai BKPSDM/LAN', en: 'Share paid by BKPSDM / LAN' },
			unit: 'percent',
			min: 0,
			max: 100,
			step: 1,
			default: 70,
			range: { low: 50, high: 90 },
			source: study(
				'kompetensi manajerial lewat LAN di bawah BKPSDM; porsi = asumsi',
				'managerial competence through LAN under BKPSDM; the share = assumption'
			)
		},
		cost(
			'costStudyAssignmentPerYear',
			{ id: 'Biaya tugas belajar per tahun', en: 'Study assignment cost per year' },
			56_000_000,
			300_000_000,
			{ low: 40_000_000, high: 80_000_000 }
		),
		cost(
			'costCadreSchool',
			{ id: 'Biaya sekolah kader', en: 'Cadre-school cost' },
			18_000_000,
			200_000_000,
			{ low: 10_000_000, high: 30_000_000 }
		),
		{
			id: 'costInflation',
			kind: 'assumption',
			group: 'costs',
			type: 'number',
			label: { id: 'Kenaikan harga per tahun', en: 'Price rise per year' },
			help: {
				id: 'Semua biaya satuan naik sebesar ini tiap tahun setelah 2022 (inflasi). Rupiah ditampilkan nominal.',
				en: 'Every unit cost rises by this much each year after 2022 (inflation). Rupiah are shown in nominal terms.'
			},
			unit: 'percentPerYear',
			min: -5,
			max: 20,
			step: 0.1,
			default: 3,
			range: { low: 1.5, high: 5.5 },
			source: {
				id: 'BPS: inflasi IHK 5,51 % (2022), 1,57 % (2024); sasaran pemerintah 2,5 ± 1 % (2024–2026)',
				en: 'BPS: CPI inflation 5.51 % (2022), 1.57 % (2024); government target 2.5 ± 1 % (2024–2026)'
			}
		},
		{
			id: 'outOfTownMinimum',
			kind: 'assumption',
			group: 'costs',
			type: 'number',
			label: { id: 'Pelatihan tanpa penyedia lokal', en: 'Training with no local provider' },
			help: {
				id: 'Persen pelatihan teknis yang tidak ada penyedianya di Bontang: sekurang-kurangnya sebanyak ini tetap ke luar kota, apa pun rencananya.',
				en: 'Percentage of technical training with no provider in Bontang: at least this much goes out of town, whatever the plan.'
			},
			unit: 'percent',
			min: 0,
			max: 100,
			step: 5,
			default: 60,
			range: { low: 50, high: 80 },
			source: study(
				'kompetensi fungsional sebagian besar di luar kota; 60 % = asumsi',
				'functional competence mostly out of town; 60 % = assumption'
			)
		}
	];
}

function hourSpecs(): InputSpec[] {
	const hours = (
		id: string,
		label: Text,
		value: number,
		range?: { low: number; high: number }
	): NumberSpec => ({
		id,
		kind: 'assumption',
		group: 'trainingHours',
		type: 'number',
		label,
		unit: 'jp',
		min: 0,
		max: 400,
		step: 1,
		default: value,
		...(range ? { range } : {}),
		source: ASSUMED
	});
	return [
		hours('jpBimtekInTown', { id: 'JP Bimtek dalam kota', en: 'JP of in-town Bimtek' }, 24, {
			low: 16,
			high: 32
		}),
		hours('jpBimtekOutOfTown', { id: 'JP Bimtek luar kota', en: 'JP of out-of-town Bimtek' }, 32, {
			low: 24,
			high: 40
		}),
		hours('jpForFullEffect', { id: 'JP untuk efek penuh', en: 'JP for the full effect' }, 32),
		hours('jpSeminar', { id: 'JP seminar/workshop', en: 'JP of a seminar / workshop' }, 8),
		hours(
			'jpFunctionalTraining',
			{ id: 'JP diklat fungsional', en: 'JP of functional training' },
			40
		),
		hours(
			'jpLeadershipTraining',
			{ id: 'JP diklat kepemimpinan', en: 'JP of leadership training' },
			100
		),
		hours('jpCadreSchool', { id: 'JP sekolah kader', en: 'JP of cadre school' }, 40)
	];
}

const BY_ID = new Map(INPUT_SPECS.map((s) => [s.id, s]));

/** The spec behind an input id, including family ids like `coverage.anggaran` or `trainingBudgetShare.2025`. */
export function specFor(inputId: string): InputSpec | undefined {
	const direct = BY_ID.get(inputId);
	if (direct) return direct;
	const dot = inputId.indexOf('.');
	if (dot < 0) return undefined;
	const family = BY_ID.get(inputId.slice(0, dot));
	if (!family || family.type !== 'number') return undefined;
	return family.perUnit || family.perYear ? family : undefined;
}
