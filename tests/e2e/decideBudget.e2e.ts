/**
 * The decision page's budget half in a real browser: the optimiser shows its realistic ranges
 * as editable limits (an out-of-range limit is refused with a message), keeps every lever inside
 * them, never lowers the index, and the planner shows the same index for the opened plan; the rotation table never
 * schedules more than the places funded and agrees with its CSV download; the page stays
 * accessible and fits a phone.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describeViolations, runAxe, useApp } from './harness';
import { readCsvComments } from '../../src/lib/exports/csv';

const test = useApp();

test('the optimiser keeps to the realistic ranges shown, and the planner shows its index', async ({
	page,
	baseURL
}) => {
	await page.goto(`${baseURL}/decide?lang=en`);
	await page.waitForLoadState('networkidle');
	const optimiser = page.getByTestId('optimiser');
	const ranges = optimiser.getByTestId('optimiser-ranges');
	assert.equal(await ranges.locator('tr[data-range]').count(), 4, 'one row per optimised lever');

	// Out of town starts at the "no local provider" minimum, and cannot go below it.
	const outMin = ranges.getByLabel('Out-of-town training share, minimum (%)');
	const minimum = Number(await outMin.inputValue());
	assert.ok(minimum >= 50, `out-of-town minimum ${minimum}`);
	await outMin.fill('0');
	const problem = ranges.getByTestId('range-outOfTownShare-problem');
	await problem.waitFor();
	assert.match((await problem.textContent()) ?? '', /between \d+ and 100/);
	assert.equal(await outMin.getAttribute('aria-invalid'), 'true');
	await outMin.fill(String(minimum));
	await problem.waitFor({ state: 'detached' });

	// The planner's own limits are carried into the run.
	await ranges.getByLabel('Training coverage per unit, minimum (%)').fill('45');
	await ranges.getByLabel('Seminar / workshop coverage, maximum (%)').fill('60');
	await ranges.getByLabel('Matched to duties, maximum (%)').fill('70');
	await optimiser.getByRole('button', { name: 'Find the best allocation' }).click();
	const result = optimiser.getByTestId('optimiser-result');
	await result.waitFor({ timeout: 60_000 });

	const before = Number(await result.getByTestId('index-before').getAttribute('data-value'));
	const after = Number(await result.getByTestId('index-after').getAttribute('data-value'));
	assert.ok(Number.isFinite(before) && Number.isFinite(after), `${before} ${after}`);
	assert.ok(after >= before - 1e-9, `after ${after} ≥ before ${before}`);

	const plan = await result
		.locator('[data-testid="optimiser-plan"] tr[data-input-id]')
		.evaluateAll((rows) =>
			rows.map((r) => ({
				id: r.getAttribute('data-input-id') ?? '',
				after: Number(r.getAttribute('data-after'))
			}))
		);
	const value = (id: string) => plan.find((p) => p.id === id)?.after ?? NaN;
	const coverage = plan.filter((p) => p.id.startsWith('coverage.'));
	assert.equal(coverage.length, 5, 'one coverage row per Bontang unit');
	for (const { id, after } of coverage) assert.ok(after >= 45 && after <= 100, `${id} = ${after}`);
	assert.ok(value('outOfTownShare') >= minimum, `out of town ${value('outOfTownShare')}`);
	assert.ok(value('seminarCoverage') <= 60, `seminar ${value('seminarCoverage')}`);
	assert.ok(value('matchedToDuties') <= 70, `matched ${value('matchedToDuties')}`);

	const shown = (await result.getByTestId('index-after-text').textContent())?.trim();

	await page.setViewportSize({ width: 390, height: 800 });
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	assert.ok(overflow <= 0, `no sideways scroll at 390 px (overflow ${overflow} px)`);
	const violations = await runAxe(page);
	assert.equal(violations.length, 0, describeViolations(violations));
	await page.setViewportSize({ width: 1280, height: 800 });

	// Opening the plan shows the same index in the planner.
	const link = result.getByRole('link', { name: 'Open in the planner' });
	assert.match((await link.getAttribute('href')) ?? '', /^\/\?.*i\.matchedToDuties=/);
	await link.click();
	await page.waitForURL((url) => url.pathname === '/');
	const kpi = page.getByTestId('kpi-index').locator('.kpi-value');
	await kpi.waitFor();
	assert.equal((await kpi.textContent())?.trim(), shown, 'the planner shows the optimiser’s index');
});

test('the rotation table never exceeds the places funded and matches its CSV', async ({
	page,
	baseURL
}) => {
	await page.goto(`${baseURL}/decide?lang=en`);
	await page.waitForLoadState('networkidle');
	const rotation = page.getByTestId('rotation');
	const cells = await rotation
		.locator('[data-testid="rotation-table"] td[data-unit]')
		.evaluateAll((tds) =>
			tds.map((td) => ({
				year: td.getAttribute('data-year') ?? '',
				unit: td.getAttribute('data-unit') ?? '',
				scheduled: Number(td.getAttribute('data-scheduled')),
				funded: Number(td.getAttribute('data-funded'))
			}))
		);
	assert.ok(cells.length >= 5, `cells: ${cells.length}`);
	for (const c of cells) {
		assert.ok(c.scheduled <= c.funded, `${c.unit} ${c.year}: ${c.scheduled} ≤ ${c.funded}`);
	}

	const [file] = await Promise.all([
		page.waitForEvent('download'),
		rotation.getByRole('button', { name: 'Download CSV' }).click()
	]);
	assert.match(
		file.suggestedFilename(),
		/^ipasn-bpkad-kota-bontang-[a-z0-9-]+-rotation-schedule-\d{4}-\d{2}-\d{2}\.csv$/
	);
	const path = await file.path();
	assert.ok(path, `the download failed: ${await file.failure()}`);
	const { comments, body: text } = readCsvComments(await readFile(path, 'utf8'));
	assert.equal(comments[0], 'Agency: BPKAD Kota Bontang');
	assert.ok(comments.includes('Illustrative staff data (synthetic roster), not BPKAD data'));
	const [header, ...lines] = text.trimEnd().split(/\r?\n/);
	const columns = header.split(',');
	const yearAt = columns.indexOf('Year');
	const unitAt = columns.indexOf('Unit id');
	assert.ok(yearAt >= 0 && unitAt >= 0, header);
	const counted = new Map<string, number>();
	for (const line of lines) {
		const cellsOfLine = line.split(',');
		const key = `${cellsOfLine[yearAt]}|${cellsOfLine[unitAt]}`;
		counted.set(key, (counted.get(key) ?? 0) + 1);
	}
	for (const c of cells) {
		const n = counted.get(`${c.year}|${c.unit}`) ?? 0;
		assert.equal(n, c.scheduled, `CSV rows for ${c.unit} ${c.year}`);
		assert.ok(n <= c.funded, `CSV ${c.unit} ${c.year}: ${n} ≤ ${c.funded}`);
	}
	assert.equal(
		lines.length,
		cells.reduce((s, c) => s + c.scheduled, 0),
		'the CSV has exactly the scheduled places'
	);

	// The people lists open from the keyboard.
	const first = rotation.locator('details > summary').first();
	await first.focus();
	await page.keyboard.press('Enter');
	assert.equal(await rotation.locator('details').first().getAttribute('open'), '');

	const violations = await runAxe(page);
	assert.equal(violations.length, 0, describeViolations(violations));
});
