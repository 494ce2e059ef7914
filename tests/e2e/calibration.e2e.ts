/*
 * The fit to the budget history on /model (issue 11): the fitted values (the defaults), the
 * chart and table of observed against replayed, the COVID caveat, and the drawn marks.
 */
import assert from 'node:assert/strict';
import { CALIBRATION_RECORD } from '../../src/lib/scenario/calibrationRecord';
import { INPUT_SPECS } from '../../src/lib/scenario/inputSpecs';
import { describeViolations, runAxe, useApp } from './harness';

const test = useApp();

test('/model shows the fit: fitted values, a titled chart, observed against replayed, the caveat', async ({
	page,
	baseURL
}) => {
	await page.goto(`${baseURL}/model`);
	const heading = page.getByRole('heading', { name: 'Disesuaikan dengan riwayat anggaran' });
	await heading.waitFor();

	// Every fitted value is listed, in Indonesian format, and is the input's default.
	for (const [id, value] of Object.entries(CALIBRATION_RECORD.parameters)) {
		const row = page.locator(`tr[data-fitted-id="${id}"]`);
		const text = await row.innerText();
		const spec = INPUT_SPECS.find((s) => s.id === id);
		assert.equal(spec?.default, value, `${id}: the default is the fitted value`);
		const shown =
			spec?.type === 'number' && spec.unit === 'rupiah'
				? `Rp ${value.toLocaleString('id-ID')}`
				: `${value} %`;
		assert.ok(text.replace(/\s/g, ' ').includes(shown), `${id}: "${text}" shows ${shown}`);
	}

	// The chart has a title with the years and a description; the table has every row.
	const chart = page.getByTestId('fit-chart');
	const title = await chart.locator('title').textContent();
	assert.match(title ?? '', /2022–2024/);
	assert.ok(((await chart.locator('desc').textContent()) ?? '').includes('71,59'));
	const rows = page.locator('tr[data-measure]');
	assert.equal(await rows.count(), CALIBRATION_RECORD.history.length);
	const indexRow = await page.locator('tr[data-year="2024"][data-measure="index"]').innerText();
	assert.ok(indexRow.includes('71,59'), indexRow);

	await page.getByText('Catatan COVID-19').waitFor();
	await page
		.getByText(/Inpres 4\/2020/)
		.first()
		.waitFor();

	// Drawn marks: costs and free shares are drawn now; the rulebook (a choice) is not.
	for (const id of [
		'costBimtekInTown',
		'externalTechnicalShare',
		'ceilingGrowth',
		'costInflation'
	]) {
		assert.equal(
			await page.locator(`tr[data-input-id="${id}"]`).getAttribute('data-drawn'),
			'true',
			id
		);
	}
	assert.equal(
		await page.locator('tr[data-input-id="rulebook"]').getAttribute('data-drawn'),
		'false'
	);

	const violations = await runAxe(page);
	assert.deepEqual(violations, [], describeViolations(violations));
});

test('the fit reads in English too', async ({ page, baseURL }) => {
	await page.goto(`${baseURL}/model?lang=en`);
	await page.getByRole('heading', { name: 'Fitted to the budget history' }).waitFor();
	await page.getByText('COVID-19 caveat').waitFor();
	const title = await page.getByTestId('fit-chart').locator('title').textContent();
	assert.match(title ?? '', /Observed index and the replays, 2022–2024/);
});
