/**
 * The decision page's goal half in a real browser: goal seek for 75 by the target year answers
 * with a share whose planner link reaches 75; the tornado charts render their rows; a bad
 * response curve formula shows its error; axe finds nothing serious. Prints the time of a goal
 * seek (200 draws, median) and the median time of three sensitivity runs.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { describeViolations, runAxe, useApp } from './harness';
import { numberInput } from '../../src/lib/scenario/scenario';

const test = useApp();
/** The default target year (it follows the calendar): the planner's headline is its index. */
const TARGET_YEAR = numberInput({}, 'targetYear');

/** Opens the page once it is hydrated (the formula check only runs in the browser). */
async function openDecide(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForSelector('[data-testid="curve-status"][data-valid="true"]');
}

/** Reads a number formatted in either language ("75.52" or "75,52"). */
function readNumber(text: string, lang: 'en' | 'id'): number {
	const clean = lang === 'en' ? text.replace(/,/g, '') : text.replace(/\./g, '').replace(',', '.');
	return Number(clean.replace(/[^\d.-]/g, ''));
}

async function sensitivityDone(page: Page): Promise<number> {
	await page.waitForSelector('[data-testid="sensitivity"][data-state="done"]', {
		timeout: 60_000
	});
	return Number(await page.getAttribute('[data-testid="sensitivity"]', 'data-ms'));
}

test(`goal seek for 75 by ${TARGET_YEAR} gives a share whose planner link reaches 75`, async ({
	page,
	baseURL
}) => {
	await openDecide(page, `${baseURL}/decide?lang=en`);
	// Let the sensitivity finish first, so the goal seek is timed alone.
	await sensitivityDone(page);
	await page.getByLabel('Target index').fill('75');
	await page.getByLabel('Year', { exact: true }).selectOption(String(TARGET_YEAR));
	await page.getByLabel('Median (50 % chance)').check();
	const started = Date.now();
	await page.getByRole('button', { name: 'Find the share' }).click();
	const share = page.getByTestId('goal-share');
	await share.waitFor({ timeout: 60_000 });
	const ms = Date.now() - started;
	console.log(`goal seek (200 draws, p 0.5), click to answer: ${ms} ms`);
	assert.match(await share.innerText(), /^\d+\.\d{2} % of the ceiling$/);
	const value = Number(await share.getAttribute('data-share'));
	assert.ok(value > 0 && value <= 5, `share ${value} within the lever's range`);

	const link = page.getByRole('link', { name: 'Open in planner', exact: true });
	const href = await link.getAttribute('href');
	assert.ok(href, 'the link has an address');
	const params = new URL(href, baseURL).searchParams;
	assert.equal(Number(params.get('i.trainingBudgetShare')), value);

	await link.click();
	await page.waitForSelector('[data-testid="results"][data-ready="true"]', { timeout: 60_000 });
	const index = readNumber(
		await page.locator('[data-testid="kpi-index"] .kpi-value').first().innerText(),
		'en'
	);
	assert.ok(index >= 75, `the planner's headline index ${index} ≥ 75`);
});

test('an unreachable target says so and names what caps it, in Indonesian', async ({
	page,
	baseURL
}) => {
	await openDecide(page, `${baseURL}/decide?lang=id`);
	await page.getByLabel('Target indeks').fill('95');
	await page.getByRole('button', { name: 'Hitung porsi' }).click();
	const answer = page.getByTestId('goal-unreachable');
	await answer.waitFor({ timeout: 60_000 });
	assert.match(await answer.innerText(), /tidak tercapai/);
	const text = await page.getByTestId('goal-answer').innerText();
	assert.match(text, /Pembatas utama: \w+/);
	assert.equal(await page.getByTestId('goal-open').count(), 0, 'no planner link without an answer');
});

test('the tornado charts render one row per input, and each row is named', async ({
	page,
	baseURL
}) => {
	const times: number[] = [];
	for (let k = 0; k < 3; k++) {
		await openDecide(page, `${baseURL}/decide?lang=en`);
		times.push(await sensitivityDone(page));
	}
	times.sort((a, b) => a - b);
	console.log(`sensitivity (200 draws), runs ${times.join(', ')} ms; median ${times[1]} ms`);

	for (const id of ['tornado-assumptions', 'tornado-levers']) {
		const rows = page.locator(`[data-chart="${id}"] [data-input]`);
		assert.ok((await rows.count()) >= 3, `${id} has rows`);
		const label = (await rows.first().getAttribute('aria-label')) ?? '';
		assert.match(label, /low .* → index \d+\.\d{2}; high .* → index \d+\.\d{2}/);
	}
	const levers = page.locator('[data-chart="tornado-levers"] [data-input]');
	assert.equal(await levers.first().getAttribute('data-input'), 'trainingBudgetShare');
	// Keyboard: a row takes focus and shows its tooltip.
	await levers.first().focus();
	await page.waitForSelector('[data-chart="tornado-levers"] .tooltip');
	// The table view shows the same rows.
	await page
		.locator('[data-chart="tornado-levers"]')
		.getByRole('button', { name: 'Show table' })
		.click();
	const tableRows = page.locator('[data-chart="tornado-levers"] table tbody tr');
	assert.equal(await tableRows.count(), await levers.count());
});

test('a bad response curve formula shows its error, a good one draws the curve', async ({
	page,
	baseURL
}) => {
	await openDecide(page, `${baseURL}/decide?lang=en`);
	const field = page.getByRole('textbox', { name: 'Response curve formula (variable jp)' });
	assert.equal(await field.inputValue(), 'min(1, jp / 32)');
	assert.equal((await page.locator('[data-chart="response-curve"] svg path').count()) > 0, true);
	await field.fill('min(1, jp / ');
	await page.waitForSelector('[data-testid="curve-status"][data-valid="false"]');
	assert.equal(await field.getAttribute('aria-invalid'), 'true');
	const status = await page.getByTestId('curve-status').innerText();
	assert.ok(status.length > 5, `an error message: ${status}`);
	const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
	const statusId = await page.getByTestId('curve-status').getAttribute('id');
	assert.ok(describedBy.split(' ').includes(statusId ?? '-'), 'the error describes the field');
	await field.fill('process.exit()');
	await page.waitForSelector('[data-testid="curve-status"][data-valid="false"]');
	await field.fill('1 - exp(-jp / 24)');
	await page.waitForSelector('[data-testid="curve-status"][data-valid="true"]');
	assert.equal(await field.getAttribute('aria-invalid'), 'false');
	await page
		.locator('[data-chart="response-curve"] h3', { hasText: '1 - exp(-jp / 24)' })
		.waitFor();
});

test('the decision page is accessible in both languages', async ({ page, baseURL }) => {
	for (const lang of ['id', 'en']) {
		await openDecide(page, `${baseURL}/decide?lang=${lang}`);
		await sensitivityDone(page);
		await page.locator('[data-testid="goal-form"] button[type="submit"]').click();
		await page.getByTestId('goal-share').waitFor({ timeout: 60_000 });
		await page.getByTestId('curve-formula').fill('jp +');
		await page.waitForSelector('[data-testid="curve-status"][data-valid="false"]');
		const violations = await runAxe(page);
		assert.deepEqual(violations, [], `${lang}:\n${describeViolations(violations)}`);
	}
});
