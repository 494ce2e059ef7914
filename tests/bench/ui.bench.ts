/**
 * UI latency benchmark (not a timed test): `npm run bench:ui`.
 *
 * In Chromium against the built app, moves the training-budget-share slider
 * again and again (default scenario, 200 Monte Carlo draws) and measures the
 * time from the slider's input event to the frame after the chart shows the
 * result of that very input. Reports p50 and p95 over the moves.
 * Run `npm run build` first (the npm script does).
 */
import { launchBrowser, startServer } from '../e2e/harness';

const MOVES = Number(process.env.UI_BENCH_MOVES ?? 60);
const WARMUP = 5;

function percentile(sorted: number[], p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]);
}

const server = await startServer();
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	// tsx keeps function names with `__name(...)`, which the evaluated code carries into the page.
	await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
	await page.goto(`${server.baseURL}/?lang=en`);
	await page.waitForSelector('[data-testid="results"][data-ready="true"]');
	const slider = page.getByRole('slider', { name: /Training budget share/ }).first();
	await slider.waitFor();
	const { times: samples, engine } = await slider.evaluate(
		async (element, { moves, warmup }) => {
			const input = element as HTMLInputElement;
			const results = document.querySelector('[data-testid="results"]') as HTMLElement;
			const min = Number(input.min);
			const max = Number(input.max);
			const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
			const when = (check: () => boolean) =>
				new Promise<void>((resolve) => {
					if (check()) return resolve();
					const observer = new MutationObserver(() => {
						if (check()) {
							observer.disconnect();
							resolve();
						}
					});
					observer.observe(results, { attributes: true });
				});
			const times: number[] = [];
			const engine: number[] = [];
			for (let k = 0; k < moves + warmup; k++) {
				// Walk across the slider's range so every move changes the projection.
				const value = min + ((k * 0.37) % 1) * (max - min);
				const before = Number(results.dataset.latestRequest);
				const start = performance.now();
				input.value = String(value);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				// The request id appears once the page has sent the input to the engine.
				await when(() => Number(results.dataset.latestRequest) > before);
				const requested = Number(results.dataset.latestRequest);
				await when(() => Number(results.dataset.shownRequest) >= requested);
				await nextFrame();
				if (k >= warmup) {
					times.push(performance.now() - start);
					engine.push(Number(results.dataset.runMs));
				}
			}
			return { times, engine };
		},
		{ moves: MOVES, warmup: WARMUP }
	);
	samples.sort((a, b) => a - b);
	engine.sort((a, b) => a - b);
	const p50 = percentile(samples, 0.5);
	const p95 = percentile(samples, 0.95);
	console.log(`UI latency, slider input → chart updated and painted, ${samples.length} moves`);
	console.log(`min ${samples[0].toFixed(1)} ms, max ${samples[samples.length - 1].toFixed(1)} ms`);
	console.log(`of which the engine in the worker: p50 ${percentile(engine, 0.5).toFixed(1)} ms`);
	console.log(`ui_latency_p50_ms: ${p50.toFixed(1)}`);
	console.log(`ui_latency_p95_ms: ${p95.toFixed(1)}`);
} finally {
	await browser.close();
	await server.stop();
}
