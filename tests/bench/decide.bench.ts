/**
 * Decision-support benchmark (not a timed test): `npm run bench:decide`.
 *
 * In Chromium against the built app, on /decide with the default scenario: the
 * sensitivity analysis (200 draws, run by the page on load, timed by the page
 * itself) and a goal seek for 75 by 2026 at the median (200 draws, from the click
 * to the answer on screen). Medians over fresh page loads. Target: both ≤ 2 s.
 * Also the best-use optimiser with its default realistic ranges, from the click to the result
 * on screen (the deterministic search, then the current and the optimised plan at the
 * planner's 200 draws, on the main thread). Target: ≤ 6 s.
 */
import { launchBrowser, startServer } from '../e2e/harness';

const RUNS = Number(process.env.DECIDE_BENCH_RUNS ?? 5);

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = await startServer();
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	const sensitivity: number[] = [];
	const goal: number[] = [];
	const optimiser: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		await page.goto(`${server.baseURL}/decide?lang=en`);
		await page.waitForSelector('[data-testid="sensitivity"][data-state="done"]', {
			timeout: 60_000
		});
		sensitivity.push(Number(await page.getAttribute('[data-testid="sensitivity"]', 'data-ms')));
		await page.getByLabel('Target index').fill('75');
		await page.getByLabel('Year', { exact: true }).selectOption('2026');
		await page.getByLabel('Median (50 % chance)').check();
		const started = performance.now();
		await page.getByRole('button', { name: 'Find the share' }).click();
		await page.getByTestId('goal-share').waitFor({ timeout: 60_000 });
		goal.push(performance.now() - started);
		const optimiserStarted = performance.now();
		await page.getByTestId('optimiser-run').click();
		await page.getByTestId('optimiser-result').waitFor({ timeout: 120_000 });
		optimiser.push(performance.now() - optimiserStarted);
	}
	console.log(`/decide, default scenario, 200 draws, ${RUNS} fresh page loads, medians`);
	console.log(`sensitivity runs (ms): ${sensitivity.map((x) => x.toFixed(0)).join(' ')}`);
	console.log(`goal seek runs (ms): ${goal.map((x) => x.toFixed(0)).join(' ')}`);
	console.log(`optimiser runs (ms): ${optimiser.map((x) => x.toFixed(0)).join(' ')}`);
	console.log(`sensitivity_ms_p50: ${median(sensitivity).toFixed(0)}`);
	console.log(`goal_seek_ms_p50: ${median(goal).toFixed(0)}`);
	console.log(`optimiser_ms_p50: ${median(optimiser).toFixed(0)}`);
} finally {
	await browser.close();
	await server.stop();
}
