/**
 * The planner in a real browser: levers move the headline numbers and charts,
 * the language toggle changes labels and number format, table views match the
 * charts, everything is reachable by keyboard, axe finds nothing serious.
 */
import assert from 'node:assert/strict';
import { describeViolations, runAxe, useApp } from './harness';
import { drag, kpiIndex, latestRequest, openPlanner, waitForProjection } from './plannerPage';
import { numberInput } from '../../src/lib/scenario/scenario';

const test = useApp();
/** The default target year (it follows the calendar): the year of the headline index. */
const TARGET_YEAR = numberInput({}, 'targetYear');

test('a larger training budget share raises the headline index', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	const before = Number(await kpiIndex(page));
	await drag(page, /^Training budget share$/, 1.5);
	const after = Number(await kpiIndex(page));
	assert.ok(after > before, `index should rise with the share: ${before} → ${after}`);
	await drag(page, /^Training budget share$/, 0);
	const none = Number(await kpiIndex(page));
	assert.ok(none < before, `index should fall with no budget: ${before} → ${none}`);
});

test('one unit’s coverage changes that unit in the units chart', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	const funded = () =>
		page.getAttribute('[data-chart="units"] [data-unit="anggaran"] [data-funded]', 'data-funded');
	const other = () =>
		page.getAttribute('[data-chart="units"] [data-unit="aset"] [data-funded]', 'data-funded');
	// Enough money for any coverage, so funded coverage follows what is asked.
	await drag(page, /^Training budget share$/, 3);
	const [anggaranBefore, asetBefore] = [Number(await funded()), Number(await other())];
	await drag(page, /Training coverage — Bidang Anggaran/, 90);
	const [anggaranAfter, asetAfter] = [Number(await funded()), Number(await other())];
	assert.ok(
		anggaranAfter > anggaranBefore,
		`funded coverage of Bidang Anggaran should rise: ${anggaranBefore} → ${anggaranAfter}`
	);
	assert.equal(asetAfter, asetBefore, 'other units keep their coverage');
});

test('the language toggle changes labels and number format', async ({ page, baseURL }) => {
	await page.context().clearCookies();
	await openPlanner(page, `${baseURL}/`);
	const indonesian = await kpiIndex(page);
	assert.match(indonesian, /^\d{2},\d{2}$/, `Indonesian decimals use a comma: ${indonesian}`);
	assert.ok(await page.getByRole('heading', { name: /Proyeksi IPASN/ }).isVisible());
	await page.getByRole('button', { name: 'Switch to English' }).click();
	const english = await kpiIndex(page);
	assert.equal(english, indonesian.replace(',', '.'), 'the same number, English format');
	assert.ok(await page.getByRole('heading', { name: /IPASN projection/ }).isVisible());
	assert.ok(await page.getByRole('slider', { name: /^Training budget share$/ }).isVisible());
	// Remembered: a fresh visit without ?lang stays in English.
	await openPlanner(page, `${baseURL}/`);
	assert.ok(await page.getByRole('heading', { name: /IPASN projection/ }).isVisible());
	await openPlanner(page, `${baseURL}/?lang=id`);
	assert.ok(await page.getByRole('heading', { name: /Proyeksi IPASN/ }).isVisible());
});

test('the projection table shows the chart’s numbers', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	const frame = page.locator('[data-chart="projection"]');
	await frame.getByRole('button', { name: /table/i }).click();
	const table = frame.locator('table');
	await table.waitFor();
	// The headline is the target year's median.
	const headline = await kpiIndex(page);
	const targetRow = table.locator('tbody tr', { hasText: String(TARGET_YEAR) }).first();
	const cells = await targetRow.locator('th, td').allInnerTexts();
	assert.ok(
		cells.includes(headline),
		`${TARGET_YEAR} row ${JSON.stringify(cells)} has median ${headline}`
	);
	// The focusable point of the target year names the same median.
	const point = frame.locator(`[aria-label^="${TARGET_YEAR}"]`).first();
	assert.match(
		(await point.getAttribute('aria-label')) ?? '',
		new RegExp(headline.replace('.', '\\.'))
	);
});

test('keyboard alone moves a lever and resets it', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	const slider = page.getByRole('slider', { name: /^Training budget share$/ }).first();
	const before = await latestRequest(page);
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await waitForProjection(page, before);
	assert.equal(await slider.inputValue(), '0.7');
	const reset = page.getByRole('button', { name: /^Reset Training budget share$/ });
	const beforeReset = await latestRequest(page);
	await reset.focus();
	await page.keyboard.press('Enter');
	await waitForProjection(page, beforeReset);
	assert.equal(await slider.inputValue(), '0.69');
});

test('a typed value in Indonesian format is understood', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=id`);
	const box = page.getByRole('textbox', { name: /^Porsi anggaran pengembangan \(nilai\)$/ });
	const before = await latestRequest(page);
	await box.fill('1,5');
	await box.press('Enter');
	await waitForProjection(page, before);
	assert.equal(
		await page.getByRole('slider', { name: /^Porsi anggaran pengembangan$/ }).inputValue(),
		'1.5'
	);
});

test('the planner fits a phone and a projector', async ({ page, baseURL }) => {
	for (const [width, height] of [
		[390, 844],
		[1280, 720]
	]) {
		await page.setViewportSize({ width, height });
		await openPlanner(page, `${baseURL}/`);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
		assert.ok(overflow <= width, `no sideways scrolling at ${width}px (content ${overflow}px)`);
	}
});

test('the planner has no serious or critical accessibility violations', async ({
	page,
	baseURL
}) => {
	for (const lang of ['id', 'en']) {
		await openPlanner(page, `${baseURL}/?lang=${lang}`);
		const violations = await runAxe(page);
		assert.deepEqual(violations, [], describeViolations(violations));
	}
});

test('a long run shows its progress and then its result', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	const before = await latestRequest(page);
	await page.getByLabel('Monte Carlo draws').selectOption('5000');
	await page.locator('[data-testid="results"] progress').waitFor({ timeout: 10_000 });
	await waitForProjection(page, before);
	assert.equal(await page.locator('[data-testid="results"] progress').count(), 0);
	assert.match(await kpiIndex(page), /^\d{2}\.\d{2}$/);
});
