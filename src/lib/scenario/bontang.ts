/**
 * BPKAD Kota Bontang: the default agency. Budget history and the 2021 index
 * come from the study; the roster is synthetic (illustrative), generated from
 * a seed and calibrated so that its index by the rulebook is the study's 71.59.
 */
import { compileRulebook } from '../engine/compileRulebook';
import { Sfc32 } from '../engine/random';
import type {
	EducationLevel,
	Person,
	PostType,
	Punishment,
	Roster,
	SkpRating,
	Unit
} from '../engine/roster';
import { perbanBkn8Of2019 } from '../engine/rulebooks/perban-bkn-8-2019';
import type { Rulebook } from '../engine/rulebooks/rulebook';
import { scorePerson } from '../engine/scoring';

export const BONTANG = {
	agency: 'BPKAD Kota Bontang',
	/** The roster describes this year. */
	startYear: 2021,
	/** IPASN of Kota Bontang, 2021 (category sedang), against a target of 75. */
	observedIndex: 71.59,
	target: 75,
	/** Employee-development budget and its share of the ceiling (pagu OPD), from the study. */
	budgetHistory: [
		{ year: 2020, amount: 386_050_000, share: 1.51 },
		{ year: 2021, amount: 131_351_366, share: 0.31 },
		{ year: 2022, amount: 366_864_000, share: 0.69 }
	],
	rosterSeed: 2021
} as const;

/** The budget ceiling implied by a recorded amount and its (rounded) share. */
export function impliedCeiling(entry: { amount: number; share: number }): number {
	return entry.amount / (entry.share / 100);
}

export const BONTANG_UNITS: readonly Unit[] = [
	{ id: 'sekretariat', name: 'Sekretariat' },
	{ id: 'anggaran', name: 'Bidang Anggaran' },
	{ id: 'perbendaharaan', name: 'Bidang Perbendaharaan' },
	{ id: 'akuntansi', name: 'Bidang Akuntansi' },
	{ id: 'aset', name: 'Bidang Aset' }
];

/** Illustrative headcounts per unit: [structural, functional, pelaksana]. */
const HEADCOUNTS: Record<string, [number, number, number]> = {
	sekretariat: [4, 2, 24],
	anggaran: [3, 3, 24],
	perbendaharaan: [3, 3, 24],
	akuntansi: [3, 4, 23],
	aset: [3, 3, 24]
};

type Weights<T extends string> = ReadonlyArray<readonly [T, number]>;

const EDUCATION: Record<PostType, Weights<EducationLevel>> = {
	structural: [
		['S2', 0.5],
		['S1', 0.45],
		['D4', 0.05]
	],
	functional: [
		['S2', 0.2],
		['S1', 0.6],
		['D4', 0.1],
		['D3', 0.1]
	],
	pelaksana: [
		['S2', 0.1],
		['S1', 0.54],
		['D4', 0.05],
		['D3', 0.15],
		['SLTA', 0.15],
		['SLTP', 0.01]
	]
};
const SKP: Weights<SkpRating> = [
	['sangat_baik', 0.35],
	['baik', 0.62],
	['cukup', 0.02],
	['kurang', 0.01]
];
/** A few punishments so the roster shows every level (the study gives no figure). */
const PUNISHED: Punishment[] = ['ringan', 'ringan', 'sedang', 'sedang', 'berat'];

function pick<T extends string>(rng: Sfc32, weights: Weights<T>): T {
	let u = rng.next() * weights.reduce((s, [, w]) => s + w, 0);
	for (const [value, w] of weights) if ((u -= w) < 0) return value;
	return weights[weights.length - 1][0];
}

/** Draws the roster from the illustrative distributions above. */
export function drawRoster(seed: number): Person[] {
	const rng = new Sfc32(seed);
	const people: Person[] = [];
	for (const unit of BONTANG_UNITS) {
		const [structural, functional, pelaksana] = HEADCOUNTS[unit.id];
		const posts: PostType[] = [
			...Array<PostType>(structural).fill('structural'),
			...Array<PostType>(functional).fill('functional'),
			...Array<PostType>(pelaksana).fill('pelaksana')
		];
		for (const postType of posts) {
			const trainedJp =
				rng.next() < 0.4 ? (rng.next() < 0.5 ? 24 : 32) : rng.next() < 0.15 ? 16 : 0;
			people.push({
				id: `BPKAD-${String(people.length + 1).padStart(3, '0')}`,
				unit: unit.id,
				postType,
				education: pick(rng, EDUCATION[postType]),
				leadershipTraining: postType === 'structural' && rng.next() < 0.85,
				functionalTraining: postType === 'functional' && rng.next() < 0.65,
				seminarLast2Years: rng.next() < 0.9,
				technicalJpLastYear: trainedJp,
				skpRating: pick(rng, SKP),
				punishment: 'none',
				fieldMatchesPost: rng.next() < (postType === 'pelaksana' ? 0.35 : 0.6),
				yearsToRetirement: 1 + Math.floor(rng.next() * 35)
			});
		}
	}
	const pelaksana = people.filter((p) => p.postType === 'pelaksana');
	PUNISHED.forEach((level, k) => {
		pelaksana[Math.floor(((k + rng.next()) / PUNISHED.length) * pelaksana.length)].punishment =
			level;
	});
	return people;
}

/** A one-step change to one person that moves the index sum by `delta` points. */
interface CalibrationMove {
	delta: number;
	applies: (p: Person) => boolean;
	apply: (p: Person) => void;
}

const skpMove = (from: SkpRating, to: SkpRating, delta: number): CalibrationMove => ({
	delta,
	applies: (p) => p.skpRating === from,
	apply: (p) => (p.skpRating = to)
});
const punishmentMove = (from: Punishment, to: Punishment, delta: number): CalibrationMove => ({
	delta,
	applies: (p) => p.punishment === from,
	apply: (p) => (p.punishment = to)
});

/** Under Perban BKN 8/2019: SKP baik ↔ sangat baik is 5 points; punishments move 1 or 2. */
const CALIBRATION_MOVES: CalibrationMove[] = [
	skpMove('baik', 'sangat_baik', 5),
	skpMove('sangat_baik', 'baik', -5),
	punishmentMove('ringan', 'none', 2),
	punishmentMove('none', 'ringan', -2),
	punishmentMove('sedang', 'ringan', 1),
	punishmentMove('berat', 'sedang', 1),
	punishmentMove('ringan', 'sedang', -1),
	punishmentMove('sedang', 'berat', -1)
];

/**
 * Nudges the drawn roster until its mean index is exactly `targetIndex` (to
 * the rulebook's half-point resolution): first the half point, by one
 * pelaksana's seminar (17.5 points); then, greedily, the largest move that does
 * not overshoot, each person changed at most once. Returns how many people were
 * changed, so the calibration can be reported.
 */
export function calibrateRoster(people: Person[], rulebook: Rulebook, targetIndex: number): number {
	const rules = compileRulebook(rulebook);
	const total = () => people.reduce((s, p) => s + scorePerson(p, rules).total, 0);
	const targetSum = Math.round(targetIndex * people.length * 2) / 2;
	const changed = new Set<string>();
	let gap = targetSum - total();
	if (Math.abs(gap % 1) === 0.5) {
		const up = gap > 0;
		const person = people.find((p) => p.postType === 'pelaksana' && p.seminarLast2Years !== up);
		if (person) {
			person.seminarLast2Years = up;
			changed.add(person.id);
		}
		gap = targetSum - total();
	}
	while (gap !== 0) {
		const candidates = CALIBRATION_MOVES.filter(
			(m) => Math.sign(m.delta) === Math.sign(gap) && Math.abs(m.delta) <= Math.abs(gap)
		).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
		let moved = false;
		for (const move of candidates) {
			const person = people.find((p) => !changed.has(p.id) && move.applies(p));
			if (!person) continue;
			move.apply(person);
			changed.add(person.id);
			moved = true;
			break;
		}
		if (!moved) throw new Error(`Calibration cannot close a gap of ${gap} points.`);
		gap = targetSum - total();
	}
	return changed.size;
}

/**
 * The illustrative 2021 roster of BPKAD Kota Bontang (150 people), calibrated
 * to 71.59 under Peraturan BKN 8/2019, the rules that figure was measured by.
 * The people stay the same whichever rulebook later scores them.
 */
export function bontangRoster(): Roster {
	const people = drawRoster(BONTANG.rosterSeed);
	calibrateRoster(people, perbanBkn8Of2019, BONTANG.observedIndex);
	return { units: BONTANG_UNITS.map((u) => ({ ...u })), people };
}
