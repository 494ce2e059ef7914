/**
 * The roster CSV columns as data: one list drives header matching, cell parsing, the
 * writer, the template and the allowed-values part of the messages.
 *
 * Pure TypeScript (no Node APIs, no DOM): used by the CLI and the browser import.
 * Cell parsers allocate nothing on the hot path: tokens are looked up in Maps built once
 * at module load, and failures return one of four shared `CellError` instances.
 */

import {
	EDUCATION_LEVELS,
	POST_TYPES,
	PUNISHMENTS,
	SKP_RATINGS,
	type EducationLevel,
	type Person,
	type PostType,
	type Punishment,
	type SkpRating
} from '../engine/roster';

export type RosterLang = 'id' | 'en';

export type CellErrorCode = 'invalid_value' | 'not_a_number' | 'negative_number' | 'out_of_range';

/** Why a non-empty cell was rejected. Only the four shared instances exist. */
export class CellError {
	static readonly invalid = new CellError('invalid_value');
	static readonly notANumber = new CellError('not_a_number');
	static readonly negative = new CellError('negative_number');
	/** A number outside the column's range (an SKP score above 100, a year before 2000). */
	static readonly outOfRange = new CellError('out_of_range');
	private constructor(readonly code: CellErrorCode) {}
}

/**
 * `text`: any non-empty text; `unit`: resolved against the roster's units by the parser;
 * `enum` / `boolean`: a token from `tokens` (the SKP column also takes a score 0–100, see
 * `SKP_SCORE_BANDS`); `number`: finite ≥ 0; `integer`: whole, ≥ 0 or in the column's range.
 */
export type RosterColumnKind = 'text' | 'unit' | 'enum' | 'boolean' | 'number' | 'integer';

export interface RosterColumnSpec<K extends keyof Person = keyof Person> {
	/** The `Person` field this column fills. */
	key: K;
	/** Canonical (English) header. */
	name: string;
	/** Indonesian header, accepted on input and written with `headers: 'id'`. */
	alias: string;
	required: boolean;
	kind: RosterColumnKind;
	/** Parses a trimmed, non-empty cell. */
	parse(raw: string): NonNullable<Person[K]> | CellError;
	/** Writes a value as its canonical token (Indonesian tokens for `lang = 'id'`). */
	format(value: NonNullable<Person[K]>, lang: RosterLang): string;
	/** Canonical tokens in display order (enum and boolean columns; English tokens). */
	tokens?: readonly string[];
	/** What a cell may contain, for messages and the column list. */
	allowed: Record<RosterLang, string>;
	/**
	 * Written by `writeRosterCsv` only when some person has a value. For columns added after
	 * rosters were saved by their canonical CSV: a roster without the column keeps the text
	 * (and the fingerprint) it had before the column existed.
	 */
	writtenWhenUsed?: boolean;
}

export type RosterColumnSpecs = { [K in keyof Person]-?: RosterColumnSpec<K> };

// ---------------------------------------------------------------- token normalisation

const TOKEN_SEPARATORS = /[\s_-]+/g;
const EDUCATION_NOISE = /[\s_.-]+/g;

/** Lowercase; runs of spaces, underscores and hyphens become one `_` ("Sangat Baik" → sangat_baik). */
export function normaliseToken(raw: string): string {
	return raw.toLowerCase().replace(TOKEN_SEPARATORS, '_');
}

/** Header names follow the token rule ("Predikat SKP" → predikat_skp). */
export function normaliseHeader(raw: string): string {
	return normaliseToken(raw.trim());
}

function titleCase(token: string): string {
	return token
		.split('_')
		.map((w) => (w === '' ? w : w[0].toUpperCase() + w.slice(1)))
		.join(' ');
}

/**
 * A lookup keyed by normalised token, pre-seeded with the usual spellings as written
 * (`baik`, `BAIK`, `Baik`, `Sangat Baik`) so that most cells hit on the first `get`.
 */
function tokenLookup<T>(
	entries: ReadonlyArray<readonly [string, T]>
): (raw: string) => T | undefined {
	const map = new Map<string, T>();
	for (const [token, value] of entries) {
		const key = normaliseToken(token);
		for (const variant of [
			key,
			key.toUpperCase(),
			titleCase(key),
			key.replace(/_/g, ' '),
			titleCase(key).toUpperCase()
		]) {
			if (!map.has(variant)) map.set(variant, value);
		}
	}
	return (raw) => map.get(raw) ?? map.get(normaliseToken(raw));
}

function enumParser<T>(lookup: (raw: string) => T | undefined): (raw: string) => T | CellError {
	return (raw) => {
		const value = lookup(raw);
		return value === undefined ? CellError.invalid : value;
	};
}

// ---------------------------------------------------------------- value parsers

const POST_TYPE_ID: Record<PostType, string> = {
	structural: 'struktural',
	functional: 'fungsional',
	pelaksana: 'pelaksana'
};

const lookupPostType = tokenLookup<PostType>([
	...POST_TYPES.map((t) => [t, t] as const),
	...POST_TYPES.map((t) => [POST_TYPE_ID[t], t] as const)
]);

/** Education: case-insensitive, ignoring spaces, dots, hyphens (D-III, S-1, D 4, S.2). */
const EDUCATION_MAP = new Map<string, EducationLevel>();
for (const level of EDUCATION_LEVELS) EDUCATION_MAP.set(level, level);
for (const [alias, level] of [
	// "SLTP and below" score the same, so primary school counts as SLTP.
	['SD', 'SLTP'],
	['SMP', 'SLTP'],
	['SMA', 'SLTA'],
	['SMK', 'SLTA'],
	['SMU', 'SLTA'],
	['DI', 'D1'],
	['DII', 'D2'],
	['DIII', 'D3'],
	['DIV', 'D4']
] as const) {
	EDUCATION_MAP.set(alias, level);
}

function parseEducation(raw: string): EducationLevel | CellError {
	return (
		EDUCATION_MAP.get(raw) ??
		EDUCATION_MAP.get(raw.toUpperCase().replace(EDUCATION_NOISE, '')) ??
		CellError.invalid
	);
}

const lookupBoolean = tokenLookup<boolean>([
	['yes', true],
	['no', false],
	['ya', true],
	['tidak', false],
	['true', true],
	['false', false],
	['y', true],
	['n', false],
	['1', true],
	['0', false]
]);

/** Best first, as a person reads the scale (the enum itself is worst first). */
const SKP_DISPLAY: readonly SkpRating[] = [...SKP_RATINGS].reverse();

/**
 * The SKP words of the 2022 rules (PermenPANRB 6/2022: Sangat Baik, Baik, Butuh Perbaikan,
 * Kurang, Sangat Kurang) on the five ratings of the rulebook. An assumption, not a rule of
 * either regulation: the scales are matched rank for rank, so "Butuh Perbaikan" (the middle
 * word) scores as `cukup` and "Sangat Kurang" (the lowest) as `buruk`. "Sangat Baik", "Baik"
 * and "Kurang" are the rulebook's own words.
 */
export const SKP_2022_WORDS: ReadonlyArray<readonly [word: string, rating: SkpRating]> = [
	['Sangat Baik', 'sangat_baik'],
	['Baik', 'baik'],
	['Butuh Perbaikan', 'cukup'],
	['Kurang', 'kurang'],
	['Sangat Kurang', 'buruk']
];

const lookupSkp = tokenLookup<SkpRating>([
	...SKP_RATINGS.map((r) => [r, r] as const),
	...SKP_2022_WORDS
]);

/** One band of the numeric SKP score: `min`–`max` as written on the scale (whole numbers). */
export interface SkpScoreBand {
	readonly min: number;
	readonly max: number;
	readonly rating: SkpRating;
}

/**
 * A numeric SKP score (0–100) in place of the rating word, best band first. UNCONFIRMED:
 * these are the bands of the PP 46/2011-era SKP (nilai prestasi kerja: 91–100 sangat baik,
 * 76–90 baik, 61–75 cukup, 51–60 kurang, 50 and below buruk), which most public tools still
 * use; neither the IPASN rules nor the 2022 SKP (PermenPANRB 6/2022, which gives a rating
 * word, not a score) say how a score maps onto the IPASN rating.
 *
 * Band edges for decimals: a score belongs to the first band whose `min` it reaches, so a
 * band starts at its whole-number lower edge and a decimal between two bands belongs to the
 * lower one (90.5 → baik, 60.5 → kurang, 50.5 → buruk; 91 → sangat_baik).
 */
export const SKP_SCORE_BANDS: readonly SkpScoreBand[] = [
	{ min: 91, max: 100, rating: 'sangat_baik' },
	{ min: 76, max: 90, rating: 'baik' },
	{ min: 61, max: 75, rating: 'cukup' },
	{ min: 51, max: 60, rating: 'kurang' },
	{ min: 0, max: 50, rating: 'buruk' }
];

/** The highest SKP score; scores run from 0 to this. */
export const SKP_SCORE_MAX = 100;

/** The rating of an SKP score in 0–`SKP_SCORE_MAX` (see `SKP_SCORE_BANDS`). */
export function skpRatingOfScore(score: number): SkpRating {
	for (const band of SKP_SCORE_BANDS) if (score >= band.min) return band.rating;
	return SKP_SCORE_BANDS[SKP_SCORE_BANDS.length - 1].rating;
}

/** A rating word, or a score 0–100 (decimal point or comma) read through the bands. */
function parseSkp(raw: string): SkpRating | CellError {
	const word = lookupSkp(raw);
	if (word !== undefined) return word;
	const score = parseFiniteNumber(raw);
	// Neither a word nor a number: "not recognised" (the column takes words first).
	if (score instanceof CellError) return CellError.invalid;
	if (score < 0 || score > SKP_SCORE_MAX) return CellError.outOfRange;
	return skpRatingOfScore(score);
}

const SKP_SCORE_TEXT = SKP_SCORE_BANDS.map((b) => `${b.min}–${b.max} ${b.rating}`).join(', ');

const PUNISHMENT_ID: Record<Punishment, string> = {
	none: 'tidak_ada',
	ringan: 'ringan',
	sedang: 'sedang',
	berat: 'berat'
};
const lookupPunishment = tokenLookup<Punishment>([
	...PUNISHMENTS.map((p) => [p, p] as const),
	['tidak_ada', 'none']
]);

/** Decimal point or decimal comma; no thousands separators; optional exponent. */
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** A finite number, decimal point or comma; `notANumber` otherwise. */
function parseFiniteNumber(raw: string): number | CellError {
	if (!NUMBER_PATTERN.test(raw)) return CellError.notANumber;
	const n = Number(raw.indexOf(',') >= 0 ? raw.replace(',', '.') : raw);
	if (!Number.isFinite(n)) return CellError.notANumber;
	return n === 0 ? 0 : n; // no -0
}

function parseNonNegative(raw: string): number | CellError {
	const n = parseFiniteNumber(raw);
	if (typeof n === 'number' && n < 0) return CellError.negative;
	return n;
}

function parseWholeNonNegative(raw: string): number | CellError {
	const n = parseNonNegative(raw);
	if (typeof n === 'number' && !Number.isSafeInteger(n)) return CellError.invalid;
	return n;
}

/** The years a `converted_to_functional_year` cell may hold (whole years, both included). */
export const CONVERSION_YEAR_MIN = 2000;
export const CONVERSION_YEAR_MAX = 2100;

function parseConversionYear(raw: string): number | CellError {
	const n = parseFiniteNumber(raw);
	if (n instanceof CellError) return n;
	if (!Number.isSafeInteger(n)) return CellError.invalid;
	if (n < CONVERSION_YEAR_MIN || n > CONVERSION_YEAR_MAX) return CellError.outOfRange;
	return n;
}

const formatBoolean = (value: boolean, lang: RosterLang): string =>
	lang === 'id' ? (value ? 'ya' : 'tidak') : value ? 'yes' : 'no';

const BOOLEAN_ALLOWED: Record<RosterLang, string> = {
	en: 'yes, no (also ya/tidak, true/false, 1/0, y/n)',
	id: 'ya, tidak (juga yes/no, true/false, 1/0, y/n)'
};

function booleanColumn<
	K extends 'leadershipTraining' | 'functionalTraining' | 'seminarLast2Years' | 'fieldMatchesPost'
>(key: K, name: string, alias: string, required: boolean): RosterColumnSpec<K> {
	return {
		key,
		name,
		alias,
		required,
		kind: 'boolean',
		parse: enumParser(lookupBoolean),
		format: formatBoolean,
		tokens: ['yes', 'no'],
		allowed: BOOLEAN_ALLOWED
	};
}

// ---------------------------------------------------------------- the columns

export const ROSTER_COLUMNS_BY_KEY: RosterColumnSpecs = {
	id: {
		key: 'id',
		name: 'id',
		alias: 'id',
		required: true,
		kind: 'text',
		parse: (raw) => raw,
		format: (value) => value,
		allowed: {
			en: 'any text, different for each person (e.g. P001)',
			id: 'teks apa saja, berbeda untuk setiap pegawai (misalnya P001)'
		}
	},
	unit: {
		key: 'unit',
		name: 'unit',
		alias: 'unit_kerja',
		required: true,
		kind: 'unit',
		parse: (raw) => raw,
		format: (value) => value,
		allowed: { en: 'the name of a unit', id: 'nama unit kerja' }
	},
	postType: {
		key: 'postType',
		name: 'post_type',
		alias: 'jenis_jabatan',
		required: true,
		kind: 'enum',
		parse: enumParser(lookupPostType),
		format: (value, lang) => (lang === 'id' ? POST_TYPE_ID[value] : value),
		tokens: POST_TYPES,
		allowed: {
			en: 'structural, functional, pelaksana',
			id: 'struktural, fungsional, pelaksana'
		}
	},
	education: {
		key: 'education',
		name: 'education',
		alias: 'pendidikan',
		required: true,
		kind: 'enum',
		parse: parseEducation,
		format: (value) => value,
		tokens: EDUCATION_LEVELS,
		allowed: {
			en: 'SLTP, SLTA, D1, D2, D3, D4, S1, S2, S3 (also D-III, S-1, SMA, SMK, SMP; SD counts as SLTP)',
			id: 'SLTP, SLTA, D1, D2, D3, D4, S1, S2, S3 (juga D-III, S-1, SMA, SMK, SMP; SD dihitung SLTP)'
		}
	},
	leadershipTraining: booleanColumn(
		'leadershipTraining',
		'leadership_training',
		'diklat_kepemimpinan',
		true
	),
	functionalTraining: booleanColumn(
		'functionalTraining',
		'functional_training',
		'diklat_fungsional',
		true
	),
	seminarLast2Years: booleanColumn(
		'seminarLast2Years',
		'seminar_last_2_years',
		'seminar_2_tahun',
		true
	),
	technicalJpLastYear: {
		key: 'technicalJpLastYear',
		name: 'technical_jp_last_year',
		alias: 'jp_teknis_setahun',
		required: true,
		kind: 'number',
		parse: parseNonNegative,
		format: (value) => String(value),
		allowed: {
			en: 'a number 0 or more, e.g. 20 or 22.5',
			id: 'angka 0 atau lebih, misalnya 20 atau 22,5'
		}
	},
	skpRating: {
		key: 'skpRating',
		name: 'skp_rating',
		alias: 'predikat_skp',
		required: true,
		kind: 'enum',
		parse: parseSkp,
		format: (value) => value,
		tokens: SKP_DISPLAY,
		allowed: {
			en: `${SKP_DISPLAY.join(', ')} (also the 2022 SKP words: Butuh Perbaikan counts as cukup, Sangat Kurang as buruk), or a score 0–100 (decimal point or comma): ${SKP_SCORE_TEXT}; a decimal between two bands counts in the lower one (90.5 is baik). These score bands are unconfirmed: the PP 46/2011-era SKP bands most public tools use`,
			id: `${SKP_DISPLAY.join(', ')} (juga predikat SKP 2022: Butuh Perbaikan dihitung cukup, Sangat Kurang dihitung buruk), atau nilai 0–100 (koma atau titik desimal): ${SKP_SCORE_TEXT}; nilai desimal di antara dua rentang masuk rentang yang lebih rendah (90,5 dihitung baik). Rentang nilai ini belum dikonfirmasi: rentang SKP era PP 46/2011 yang dipakai kebanyakan alat publik`
		}
	},
	punishment: {
		key: 'punishment',
		name: 'punishment',
		alias: 'hukuman_disiplin',
		required: true,
		kind: 'enum',
		parse: enumParser(lookupPunishment),
		format: (value, lang) => (lang === 'id' ? PUNISHMENT_ID[value] : value),
		tokens: PUNISHMENTS,
		allowed: {
			en: 'none, ringan, sedang, berat',
			id: 'tidak_ada, ringan, sedang, berat'
		}
	},
	fieldMatchesPost: booleanColumn(
		'fieldMatchesPost',
		'field_matches_post',
		'bidang_sesuai_jabatan',
		false
	),
	yearsToRetirement: {
		key: 'yearsToRetirement',
		name: 'years_to_retirement',
		alias: 'tahun_menuju_pensiun',
		required: false,
		kind: 'integer',
		parse: parseWholeNonNegative,
		format: (value) => String(value),
		allowed: {
			en: 'a whole number 0 or more, e.g. 12',
			id: 'bilangan bulat 0 atau lebih, misalnya 12'
		}
	},
	convertedToFunctionalYear: {
		key: 'convertedToFunctionalYear',
		name: 'converted_to_functional_year',
		alias: 'tahun_penyetaraan',
		required: false,
		kind: 'integer',
		parse: parseConversionYear,
		format: (value) => String(value),
		allowed: {
			en: `a whole year ${CONVERSION_YEAR_MIN}–${CONVERSION_YEAR_MAX}, e.g. 2021: the year the person's administrative (structural) post was converted into a functional post (penyetaraan jabatan); empty when not converted or not known`,
			id: `tahun (bilangan bulat) ${CONVERSION_YEAR_MIN}–${CONVERSION_YEAR_MAX}, misalnya 2021: tahun jabatan administrasi (struktural) pegawai disetarakan menjadi jabatan fungsional (penyetaraan jabatan); kosongkan bila tidak disetarakan atau tidak diketahui`
		},
		writtenWhenUsed: true
	}
};

/** The columns in file order (the writer's and the template's order). */
export const ROSTER_COLUMNS: readonly RosterColumnSpec[] = [
	ROSTER_COLUMNS_BY_KEY.id,
	ROSTER_COLUMNS_BY_KEY.unit,
	ROSTER_COLUMNS_BY_KEY.postType,
	ROSTER_COLUMNS_BY_KEY.education,
	ROSTER_COLUMNS_BY_KEY.leadershipTraining,
	ROSTER_COLUMNS_BY_KEY.functionalTraining,
	ROSTER_COLUMNS_BY_KEY.seminarLast2Years,
	ROSTER_COLUMNS_BY_KEY.technicalJpLastYear,
	ROSTER_COLUMNS_BY_KEY.skpRating,
	ROSTER_COLUMNS_BY_KEY.punishment,
	ROSTER_COLUMNS_BY_KEY.fieldMatchesPost,
	ROSTER_COLUMNS_BY_KEY.yearsToRetirement,
	ROSTER_COLUMNS_BY_KEY.convertedToFunctionalYear
];

/** Canonical name → spec. */
export const ROSTER_COLUMN_BY_NAME: ReadonlyMap<string, RosterColumnSpec> = new Map(
	ROSTER_COLUMNS.map((c) => [c.name, c])
);

/**
 * Headers that identify a person beyond the id. Such columns are never read: the
 * simulator does not need them, so they are dropped with a notice.
 */
export const PERSONAL_DATA_HEADERS: readonly string[] = [
	'name',
	'full_name',
	'nama',
	'nama_lengkap',
	'nama_pegawai',
	'nip',
	'nip_baru',
	'nip_lama',
	'nik',
	'npwp',
	'birth_date',
	'date_of_birth',
	'dob',
	'tanggal_lahir',
	'tgl_lahir',
	'tempat_lahir',
	'tempat_tanggal_lahir',
	'ttl',
	'email',
	'e_mail',
	'phone',
	'telepon',
	'telp',
	'no_telp',
	'hp',
	'no_hp',
	'nomor_hp',
	'address',
	'alamat'
];

export type HeaderMatch =
	{ kind: 'column'; spec: RosterColumnSpec } | { kind: 'personal' } | { kind: 'unknown' };

const UNKNOWN_HEADER: HeaderMatch = { kind: 'unknown' };
const PERSONAL_HEADER: HeaderMatch = { kind: 'personal' };
const HEADER_MAP = new Map<string, HeaderMatch>();
for (const spec of ROSTER_COLUMNS) {
	HEADER_MAP.set(normaliseToken(spec.name), { kind: 'column', spec });
	HEADER_MAP.set(normaliseToken(spec.alias), { kind: 'column', spec });
}
for (const name of PERSONAL_DATA_HEADERS) HEADER_MAP.set(normaliseToken(name), PERSONAL_HEADER);

/** Classifies a header cell (case-insensitive, trimmed, space/hyphen = underscore). */
export function matchHeader(raw: string): HeaderMatch {
	return HEADER_MAP.get(normaliseHeader(raw)) ?? UNKNOWN_HEADER;
}
