/**
 * Turns a scenario (levers and assumptions as the planner sees them) into the
 * engine's fully resolved inputs: per-year policies, fractions, ceilings.
 */
import type { TechnicalCredit } from '../engine/compileRulebook';
import {
	DRAWN_NUMBERS,
	type Assumptions,
	type DrawnNumber,
	type FundingRule,
	type ProjectionInputs,
	type Range,
	type Uncertain,
	type WorkforceAssumptions,
	type YearPolicy
} from '../engine/inputs';
import type { Roster } from '../engine/roster';
import { DEFAULT_RULEBOOK, findRulebook } from '../engine/rulebooks';
import type { Rulebook } from '../engine/rulebooks/rulebook';
import { agencyOf, ceilingBase, lastSpentYear, spentShare, type Agency } from './agency';
import { BONTANG, bontangRoster } from './bontang';
import { INPUT_SPECS, ORGANISATION_RATINGS, type NumberSpec } from './inputSpecs';
import { checkYears, choiceInput, numberInput, type Inputs, type Scenario } from './scenario';
import { technicalResponseTable } from './technicalResponse';

export interface ResolveOptions {
	roster?: Roster;
	rulebook?: Rulebook;
	/** 0 = deterministic. */
	draws?: number;
}

const percent = (x: number) => x / 100;

function uncertain(inputs: Inputs, id: string, scale = 1): Uncertain {
	const spec = INPUT_SPECS.find((s) => s.id === id) as NumberSpec;
	const value = numberInput(inputs, id) * scale;
	const low = (spec.range?.low ?? spec.default) * scale;
	const high = (spec.range?.high ?? spec.default) * scale;
	// A value moved outside the plausible range drags the range with it.
	return { value, low: Math.min(low, value), high: Math.max(high, value) };
}

/**
 * How the recorded years' money is taken to have been spent: in proportion to what was asked
 * (the study describes no ranking of training by its worth), not by the planner's rule. The
 * fit to the budget history replays 2021's Rupiah the same way.
 */
export const HISTORY_FUNDING_RULE: FundingRule = 'pro_rata';

/** The year whose prices the unit-cost assumptions are in: the last recorded budget year. */
export const PRICE_YEAR = BONTANG.budgetHistory[BONTANG.budgetHistory.length - 1].year;

/**
 * The plain-number assumptions Monte Carlo draws, each from its spec's range (in the engine's
 * units: a percent input becomes a fraction; a value moved outside the range drags it along).
 */
function drawnRanges(inputs: Inputs): Partial<Record<DrawnNumber, Range>> {
	const ranges: Partial<Record<DrawnNumber, Range>> = {};
	for (const id of DRAWN_NUMBERS) {
		const spec = INPUT_SPECS.find((s) => s.id === id) as NumberSpec;
		const scale = spec.unit === 'percent' || spec.unit === 'percentPerYear' ? 0.01 : 1;
		const { low, high } = uncertain(inputs, id, scale);
		if (high > low) ranges[id] = { low, high };
	}
	return ranges;
}

/** Throws `FormulaInputError` when the scenario's response-curve formula does not compile. */
export function resolveAssumptions(inputs: Inputs): Assumptions {
	const n = (id: string) => numberInput(inputs, id);
	return {
		costBimtekInTown: n('costBimtekInTown'),
		costBimtekOutOfTown: n('costBimtekOutOfTown'),
		costSeminar: n('costSeminar'),
		costFunctionalTraining: n('costFunctionalTraining'),
		costLeadershipTraining: n('costLeadershipTraining'),
		leadershipExternalShare: percent(n('leadershipExternalShare')),
		costStudyAssignmentPerYear: n('costStudyAssignmentPerYear'),
		costCadreSchool: n('costCadreSchool'),
		jpBimtekInTown: n('jpBimtekInTown'),
		jpBimtekOutOfTown: n('jpBimtekOutOfTown'),
		outOfTownMinimum: percent(n('outOfTownMinimum')),
		ceilingGrowth: percent(n('ceilingGrowth')),
		costInflation: percent(n('costInflation')),
		priceYear: PRICE_YEAR,
		uncertainty: drawnRanges(inputs),
		jpForFullEffect: n('jpForFullEffect'),
		technicalResponse: technicalResponseTable(inputs),
		effectTechnical: uncertain(inputs, 'effectTechnical'),
		effectManagerial: uncertain(inputs, 'effectManagerial'),
		mismatchedEffectShare: uncertain(inputs, 'mismatchedEffectShare', 0.01),
		effectHalfLifeMonths: uncertain(inputs, 'effectHalfLifeMonths'),
		performancePersistence: uncertain(inputs, 'performancePersistence'),
		punishmentRate: uncertain(inputs, 'punishmentRate', 0.01),
		punishmentReductionWithTraining: percent(n('punishmentReductionWithTraining')),
		selfFundedStudyRate: uncertain(inputs, 'selfFundedStudyRate', 0.01),
		studyDurationYears: n('studyDurationYears'),
		externalTechnicalShare: percent(n('externalTechnicalShare')),
		externalSeminarShare: percent(n('externalSeminarShare')),
		jpSeminar: n('jpSeminar'),
		jpFunctionalTraining: n('jpFunctionalTraining'),
		jpLeadershipTraining: n('jpLeadershipTraining'),
		jpCadreSchool: n('jpCadreSchool'),
		punishmentLevelMix: [0.6, 0.3, 0.1],
		workforce: resolveWorkforce(inputs)
	};
}

/**
 * Retirement ages, PP 11/2017 Pasal 239: 58 for administrative posts (structural
 * administrator and pengawas, pelaksana) and for functional ahli pertama/muda; 60 for
 * JPT and ahli madya. An agency's typical post of each type retires at 58.
 */
const RETIREMENT_AGE: [number, number, number] = [58, 58, 58];
/**
 * Ages of PNS (BKN statistics, December 2021, via merdeka.com): 30–40 years 24.14 %,
 * 40–50 30.53 %, 50–60 30.62 %, under 30 the rest; as cumulative shares, the last band
 * ending at the retirement age.
 */
const AGE_DISTRIBUTION: ReadonlyArray<readonly [number, number]> = [
	[30, 0.1471],
	[40, 0.3885],
	[50, 0.6938],
	[58, 1]
];

function resolveWorkforce(inputs: Inputs): WorkforceAssumptions {
	const n = (id: string) => numberInput(inputs, id);
	const rating = ORGANISATION_RATINGS.find(
		(r) => r.value === choiceInput(inputs, 'organisationRating')
	);
	return {
		otherLeaverRate: uncertain(inputs, 'otherLeaverRate', 0.01),
		replacementRate: uncertain(inputs, 'replacementRate', 0.01),
		postChangeRate: uncertain(inputs, 'postChangeRate', 0.01),
		structuralConversionShare: percent(n('structuralConversionShare')),
		structuralConversionYear: n('structuralConversionYear'),
		newHireDegreeShare: percent(n('newHireDegreeShare')),
		newHireFunctionalShare: percent(n('newHireFunctionalShare')),
		newHireAge: n('newHireAge'),
		retirementAge: RETIREMENT_AGE,
		ageDistribution: AGE_DISTRIBUTION,
		topRatingCap: rating?.topRatingCap ?? 1
	};
}

/**
 * A year's training budget share, percent. Recorded years spend what was recorded; years
 * after the last record but before the plan keep its share (the status quo); a year before
 * any record, or an agency with none, takes the scenario's (status-quo) share.
 */
function replayShare(agency: Agency, year: number, inputs: Inputs): number {
	// Rupiah recorded in a year without a ceiling of its own are a share of the ceiling the
	// engine grows for that year (by the scenario's growth), so the replay spends those Rupiah.
	const share = (y: number) => spentShare(agency, y, numberInput(inputs, 'ceilingGrowth'));
	const recorded = share(year);
	if (recorded !== undefined) return recorded;
	const last = lastSpentYear(agency, year);
	const lastShare = last === undefined ? undefined : share(last);
	if (lastShare !== undefined) return lastShare;
	const first = [...agency.spent].sort((a, b) => a.year - b.year)[0];
	const firstShare = first ? share(first.year) : undefined;
	return firstShare ?? numberInput(inputs, 'trainingBudgetShare');
}

function policyFor(
	year: number,
	inputs: Inputs,
	roster: Roster,
	agency: Agency,
	phase: 'replay' | 'plan'
): YearPolicy {
	const n = (id: string) => numberInput(inputs, id);
	const yearShare = inputs[`trainingBudgetShare.${year}`];
	const sharePercent =
		phase === 'replay'
			? replayShare(agency, year, inputs)
			: typeof yearShare === 'number'
				? yearShare
				: n('trainingBudgetShare');
	const { ceiling, growthYears } = ceilingBase(agency, year) ?? { ceiling: 0, growthYears: 0 };
	return {
		year,
		phase,
		ceiling,
		ceilingGrowthYears: growthYears,
		budgetShare: percent(sharePercent),
		coverage: roster.units.map((u) => percent(n(`coverage.${u.id}`))),
		matchedToDuties: percent(n('matchedToDuties')),
		outOfTownShare: percent(n('outOfTownShare')),
		seminarCoverage: percent(n('seminarCoverage')),
		functionalTrainingCoverage: percent(n('functionalTrainingCoverage')),
		leadershipPlaces: n('leadershipPlaces'),
		studyAssignments: n('studyAssignments'),
		cadreSchoolPlaces: n('cadreSchoolPlaces'),
		fundingRule:
			phase === 'replay'
				? HISTORY_FUNDING_RULE
				: (choiceInput(inputs, 'fundingRule') as FundingRule),
		pelaksanaConversionShare:
			year === n('conversionToFunctionalYear') ? percent(n('conversionToFunctionalShare')) : 0
	};
}

/**
 * The projection years: the start year's roster is observed; recorded years
 * replay the recorded share with the status-quo levers; years before the first
 * planning year continue the status quo; planning years follow the scenario.
 */
export function resolveScenario(
	scenario: Scenario,
	options: ResolveOptions = {}
): ProjectionInputs {
	const rulebook =
		options.rulebook ?? findRulebook(choiceInput(scenario.inputs, 'rulebook')) ?? DEFAULT_RULEBOOK;
	const roster = options.roster ?? bontangRoster();
	const inputs = scenario.inputs;
	const agency = agencyOf(scenario);
	const startYear = agency.startYear;
	const yearsProblem = checkYears(inputs, scenario.agency);
	if (yearsProblem) throw new Error(`${yearsProblem.id}: ${yearsProblem.message}.`);
	const firstPlanningYear = numberInput(inputs, 'firstPlanningYear');
	const endYear = Math.max(
		numberInput(inputs, 'endYear'),
		numberInput(inputs, 'targetYear'),
		firstPlanningYear
	);
	// Before the plan starts, the status quo holds: the scenario's assumptions, the default levers.
	const statusQuo: Inputs = Object.fromEntries(
		Object.entries(inputs).filter(
			([id]) => INPUT_SPECS.find((s) => s.id === id.split('.')[0])?.kind === 'assumption'
		)
	);
	const years: YearPolicy[] = [];
	for (let year = startYear + 1; year <= endYear; year++) {
		years.push(
			year < firstPlanningYear
				? policyFor(year, statusQuo, roster, agency, 'replay')
				: policyFor(year, inputs, roster, agency, 'plan')
		);
	}
	return {
		rulebook,
		scoring: { technicalCredit: choiceInput(inputs, 'technicalCredit') as TechnicalCredit },
		roster,
		startYear,
		years,
		assumptions: resolveAssumptions(inputs),
		target: { value: numberInput(inputs, 'targetIndex'), year: numberInput(inputs, 'targetYear') },
		draws: options.draws ?? 0,
		seed: scenario.seed
	};
}

/** The baseline of a scenario: the same horizon, target, assumptions and seed, status-quo levers. */
export function baselineOf(scenario: Scenario): Scenario {
	const keep = ['firstPlanningYear', 'endYear', 'targetIndex', 'targetYear'];
	return {
		...scenario,
		name: 'Baseline',
		inputs: Object.fromEntries(
			Object.entries(scenario.inputs).filter(
				([id]) =>
					keep.includes(id) ||
					INPUT_SPECS.find((s) => s.id === id.split('.')[0])?.kind === 'assumption'
			)
		)
	};
}
