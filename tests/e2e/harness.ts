/**
 * End-to-end harness: serves the built app (`node build`, made by `vite build` beforehand)
 * on a free port, drives it with the system Chromium through playwright-core, and saves a
 * screenshot of every test's final page in test-results/screenshots/.
 *
 * Usage, in a `*.e2e.ts` file run by `node --import tsx --test`:
 *
 *   const test = useApp();
 *   test('home page shows the table', async ({ page, baseURL }) => { ... });
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { after, before, test as nodeTest } from 'node:test';
import type { AxeResults, Result as AxeViolation, RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD_ENTRY = join(ROOT, 'build', 'index.js');
const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');
const SERVER_START_TIMEOUT_MS = 30_000;

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** What each test receives. */
export interface AppContext {
	/** A fresh page in its own browser context. */
	page: Page;
	/** Origin of the running app, without a trailing slash, e.g. `http://127.0.0.1:41234`. */
	baseURL: string;
}

export type AppTest = (name: string, fn: (ctx: AppContext) => Promise<void>) => void;

/** Asks the OS for a port nobody is listening on. */
export async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			if (address === null || typeof address === 'string') {
				server.close();
				reject(new Error('could not determine a free port'));
				return;
			}
			server.close(() => resolvePort(address.port));
		});
	});
}

/** A running `node build` server. */
export interface AppServer {
	baseURL: string;
	stop(): Promise<void>;
}

/** Starts the built app on a free port and waits until it answers HTTP. */
export async function startServer(): Promise<AppServer> {
	if (!existsSync(BUILD_ENTRY)) {
		throw new Error(
			`${BUILD_ENTRY} is missing: build the app first (\`npx vite build\`, or run \`npm run test:e2e\`, which builds).`
		);
	}
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [BUILD_ENTRY], {
		cwd: ROOT,
		env: {
			...process.env,
			// Every server gets a database of its own unless the test file chose one; no token unless
			// the environment has one (a blank PLANNER_TOKEN stops the server).
			DATABASE_PATH:
				process.env.DATABASE_PATH ?? join(mkdtempSync(join(tmpdir(), 'ipasn-e2e-')), 'ipasn.db'),
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseURL
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);

	const stop = async () => {
		process.removeListener('exit', killOnExit);
		await stopChild(child);
	};

	try {
		await waitUntilAnswering(baseURL, child, () => output);
	} catch (error) {
		await stop();
		throw error;
	}
	return { baseURL, stop };
}

async function waitUntilAnswering(
	baseURL: string,
	child: ChildProcess,
	output: () => string
): Promise<void> {
	const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`the app server exited before answering:\n${output()}`);
		}
		try {
			const response = await fetch(baseURL, { signal: AbortSignal.timeout(2_000) });
			await response.body?.cancel();
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(
		`the app server did not answer at ${baseURL} within ${SERVER_START_TIMEOUT_MS} ms:\n${output()}`
	);
}

async function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
	await exited;
	clearTimeout(timer);
}

/** Launches the system Chromium (`CHROMIUM_PATH` overrides `/usr/bin/chromium`), headless. */
export async function launchBrowser(): Promise<Browser> {
	const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (!existsSync(executablePath)) {
		throw new Error(
			`Chromium not found at ${executablePath}: install it (\`apt-get install chromium\`) or set CHROMIUM_PATH.`
		);
	}
	return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Turns a test name into a safe file name. */
function slug(name: string): string {
	return (
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 100) || 'test'
	);
}

/**
 * Saves the whole page; for a non-HTML document (an SVG, say), where Chromium cannot take a
 * full-page shot, only the viewport.
 */
async function saveScreenshot(page: Page, path: string): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const isHtml = await page
		.evaluate(() => document.documentElement instanceof HTMLElement)
		.catch(() => false);
	await page.screenshot({ path, fullPage: isHtml, timeout: 10_000 });
}

/**
 * Registers `before`/`after` hooks in the current test file that start the app and the
 * browser once, and returns a `test` function. Each test gets a fresh browser context;
 * its final page is saved as test-results/screenshots/<test name>.png, pass or fail.
 * Everything is shut down after the file's tests, even when a test or a hook failed.
 */
export function useApp(): AppTest {
	let server: AppServer | undefined;
	let browser: Browser | undefined;

	before(async () => {
		server = await startServer();
		browser = await launchBrowser();
	});

	after(async () => {
		await browser?.close().catch(() => {});
		await server?.stop();
	});

	return (name, fn) => {
		nodeTest(name, async () => {
			if (!server || !browser) throw new Error('the app or the browser failed to start');
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			// tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`;
			// functions passed to page.evaluate/$$eval carry that call into the browser, so define it.
			await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
			const page = await context.newPage();
			try {
				await fn({ page, baseURL: server.baseURL });
			} finally {
				await saveScreenshot(page, join(SCREENSHOT_DIR, `${slug(name)}.png`)).catch(
					(error: unknown) => console.warn(`screenshot of "${name}" failed:`, error)
				);
				await context.close();
			}
		});
	};
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/**
 * Runs axe-core in the page and returns the violations of impact `serious` or `critical`.
 * Pass axe `RunOptions` to narrow the rules; the default runs all of them.
 */
export async function runAxe(page: Page, options: RunOptions = {}): Promise<AxeViolation[]> {
	axeSource ??= await readFile(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
	// Evaluated, not added as an inline <script>: the app's Content-Security-Policy refuses those.
	await page.evaluate(axeSource);
	const results = await page.evaluate(
		(runOptions) =>
			(window as unknown as { axe: { run(o: RunOptions): Promise<AxeResults> } }).axe.run(
				runOptions
			),
		options
	);
	return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation, for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
	return violations
		.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)
		.join('\n');
}
