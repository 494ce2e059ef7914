import { describe, expect, it } from 'vitest';
import { project } from '../../src/lib/engine/projection';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import {
	rotationSchedule,
	rotationScheduleCsv,
	type RotationSchedule
} from '../../src/lib/scenario/rotationSchedule';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/scenario';

const roster = bontangRoster();

function scenario(inputs: Scenario['inputs'] = {}): Scenario {
	return { ...defaultScenario(), inputs };
}

const SCENARIOS: Array<[string, Scenario]> = [
	['default', scenario()],
	['share 0.3', scenario({ trainingBudgetShare: 0.3 })],
	['share 1.5', scenario({ trainingBudgetShare: 1.5 })],
	['share 5, coverage 100', scenario({ trainingBudgetShare: 5, coverage: 100 })],
	[
		'uneven units, least covered first',
		scenario({
			trainingBudgetShare: 0.5,
			'coverage.aset': 90,
			'coverage.anggaran': 10,
			fundingRule: 'least_covered_first'
		})
	]
];

describe('rotationSchedule', () => {
	it.each(SCENARIOS)('never exceeds the funded places per unit and year (%s)', (_, s) => {
		const schedule = rotationSchedule(s, { roster });
		const result = project(resolveScenario(s, { roster, draws: 0 }));
		for (const y of result.years.filter((r) => r.phase === 'plan')) {
			for (const u of y.byUnit) {
				const scheduled = schedule.rows.filter((r) => r.year === y.year && r.unitId === u.unitId);
				expect(scheduled.length).toBeLessThanOrEqual(u.placesFunded);
				const count = schedule.counts.find((c) => c.year === y.year && c.unitId === u.unitId)!;
				expect(count.placesFunded).toBe(u.placesFunded);
				expect(count.scheduled).toBe(scheduled.length);
				// Nobody twice in one year.
				expect(new Set(scheduled.map((r) => r.personId)).size).toBe(scheduled.length);
			}
		}
	});

	it.each(SCENARIOS)(
		'is fair: within a unit, at most one turn apart at every year end (%s)',
		(_, s) => {
			const schedule = rotationSchedule(s, { roster });
			const times = new Map(roster.people.map((p) => [p.id, 0]));
			for (const year of schedule.years) {
				for (const r of schedule.rows.filter((row) => row.year === year)) {
					times.set(r.personId, times.get(r.personId)! + 1);
					expect(r.round).toBe(times.get(r.personId));
				}
				for (const unit of roster.units) {
					const counts = roster.people
						.filter((p) => p.unit === unit.id)
						.map((p) => times.get(p.id)!);
					expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
				}
			}
		}
	);

	it('schedules those without technical training last year first', () => {
		const schedule = rotationSchedule(scenario(), { roster });
		const first = schedule.years[0];
		for (const unit of roster.units) {
			const people = roster.people.filter((p) => p.unit === unit.id);
			const untrained = people.filter((p) => p.technicalJpLastYear === 0).length;
			const firstYear = schedule.rows.filter((r) => r.year === first && r.unitId === unit.id);
			const trainedFirst = firstYear.filter(
				(r) => roster.people.find((p) => p.id === r.personId)!.technicalJpLastYear > 0
			);
			if (firstYear.length <= untrained) expect(trainedFirst).toEqual([]);
		}
	});

	it('schedules only people of the roster, in their own unit, matched to duties', () => {
		const schedule = rotationSchedule(scenario({ trainingBudgetShare: 1.5 }), { roster });
		expect(schedule.rows.length).toBeGreaterThan(0);
		const byId = new Map(roster.people.map((p) => [p.id, p]));
		for (const r of schedule.rows) {
			const person = byId.get(r.personId);
			expect(person).toBeDefined();
			expect(person!.unit).toBe(r.unitId);
			expect(person!.postType).toBe(r.postType);
			expect(r.matchedToDuties).toBe(true);
			expect(r.dutyArea).toBe(roster.units.find((u) => u.id === r.unitId)!.name);
		}
	});

	it('is deterministic', () => {
		const a = rotationSchedule(scenario({ trainingBudgetShare: 1.2 }), { roster });
		const b = rotationSchedule(scenario({ trainingBudgetShare: 1.2 }));
		expect(b).toEqual(a);
	});

	it('covers the planning years only', () => {
		const schedule = rotationSchedule(
			scenario({ firstPlanningYear: 2025, targetYear: 2027, endYear: 2028 }),
			{ roster }
		);
		expect(schedule.years).toEqual([2025, 2026, 2027, 2028]);
		expect(schedule.counts).toHaveLength(4 * roster.units.length);
	});
});

describe('rotationScheduleCsv', () => {
	const schedule: RotationSchedule = rotationSchedule(scenario(), { roster });

	it('writes the Indonesian header and dialect', () => {
		const csv = rotationScheduleCsv(schedule, 'id');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe(
			'Tahun;ID unit;Unit;ID pegawai;Jenis jabatan;Putaran;Bidang tugas;Sesuai tupoksi'
		);
		expect(lines).toHaveLength(schedule.rows.length + 2);
		expect(lines[1].split(';')).toHaveLength(8);
	});

	it('writes the English header and dialect', () => {
		const csv = rotationScheduleCsv(schedule, 'en');
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe(
			'Year,Unit id,Unit,Person id,Post type,Round,Duty area,Matched to duties'
		);
		expect(lines[1]).toMatch(/^\d{4},/);
	});

	it('neutralises formulas in text cells', () => {
		const hostile: RotationSchedule = {
			...schedule,
			rows: [{ ...schedule.rows[0], unitName: '=HYPERLINK("x")', personId: '+1' }]
		};
		const csv = rotationScheduleCsv(hostile, 'en');
		expect(csv).toContain(`'=HYPERLINK`);
		expect(csv).toContain(`'+1`);
	});
});
