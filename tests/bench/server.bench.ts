/**
 * Server load benchmark (not a timed test): `npm run bench:server` (builds first).
 *
 * Starts the built app (`node build`) on a temporary database, stores a 50,000-person roster
 * and four scenarios made with it, then:
 *
 * 1. Four clients request `/compare?ids=` of those four in a loop for `SERVER_BENCH_SECONDS`
 *    (default 20), from a cold start (nothing projected yet), while a probe asks for one saved
 *    scenario (`GET /api/scenarios/:id`, one row) every 100 ms. Prints the probe's p50/p95/max:
 *    what any other visitor waits while the pages project (target p95 ≤ 50 ms on 2 cores).
 * 2. Twenty clients request the bare planner (`GET /`) for `SERVER_BENCH_HOME_SECONDS` (default
 *    10) after one warm-up visit. Prints requests/s and the server process's CPU time (all its
 *    threads, from /proc/<pid>/stat) per request (target ≤ 5 ms).
 *
 * The rate limits are turned off for the server it starts (they are not what is measured).
 * The last two lines are `probe_p95_ms: N` and `home_cpu_ms_per_request: N`. Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { quantile } from 'd3-array';
import { writeRosterCsv } from '../../src/lib/rosterFiles/csv';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { freePort, makeTempDir, removeTempDir } from '../server/harness';
import { scaledRoster } from './rosters';

const ROOT = resolve(import.meta.dirname, '../..');
const PEOPLE = 50_000;
const COMPARE_CLIENTS = 4;
const HOME_CLIENTS = 20;
const PROBE_EVERY_MS = 100;
const COMPARE_SECONDS = Number(process.env.SERVER_BENCH_SECONDS ?? 20);
const HOME_SECONDS = Number(process.env.SERVER_BENCH_HOME_SECONDS ?? 10);
/** Clock ticks a second in /proc/<pid>/stat (USER_HZ: 100 on every Linux this runs on). */
const TICKS_PER_SECOND = 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

/** CPU time the process has used, in ms, all threads (utime + stime). */
function cpuMs(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	// Fields after the command name (which may hold spaces) start after the last ')'.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ticks = Number(fields[11]) + Number(fields[12]);
	return (ticks * 1000) / TICKS_PER_SECOND;
}

async function startServer(databasePath: string) {
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	// No token: the bench writes as a planner of an open server would.
	const env = { ...process.env };
	delete env.PLANNER_TOKEN;
	const child = spawn(process.execPath, [join(ROOT, 'build', 'index.js')], {
		cwd: ROOT,
		env: {
			...env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			DATABASE_PATH: databasePath,
			BODY_SIZE_LIMIT: '16M',
			RATE_LIMIT_PAGES_PER_MINUTE: '0',
			RATE_LIMIT_WRITES_PER_MINUTE: '0'
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	for (let tries = 0; ; tries++) {
		try {
			const response = await fetch(`${baseURL}/api/scenarios`);
			await response.arrayBuffer();
			if (response.ok) break;
		} catch {
			// not listening yet
		}
		if (tries > 200) throw new Error('the server did not start');
		await sleep(50);
	}
	return { baseURL, child, pid: child.pid! };
}

async function send(method: string, url: string, body: unknown): Promise<unknown> {
	const response = await fetch(url, {
		method,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text.slice(0, 300)}`);
	return JSON.parse(text);
}

/** GETs `url` and reads the whole body; returns the status and the milliseconds taken. */
async function timedGet(url: string): Promise<{ status: number; ms: number }> {
	const started = performance.now();
	const response = await fetch(url);
	await response.arrayBuffer();
	return { status: response.status, ms: performance.now() - started };
}

async function main() {
	const dir = makeTempDir('ipasn-bench-server-');
	const server = await startServer(join(dir, 'bench.db'));
	try {
		const roster = scaledRoster(PEOPLE);
		const fingerprint = rosterFingerprint(roster);
		await send('PUT', `${server.baseURL}/api/rosters/${fingerprint}`, {
			csv: writeRosterCsv(roster),
			units: roster.units.map(({ id, name }) => ({ id, name }))
		});
		const ids: string[] = [];
		for (const [k, share] of [1, 1.5, 2, 2.5].entries()) {
			const saved = (await send('POST', `${server.baseURL}/api/scenarios`, {
				name: `Bench ${k + 1}`,
				inputs: { trainingBudgetShare: share },
				rosterFingerprint: fingerprint
			})) as { id: string };
			ids.push(saved.id);
		}
		console.log(
			`stored a ${PEOPLE.toLocaleString('en')}-person roster and ${ids.length} scenarios`
		);

		// 1. Four clients comparing the four, a probe every 100 ms.
		const compareURL = `${server.baseURL}/compare?ids=${ids.join(',')}`;
		const until = Date.now() + COMPARE_SECONDS * 1000;
		const compares: Array<{ status: number; ms: number }> = [];
		const clients = Array.from({ length: COMPARE_CLIENTS }, async () => {
			while (Date.now() < until) compares.push(await timedGet(compareURL));
		});
		const probes: number[] = [];
		const probe = (async () => {
			while (Date.now() < until) {
				const started = Date.now();
				const { status, ms } = await timedGet(`${server.baseURL}/api/scenarios/${ids[0]}`);
				if (status !== 200) throw new Error(`the probe got ${status}`);
				probes.push(ms);
				if (process.env.SERVER_BENCH_TRACE)
					console.log(`probe ${round(ms)} ms, ${compares.length} compares done`);
				await sleep(Math.max(0, PROBE_EVERY_MS - (Date.now() - started)));
			}
		})();
		await Promise.all([...clients, probe]);
		const ok = compares.filter((c) => c.status === 200);
		const statuses = [...new Set(compares.map((c) => c.status))].join(', ');
		console.log(
			`/compare of 4 × ${PEOPLE.toLocaleString('en')} people, ${COMPARE_CLIENTS} clients, ` +
				`${COMPARE_SECONDS} s from cold: ${compares.length} requests (status ${statuses}), ` +
				`first ${round(compares[0]?.ms ?? NaN, 0)} ms, ` +
				`p50 ${round(
					quantile(
						ok.map((c) => c.ms),
						0.5
					) ?? NaN
				)} ms`
		);
		probes.sort((a, b) => a - b);
		const probeP95 = quantile(probes, 0.95) ?? NaN;
		console.log(
			`probe GET /api/scenarios/:id every ${PROBE_EVERY_MS} ms: ${probes.length} probes, ` +
				`p50 ${round(quantile(probes, 0.5) ?? NaN)} ms, p95 ${round(probeP95)} ms, ` +
				`max ${round(probes[probes.length - 1] ?? NaN)} ms`
		);

		// 2. The bare planner at 20 concurrent clients, after one warm-up visit.
		const homeURL = `${server.baseURL}/`;
		const warmUp = await timedGet(homeURL);
		console.log(`GET / warm-up (projects the default scenario once): ${round(warmUp.ms, 0)} ms`);
		const cpuBefore = cpuMs(server.pid);
		const homeStarted = performance.now();
		const homeUntil = Date.now() + HOME_SECONDS * 1000;
		let homeRequests = 0;
		let homeFailures = 0;
		await Promise.all(
			Array.from({ length: HOME_CLIENTS }, async () => {
				while (Date.now() < homeUntil) {
					const { status } = await timedGet(homeURL);
					if (status === 200) homeRequests++;
					else homeFailures++;
				}
			})
		);
		const seconds = (performance.now() - homeStarted) / 1000;
		const cpuPerRequest = (cpuMs(server.pid) - cpuBefore) / Math.max(1, homeRequests);
		console.log(
			`GET / with ${HOME_CLIENTS} clients: ${homeRequests} requests in ${round(seconds)} s ` +
				`(${round(homeRequests / seconds)} requests/s, ${homeFailures} not 200), ` +
				`server CPU ${round(cpuPerRequest, 2)} ms per request`
		);
		console.log(`probe_p95_ms: ${round(probeP95)}`);
		console.log(`home_cpu_ms_per_request: ${round(cpuPerRequest, 2)}`);
	} finally {
		server.child.kill('SIGTERM');
		await new Promise((r) => server.child.once('exit', r));
		removeTempDir(dir);
	}
}

await main();
