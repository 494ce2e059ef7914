/**
 * Answers "why did the index change?" exactly, person by person, on the deterministic
 * central path (`draws: 0`).
 *
 * A projection run with a `PeopleRecorder` keeps, for every year, what each person brought
 * to the scoring: post, education, leadership and functional training, technical JP in the
 * rulebook's window, a recent seminar, the SKP points counted and the discipline points.
 * Two such years A (before) and B (after) — the same year of the status quo and of a
 * scenario, or one year and the year before it — are compared over S, the people measured
 * in both (the same slot held by the same person: same hire year):
 *
 *   Δ = mean_B − mean_A
 *     = [mean_B − mean_B(S)] + [mean_B(S) − mean_A(S)] + [mean_A(S) − mean_A]
 *
 * The outer terms are who is measured (leavers and hires). The middle term is the mean over S
 * of each person's change, split by sequential substitution of the scoring inputs in a fixed
 * order (`CAUSES`: post → education → leadership → functional → technical JP → seminar → SKP →
 * discipline), each step scored by the compiled rulebook, so a person's steps add up to their
 * change and the causes add up to Δ (to floating-point rounding). Only competency reads more
 * than one input (and is capped), so the order matters only among its causes.
 */
import { competencyScore, type CompiledRulebook } from './compileRulebook';
import type { ProjectionInputs } from './inputs';
import { NEVER, type PopulationState, type RosterIndex } from './population';
import { project, type ProjectionResult, type YearObserver } from './projection';
import type { Dimension } from './rulebooks/rulebook';

/**
 * The causes of a change, in the order they are substituted (after `staff`, which is who is
 * measured rather than what they score).
 */
export const CAUSES = [
	/** Leavers and hires: people measured on one side only. */
	'staff',
	/** Promotions, mutations and conversions: the post, so which competency points apply. */
	'post',
	/** Education raised by a completed study (assignment or self-funded). */
	'education',
	'leadership',
	'functional',
	/** The technical indicator: the rulebook's JP (20) in its window, or not. */
	'technical',
	/** A seminar inside the rulebook's window, or a lapsed one. */
	'seminar',
	/** SKP points lost or regained by people away on study (no SKP that year). */
	'studyLeave',
	/** SKP points otherwise: training's effect on performance, the rating cap. */
	'performance',
	'discipline'
] as const;
export type CauseId = (typeof CAUSES)[number];

export const DIMENSION_IDS: readonly Dimension[] = [
	'qualification',
	'competency',
	'performance',
	'discipline'
];

/** The dimension each person-level cause moves (`staff` moves all four). */
export const DIMENSION_OF: Record<Exclude<CauseId, 'staff'>, Dimension> = {
	post: 'competency',
	education: 'qualification',
	leadership: 'competency',
	functional: 'competency',
	technical: 'competency',
	seminar: 'competency',
	studyLeave: 'performance',
	performance: 'performance',
	discipline: 'discipline'
};

/** What every slot brought to one year's scoring. Arrays are indexed by slot. */
export interface PeopleYear {
	/** Calendar year. */
	year: number;
	/** 1 when the slot's holder was scored this year. */
	measured: Uint8Array;
	/** Relative year the holder was hired (`NEVER` for the roster's people): who holds the slot. */
	hiredAt: Int16Array;
	post: Uint8Array;
	education: Uint8Array;
	leadership: Uint8Array;
	functional: Uint8Array;
	/** JP counted for the technical indicator (the rulebook's window and sources). */
	windowJp: Float64Array;
	seminar: Uint8Array;
	/** SKP (performance) points counted. */
	skp: Float64Array;
	/** 1 when the SKP counted is missing because the holder was away on study. */
	awayForStudy: Uint8Array;
	discipline: Float64Array;
}

/** A deterministic projection's people, year by year (the start year first). */
export interface PeopleRecord {
	rules: CompiledRulebook;
	/** Each slot's unit (a slot is a post of a unit and stays in it). */
	unit: Uint8Array;
	unitCount: number;
	/** The start year (the roster as given), then every projected year. */
	years: PeopleYear[];
}

function allocateYear(n: number, year: number): PeopleYear {
	return {
		year,
		measured: new Uint8Array(n),
		hiredAt: new Int16Array(n),
		post: new Uint8Array(n),
		education: new Uint8Array(n),
		leadership: new Uint8Array(n),
		functional: new Uint8Array(n),
		windowJp: new Float64Array(n),
		seminar: new Uint8Array(n),
		skp: new Float64Array(n),
		awayForStudy: new Uint8Array(n),
		discipline: new Float64Array(n)
	};
}

/**
 * Records each year's scoring inputs by reading the population around the engine's scoring
 * (the engine's hot loop is untouched). Reads exactly what `evolveAndScoreYear` scores with.
 */
export class PeopleRecorder implements YearObserver {
	record: PeopleRecord | null = null;
	private startYear: number;
	private index!: RosterIndex;
	private rules!: CompiledRulebook;
	/** SKP points in force before the year is scored (the previous-year rule counts them). */
	private skpBefore = new Float64Array(0);
	/** Away on study this year (read before scoring: a study ending this year still counts). */
	private awayNow = new Uint8Array(0);
	/** Last year's SKP was missing for study (the previous-year rule counts it). */
	private awayLastYear = new Uint8Array(0);

	constructor(startYear: number) {
		this.startYear = startYear;
	}

	begin(index: RosterIndex, rules: CompiledRulebook): void {
		const n = index.n;
		this.index = index;
		this.rules = rules;
		this.skpBefore = new Float64Array(n);
		this.awayNow = new Uint8Array(n);
		this.awayLastYear = new Uint8Array(n);
		const start = allocateYear(n, this.startYear);
		const s = index.initial;
		// The start year is the roster as given, scored as `scoreRoster` scores it.
		for (let i = 0; i < n; i++) {
			start.measured[i] = 1;
			start.hiredAt[i] = NEVER;
			start.post[i] = s.postType[i];
			start.education[i] = s.education[i];
			start.leadership[i] = s.leadership[i];
			start.functional[i] = s.functional[i];
			start.windowJp[i] = s.technicalJp[i];
			start.seminar[i] = s.lastSeminar[i] !== NEVER ? 1 : 0;
			start.skp[i] = rules.performancePoints[s.rating[i]];
			start.discipline[i] = rules.disciplinePoints[s.punishment[i]];
		}
		this.record = { rules, unit: index.unit, unitCount: index.unitCount, years: [start] };
	}

	beforeScoring(_t: number, state: Readonly<PopulationState>): void {
		this.skpBefore.set(state.lastSkpPoints);
		this.awayNow.set(state.onStudyLeave);
	}

	afterScoring(y: number, t: number, state: Readonly<PopulationState>): void {
		const n = this.index.n;
		const rules = this.rules;
		const out = allocateYear(n, this.startYear + y + 1);
		const usePrevious = rules.performanceSkpYear === 'previous';
		const allDevelopment = rules.technicalJpSources === 'all_development';
		const twoYearWindow = rules.technicalWindowYears >= 2;
		for (let i = 0; i < n; i++) {
			const hiredNow = state.hiredAt[i] === t;
			const awayThisYear = this.awayNow[i] === 1 && !hiredNow;
			if (state.active[i] === 1) {
				out.measured[i] = rules.firstYearHiresMeasured || !hiredNow ? 1 : 0;
				out.hiredAt[i] = state.hiredAt[i];
				out.post[i] = state.postType[i];
				out.education[i] = state.education[i];
				out.leadership[i] = state.leadership[i];
				out.functional[i] = state.functional[i];
				const jp = allDevelopment ? state.technicalJp[i] + state.otherJp[i] : state.technicalJp[i];
				out.windowJp[i] = twoYearWindow ? jp + state.technicalJpPrevious[i] : jp;
				out.seminar[i] = t - state.lastSeminar[i] < rules.seminarWindowYears ? 1 : 0;
				out.skp[i] = usePrevious ? this.skpBefore[i] : state.lastSkpPoints[i];
				out.awayForStudy[i] = usePrevious
					? !hiredNow && this.awayLastYear[i] === 1
						? 1
						: 0
					: awayThisYear
						? 1
						: 0;
				out.discipline[i] = state.disciplinePoints[i];
			}
			this.awayLastYear[i] = state.active[i] === 1 && awayThisYear ? 1 : 0;
		}
		this.record!.years.push(out);
	}
}

/**
 * Projects the deterministic central path (whatever `inputs.draws` says) and records its
 * people. The result is the same projection `project` gives with `draws: 0`.
 */
export function projectWithPeople(inputs: ProjectionInputs): {
	result: ProjectionResult;
	people: PeopleRecord;
} {
	const recorder = new PeopleRecorder(inputs.startYear);
	const result = project({ ...inputs, draws: 0 }, { observer: recorder });
	return { result, people: recorder.record! };
}

/** One person's score from their scoring inputs, by the compiled rulebook. */
function competencyOf(rules: CompiledRulebook, p: PeopleYear, i: number): number {
	return competencyScore(
		rules,
		p.post[i],
		p.leadership[i] === 1,
		p.functional[i] === 1,
		p.windowJp[i],
		p.seminar[i] === 1
	);
}

/** A person's four dimension scores, added into `into` (qualification, competency, performance, discipline). */
function addDimensions(
	rules: CompiledRulebook,
	p: PeopleYear,
	i: number,
	into: Float64Array
): void {
	into[0] += rules.qualificationPoints[p.education[i]];
	into[1] += competencyOf(rules, p, i);
	into[2] += p.skp[i];
	into[3] += p.discipline[i];
}

/** The mean index of a recorded year (null when nobody is measured). */
export function meanIndexOf(rules: CompiledRulebook, p: PeopleYear): number | null {
	const sums = new Float64Array(4);
	let count = 0;
	for (let i = 0; i < p.measured.length; i++) {
		if (p.measured[i] !== 1) continue;
		addDimensions(rules, p, i, sums);
		count++;
	}
	return count > 0 ? (sums[0] + sums[1] + sums[2] + sums[3]) / count : null;
}

export interface Explanation {
	/** Calendar year of the state after (and of the state before, unless year over year). */
	year: number;
	beforeYear: number;
	/** Mean index of the measured before and after; `change` = after − before. */
	before: number;
	after: number;
	change: number;
	/** Points by cause; they add up to `change`. */
	byCause: Record<CauseId, number>;
	/** Points by dimension; they add up to `change`. */
	byDimension: Record<Dimension, number>;
	/** Leavers and hires by dimension (the rest of each dimension is its causes). */
	staffByDimension: Record<Dimension, number>;
	/**
	 * Per unit, the causes' points from the people measured on both sides who hold a post in
	 * it (`staff` is 0: who is measured is not a unit's doing); over units they add up to the
	 * agency's causes other than `staff`.
	 */
	byUnit: Array<Record<CauseId, number>>;
	people: {
		/** Measured on both sides (the same person in the same post slot). */
		both: number;
		/** Measured only before (left, or not measured after). */
		onlyBefore: number;
		/** Measured only after (hired, or newly measured). */
		onlyAfter: number;
	};
}

const zeroCauses = (): Record<CauseId, number> =>
	Object.fromEntries(CAUSES.map((c) => [c, 0])) as Record<CauseId, number>;
const recordOf = (values: ArrayLike<number>): Record<Dimension, number> =>
	Object.fromEntries(DIMENSION_IDS.map((d, k) => [d, values[k]])) as Record<Dimension, number>;

/**
 * Explains the change from `before` to `after`, two recorded years of the same roster (same
 * slots), scored by `rules`. Null when nobody is measured on one side. See the file's
 * comment for the method.
 */
export function explainChange(
	rules: CompiledRulebook,
	unit: Uint8Array,
	unitCount: number,
	before: PeopleYear,
	after: PeopleYear
): Explanation | null {
	const n = before.measured.length;
	if (after.measured.length !== n)
		throw new Error('Both years must come from projections of the same roster (same slots).');
	const sumA = new Float64Array(4);
	const sumB = new Float64Array(4);
	const sumAS = new Float64Array(4);
	const sumBS = new Float64Array(4);
	let nA = 0;
	let nB = 0;
	let nS = 0;
	const causeSums = zeroCauses();
	const unitSums = Array.from({ length: unitCount }, zeroCauses);
	const qual = rules.qualificationPoints;

	for (let i = 0; i < n; i++) {
		const inA = before.measured[i] === 1;
		const inB = after.measured[i] === 1;
		if (inA) {
			addDimensions(rules, before, i, sumA);
			nA++;
		}
		if (inB) {
			addDimensions(rules, after, i, sumB);
			nB++;
		}
		if (!inA || !inB || before.hiredAt[i] !== after.hiredAt[i]) continue;
		addDimensions(rules, before, i, sumAS);
		addDimensions(rules, after, i, sumBS);
		nS++;

		// Sequential substitution: competency's inputs one by one, from before's to after's.
		let post = before.post[i];
		let leadership = before.leadership[i] === 1;
		let functional = before.functional[i] === 1;
		let jp = before.windowJp[i];
		let seminar = before.seminar[i] === 1;
		const score = () => competencyScore(rules, post, leadership, functional, jp, seminar);
		const parts = unitSums[unit[i]];
		let last = score();
		const step = (cause: CauseId) => {
			const now = score();
			parts[cause] += now - last;
			last = now;
		};
		post = after.post[i];
		step('post');
		parts.education += qual[after.education[i]] - qual[before.education[i]];
		leadership = after.leadership[i] === 1;
		step('leadership');
		functional = after.functional[i] === 1;
		step('functional');
		jp = after.windowJp[i];
		step('technical');
		seminar = after.seminar[i] === 1;
		step('seminar');
		const skpChange = after.skp[i] - before.skp[i];
		if (before.awayForStudy[i] !== after.awayForStudy[i]) parts.studyLeave += skpChange;
		else parts.performance += skpChange;
		parts.discipline += after.discipline[i] - before.discipline[i];
	}
	if (nA === 0 || nB === 0) return null;

	const meanA = (sumA[0] + sumA[1] + sumA[2] + sumA[3]) / nA;
	const meanB = (sumB[0] + sumB[1] + sumB[2] + sumB[3]) / nB;
	const staffDims = new Float64Array(4);
	for (let k = 0; k < 4; k++) {
		staffDims[k] =
			nS > 0
				? sumB[k] / nB - sumBS[k] / nS + (sumAS[k] / nS - sumA[k] / nA)
				: sumB[k] / nB - sumA[k] / nA;
	}
	const byUnit = unitSums.map((sums) => {
		const perPerson = zeroCauses();
		for (const c of CAUSES) perPerson[c] = nS > 0 ? sums[c] / nS : 0;
		return perPerson;
	});
	for (const u of byUnit) for (const c of CAUSES) causeSums[c] += u[c];
	causeSums.staff = staffDims[0] + staffDims[1] + staffDims[2] + staffDims[3];
	const dims = Float64Array.from(staffDims);
	for (const c of CAUSES) {
		if (c === 'staff') continue;
		dims[DIMENSION_IDS.indexOf(DIMENSION_OF[c])] += causeSums[c];
	}
	return {
		year: after.year,
		beforeYear: before.year,
		before: meanA,
		after: meanB,
		change: meanB - meanA,
		byCause: causeSums,
		byDimension: recordOf(dims),
		staffByDimension: recordOf(staffDims),
		byUnit,
		people: { both: nS, onlyBefore: nA - nS, onlyAfter: nB - nS }
	};
}

/** The recorded year of a calendar year, or undefined. */
export function peopleYear(record: PeopleRecord, year: number): PeopleYear | undefined {
	return record.years.find((p) => p.year === year);
}

/** A scenario's year against the same year of another projection of the same roster (the status quo). */
export function explainAgainst(
	scenario: PeopleRecord,
	statusQuo: PeopleRecord,
	year: number
): Explanation | null {
	const after = peopleYear(scenario, year);
	const before = peopleYear(statusQuo, year);
	if (!after || !before) return null;
	return explainChange(scenario.rules, scenario.unit, scenario.unitCount, before, after);
}

/** A year against the year before it, on one projection (the first against the roster itself). */
export function explainYearOverYear(record: PeopleRecord, year: number): Explanation | null {
	const after = peopleYear(record, year);
	const before = peopleYear(record, year - 1);
	if (!after || !before) return null;
	return explainChange(record.rules, record.unit, record.unitCount, before, after);
}
