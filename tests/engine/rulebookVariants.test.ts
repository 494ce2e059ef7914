/**
 * The registered rulebooks (issue 10): the cumulative-JP reading of Perban BKN 8/2019 counts
 * seminar JP toward the 20 JP where the default does not; every rulebook carries provenance
 * for every field the engine reads; a scenario's `rulebook` input picks the rulebook, and an
 * unknown one is refused with the allowed ids at every border (link, file/API schema, CLI).
 */
import { describe, expect, it } from 'vitest';
import { project } from '../../src/lib/engine/projection';
import type { Roster } from '../../src/lib/engine/roster';
import {
	DEFAULT_RULEBOOK,
	findRulebook,
	PENDING_RULEBOOKS,
	RULEBOOKS
} from '../../src/lib/engine/rulebooks';
import { perbanBkn8Of2019 } from '../../src/lib/engine/rulebooks/perban-bkn-8-2019';
import { perbanBkn8Of2019CumulativeJp as cumulative } from '../../src/lib/engine/rulebooks/perban-bkn-8-2019-cumulative-jp';
import type { Provenance, Rulebook } from '../../src/lib/engine/rulebooks/rulebook';
import { specFor } from '../../src/lib/scenario/inputSpecs';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { createScenarioBody } from '../../src/lib/scenario/savedScenario';
import {
	defaultScenario,
	MODEL_VERSION,
	SCHEMA_VERSION,
	scenarioSchema,
	type Inputs,
	type Scenario
} from '../../src/lib/scenario/scenario';
import { scenarioFromSearchParams, scenarioToSearchParams } from '../../src/lib/scenario/urlCodec';
import { cli } from '../cli/runCli';
import { basePerson } from './fixtures/person';

const CUMULATIVE_ID = 'perban-bkn-8-2019-akumulasi-jp';

function scenarioWith(inputs: Inputs): Scenario {
	return { ...defaultScenario(), inputs };
}

describe('the registered rulebooks', () => {
	it('keeps Perban BKN 8/2019 as the default and adds the cumulative-JP reading', () => {
		expect(DEFAULT_RULEBOOK).toBe(perbanBkn8Of2019);
		expect(RULEBOOKS.map((r) => r.id)).toEqual(['perban-bkn-8-2019', CUMULATIVE_ID]);
		expect(findRulebook(CUMULATIVE_ID)).toBe(cumulative);
		expect(new Set(RULEBOOKS.map((r) => r.id)).size).toBe(RULEBOOKS.length);
	});

	it('the cumulative reading differs from the default only in what counts toward the JP', () => {
		expect(cumulative.competency.technicalJpSources.value).toBe('all_development');
		expect(DEFAULT_RULEBOOK.competency.technicalJpSources.value).toBe('technical_only');
		const base = DEFAULT_RULEBOOK;
		/** The rulebook without the fields the reading is allowed to change. */
		const shared = (r: Rulebook) => {
			const copy: Partial<Rulebook> = { ...r, competency: { ...r.competency } };
			for (const key of ['id', 'name', 'label', 'legalBasis'] as const) delete copy[key];
			delete (copy.competency as Partial<Rulebook['competency']>).technicalJpSources;
			return copy;
		};
		expect(shared(cumulative)).toEqual(shared(base));
		expect(cumulative.id).not.toBe(base.id);
		expect(cumulative.label.id).not.toBe(base.label.id);
		expect(cumulative.label.en).not.toBe(base.label.en);
		expect(cumulative.competency.technicalJpSources).not.toEqual(
			base.competency.technicalJpSources
		);
		// Reused, not copied: the same objects as the default's.
		expect(cumulative.dimensions).toBe(base.dimensions);
		expect(cumulative.categories).toBe(base.categories);
		expect(cumulative.competency.points).toBe(base.competency.points);
	});

	it('cites the survey wording, PP 11/2017 Pasal 203(4) and its Penjelasan, via mfasza/S20JP', () => {
		const { source, note, noteEn, confidence } =
			cumulative.competency.technicalJpSources.provenance;
		expect(confidence).toBe('unconfirmed');
		expect(source).toContain('akumulasi JP minimal 20 JP');
		expect(source).toContain('PP 11/2017 Pasal 203 ayat (4)');
		expect(source).toContain(
			'pengembangan kompetensi antara lain melalui pendidikan dan pelatihan, seminar, kursus, dan penataran'
		);
		expect(source).toContain('mfasza/S20JP');
		expect(note).toBeTruthy();
		expect(noteEn).toBeTruthy();
	});

	/** Every field the engine reads beyond the points tables, with its provenance. */
	const newFields = (r: Rulebook): Array<[string, { value: unknown; provenance: Provenance }]> => [
		['competency.technicalJpSources', r.competency.technicalJpSources],
		['performanceSkpYear', r.performanceSkpYear],
		['firstYearHiresMeasured', r.firstYearHiresMeasured],
		['missingSkpPoints', r.missingSkpPoints],
		['disciplineWindowYears', r.disciplineWindowYears]
	];

	it.each(RULEBOOKS.map((r) => [r.id, r] as const))(
		'%s: a label in both languages and provenance for every new field',
		(_, rulebook) => {
			expect(rulebook.label.id.trim()).not.toBe('');
			expect(rulebook.label.en.trim()).not.toBe('');
			for (const [field, { value, provenance }] of newFields(rulebook)) {
				expect(value, field).not.toBeUndefined();
				expect(['confirmed', 'unconfirmed'], field).toContain(provenance.confidence);
				expect(provenance.source.trim().length, field).toBeGreaterThan(10);
				// A note, where there is one, is there in English too (the English /model page).
				if (provenance.note) expect(provenance.noteEn, `${field}: noteEn`).toBeTruthy();
			}
		}
	);

	it('the pending slot is listed with its sources and is not selectable', () => {
		expect(PENDING_RULEBOOKS.length).toBeGreaterThanOrEqual(1);
		for (const pending of PENDING_RULEBOOKS) {
			expect(pending.status).toBe('no public source');
			expect(pending.checked).toMatch(/^\d{4}-\d{2}$/);
			expect(pending.label.id).not.toBe('');
			expect(pending.label.en).not.toBe('');
			expect(pending.sources.length).toBeGreaterThan(0);
			expect(findRulebook(pending.id)).toBeUndefined();
			const spec = specFor('rulebook');
			expect(spec?.type === 'choice' && spec.options.map((o) => o.value)).not.toContain(pending.id);
		}
	});
});

describe('20 JP from all development: a pelaksana with 8 JP of seminar and 16 JP of technical training', () => {
	/** One pelaksana in one unit, far from retirement, who never leaves. */
	const roster: Roster = {
		units: [{ id: 'u1', name: 'Unit' }],
		people: [basePerson({ education: 'S1', yearsToRetirement: 30 })]
	};
	/** Every year: one Bimtek place of 16 JP and one seminar of 8 JP, and nothing else. */
	const inputs: Inputs = {
		firstPlanningYear: 2023,
		targetYear: 2025,
		endYear: 2025,
		trainingBudgetShare: 5,
		coverage: 100,
		seminarCoverage: 100,
		jpBimtekInTown: 16,
		jpBimtekOutOfTown: 16,
		jpSeminar: 8,
		externalTechnicalShare: 0,
		externalSeminarShare: 0,
		cadreSchoolPlaces: 0,
		leadershipPlaces: 0,
		studyAssignments: 0,
		otherLeaverRate: 0,
		replacementRate: 0,
		postChangeRate: 0,
		punishmentRate: 0,
		selfFundedStudyRate: 0
	};
	const competencyIn = (rulebookId: string) => {
		const scenario = scenarioWith({ ...inputs, rulebook: rulebookId });
		const resolved = resolveScenario(scenario, { roster });
		expect(resolved.rulebook.id).toBe(rulebookId);
		return project(resolved)
			.years.filter((y) => y.phase === 'plan')
			.map((y) => [y.year, y.staff.headcount, y.dimensions.competency]);
	};

	// Pelaksana points under 8/2019: technical 22.5, seminar 17.5.
	it('gets only the seminar points under the default (16 JP of technical training < 20)', () => {
		expect(competencyIn(DEFAULT_RULEBOOK.id)).toEqual([
			[2023, 1, 17.5],
			[2024, 1, 17.5],
			[2025, 1, 17.5]
		]);
	});

	it('gets the technical points too under the cumulative reading (16 + 8 = 24 JP ≥ 20)', () => {
		expect(competencyIn(CUMULATIVE_ID)).toEqual([
			[2023, 1, 40],
			[2024, 1, 40],
			[2025, 1, 40]
		]);
	});
});

describe('the scenario names its rulebook', () => {
	it('resolveScenario picks the rulebook of the `rulebook` input, else the default', () => {
		expect(resolveScenario(defaultScenario()).rulebook).toBe(DEFAULT_RULEBOOK);
		for (const rulebook of RULEBOOKS) {
			const resolved = resolveScenario(scenarioWith({ rulebook: rulebook.id }));
			expect(resolved.rulebook).toBe(rulebook);
			expect(project(resolved).rulebookId).toBe(rulebook.id);
		}
	});

	it('an explicit rulebook option still wins over the input', () => {
		const resolved = resolveScenario(scenarioWith({ rulebook: CUMULATIVE_ID }), {
			rulebook: DEFAULT_RULEBOOK
		});
		expect(resolved.rulebook).toBe(DEFAULT_RULEBOOK);
	});

	it('the default scenario under the cumulative reading scores at least as high every year', () => {
		const base = project(resolveScenario(defaultScenario()));
		const other = project(resolveScenario(scenarioWith({ rulebook: CUMULATIVE_ID })));
		expect(other.rulebookId).toBe(CUMULATIVE_ID);
		base.years.forEach((year, k) => {
			expect(other.years[k].year).toBe(year.year);
			expect(other.years[k].dimensions.competency).toBeGreaterThanOrEqual(
				year.dimensions.competency - 1e-9
			);
		});
	});

	it('a share link carries the rulebook and reads it back', () => {
		const scenario = scenarioWith({ rulebook: CUMULATIVE_ID });
		const params = scenarioToSearchParams(scenario);
		expect(params.get('i.rulebook')).toBe(CUMULATIVE_ID);
		const read = scenarioFromSearchParams(params);
		// The link writes the calendar's planning years too (2027, 2029, 2030 on the tests' today).
		expect(read.ok && read.scenario.inputs).toEqual({
			rulebook: CUMULATIVE_ID,
			firstPlanningYear: 2027,
			targetYear: 2029,
			endYear: 2030
		});
		// The default rulebook is the default: not written.
		expect(
			scenarioToSearchParams(scenarioWith({ rulebook: DEFAULT_RULEBOOK.id })).has('i.rulebook')
		).toBe(false);
	});

	const allowed = RULEBOOKS.map((r) => r.id).join(', ');

	it('a link with an unknown rulebook is refused, naming the param and the choices', () => {
		const read = scenarioFromSearchParams(
			new URLSearchParams('v=1.0.0&s=2&i.rulebook=perban-2024')
		);
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.problem).toEqual({
			code: 'notAChoice',
			param: 'i.rulebook',
			got: 'perban-2024',
			allowed: RULEBOOKS.map((r) => r.id)
		});
		expect(read.reason).toBe(`i.rulebook must be one of ${allowed}; got "perban-2024".`);
	});

	it('a saved scenario (file or API body) with an unknown rulebook is refused', () => {
		const file = scenarioSchema.safeParse({
			schemaVersion: SCHEMA_VERSION,
			modelVersion: MODEL_VERSION,
			seed: 1,
			inputs: { rulebook: 'perban-2024' }
		});
		expect(file.success).toBe(false);
		expect(file.error?.issues[0].path).toEqual(['inputs', 'rulebook']);
		expect(file.error?.issues[0].message).toBe(
			`rulebook must be one of ${allowed}; got "perban-2024"`
		);
		const body = createScenarioBody.safeParse({ name: 'x', inputs: { rulebook: 'perban-2024' } });
		expect(body.success).toBe(false);
		expect(body.error?.issues[0].message).toContain(`rulebook must be one of ${allowed}`);
		expect(
			createScenarioBody.safeParse({ name: 'x', inputs: { rulebook: CUMULATIVE_ID } }).success
		).toBe(true);
	});

	it('the CLI refuses --set rulebook=<unknown> with the choices (exit 2) and uses a known one', async () => {
		const [bad, good] = await Promise.all([
			cli(['project', '--set', 'rulebook=perban-2024']),
			cli(['project', '--set', `rulebook=${CUMULATIVE_ID}`, '--json'])
		]);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain(`--set rulebook=perban-2024: rulebook must be one of ${allowed}`);
		expect(good.status).toBe(0);
		expect(JSON.parse(good.stdout).rulebook).toBe(CUMULATIVE_ID);
	}, 30_000);
});
