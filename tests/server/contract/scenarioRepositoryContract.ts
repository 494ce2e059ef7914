/**
 * What every scenario store promises, run against each of them (sqliteContract.test.ts,
 * postgresContract.test.ts) so neither can drift: create, read, list and search, optimistic
 * versions, validation of rows read back, stored rosters and their deletion rule, and two
 * processes on one database. Store-specific checks (migrations, PRAGMAs, the file's
 * integrity) stay in each store's own test file.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import type { Roster } from '../../../src/lib/engine/roster';
import {
	parseRosterCsv,
	rosterTemplateCsv,
	writeRosterCsv
} from '../../../src/lib/rosterFiles/csv';
import type { Agency } from '../../../src/lib/scenario/agency';
import { bontangRoster } from '../../../src/lib/scenario/bontang';
import { rosterFingerprint } from '../../../src/lib/scenario/rosterFingerprint';
import { newScenarioDefaults } from '../../../src/lib/scenario/savedScenario';
import { SCHEMA_VERSION, calendarYears } from '../../../src/lib/scenario/scenario';
import { rosterToStore } from '../../../src/lib/server/rosters';
import {
	CorruptScenario,
	RosterInUse,
	RosterNotFound,
	ScenarioNotFound,
	VersionConflict,
	type ScenarioRepository
} from '../../../src/lib/server/scenarioRepository';
import { LIST_LIMIT } from '../../../src/lib/server/scenarioRows';
import { AGENCY } from '../fixtures';

/** A scenario row as the stores write one, in SQLite's column names (JSON as text). */
export type RawScenarioRow = Record<string, unknown>;

/** One store, open on an empty database, and what the contract needs to look under it. */
export interface ContractStore {
	repo: ScenarioRepository;
	/** A second repository on the same database, as another process or app server has. */
	openAnother(): Promise<ScenarioRepository>;
	/** Every scenario row, raw and ordered by id, to show a failed write changed nothing. */
	snapshot(): Promise<unknown[]>;
	/** Writes a row as given, bypassing the store's checks (as a hand edit would). */
	insertRaw(row: RawScenarioRow): Promise<void>;
	/** Closes the repository and opens it again on the same database. */
	reopen(): Promise<ScenarioRepository>;
	/** Closes everything this store opened and removes what it created. */
	close(): Promise<void>;
}

/** Opens a store on an empty database, with `now` as its clock. */
export type OpenContractStore = (now: () => Date) => Promise<ContractStore>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A row as the store writes one today, with `changes`. */
export function rawRow(id: string, changes: RawScenarioRow = {}): RawScenarioRow {
	return {
		id,
		name: 'raw',
		description: '',
		author: '',
		created_at: '2026-01-01T00:00:00.000Z',
		updated_at: '2026-01-01T00:00:00.000Z',
		version: 1,
		schema_version: SCHEMA_VERSION,
		model_version: '1.0.0',
		seed: 1,
		inputs_json: '{}',
		roster_fingerprint: null,
		agency_json: null,
		...changes
	};
}

/** The template's three people: units collected from the file (ids derived from names). */
function smallRoster(): Roster {
	const parsed = parseRosterCsv(rosterTemplateCsv('en'));
	if (!parsed.ok) throw new Error('the template does not parse');
	return parsed.roster;
}

/** What the planner page sends: the canonical CSV and the units' ids and names. */
function bodyOf(roster: Roster): { csv: string; units: Roster['units'] } {
	return { csv: writeRosterCsv(roster), units: roster.units };
}

export function scenarioRepositoryContract(name: string, open: OpenContractStore): void {
	describe(`the ${name} scenario store keeps the repository contract`, () => {
		let store: ContractStore;
		let repo: ScenarioRepository;
		/** A clock that moves one second per reading, so "newest first" is unambiguous. */
		let tick: number;
		const clock = () => new Date(Date.UTC(2026, 0, 1) + 1000 * tick++);
		const snapshot = () => store.snapshot();

		beforeEach(async () => {
			tick = 0;
			store = await open(clock);
			repo = store.repo;
		});

		afterEach(async () => {
			await store.close();
		});

		describe('create and get', () => {
			it('a name alone gives a scenario with the default inputs, version 1', async () => {
				const saved = await repo.create({ name: 'Rencana 2026' });
				expect(saved).toEqual({
					...newScenarioDefaults(),
					id: expect.stringMatching(UUID),
					name: 'Rencana 2026',
					createdAt: '2026-01-01T00:00:00.000Z',
					updatedAt: '2026-01-01T00:00:00.000Z',
					version: 1
				});
				expect(await repo.get(saved.id)).toEqual(saved);
			});

			it('keeps every field given, and gives each scenario its own id', async () => {
				const body = {
					name: 'Full',
					description: 'all fields',
					author: 'Siti',
					seed: 2 ** 32 - 1,
					inputs: { trainingBudgetShare: 1.5, fundingRule: 'pro_rata' },
					modelVersion: '1.0.0',
					rosterFingerprint: 'roster:abc-123'
				};
				const a = await repo.create(body);
				const b = await repo.create(body);
				expect(a).toMatchObject(body);
				expect(a.id).not.toBe(b.id);
				expect(await repo.get(a.id)).toEqual(a);
			});

			it('unknown ids give null, whatever they contain', async () => {
				await repo.create({ name: 'x' });
				for (const id of ['nope', '', "' OR '1'='1", '%', '1; DROP TABLE scenarios']) {
					expect(await repo.get(id)).toBeNull();
				}
				expect(await repo.list()).toHaveLength(1);
			});

			it('refuses invalid bodies and writes nothing', async () => {
				for (const body of [
					{ name: '   ' },
					{ name: 'x', inputs: { coverage: 'lots' } },
					{ name: 'x', seed: -1 },
					{ name: 'x', extra: true }
				]) {
					await expect(repo.create(body as never)).rejects.toThrow(ZodError);
				}
				expect(await snapshot()).toEqual([]);
			});
		});

		describe('list and search', () => {
			it('lists newest first, by last change', async () => {
				const a = await repo.create({ name: 'a' });
				const b = await repo.create({ name: 'b' });
				const c = await repo.create({ name: 'c' });
				expect((await repo.list()).map((s) => s.name)).toEqual(['c', 'b', 'a']);
				await repo.update(a.id, { version: a.version, description: 'touched' });
				expect((await repo.list()).map((s) => s.id)).toEqual([a.id, c.id, b.id]);
			});

			it('searches name, description and author, ignoring case (also beyond ASCII)', async () => {
				await repo.create({ name: 'Diklat Kepemimpinan', author: 'Budi' });
				await repo.create({ name: 'Plan B', description: 'More DIKLAT money' });
				await repo.create({ name: 'Plan C', author: 'Ärzte Ünal' });
				await repo.create({ name: 'Other' });
				const names = async (search: string) => (await repo.list(search)).map((s) => s.name);
				expect(await names('diklat')).toEqual(['Plan B', 'Diklat Kepemimpinan']);
				expect(await names('BUDI')).toEqual(['Diklat Kepemimpinan']);
				expect(await names('ärzte ü')).toEqual(['Plan C']);
				expect(await names('ÄRZTE ÜNAL')).toEqual(['Plan C']);
				expect(await names('  plan c  ')).toEqual(['Plan C']);
				expect(await names('')).toHaveLength(4);
				expect(await names('nothing like it')).toEqual([]);
			});

			it('search follows renames: the old name no longer matches, the new one does', async () => {
				const saved = await repo.create({ name: 'Pelatihan Teknis' });
				await repo.update(saved.id, { version: 1, name: 'Diklat Fungsional' });
				expect(await repo.list('teknis')).toEqual([]);
				expect((await repo.list('fungsional')).map((s) => s.id)).toEqual([saved.id]);
			});

			it('treats %, _ and \\ in a search as the characters themselves', async () => {
				await repo.create({ name: '50% coverage' });
				await repo.create({ name: '50 percent' });
				await repo.create({ name: 'a_b' });
				await repo.create({ name: 'axb' });
				await repo.create({ name: 'back\\slash' });
				expect((await repo.list('%')).map((s) => s.name)).toEqual(['50% coverage']);
				expect((await repo.list('50%')).map((s) => s.name)).toEqual(['50% coverage']);
				expect((await repo.list('a_b')).map((s) => s.name)).toEqual(['a_b']);
				expect((await repo.list('_')).map((s) => s.name)).toEqual(['a_b']);
				expect((await repo.list('\\')).map((s) => s.name)).toEqual(['back\\slash']);
			});

			it('SQL in a search is just text', async () => {
				await repo.create({ name: "O'Brien plan" });
				for (const search of [
					"' OR 1=1 --",
					"%' OR '1'='1",
					'"; DROP TABLE scenarios; --',
					"') UNION SELECT * FROM schema_migrations --"
				]) {
					expect(await repo.list(search)).toEqual([]);
				}
				expect((await repo.list("o'brien")).map((s) => s.name)).toEqual(["O'Brien plan"]);
				expect(await repo.list()).toHaveLength(1);
			});

			it(`returns at most ${LIST_LIMIT}, the newest`, async () => {
				for (let i = 0; i < LIST_LIMIT + 5; i++) await repo.create({ name: `s${i}` });
				const listed = await repo.list();
				expect(listed).toHaveLength(LIST_LIMIT);
				expect(listed[0].name).toBe(`s${LIST_LIMIT + 4}`);
				expect(await repo.list('s1')).toHaveLength(1 + 10 + 100);
				const searched = await repo.list('s');
				expect(searched).toHaveLength(LIST_LIMIT);
				expect(searched[0].name).toBe(`s${LIST_LIMIT + 4}`);
			});
		});

		describe('update', () => {
			it('applies the changes, raises the version and keeps the id and everything else', async () => {
				const saved = await repo.create({
					name: 'Old',
					description: 'd',
					author: 'a',
					seed: 3,
					inputs: { coverage: 40 },
					rosterFingerprint: 'r:1'
				});
				const renamed = await repo.update(saved.id, { version: 1, name: 'New' });
				expect(renamed).toEqual({
					...saved,
					name: 'New',
					version: 2,
					updatedAt: '2026-01-01T00:00:01.000Z'
				});
				expect(await repo.get(saved.id)).toEqual(renamed);

				const changed = await repo.update(saved.id, {
					version: 2,
					inputs: { coverage: 50 },
					seed: 4,
					rosterFingerprint: null
				});
				expect(changed).toMatchObject({
					id: saved.id,
					name: 'New',
					description: 'd',
					inputs: { coverage: 50 },
					seed: 4,
					rosterFingerprint: null,
					version: 3,
					createdAt: saved.createdAt
				});
				expect(await repo.get(saved.id)).toEqual(changed);
			});

			it('a stale version raises VersionConflict carrying the current scenario, and changes nothing', async () => {
				const saved = await repo.create({ name: 'x' });
				const current = await repo.update(saved.id, { version: 1, name: 'y' });
				const before = await snapshot();
				let conflict: unknown;
				try {
					await repo.update(saved.id, { version: 1, name: 'z' });
				} catch (error) {
					conflict = error;
				}
				expect(conflict).toBeInstanceOf(VersionConflict);
				expect((conflict as VersionConflict).current).toEqual(current);
				await expect(repo.update(saved.id, { version: 3, name: 'z' })).rejects.toThrow(
					VersionConflict
				);
				expect(await snapshot()).toEqual(before);
			});

			it('an unknown id raises ScenarioNotFound and changes nothing', async () => {
				await repo.create({ name: 'x' });
				const before = await snapshot();
				await expect(repo.update('missing', { version: 1, name: 'z' })).rejects.toThrow(
					ScenarioNotFound
				);
				await expect(repo.update("' OR 1=1 --", { version: 1, name: 'z' })).rejects.toThrow(
					ScenarioNotFound
				);
				expect(await snapshot()).toEqual(before);
			});

			it('an invalid change is refused and changes nothing', async () => {
				const saved = await repo.create({ name: 'x' });
				const before = await snapshot();
				await expect(repo.update(saved.id, { version: 1, name: '' })).rejects.toThrow(ZodError);
				await expect(repo.update(saved.id, { version: 1, inputs: { nope: 1 } })).rejects.toThrow(
					ZodError
				);
				expect(await snapshot()).toEqual(before);
			});

			it('create and update carry an agency; agency: null sets it back to the default', async () => {
				const inputs = { firstPlanningYear: 2026, targetYear: 2028 };
				const created = await repo.create({ name: 'Dinas', agency: AGENCY, inputs });
				expect(created.agency).toEqual(AGENCY);
				expect(await repo.get(created.id)).toEqual(created);

				const renamed = await repo.update(created.id, { version: 1, name: 'Dinas baru' });
				expect(renamed.agency).toEqual(AGENCY);
				const other: Agency = { ...AGENCY, name: 'Dinas Kesehatan', results: [] };
				const changed = await repo.update(created.id, { version: 2, agency: other });
				expect(await repo.get(created.id)).toEqual(changed);
				expect(changed.agency).toEqual(other);

				const reset = await repo.update(created.id, { version: 3, agency: null });
				expect(reset.agency).toBeUndefined();
				expect(await repo.get(created.id)).toEqual(reset);
				expect(reset.inputs).toEqual({ ...inputs, ...calendarYears(inputs) });
			});

			it('a body of schema 1 is migrated: schema 2, schema 1’s years where it left them out', async () => {
				const created = await repo.create({
					name: 'Lama',
					schemaVersion: 1,
					inputs: { trainingBudgetShare: 1.5, endYear: 2029 }
				});
				expect(created.schemaVersion).toBe(2);
				expect(created.inputs).toEqual({
					trainingBudgetShare: 1.5,
					firstPlanningYear: 2023,
					targetYear: 2026,
					endYear: 2029
				});
				expect(await repo.get(created.id)).toEqual(created);
			});

			it('a target year before the first planning year is refused, naming inputs.targetYear; nothing stored', async () => {
				const expectTargetYearIssue = async (action: () => Promise<unknown>) => {
					let error: unknown;
					try {
						await action();
					} catch (e) {
						error = e;
					}
					expect(error).toBeInstanceOf(ZodError);
					const issues = (error as ZodError).issues;
					expect(issues.map((i) => i.path.join('.'))).toEqual(['inputs.targetYear']);
					expect(issues[0].message).toMatch(
						/targetYear 2027 is before the first planning year 2028/
					);
				};
				await expectTargetYearIssue(() =>
					repo.create({ name: 'x', inputs: { firstPlanningYear: 2028, targetYear: 2027 } })
				);
				expect(await snapshot()).toEqual([]);

				const saved = await repo.create({ name: 'x', inputs: { firstPlanningYear: 2027 } });
				const before = await snapshot();
				await expectTargetYearIssue(() =>
					repo.update(saved.id, {
						version: 1,
						inputs: { firstPlanningYear: 2028, targetYear: 2027 }
					})
				);
				// The default first planning year (2027 on the tests' today) counts too.
				await expect(
					repo.update(saved.id, { version: 1, inputs: { targetYear: 2026 } })
				).rejects.toThrow(/targetYear 2026 is before the first planning year 2027/);
				// An agency whose roster year leaves the plan's years behind is refused the same way.
				await expect(
					repo.update(saved.id, {
						version: 1,
						inputs: { firstPlanningYear: 2025 },
						agency: AGENCY
					})
				).rejects.toThrow(/firstPlanningYear must be after the roster's year 2025/);
				expect(await snapshot()).toEqual(before);
			});
		});

		describe('delete', () => {
			it('deletes at the current version', async () => {
				const saved = await repo.create({ name: 'x' });
				const other = await repo.create({ name: 'y' });
				await repo.delete(saved.id, 1);
				expect(await repo.get(saved.id)).toBeNull();
				expect(await repo.list()).toEqual([other]);
			});

			it('a stale version or an unknown id changes nothing', async () => {
				const saved = await repo.create({ name: 'x' });
				await repo.update(saved.id, { version: 1, name: 'y' });
				const before = await snapshot();
				await expect(repo.delete(saved.id, 1)).rejects.toThrow(VersionConflict);
				await expect(repo.delete('missing', 1)).rejects.toThrow(ScenarioNotFound);
				await expect(repo.delete("' OR '1'='1", 2)).rejects.toThrow(ScenarioNotFound);
				await expect(repo.delete(saved.id, 0)).rejects.toThrow(ZodError);
				expect(await snapshot()).toEqual(before);
			});
		});

		describe('two processes on one database', () => {
			it('a write from one is seen by the other, and its stale version is refused there', async () => {
				const other = await store.openAnother();
				try {
					const saved = await repo.create({ name: 'shared' });
					expect(await other.get(saved.id)).toEqual(saved);
					const changed = await other.update(saved.id, { version: 1, name: 'changed there' });
					let conflict: unknown;
					try {
						await repo.update(saved.id, { version: 1, name: 'lost?' });
					} catch (error) {
						conflict = error;
					}
					expect(conflict).toBeInstanceOf(VersionConflict);
					expect((conflict as VersionConflict).current).toEqual(changed);
					await expect(repo.delete(saved.id, 1)).rejects.toThrow(VersionConflict);
					expect(await repo.get(saved.id)).toEqual(changed);
				} finally {
					await other.close();
				}
			});

			it('racing writes of the same version: exactly one wins, the others get VersionConflict', async () => {
				const other = await store.openAnother();
				try {
					const saved = await repo.create({ name: 'raced', seed: 0 });
					const outcomes = await Promise.allSettled(
						Array.from({ length: 10 }, (_, i) =>
							(i % 2 ? other : repo).update(saved.id, { version: 1, seed: i + 1 })
						)
					);
					const won = outcomes.filter((o) => o.status === 'fulfilled');
					const lost = outcomes.filter((o) => o.status === 'rejected');
					expect(won).toHaveLength(1);
					for (const o of lost)
						expect((o as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflict);
					const final = (await repo.get(saved.id))!;
					expect(final.version).toBe(2);
					expect(final).toEqual((won[0] as PromiseFulfilledResult<unknown>).value);
				} finally {
					await other.close();
				}
			});
		});

		describe('rows read back are validated', () => {
			it('a row as the store writes it reads back', async () => {
				await store.insertRaw(rawRow('fine', { agency_json: JSON.stringify(AGENCY) }));
				expect(await repo.get('fine')).toMatchObject({ id: 'fine', inputs: {}, agency: AGENCY });
			});

			it.each([
				['an empty name', { name: '' }],
				['an unknown schema version', { schema_version: 99 }],
				// Every schema-1 row was migrated to schema 2; a later one is not read as 2.
				['a schema-1 row', { schema_version: 1 }],
				['inputs that are not an object', { inputs_json: '[1, 2]' }],
				['a seed out of range', { seed: -5 }],
				['an agency without a name', { agency_json: JSON.stringify({ ...AGENCY, name: '' }) }],
				[
					'a target year before the first planning year',
					{ inputs_json: '{"firstPlanningYear":2028,"targetYear":2027}' }
				],
				[
					'a first planning year not after the agency’s roster year',
					{ inputs_json: '{"firstPlanningYear":2025}', agency_json: JSON.stringify(AGENCY) }
				]
			])(
				'%s gives CorruptScenario on get; list skips the row and keeps the rest',
				async (_, changes) => {
					const good = await repo.create({ name: 'good' });
					await store.insertRaw(rawRow('bad-row', changes));
					const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
					try {
						await expect(repo.get('bad-row')).rejects.toThrow(CorruptScenario);
						expect(await repo.list()).toEqual([good]);
						expect(logged).toHaveBeenCalledWith(expect.stringContaining('bad-row'));
					} finally {
						logged.mockRestore();
					}
				}
			);
		});

		describe('durability', () => {
			it('a write acknowledged before close is there after reopening, at its version', async () => {
				const saved = await repo.create({ name: 'a' });
				const updated = await repo.update(saved.id, { version: 1, seed: 99 });
				repo = await store.reopen();
				expect(await repo.get(saved.id)).toEqual(updated);
			});
		});

		describe('stored rosters', () => {
			it('stores a roster once: the same fingerprint again changes nothing', async () => {
				const roster = bontangRoster();
				const fingerprint = rosterFingerprint(roster);
				const first = await repo.putRoster(rosterToStore(fingerprint, bodyOf(roster)));
				expect(first.created).toBe(true);
				expect(first.roster).toMatchObject({ fingerprint, people: 150, units: 5 });
				const again = await repo.putRoster(rosterToStore(fingerprint, bodyOf(roster)));
				expect(again).toEqual({ created: false, roster: first.roster });
				expect(await repo.hasRoster(fingerprint)).toBe(true);
				expect(await repo.getStoredRoster(fingerprint)).toEqual(first.roster);
			});

			it('the same roster put by two processes at once is stored once', async () => {
				const other = await store.openAnother();
				try {
					const roster = smallRoster();
					const fingerprint = rosterFingerprint(roster);
					const puts = await Promise.all(
						Array.from({ length: 6 }, (_, i) =>
							(i % 2 ? other : repo).putRoster(rosterToStore(fingerprint, bodyOf(roster)))
						)
					);
					expect(puts.filter((p) => p.created)).toHaveLength(1);
					for (const p of puts) expect(p.roster).toEqual(puts[0].roster);
				} finally {
					await other.close();
				}
			});

			it('getRoster gives back the very roster (its fingerprint), frozen; null when absent', async () => {
				const roster = bontangRoster();
				const fingerprint = rosterFingerprint(roster);
				expect(await repo.getRoster(fingerprint)).toBeNull();
				await repo.putRoster(rosterToStore(fingerprint, bodyOf(roster)));
				const back = (await repo.getRoster(fingerprint))!;
				expect(back).toEqual(roster);
				expect(rosterFingerprint(back)).toBe(fingerprint);
				expect(Object.isFrozen(back.people[0])).toBe(true);
				expect(await repo.getRoster(fingerprint)).toBe(back);
				// Read back by a second process too (no cache there).
				const other = await store.openAnother();
				try {
					expect(rosterFingerprint((await other.getRoster(fingerprint))!)).toBe(fingerprint);
				} finally {
					await other.close();
				}
			});

			it('a roster deleted by another process is no longer handed out from the cache', async () => {
				const roster = smallRoster();
				const fingerprint = rosterFingerprint(roster);
				await repo.putRoster(rosterToStore(fingerprint, bodyOf(roster)));
				expect(await repo.getRoster(fingerprint)).toEqual(roster);
				const other = await store.openAnother();
				try {
					await other.deleteRoster(fingerprint);
				} finally {
					await other.close();
				}
				expect(await repo.getRoster(fingerprint)).toBeNull();
			});

			it('keeps only the columns the model reads: a name column never reaches the database', async () => {
				const csv = [
					'\ufeffnama;id;unit_kerja;jenis_jabatan;pendidikan;diklat_kepemimpinan;diklat_fungsional;' +
						'seminar_2_tahun;jp_teknis_setahun;predikat_skp;hukuman_disiplin',
					'Siti Aminah;P1;Sekretariat;struktural;S2;ya;tidak;ya;24,5;baik;tidak_ada',
					''
				].join('\r\n');
				const parsed = parseRosterCsv(csv);
				expect(parsed.ok).toBe(true);
				const fingerprint = rosterFingerprint((parsed as { roster: Roster }).roster);
				const { roster } = await repo.putRoster(rosterToStore(fingerprint, { csv }));
				expect(roster.csv).not.toMatch(/Siti|nama/);
				expect(roster.csv.startsWith('id,unit,post_type,')).toBe(true);
				expect(roster.csv).toContain('P1,Sekretariat,structural,S2,yes,no,yes,24.5,baik,none');
			});

			it('deletes a roster only while no saved scenario names it', async () => {
				const roster = smallRoster();
				const fingerprint = rosterFingerprint(roster);
				await expect(repo.deleteRoster(fingerprint)).rejects.toThrow(RosterNotFound);
				await repo.putRoster(rosterToStore(fingerprint, bodyOf(roster)));
				const a = await repo.create({ name: 'Uses it', rosterFingerprint: fingerprint });
				const b = await repo.create({ name: 'Also uses it', rosterFingerprint: fingerprint });
				await repo.create({ name: 'Default roster' });
				let refused: unknown;
				try {
					await repo.deleteRoster(fingerprint);
				} catch (error) {
					refused = error;
				}
				expect(refused).toBeInstanceOf(RosterInUse);
				expect((refused as RosterInUse).count).toBe(2);
				expect((refused as RosterInUse).scenarios.map((s) => s.name).sort()).toEqual([
					'Also uses it',
					'Uses it'
				]);
				expect(await repo.getRoster(fingerprint)).toEqual(roster);

				await repo.delete(a.id, a.version);
				await repo.update(b.id, { version: b.version, rosterFingerprint: null });
				await repo.deleteRoster(fingerprint);
				expect(await repo.getRoster(fingerprint)).toBeNull();
				expect(await repo.getStoredRoster(fingerprint)).toBeNull();
			});

			it('a scenario may name a roster the server does not hold', async () => {
				const saved = await repo.create({
					name: 'Browser roster',
					rosterFingerprint: 'fnv1a64-abc-12'
				});
				expect((await repo.get(saved.id))?.rosterFingerprint).toBe('fnv1a64-abc-12');
			});
		});
	});
}
