/**
 * The planner's cost-per-point card in a real browser: the marginal cost per index point in the
 * target year (that year's extra spending ÷ that year's gain), never a negative Rupiah, with the
 * cumulative extra spending beside it under its own label.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useApp } from './harness';
import { drag, openPlanner } from './plannerPage';

const test = useApp();

const card = (page: Page) => page.locator('[data-testid="kpi-cost-per-point"]').first();

async function readCard(page: Page) {
	const c = card(page);
	return {
		title: await c.locator('h3').innerText(),
		value: await c.locator('.kpi-value').innerText(),
		amount: await c.getAttribute('data-cost-per-point'),
		cumulative: await c.locator('[data-testid="kpi-cumulative-extra"]').innerText(),
		text: await c.innerText()
	};
}

/** A Rupiah amount with a minus sign before or after "Rp". */
const NEGATIVE_RUPIAH = /[−-]\s*Rp|Rp\s*[−-]/;

test('a larger share: a positive marginal cost per point, the cumulative spending beside it', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	await drag(page, /^Training budget share$/, 3);
	const shown = await readCard(page);
	assert.match(shown.title, /^Extra cost per point, \d{4}$/);
	assert.ok(Number(shown.amount) > 0, `cost per point should be positive: ${shown.amount}`);
	assert.match(shown.value, /^Rp \d/);
	assert.match(shown.cumulative, /^Cumulative extra spending \d{4}–\d{4}: Rp \d/);
	assert.doesNotMatch(shown.text, NEGATIVE_RUPIAH);
});

test('less than the status quo: a sentence, never a negative Rupiah', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	await drag(page, /^Training budget share$/, 0);
	const shown = await readCard(page);
	assert.equal(shown.amount, '');
	assert.equal(shown.value, 'no gain over the status quo');
	assert.match(shown.cumulative, /less than the status quo/);
	assert.doesNotMatch(shown.text, NEGATIVE_RUPIAH);
});

test('in Indonesian the card names the year and the cumulative spending', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?lang=id`);
	await drag(page, /^Porsi anggaran pengembangan$/, 3);
	const shown = await readCard(page);
	assert.match(shown.title, /^Biaya tambahan per poin, tahun \d{4}$/);
	assert.ok(Number(shown.amount) > 0);
	assert.match(shown.cumulative, /^Tambahan belanja kumulatif \d{4}–\d{4}: Rp \d/);
	assert.doesNotMatch(shown.text, NEGATIVE_RUPIAH);
});
