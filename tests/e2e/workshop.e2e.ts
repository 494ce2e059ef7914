/**
 * The planner as a live-workshop tool, in a real browser: the headline and the projection stay
 * in view while the levers scroll (laptop and projector sizes), a compact headline stays on top
 * on a phone, the budget slider is a few Tab presses away and comes before the chart's points,
 * unsaved work survives moving within the app (and a curve applied on /decide with it), leaving
 * with unsaved changes asks first, and axe finds nothing serious at either size.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { Page } from 'playwright-core';
import { describeViolations, runAxe, useApp } from './harness';
import { andProjection, kpiIndex, openPlanner } from './plannerPage';

// A database of this file's own (the saved-scenario case saves one); writes need no token.
const DATABASE_DIR = mkdtempSync(join(tmpdir(), 'ipasn-workshop-e2e-'));
process.env.DATABASE_PATH = join(DATABASE_DIR, 'e2e.db');
delete process.env.PLANNER_TOKEN;

const test = useApp();
after(() => rmSync(DATABASE_DIR, { recursive: true, force: true }));

const SHARE_PARAM = 'i.trainingBudgetShare';
/** The budget share's slider: the constant one (per-year sliders have the year in their name). */
const shareSlider = (page: Page) =>
	page.locator('[data-input-id="trainingBudgetShare"] input[type="range"]').first();
const shareBox = (page: Page) =>
	page.locator('[data-input-id="trainingBudgetShare"] input[type="text"]').first();
const unsavedMark = (page: Page) => page.locator('[data-testid="unsaved-mark"]');
const headerLink = (page: Page, name: string) =>
	page.locator('header.app-header nav').getByRole('link', { name, exact: true });

/** Types a share (in the page's number format) as a person does; waits for its projection. */
async function typeShare(page: Page, text: string): Promise<void> {
	await andProjection(page, async () => {
		await shareBox(page).fill(text);
		await shareBox(page).press('Enter');
	});
}

/** Where an element is in the viewport, and the viewport's height. */
async function box(page: Page, selector: string) {
	return page.evaluate((sel) => {
		const element = document.querySelector(sel);
		if (!element) throw new Error(`${sel} is not on the page`);
		const r = element.getBoundingClientRect();
		return {
			top: r.top,
			bottom: r.bottom,
			left: r.left,
			right: r.right,
			viewport: innerHeight,
			scrollY
		};
	}, selector);
}

function assertInView(what: string, rect: { top: number; bottom: number; viewport: number }): void {
	assert.ok(
		rect.top >= 0 && rect.bottom <= rect.viewport,
		`${what} should be in view: ${rect.top.toFixed(0)}–${rect.bottom.toFixed(0)} of ${rect.viewport}`
	);
}

for (const [width, height] of [
	[1366, 768],
	[1440, 900]
] as const) {
	test(`at ${width}×${height} the headline and the chart stay in view while the levers scroll`, async ({
		page,
		baseURL
	}) => {
		await page.setViewportSize({ width, height });
		await openPlanner(page, `${baseURL}/?lang=en`);
		// Scrolled down until the end of the inputs column (the last control under the levers
		// and assumptions) comes up at the bottom of the screen.
		await page.locator('#draws').evaluate((element) => element.scrollIntoView({ block: 'end' }));
		const end = await box(page, '#draws');
		assertInView('the end of the levers', end);
		assert.ok(end.scrollY > 1000, `the page scrolled through the levers: ${end.scrollY}`);
		const slider = await box(page, '[data-input-id="trainingBudgetShare"] input[type="range"]');
		assert.ok(slider.bottom < 0, 'the budget slider scrolled out of view');

		assertInView('the headline', await box(page, '[data-testid="headline-strip"]'));
		const chart = await box(page, '[data-chart="projection"] svg');
		assertInView('the projection chart', chart);
		const inputs = await box(page, '.inputs');
		assert.ok(chart.left >= inputs.right, 'the chart is beside the levers, not under them');

		// A lever moved down there moves the numbers in view.
		await andProjection(page, async () => {
			await page.getByRole('slider', { name: /^Target index$/ }).focus();
			await page.keyboard.press('End');
		});
		assertInView('the headline after a move', await box(page, '[data-testid="headline-strip"]'));
		assert.match(await page.getByTestId('headline-gap').innerText(), /short of the target 100/);
	});
}

test('on a phone a compact headline stays on top while the levers scroll', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openPlanner(page, `${baseURL}/?lang=en`);
	const slider = shareSlider(page);
	await slider.evaluate((element) => element.scrollIntoView({ block: 'center' }));
	const strip = await box(page, '[data-testid="headline-strip"]');
	const sliderBox = await box(page, '[data-input-id="trainingBudgetShare"] input[type="range"]');
	assertInView('the headline', strip);
	assertInView('the budget slider', sliderBox);
	assert.ok(strip.bottom <= sliderBox.top, 'the headline does not cover the budget slider');
	assert.ok(strip.bottom - strip.top < 140, `compact: ${strip.bottom - strip.top} px tall`);
	assert.ok(
		sliderBox.top - strip.bottom < 500,
		`the budget slider is close to the headline: ${sliderBox.top - strip.bottom} px`
	);
	for (const text of [/index/, /Low|Medium|High/i, /target/]) {
		assert.match(await page.getByTestId('headline-strip').innerText(), text);
	}

	// Far down the levers, the headline is still on top.
	await page
		.getByRole('button', { name: 'Reset everything to the status quo' })
		.evaluate((element) => element.scrollIntoView({ block: 'center' }));
	const later = await box(page, '[data-testid="headline-strip"]');
	assert.ok(later.scrollY > strip.scrollY + 1000, 'the page scrolled through the levers');
	assert.ok(later.top >= 0 && later.top < 10, `the headline sticks to the top: ${later.top}`);
});

/** What has focus: outside main (the app header), the skip link, the chart, the budget slider. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const a = document.activeElement;
		return {
			inMain: !!a?.closest('main'),
			skip: !!a?.classList.contains('skip-levers'),
			inChart: !!a?.closest('[data-chart="projection"]'),
			budget:
				a instanceof HTMLInputElement &&
				a.type === 'range' &&
				!!a.closest('[data-input-id="trainingBudgetShare"]')
		};
	});

test('the budget slider is a few Tab presses away, before the chart’s points', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await openPlanner(page, `${baseURL}/?lang=en`);
	// Through the app header, to the first stop in the page.
	let header = 0;
	while (!(await focused(page)).inMain) {
		await page.keyboard.press('Tab');
		assert.ok(++header < 30, 'the header ends');
	}
	// The first stop is the skip link to the levers; from there, Tab to the budget slider.
	assert.ok((await focused(page)).skip, 'the page starts with "Skip to the policy levers"');
	await page.keyboard.press('Enter');
	let presses = 1;
	for (;;) {
		await page.keyboard.press('Tab');
		presses += 1;
		const now = await focused(page);
		assert.ok(!now.inChart, 'no chart point before the budget slider');
		if (now.budget) break;
		assert.ok(presses <= 10, `the budget slider within 10 Tab presses after the header`);
	}
	console.log(`# budget slider: ${presses} Tab presses after the ${header - 1} of the header`);

	// Without the skip link, too, the levers come before the chart's points.
	await openPlanner(page, `${baseURL}/?lang=en`);
	await page.locator('.skip-levers').focus();
	let walked = 0;
	for (;;) {
		await page.keyboard.press('Tab');
		const now = await focused(page);
		assert.ok(!now.inChart, 'the levers come before the chart');
		if (now.budget) break;
		assert.ok(++walked < 40, 'the budget slider is reached');
	}
	let toChart = 0;
	while (!(await focused(page)).inChart) {
		await page.keyboard.press('Tab');
		assert.ok(++toChart < 400, 'the chart’s points follow the levers');
	}
});

test('unsaved changes survive moving within the app', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/`);
	await typeShare(page, '1,2');
	const index = await kpiIndex(page);
	await unsavedMark(page).waitFor();

	await headerLink(page, 'Model & asumsi').click();
	await page.waitForURL((url) => url.pathname === '/model');
	await headerLink(page, 'Perencana').click();
	await page.waitForURL((url) => url.searchParams.get(SHARE_PARAM) === '1.2');
	await page.waitForSelector('[data-testid="results"][data-ready="true"]');
	assert.equal(await shareSlider(page).inputValue(), '1.2');
	assert.equal(await kpiIndex(page), index, 'the same headline as before leaving');
	await unsavedMark(page).waitFor();
	await page.getByTestId('draft-restored').waitFor();

	// An explicit link wins over the draft, and becomes the work kept (leaving the page with
	// unsaved changes, the browser asks: yes, leave).
	page.once('dialog', (dialog) => void dialog.accept());
	await openPlanner(page, `${baseURL}/?${SHARE_PARAM}=2`);
	assert.equal(await shareSlider(page).inputValue(), '2');
	assert.equal(await page.getByTestId('draft-restored').count(), 0);
	await headerLink(page, 'Model & asumsi').click();
	await page.waitForURL((url) => url.pathname === '/model');
	await headerLink(page, 'Perencana').click();
	await page.waitForURL((url) => url.searchParams.get(SHARE_PARAM) === '2');
	await page.waitForSelector('[data-testid="results"][data-ready="true"]');
	assert.equal(await shareSlider(page).inputValue(), '2');

	// Going back to the status quo from the notice: nothing is kept any more.
	await page.getByRole('button', { name: 'Kembali ke status quo' }).click();
	await unsavedMark(page).waitFor({ state: 'detached' });
	await headerLink(page, 'Model & asumsi').click();
	await page.waitForURL((url) => url.pathname === '/model');
	await headerLink(page, 'Perencana').click();
	await page.waitForSelector('[data-testid="results"][data-ready="true"]');
	assert.equal(await shareSlider(page).inputValue(), '0.69');
	assert.equal(await unsavedMark(page).count(), 0);
});

test('changes to a saved scenario come back tied to it and unsaved', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	await typeShare(page, '1.1');
	const bar = page.locator('[data-testid="scenario-bar"]');
	await bar.getByRole('button', { name: 'Save', exact: true }).click();
	const dialog = page.locator('[data-testid="name-dialog"]');
	await dialog.getByLabel('Name').fill('workshop e2e');
	await dialog.getByRole('button', { name: 'Save', exact: true }).click();
	await dialog.waitFor({ state: 'detached' });
	await unsavedMark(page).waitFor({ state: 'detached' });
	const id = await bar.getAttribute('data-scenario-id');
	assert.ok(id);

	await typeShare(page, '1.3');
	await unsavedMark(page).waitFor();
	await headerLink(page, 'Model & assumptions').click();
	await page.waitForURL((url) => url.pathname === '/model');
	await headerLink(page, 'Planner').click();
	await page.waitForURL((url) => url.searchParams.get(SHARE_PARAM) === '1.3');
	await page.waitForSelector('[data-testid="results"][data-ready="true"]');
	assert.equal(await bar.getAttribute('data-scenario-id'), id, 'still the saved scenario');
	await unsavedMark(page).waitFor();
	await page.getByRole('button', { name: 'Back to the saved version' }).click();
	await unsavedMark(page).waitFor({ state: 'detached' });
	assert.equal(await shareSlider(page).inputValue(), '1.1');
});

test('a curve applied on the decision page comes back to the planner', async ({
	page,
	baseURL
}) => {
	const formula = 'jp >= 20 ? 1 : jp / 20';
	await openPlanner(page, `${baseURL}/?lang=en`);
	await typeShare(page, '1.2');
	await page.getByRole('link', { name: /^Decision support for this scenario/ }).click();
	await page.waitForURL((url) => url.pathname === '/decide');
	await page.waitForSelector('[data-testid="curve-status"][data-valid="true"]');
	await page.getByRole('textbox', { name: 'Response curve formula (variable jp)' }).fill(formula);
	await page.waitForSelector('[data-testid="curve-status"][data-valid="true"]');
	await page.getByRole('button', { name: 'Apply to projections' }).click();
	await page.getByTestId('curve-in-use').filter({ hasText: formula }).waitFor();

	await headerLink(page, 'Planner').click();
	await page.waitForURL((url) => url.pathname === '/' && url.searchParams.has(SHARE_PARAM));
	await page.waitForSelector('[data-testid="results"][data-ready="true"]');
	assert.equal(await shareSlider(page).inputValue(), '1.2');
	assert.match((await page.getByTestId('formula-current').textContent()) ?? '', /jp >= 20/);
	await unsavedMark(page).waitFor();
});

/** Reloads the page; the browser's question, if it asks, is answered "stay". */
function reload(page: Page): void {
	void page.evaluate(() => location.reload()).catch(() => {});
}

test('leaving with unsaved changes asks first, and only then', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	// A person's click (the browser asks only on pages someone has used); no change yet.
	await page.getByRole('heading', { level: 1 }).click();
	const dialogs: string[] = [];
	const record = (dialog: { type(): string; dismiss(): Promise<void> }) => {
		dialogs.push(dialog.type());
		void dialog.dismiss();
	};
	page.on('dialog', record);
	const loaded = page.waitForEvent('load');
	reload(page);
	await loaded;
	page.off('dialog', record);
	assert.deepEqual(dialogs, [], 'nothing unsaved: the page reloads without a question');

	await page.waitForSelector('[data-testid="results"][data-ready="true"]');
	await typeShare(page, '1.2');
	const question = page.waitForEvent('dialog');
	reload(page);
	const dialog = await question;
	assert.equal(dialog.type(), 'beforeunload', 'unsaved changes: the browser asks');
	await dialog.dismiss();
	assert.equal(await shareSlider(page).inputValue(), '1.2', 'staying keeps the work');

	// A link out of the app asks too; answering "stay" stays.
	const asked = new Promise<string>((resolve) =>
		page.once('dialog', (dialog) => {
			resolve(dialog.message());
			void dialog.dismiss();
		})
	);
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = 'https://example.invalid/elsewhere';
		link.textContent = 'elsewhere';
		link.id = 'outside-link';
		document.querySelector('main')?.append(link);
	});
	await page.locator('#outside-link').click();
	assert.match(await asked, /unsaved changes/);
	assert.equal(new URL(page.url()).origin, baseURL);
});

for (const [width, height] of [
	[1366, 768],
	[390, 844]
] as const) {
	test(`the planner at ${width}×${height} has no serious accessibility violations`, async ({
		page,
		baseURL
	}) => {
		await page.setViewportSize({ width, height });
		await openPlanner(page, `${baseURL}/?lang=en`);
		await typeShare(page, '1.2');
		const violations = await runAxe(page);
		assert.deepEqual(violations, [], describeViolations(violations));
	});
}
