/**
 * The rotation schedule: who goes to technical training (Bimtek) in which planning year — the
 * study's recommendation to list all staff and schedule Bimtek in rotation.
 *
 * The number of places per unit and year is the projection's funding (a deterministic run,
 * draws 0); the schedule decides who takes them. Within each unit the staff form one queue
 * (those without technical training last year first, then by id) and each year's places are
 * the next people of the queue, wrapping round: nobody is scheduled a second time before
 * everyone in the unit has been scheduled once, so the difference between the most and the
 * least scheduled person of a unit is never more than one.
 *
 * Every place is for a course in the unit's own duty area (the unit's tupoksi), so the schedule
 * is matched to duties by construction. This is a planning list: the projection itself uses a
 * budget-independent rotation for honest comparisons between scenarios (docs/model.md).
 *
 * Pure TypeScript: no DOM, no Node APIs.
 */
import { project } from '../engine/projection';
import type { PostType, Roster } from '../engine/roster';
import { toCsv } from '../exports/csv';
import type { Lang } from '../i18n/lang';
import { resolveScenario } from './resolve';
import type { Scenario } from './scenario';

export interface RotationOptions {
	/** The roster to schedule; the default illustrative Bontang roster otherwise. */
	roster?: Roster;
}

/** One person scheduled for one technical training place. */
export interface RotationEntry {
	year: number;
	unitId: string;
	unitName: string;
	personId: string;
	postType: PostType;
	/** The person's turn: 1 the first time they are scheduled, 2 the second, … */
	round: number;
	/** The duty area the course is chosen for: the person's unit. */
	dutyArea: string;
	/** Always true: the course is chosen to match the person's unit and post. */
	matchedToDuties: true;
}

/** Places funded and scheduled for one unit in one year. */
export interface RotationCount {
	year: number;
	unitId: string;
	unitName: string;
	headcount: number;
	placesFunded: number;
	scheduled: number;
	/** Staff of the unit scheduled at least once so far (this year included). */
	reachedSoFar: number;
}

export interface RotationSchedule {
	years: number[];
	rows: RotationEntry[];
	counts: RotationCount[];
}

/**
 * Schedules the funded technical places of every planning year, unit by unit, in rotation.
 *
 * @example rotationSchedule(defaultScenario()).rows[0] // { year: 2023, unitId: 'sekretariat', … }
 */
export function rotationSchedule(
	scenario: Scenario,
	options: RotationOptions = {}
): RotationSchedule {
	const inputs = resolveScenario(scenario, { roster: options.roster, draws: 0 });
	const roster = inputs.roster;
	const result = project(inputs);
	const planYears = result.years.filter((y) => y.phase === 'plan');

	const queues = roster.units.map((unit) =>
		roster.people
			.filter((p) => p.unit === unit.id)
			.sort(
				(a, b) =>
					Number(a.technicalJpLastYear > 0) - Number(b.technicalJpLastYear > 0) ||
					(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
			)
	);
	const next = roster.units.map(() => 0);
	const timesScheduled = new Map<string, number>();

	const rows: RotationEntry[] = [];
	const counts: RotationCount[] = [];
	for (const yearResult of planYears) {
		roster.units.forEach((unit, u) => {
			const queue = queues[u];
			const byUnit = yearResult.byUnit.find((b) => b.unitId === unit.id);
			const funded = byUnit?.placesFunded ?? 0;
			// Nobody twice in one year: at most the unit's headcount.
			const places = Math.max(0, Math.min(funded, queue.length));
			for (let k = 0; k < places; k++) {
				const person = queue[next[u]];
				next[u] = (next[u] + 1) % queue.length;
				const round = (timesScheduled.get(person.id) ?? 0) + 1;
				timesScheduled.set(person.id, round);
				rows.push({
					year: yearResult.year,
					unitId: unit.id,
					unitName: unit.name,
					personId: person.id,
					postType: person.postType,
					round,
					dutyArea: unit.name,
					matchedToDuties: true
				});
			}
			counts.push({
				year: yearResult.year,
				unitId: unit.id,
				unitName: unit.name,
				headcount: queue.length,
				placesFunded: funded,
				scheduled: places,
				reachedSoFar: queue.filter((p) => timesScheduled.has(p.id)).length
			});
		});
	}
	return { years: planYears.map((y) => y.year), rows, counts };
}

const HEADERS: Record<Lang, string[]> = {
	id: [
		'Tahun',
		'ID unit',
		'Unit',
		'ID pegawai',
		'Jenis jabatan',
		'Putaran',
		'Bidang tugas',
		'Sesuai tupoksi'
	],
	en: [
		'Year',
		'Unit id',
		'Unit',
		'Person id',
		'Post type',
		'Round',
		'Duty area',
		'Matched to duties'
	]
};

const POST_LABELS: Record<Lang, Record<PostType, string>> = {
	id: { structural: 'Struktural', functional: 'Fungsional', pelaksana: 'Pelaksana' },
	en: { structural: 'Structural', functional: 'Functional', pelaksana: 'Pelaksana' }
};

const YES: Record<Lang, string> = { id: 'Ya', en: 'Yes' };

/**
 * The schedule's rows as CSV for Excel, in the language's dialect (see `toCsv`), after the
 * `comments` lines (what the file is: agency, scenario, date).
 */
export function rotationScheduleCsv(
	schedule: RotationSchedule,
	lang: Lang,
	comments: readonly string[] = []
): string {
	return toCsv(
		HEADERS[lang],
		schedule.rows.map((r) => [
			r.year,
			r.unitId,
			r.unitName,
			r.personId,
			POST_LABELS[lang][r.postType],
			r.round,
			r.dutyArea,
			YES[lang]
		]),
		lang,
		{ comments }
	);
}
