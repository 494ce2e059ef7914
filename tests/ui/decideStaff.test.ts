/**
 * The decision page projects on the planner's roster: the staff data it hands its panels
 * (units under the agency's names), the key that restarts answers when the agency or the
 * roster changes, the optimiser's unit names, and the worker's goal seek on a given roster.
 */
import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from '../../src/lib/rosterFiles/csv';
import { BONTANG_AGENCY } from '../../src/lib/scenario/agency';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { goalSeek } from '../../src/lib/scenario/goalSeek';
import type { MarginalGain } from '../../src/lib/scenario/budgetOptimizer';
import { defaultScenario, numberInput } from '../../src/lib/scenario/scenario';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { I18n } from '../../src/lib/i18n/i18n.svelte';
import { gainLines, unitName } from '../../src/lib/ui/decide/budget/budgetView';
import { goalAnswer } from '../../src/lib/ui/decide/goal/goalAnswer';
import { plannerQuery } from '../../src/lib/ui/decide/goal/links';
import { answerKey, decideStaff, unitNames } from '../../src/lib/ui/decide/staff';

const ROSTER_CSV =
	'id,unit_kerja,jenis_jabatan,pendidikan,diklat_kepemimpinan,diklat_fungsional,' +
	'seminar_2_tahun,jp_teknis_setahun,predikat_skp,hukuman_disiplin\n' +
	[
		'A1,Sekretariat,struktural,S2,ya,tidak,ya,24,sangat_baik,tidak_ada',
		'A2,Sekretariat,pelaksana,SLTA,tidak,tidak,tidak,8,cukup,ringan',
		'A3,Bidang Anggaran,fungsional,S1,tidak,ya,tidak,22.5,baik,tidak_ada',
		'A4,Bidang Anggaran,pelaksana,D3,tidak,tidak,ya,12,baik,tidak_ada',
		'A5,Bidang Aset,struktural,S1,ya,tidak,ya,30,baik,tidak_ada',
		'A6,Bidang Aset,pelaksana,SLTA,tidak,tidak,tidak,0,kurang,sedang'
	].join('\n');

function ownRoster() {
	const parsed = parseRosterCsv(ROSTER_CSV);
	if (!parsed.ok) throw new Error('the test roster parses');
	return { roster: parsed.roster, fingerprint: rosterFingerprint(parsed.roster) };
}

const illustrative = bontangRoster();

describe('decideStaff', () => {
	it('projects on the illustrative roster when none is in use', () => {
		const staff = decideStaff(defaultScenario(), null, illustrative, true);
		expect(staff.own).toBeUndefined();
		expect(staff.ready).toBe(true);
		expect(staff.named.people).toBe(illustrative.people);
		expect(staff.named.units.map((u) => u.name)).toEqual(illustrative.units.map((u) => u.name));
	});

	it("projects on the own roster in use, its units under the agency's names", () => {
		const own = ownRoster();
		const secretariat = own.roster.units[0];
		const scenario = {
			...defaultScenario(),
			agency: {
				...BONTANG_AGENCY,
				name: 'Dinas Pendidikan',
				unitNames: { [secretariat.id]: 'Sekretariat Dinas' }
			}
		};
		const staff = decideStaff(scenario, own, illustrative, false);
		expect(staff.ready).toBe(false);
		expect(staff.own).toEqual(own);
		expect(staff.named.people).toBe(own.roster.people);
		expect(staff.named.units.map((u) => u.name)).toEqual([
			'Sekretariat Dinas',
			...own.roster.units.slice(1).map((u) => u.name)
		]);
		// The roster in use keeps its own names: only the page's copy is renamed.
		expect(own.roster.units[0].name).toBe('Sekretariat');
		expect(unitNames(staff.named).get(secretariat.id)).toBe('Sekretariat Dinas');
	});
});

describe('answerKey', () => {
	it('changes with the agency and with the roster in use, not with the readiness', () => {
		const scenario = defaultScenario();
		const own = ownRoster();
		const base = answerKey(scenario, decideStaff(scenario, null, illustrative, true));
		expect(answerKey(scenario, decideStaff(scenario, null, illustrative, false))).toBe(base);
		const withOwn = answerKey(scenario, decideStaff(scenario, own, illustrative, true));
		expect(withOwn).not.toBe(base);
		const agency = { ...BONTANG_AGENCY, name: 'Dinas Pendidikan' };
		expect(answerKey({ ...scenario, agency }, { own: undefined })).not.toBe(base);
		expect(answerKey({ ...scenario, seed: scenario.seed + 1 }, { own: undefined })).not.toBe(base);
	});
});

describe('unit names of the optimiser', () => {
	it("come from the roster in use, not from Bontang's units", () => {
		expect(unitName('sekretariat', new Map())).toBe('sekretariat');
		expect(unitName('sekretariat', new Map([['sekretariat', 'Sekretariat Dinas']]))).toBe(
			'Sekretariat Dinas'
		);
		const i18n = new I18n('en');
		const gain: MarginalGain = {
			id: 'coverage.sekretariat',
			unitId: 'sekretariat',
			from: 40,
			to: 50,
			deltaIndex: 0.1,
			deltaSpend: 1e8,
			perRp100m: 0.1
		};
		const [line] = gainLines(i18n, [gain], new Map([['sekretariat', 'Sekretariat Dinas']]));
		expect(line.label).toBe('Sekretariat Dinas');
	});
});

/** A goal-seek result as the worker sends it: without its projection. */
function withoutProjection(result: ReturnType<typeof goalSeek>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(result).filter(([key]) => key !== 'projection'));
}

describe('goal seek in the decision worker', () => {
	const scenario = defaultScenario();
	const asked = {
		scenario,
		target: 75,
		year: numberInput(scenario.inputs, 'targetYear'),
		probability: 0.5 as const,
		draws: 0
	};

	it('projects on the roster of the request, the illustrative one without', () => {
		const own = ownRoster();
		const onOwn = goalAnswer({ ...asked, roster: own.roster, rosterKey: own.fingerprint });
		const expectedOwn = withoutProjection(
			goalSeek(scenario, {
				...asked,
				roster: own.roster,
				rosterKey: own.fingerprint
			})
		);
		expect(onOwn).toEqual(expectedOwn);
		const onDefault = goalAnswer(asked);
		const expectedDefault = withoutProjection(goalSeek(scenario, asked));
		expect(onDefault).toEqual(expectedDefault);
		expect(onOwn).not.toEqual(onDefault);
	});

	it('reports progress, never more than done', () => {
		const seen: Array<[number, number]> = [];
		goalAnswer({ ...asked, draws: 0 }, (done, total) => seen.push([done, total]));
		expect(seen.length).toBeGreaterThan(0);
		for (const [done, total] of seen) expect(done).toBeLessThan(total);
	});
});

describe('links back to the planner', () => {
	it("keep the saved scenario's id and version, and the agency", () => {
		const agency = { ...BONTANG_AGENCY, name: 'Dinas Pendidikan' };
		const scenario = { ...defaultScenario(), agency };
		const query = new URLSearchParams(
			plannerQuery(scenario, 1.5, { target: 75, year: 2028 }, undefined, {
				id: 'abc123',
				version: 3
			})
		);
		expect(query.get('id')).toBe('abc123');
		expect(query.get('rev')).toBe('3');
		expect([...query.values()]).toContain('Dinas Pendidikan');
		expect(
			new URLSearchParams(plannerQuery(scenario, 1.5, { target: 75, year: 2028 })).has('id')
		).toBe(false);
	});
});
