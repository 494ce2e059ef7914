/**
 * Money the plan cannot spend is said plainly: at a 3 % share everything asked is funded
 * and the planner names the Rupiah left per year and the asks to raise; at the default
 * share (the budget is short) there is no notice.
 */
import assert from 'node:assert/strict';
import { useApp } from './harness';
import { openPlanner } from './plannerPage';

const test = useApp();
const NOTICE = '[data-testid="unspent-notice"]';

test('a 3 % share shows the money left unspent, in Rupiah, and what to raise', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?lang=id&v=1.0.0&s=1&i.trainingBudgetShare=3`);
	const notice = page.locator(NOTICE);
	await notice.waitFor();
	const text = (await notice.textContent()) ?? '';
	assert.match(text, /tidak dapat dibelanjakan/);
	assert.match(text, /Rp \d+(\.\d{3})*,\d (jt|M) pada 20\d\d/, `a Rupiah amount per year: ${text}`);
	assert.match(text, /cakupan Bimtek|cakupan seminar/, `names an ask to raise: ${text}`);
});

test('the same notice in English', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en&v=1.0.0&s=1&i.trainingBudgetShare=3`);
	const notice = page.locator(NOTICE);
	await notice.waitFor();
	assert.match((await notice.textContent()) ?? '', /Rp [\d,]+\.\d (m|bn) in 20\d\d/);
});

test('no notice at the default share', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=id`);
	assert.equal(await page.locator(NOTICE).count(), 0);
});
