/*
 * The Content-Security-Policy the server sends (hashes of SvelteKit's inline scripts, style
 * attributes allowed, nothing from other origins, no framing) lets every page do its work in
 * Chromium: no `securitypolicyviolation` and no CSP message in the console on any main page,
 * including the planner's worker projection, charts and the compare/meeting/report projections
 * of a saved scenario. And another site cannot frame the app.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPlanner } from './plannerPage';
import { useApp } from './harness';

delete process.env.PLANNER_TOKEN;

const test = useApp();

/** Records CSP violations in the page (every document it loads) and CSP messages in the console. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (message) => {
		if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) {
			console.push(`console: ${message.text()}`);
		}
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`
			)
		);
	});
	return async () => [
		...console,
		...(await page.evaluate(
			() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []
		))
	];
}

async function saveScenario(baseURL: string, name: string): Promise<string> {
	const response = await fetch(`${baseURL}/api/scenarios`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ name, inputs: { coverage: 0.6 } })
	});
	assert.equal(response.status, 201, await response.clone().text());
	return ((await response.json()) as { id: string }).id;
}

test('every main page works under the CSP with no violation', async ({ page, baseURL }) => {
	const violations = await watchCsp(page);
	const first = await saveScenario(baseURL, 'CSP satu');
	const second = await saveScenario(baseURL, 'CSP dua');

	const response = await page.goto(`${baseURL}/`);
	const csp = response?.headers()['content-security-policy'] ?? '';
	assert.match(csp, /frame-ancestors 'none'/);
	assert.match(csp, /script-src 'self' 'sha256-/);
	await page.waitForSelector('[data-testid="results"][data-ready="true"]');
	assert.deepEqual(await violations(), [], 'planner');

	await openPlanner(page, `${baseURL}/?id=${first}&lang=en`);
	assert.deepEqual(await violations(), [], 'planner with a saved scenario');

	await page.goto(`${baseURL}/compare?ids=${first},${second}`);
	await page.waitForSelector('form.picker[data-ready="true"]');
	await page.locator('svg').first().waitFor();
	assert.deepEqual(await violations(), [], 'compare');

	for (const path of [
		`/meeting?ids=${first},${second}`,
		`/report/${first}`,
		'/decide',
		'/agency',
		'/data',
		'/model'
	]) {
		await page.goto(`${baseURL}${path}`);
		await page.waitForLoadState('networkidle');
		await page.locator('h1').first().waitFor();
		assert.deepEqual(await violations(), [], path);
	}
});

test('another site cannot frame the app', async ({ page, baseURL }) => {
	const refusal = page.waitForEvent('console', {
		predicate: (message) => /frame-ancestors/.test(message.text()),
		timeout: 15_000
	});
	// A page of another origin (about:blank with content) that tries to frame the planner.
	await page.setContent(`<iframe src="${baseURL}/" width="800" height="600"></iframe>`);
	await refusal;
	const frame = await (await page.$('iframe'))?.contentFrame();
	// Chromium refused the document: the frame has none of the planner in it.
	const planner = frame ? await frame.locator('[data-testid="results"]').count() : 0;
	assert.equal(planner, 0, `the framed planner rendered (frame at ${frame?.url()})`);
});
