/**
 * What the projection needs, fully resolved: the engine knows nothing of
 * levers, URLs or defaults. The scenario layer turns a scenario into this.
 */
import type { ScoringOptions } from './compileRulebook';
import type { Roster } from './roster';
import type { Rulebook } from './rulebooks/rulebook';

/**
 * How a short budget is shared out: the places with the most estimated index points
 * per Rupiah first (the default), every item the same fraction, or the technical
 * money to the least-covered units first. All three hand out what rounding leaves.
 */
export type FundingRule = 'points_per_rupiah' | 'pro_rata' | 'least_covered_first';

/** The policy in force in one projected year. Shares are fractions (0.015 = 1.5 %). */
export interface YearPolicy {
	year: number;
	/** 'replay' years repeat recorded history (the share is the recorded one); 'plan' years follow the levers. */
	phase: 'replay' | 'plan';
	/**
	 * Agency budget ceiling (pagu OPD), Rupiah, of the last recorded year on or before this
	 * one; the engine grows it by the path's ceiling growth for `ceilingGrowthYears` years.
	 */
	ceiling: number;
	/** Years since the last recorded ceiling (0 in a recorded year). */
	ceilingGrowthYears: number;
	/** Training budget as a fraction of the ceiling. */
	budgetShare: number;
	/** Per unit, in roster unit order: fraction of the unit's staff sent to technical training. */
	coverage: number[];
	/** Fraction of technical training matched to the trainee's duties (tupoksi). */
	matchedToDuties: number;
	/**
	 * Fraction of technical training places planned out of town (costlier, longer); the
	 * engine sends at least `Assumptions.outOfTownMinimum` out of town whatever the plan.
	 */
	outOfTownShare: number;
	/** Fraction of all staff sent to a seminar / workshop this year. */
	seminarCoverage: number;
	/** Fraction of functional-post staff lacking functional training who get it this year. */
	functionalTrainingCoverage: number;
	/** Leadership training places (PKA/PKP) for structural staff who lack it. */
	leadershipPlaces: number;
	/** New funded study assignments (tugas belajar) this year. */
	studyAssignments: number;
	/** Cadre-school places this year. */
	cadreSchoolPlaces: number;
	fundingRule: FundingRule;
	/**
	 * Fraction of the pelaksana posts held this year that are converted into functional posts
	 * this year (the national plan to move executor posts into functional posts); 0 in the
	 * years without a conversion. Converted staff need functional training for its points.
	 */
	pelaksanaConversionShare: number;
}

/** A parameter's central value and the range Monte Carlo draws it from. */
export interface Uncertain {
	value: number;
	low: number;
	high: number;
}

/** A plausible range, low to high, around an assumption's central value. */
export interface Range {
	low: number;
	high: number;
}

/**
 * The plain-number assumptions Monte Carlo also draws, per path, from a triangular
 * distribution (low, central value, high) when `Assumptions.uncertainty` gives a range:
 * prices, hours, development at no cost, money. (The effect parameters are `Uncertain`.)
 */
export const DRAWN_NUMBERS = [
	'costBimtekInTown',
	'costBimtekOutOfTown',
	'costSeminar',
	'costFunctionalTraining',
	'costLeadershipTraining',
	'leadershipExternalShare',
	'costStudyAssignmentPerYear',
	'costCadreSchool',
	'jpBimtekInTown',
	'jpBimtekOutOfTown',
	'externalTechnicalShare',
	'externalSeminarShare',
	'outOfTownMinimum',
	'ceilingGrowth',
	'costInflation'
] as const;
export type DrawnNumber = (typeof DRAWN_NUMBERS)[number];

/**
 * Model assumptions. Costs in Rupiah of `priceYear`; shares and rates as fractions.
 * In Monte Carlo mode each path sees a copy with the `DRAWN_NUMBERS` drawn.
 */
export interface Assumptions {
	costBimtekInTown: number;
	costBimtekOutOfTown: number;
	costSeminar: number;
	costFunctionalTraining: number;
	costLeadershipTraining: number;
	/** Share of leadership training paid by BKPSDM / LAN rather than the agency. */
	leadershipExternalShare: number;
	costStudyAssignmentPerYear: number;
	costCadreSchool: number;
	jpBimtekInTown: number;
	jpBimtekOutOfTown: number;
	/** JP at which a technical training gives its full effect; shorter courses give a pro-rata effect. */
	jpForFullEffect: number;
	/**
	 * An analyst's response curve replacing the pro-rata rule above: the multiplier of
	 * `effectTechnical` at funded JP = 0, 1, 2, … (linear between whole JP, the last value
	 * beyond the table). Absent: `min(1, jp / jpForFullEffect)`.
	 */
	technicalResponse?: Float64Array;
	/** Effect of matched technical/functional training on the latent performance score (SD units). */
	effectTechnical: Uncertain;
	/** Effect of managerial training (leadership, cadre school), SD units. */
	effectManagerial: Uncertain;
	/** Share of the effect that training not matched to duties keeps. */
	mismatchedEffectShare: Uncertain;
	/** Half-life of a training effect, months. */
	effectHalfLifeMonths: Uncertain;
	/** Year-to-year persistence of the latent performance score (Monte Carlo only). */
	performancePersistence: Uncertain;
	/** Yearly probability that a person is punished, untrained. */
	punishmentRate: Uncertain;
	/** Relative reduction of that probability in a year with development. */
	punishmentReductionWithTraining: number;
	/** Yearly share of eligible staff starting self-funded study (ijin belajar). */
	selfFundedStudyRate: Uncertain;
	studyDurationYears: number;
	/** Share of staff reaching 20 JP of technical training each year from free sources (e-learning, ministries). */
	externalTechnicalShare: number;
	/** Share of staff attending a seminar / workshop each year at no cost to the agency (sosialisasi by ministries, BPKP). */
	externalSeminarShare: number;
	/** JP credited for development other than technical training (counted toward the 20 JP right). */
	jpSeminar: number;
	jpFunctionalTraining: number;
	jpLeadershipTraining: number;
	jpCadreSchool: number;
	/** Of those punished: shares of light, moderate and heavy punishment (sum 1). */
	punishmentLevelMix: [number, number, number];
	/** Share of technical training with no local provider: at least this much goes out of town. */
	outOfTownMinimum: number;
	/** Yearly growth of the budget ceiling after the last recorded year. */
	ceilingGrowth: number;
	/** Yearly rise of every unit cost (price inflation). */
	costInflation: number;
	/** The year whose prices the unit costs are stated in. */
	priceYear: number;
	/** Ranges of the plain-number assumptions Monte Carlo draws; absent = fixed. */
	uncertainty: Partial<Record<DrawnNumber, Range>>;
	workforce: WorkforceAssumptions;
}

/** Who leaves, who is hired, who changes post: fractions a year unless said. */
export interface WorkforceAssumptions {
	/** Leavers other than retirement (transfers out, deaths, resignations), per year. */
	otherLeaverRate: Uncertain;
	/** Share of each year's leavers whose posts are filled by new hires. */
	replacementRate: Uncertain;
	/** Promotions and mutations (moves to another post) per year: the post's training credit resets. */
	postChangeRate: Uncertain;
	/**
	 * The 2021–2022 conversion of administrative posts (penyetaraan jabatan), for roster rows
	 * that do not say: the share of structural posts converted, and the year.
	 */
	structuralConversionShare: number;
	structuralConversionYear: number;
	/** New hires: share with a degree (S1/D4; the rest D3), and share hired into functional posts (the rest pelaksana). */
	newHireDegreeShare: number;
	newHireFunctionalShare: number;
	/** Age at hire, years (sets a new hire's years to retirement). */
	newHireAge: number;
	/** Retirement age (batas usia pensiun) by post type, POST_TYPES order. */
	retirementAge: [number, number, number];
	/**
	 * Ages of staff, for rows without years to retirement: cumulative shares at the upper
	 * bound of each age band, `[upperAge, cumulativeShare]`, ascending, ending at share 1.
	 */
	ageDistribution: ReadonlyArray<readonly [number, number]>;
	/** Highest share of staff the SKP rules let be rated sangat baik (1 = no cap). */
	topRatingCap: number;
}

export interface ProjectionInputs {
	rulebook: Rulebook;
	scoring?: ScoringOptions;
	/** The roster at the start: it describes `startYear`. */
	roster: Roster;
	startYear: number;
	/** One entry per projected year, consecutive from startYear + 1. */
	years: YearPolicy[];
	assumptions: Assumptions;
	target: { value: number; year: number };
	/** 0 = deterministic (central values, expected outcomes); N > 0 = Monte Carlo with N draws. */
	draws: number;
	seed: number;
}
