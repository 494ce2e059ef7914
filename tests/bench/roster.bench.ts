/**
 * Roster import benchmark (not a timed test): `npm run bench:roster`.
 *
 * In Chromium against the built app, chooses a 50,000-row roster file on the /data page
 * (the real file input) and measures, in the page, the time from the input's `change` event
 * to the frame after the baseline of that file is on screen: reading the file, parsing and
 * validating it in the worker, sending the roster back, fingerprinting, scoring and drawing.
 * Separately it reports the pure work the page timed: parse + validate (worker) and score
 * (main thread). Medians over RUNS runs after one warm-up; every run's file differs (ids), so
 * each is a new roster. The file is what Excel in an Indonesian locale saves: BOM, `sep=;`,
 * `;` separators, decimal commas, CRLF, Indonesian headers and words, NIP and name columns.
 * Run `npm run build` first (the npm script does).
 */
import { median } from 'd3-array';
import type { Roster } from '../../src/lib/engine/roster';
import { writeRosterCsv } from '../../src/lib/scenario/rosterCsv';
import { launchBrowser, startServer } from '../e2e/harness';
import { scaledRoster } from './rosters';

const PEOPLE = Number(process.env.ROSTER_BENCH_PEOPLE ?? 50_000);
const RUNS = Math.max(5, Number(process.env.ROSTER_BENCH_RUNS ?? 7));

/** The roster as Excel-ID saves it, with ids of run `run` and two personal columns in front. */
function excelFile(roster: Roster, run: number): string {
	const renamed = {
		...roster,
		people: roster.people.map((p) => ({ ...p, id: `R${run}-${p.id}` }))
	};
	const lines = writeRosterCsv(renamed, { headers: 'id', excel: true }).split('\r\n');
	// lines[0] is `sep=;`, lines[1] the header; the last line is empty.
	const withPersonal = lines.map((line, k) => {
		if (k === 0 || line === '') return line;
		if (k === 1) return `NIP;Nama;${line}`;
		return `1980010120050110${String(k % 100).padStart(2, '0')};"Pegawai ${k}";${line}`;
	});
	return '\uFEFF' + withPersonal.join('\r\n');
}

interface Sample {
	/** `change` → baseline of the new file painted. */
	shownMs: number;
	/** Parse + validate in the worker. */
	parseMs: number;
	/** Score + baseline view on the main thread. */
	scoreMs: number;
	/** Node's clock around setInputFiles → shown (adds the file's transfer into the browser). */
	wallMs: number;
}

const base = scaledRoster(PEOPLE);
const server = await startServer();
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	// tsx keeps function names with `__name(...)`, which the evaluated code carries into the page.
	await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
	await page.goto(`${server.baseURL}/data?lang=id`);
	await page.waitForSelector('[data-testid="baseline"]');

	const samples: Sample[] = [];
	for (let run = 0; run <= RUNS; run++) {
		const text = excelFile(base, run);
		// Armed before the file is chosen: the listener on the input runs before the app's
		// (Svelte delegates `change` to the document root), so the clock starts first.
		await page.evaluate((people) => {
			const input = document.querySelector<HTMLInputElement>('[data-testid="roster-file"]')!;
			const w = window as unknown as { __rosterBench: Promise<object> };
			w.__rosterBench = new Promise((resolve) => {
				input.addEventListener(
					'change',
					() => {
						const start = performance.now();
						const box = () => document.querySelector<HTMLElement>('[data-testid="baseline-box"]')!;
						const before = box().dataset.fingerprint;
						const shown = () =>
							box().dataset.fingerprint !== before &&
							box().querySelector<HTMLElement>('[data-testid="baseline"]')?.dataset.people ===
								String(people);
						const observer = new MutationObserver(() => {
							if (!shown()) return;
							observer.disconnect();
							requestAnimationFrame(() =>
								resolve({
									shownMs: performance.now() - start,
									parseMs: Number(box().dataset.parseMs),
									scoreMs: Number(box().dataset.scoreMs)
								})
							);
						});
						observer.observe(document.body, { subtree: true, childList: true, attributes: true });
					},
					{ once: true, capture: true }
				);
			});
		}, PEOPLE);
		const wallStart = performance.now();
		await page.setInputFiles('[data-testid="roster-file"]', {
			name: `pegawai-${run}.csv`,
			mimeType: 'text/csv',
			buffer: Buffer.from(text, 'utf8')
		});
		const inPage = (await page.evaluate(
			() => (window as unknown as { __rosterBench: Promise<object> }).__rosterBench
		)) as Omit<Sample, 'wallMs'>;
		const sample = { ...inPage, wallMs: performance.now() - wallStart };
		if (run > 0) samples.push(sample);
		console.log(
			`${run === 0 ? 'warm-up' : `run ${run}`}: shown ${sample.shownMs.toFixed(0)} ms ` +
				`(parse+validate ${sample.parseMs.toFixed(0)} ms, score ${sample.scoreMs.toFixed(0)} ms; ` +
				`with file transfer ${sample.wallMs.toFixed(0)} ms)`
		);
	}
	const p50 = (f: (s: Sample) => number) => median(samples.map(f)) ?? NaN;
	const sizeMb = Buffer.byteLength(excelFile(base, 0), 'utf8') / 1e6;
	console.log(
		`Roster import, ${PEOPLE} rows (${sizeMb.toFixed(1)} MB, Excel-ID CSV), median of ${samples.length} runs`
	);
	console.log(`roster_parse_validate_ms_p50: ${p50((s) => s.parseMs).toFixed(1)}`);
	console.log(`roster_score_ms_p50: ${p50((s) => s.scoreMs).toFixed(1)}`);
	console.log(`roster_pure_ms_p50: ${p50((s) => s.parseMs + s.scoreMs).toFixed(1)}`);
	console.log(`roster_with_transfer_ms_p50: ${p50((s) => s.wallMs).toFixed(1)}`);
	console.log(`roster_50k_ms_p50: ${p50((s) => s.shownMs).toFixed(1)}`);
} finally {
	await browser.close();
	await server.stop();
}
