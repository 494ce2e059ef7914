/**
 * The goal seek's year-by-year path on the decision page: beside each year's share, the path's
 * index and the status quo's, the path never below the status quo; the note says so.
 */
import assert from 'node:assert/strict';
import { useApp } from './harness';

const test = useApp();

test('the year-by-year path to 77 by 2028 keeps every year at or above the status quo', async ({
	page,
	baseURL
}) => {
	// Planning years set in the link (the defaults follow the calendar): a six-year path.
	await page.goto(
		`${baseURL}/decide?lang=en&i.firstPlanningYear=2023&i.targetYear=2028&i.endYear=2030`
	);
	await page.waitForSelector('[data-testid="curve-status"][data-valid="true"]');
	await page.getByLabel('Target index').fill('77');
	await page.getByLabel('Year', { exact: true }).selectOption('2028');
	await page.getByLabel('Median (50 % chance)').check();
	await page.getByRole('button', { name: 'Find the share' }).click();
	await page.getByTestId('goal-share').waitFor({ timeout: 120_000 });

	const read = async (testId: string) =>
		(await page.getByTestId(testId).allInnerTexts()).map((t) => Number(t.replace(/,/g, '')));
	const path = await read('goal-path-index');
	const statusQuo = await read('goal-baseline-index');
	assert.equal(path.length, 6, 'one row per planning year 2023–2028');
	assert.equal(statusQuo.length, path.length);
	path.forEach((index, k) => {
		assert.ok(Number.isFinite(index) && Number.isFinite(statusQuo[k]), `row ${k} has numbers`);
		assert.ok(
			index >= statusQuo[k],
			`row ${k}: path ${index} below the status quo ${statusQuo[k]}`
		);
	});
	assert.ok(path.at(-1)! >= 77, `the path reaches the target: ${path.at(-1)}`);
	assert.match(
		await page.getByTestId('goal-path-note').innerText(),
		/no year's index falls below the status quo/
	);
});
