/**
 * Saving with an imported roster, from the browser's side, against the real server: the roster
 * client (`createRosterApi`: gzip, token on reads, the local size check) and the planner's save
 * flow (`ScenarioDesk`): the fingerprint is always recorded, the staff data is sent only when
 * the planner ticked the box, before the scenario, and a failure to store it stops the save.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Roster } from '../../src/lib/engine/roster';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { parseRosterCsv, writeRosterCsv } from '../../src/lib/rosterFiles/csv';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { MAX_ROSTER_BODY_BYTES } from '../../src/lib/scenario/savedScenario';
import { defaultScenario } from '../../src/lib/scenario/scenario';
import { Planner } from '../../src/lib/state/planner.svelte';
import {
	ApiError,
	createRosterApi,
	createScenarioApi,
	type RosterApi
} from '../../src/lib/state/scenarioApi';
import { activeRosterOf } from '../../src/lib/ui/scenarios/activeRoster';
import { ScenarioDesk } from '../../src/lib/ui/scenarios/scenarioDesk.svelte';
import { call, makeTempDir, removeTempDir, startServer, type ApiServer } from './harness';

const TOKEN = 'desk-token-42';
let dir: string;
let server: ApiServer;
let guarded: ApiServer;
const run = runScenario(defaultScenario());

beforeAll(async () => {
	dir = makeTempDir('ipasn-roster-save-');
	[server, guarded] = await Promise.all([
		startServer({ databasePath: join(dir, 'open.db') }),
		startServer({ databasePath: join(dir, 'guarded.db'), plannerToken: TOKEN })
	]);
}, 120_000);

afterAll(async () => {
	await Promise.all([server?.stop(), guarded?.stop()]);
	removeTempDir(dir);
});

/** A roster of `n` people on the default roster's units, ids starting at `from`. */
function rosterOf(n: number, from = 1): Roster {
	const base = bontangRoster();
	return {
		units: base.units,
		people: Array.from({ length: n }, (_, k) => ({
			...base.people[k % base.people.length],
			id: `X${from + k}`
		}))
	};
}

/** The roster client with every request it sends recorded. */
function recordingRosters(target: ApiServer, token: string | null = null) {
	const sent: Array<{ method: string; url: string }> = [];
	const api = createRosterApi({
		baseUrl: target.baseURL,
		token: () => token,
		fetch: (input, init) => {
			sent.push({ method: init?.method ?? 'GET', url: String(input) });
			return fetch(input, init);
		}
	});
	return { api, sent, puts: () => sent.filter((r) => r.method === 'PUT') };
}

function deskFor(target: ApiServer, rosters: RosterApi) {
	const planner = new Planner({ run });
	const desk = new ScenarioDesk(planner, {
		api: createScenarioApi({ baseUrl: target.baseURL }),
		rosters,
		copyName: (name) => `${name} (copy)`
	});
	return { planner, desk };
}

describe('the roster client', () => {
	it('puts gzip-compressed (201, then 200), gets back the roster, and refuses to delete one in use', async () => {
		const roster = rosterOf(40);
		const fingerprint = rosterFingerprint(roster);
		const { api, sent } = recordingRosters(server);
		const upload = { csv: writeRosterCsv(roster), units: roster.units };
		expect(await api.put(fingerprint, upload)).toMatchObject({
			created: true,
			roster: { fingerprint, people: 40, units: 5 }
		});
		expect((await api.put(fingerprint, upload)).created).toBe(false);
		expect(sent.every((r) => r.url.endsWith(`/api/rosters/${fingerprint}`))).toBe(true);

		const back = await api.get(fingerprint);
		const parsed = parseRosterCsv(back.csv, { units: back.unitList });
		expect(parsed.ok && rosterFingerprint(parsed.roster)).toBe(fingerprint);
		expect(await api.policy()).toEqual({
			readAccess: 'open',
			maxBodyBytes: MAX_ROSTER_BODY_BYTES
		});

		await call('POST', server.api, { name: 'Uses X', rosterFingerprint: fingerprint });
		const refused = await api.remove(fingerprint).then(
			() => null,
			(e: unknown) => e
		);
		expect(refused).toBeInstanceOf(ApiError);
		expect(refused).toMatchObject({ status: 409, code: 'roster_in_use' });
	});

	it('sends the token on reads too, where the server keeps rosters to token holders', async () => {
		const roster = rosterOf(5, 500);
		const fingerprint = rosterFingerprint(roster);
		const holder = createRosterApi({ baseUrl: guarded.baseURL, token: () => TOKEN });
		const stranger = createRosterApi({ baseUrl: guarded.baseURL, token: () => null });
		await holder.put(fingerprint, { csv: writeRosterCsv(roster), units: roster.units });
		expect((await holder.get(fingerprint)).people).toBe(5);
		await expect(stranger.get(fingerprint)).rejects.toMatchObject({ status: 401 });
		expect((await stranger.policy()).readAccess).toBe('token');
	});

	it('a body over the limit is refused before anything is sent', async () => {
		const { api, sent } = recordingRosters(server);
		const error = await api
			.put('fnv1a64-0000000000000000-1', { csv: 'x'.repeat(MAX_ROSTER_BODY_BYTES) })
			.catch((e: unknown) => e);
		expect(error).toMatchObject({ status: 413, code: 'too_large' });
		expect(sent).toEqual([]);
	});
});

describe('saving from the planner with an imported roster', () => {
	it('unticked: the scenario records the fingerprint, and no staff data is sent', async () => {
		const roster = activeRosterOf(rosterOf(30, 1000));
		const rosters = recordingRosters(server);
		const { planner, desk } = deskFor(server, rosters.api);
		desk.askName('save', undefined, roster);
		expect(desk.dialog).toMatchObject({ kind: 'name', roster });
		await desk.submitName('save', 'Tanpa data pegawai', '', false);
		expect(desk.problem).toBeNull();
		expect(planner.saved?.rosterFingerprint).toBe(roster.fingerprint);
		expect(rosters.puts()).toEqual([]);
		expect((await call('GET', `${server.baseURL}/api/rosters/${roster.fingerprint}`)).status).toBe(
			404
		);
		expect(desk.notice).toMatchObject({
			key: 'scenarios.notice.created',
			also: { key: 'scenarios.notice.rosterKept' }
		});
	});

	it('ticked: the staff data is stored first, then the scenario', async () => {
		const roster = activeRosterOf(rosterOf(30, 2000));
		const rosters = recordingRosters(server);
		const { planner, desk } = deskFor(server, rosters.api);
		desk.askName('save', undefined, roster);
		await desk.submitName('save', 'Dengan data pegawai', '', true);
		expect(desk.problem).toBeNull();
		expect(rosters.puts()).toHaveLength(1);
		expect(planner.saved?.rosterFingerprint).toBe(roster.fingerprint);
		const stored = await call('GET', `${server.baseURL}/api/rosters/${roster.fingerprint}`);
		expect(stored.body).toMatchObject({ people: 30, units: 5 });
		expect(desk.notice?.also).toEqual({
			key: 'scenarios.notice.rosterStored',
			params: { people: 30 }
		});
	});

	it('a failed store stops the save and says why; a retry with the token saves both', async () => {
		const roster = activeRosterOf(rosterOf(12, 3000));
		let token: string | null = null;
		const rosters = createRosterApi({ baseUrl: guarded.baseURL, token: () => token });
		const planner = new Planner({ run });
		const desk = new ScenarioDesk(planner, {
			api: createScenarioApi({ baseUrl: guarded.baseURL, token: () => token }),
			rosters,
			copyName: (name) => name
		});
		const before = (await call('GET', guarded.api)).body.scenarios.length;
		desk.askName('save', undefined, roster);
		await desk.submitName('save', 'Ditolak', '', true);
		expect(desk.problem).toMatchObject({ code: 'unauthorized' });
		expect(planner.saved).toBeNull();
		expect((await call('GET', guarded.api)).body.scenarios).toHaveLength(before);

		token = TOKEN;
		const problem = desk.problem as { retry: () => Promise<void> };
		await problem.retry();
		expect(desk.problem).toBeNull();
		expect(planner.saved?.rosterFingerprint).toBe(roster.fingerprint);
		expect(await rosters.get(roster.fingerprint)).toMatchObject({ people: 12 });
	});

	it('a roster the server refuses: the scenario is not saved, the problem names the staff data', async () => {
		const roster = {
			...activeRosterOf(rosterOf(3, 4000)),
			fingerprint: 'fnv1a64-0000000000000000-3'
		};
		const { planner, desk } = deskFor(server, recordingRosters(server).api);
		desk.askName('save', undefined, roster);
		await desk.submitName('save', 'Salah sidik', '', true);
		expect(desk.problem).toMatchObject({ code: 'roster', reason: 'invalid', status: 400 });
		expect(planner.saved).toBeNull();
	});

	it('"Save" of a saved scenario with a new imported roster asks first; the same roster again does not', async () => {
		const rosters = recordingRosters(server);
		const { planner, desk } = deskFor(server, rosters.api);
		await desk.submitName('save', 'Mulai dengan data bawaan', '');
		expect(planner.saved?.rosterFingerprint).toBeNull();

		const roster = activeRosterOf(rosterOf(20, 5000));
		await desk.save(roster);
		expect(desk.dialog).toEqual({ kind: 'roster', roster });
		expect(rosters.puts()).toEqual([]);
		await desk.confirmRosterSave(true);
		expect(rosters.puts()).toHaveLength(1);
		expect(planner.saved).toMatchObject({ version: 2, rosterFingerprint: roster.fingerprint });

		await desk.save(roster);
		expect(desk.dialog).toBeNull();
		expect(planner.saved?.version).toBe(3);
		expect(rosters.puts()).toHaveLength(1);

		// Back on the default roster: recorded as such, nothing asked.
		await desk.save(null);
		expect(planner.saved).toMatchObject({ version: 4, rosterFingerprint: null });
	});

	it('a page that does not say which roster is on screen leaves the fingerprint alone', async () => {
		const created = await call('POST', server.api, {
			name: 'Dibuat dengan roster lain',
			rosterFingerprint: 'fnv1a64-1111111111111111-9'
		});
		const { planner, desk } = deskFor(server, recordingRosters(server).api);
		planner.load(created.body);
		planner.set('trainingBudgetShare', 1.5);
		await desk.save();
		expect(planner.saved).toMatchObject({
			version: 2,
			rosterFingerprint: 'fnv1a64-1111111111111111-9'
		});
	});
});
