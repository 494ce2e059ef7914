/**
 * "Why?" on the planner: the waterfall of a change adds up to the change shown (read from the
 * table as the page writes it), with a sentence, a chart titled with the year and its units;
 * a lever move that lowers the index is explained in one sentence near the headline. Axe clean.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { describeViolations, runAxe, useApp } from './harness';
import { drag, openPlanner } from './plannerPage';

const test = useApp();
/** The years and rule the surprises were seen with: planning from 2023, pro rata. */
const SURPRISE =
	'i.trainingBudgetShare=0.9&i.fundingRule=pro_rata&i.firstPlanningYear=2023&i.targetYear=2026';

/** A signed number as the page writes it ("−0,44", "+1.36") in hundredths. */
function cents(text: string, lang: 'id' | 'en'): number {
	const plain = text
		.trim()
		.replace('−', '-')
		.replace('±', '')
		.replace(lang === 'id' ? /\./g : /,/g, '')
		.replace(',', '.');
	const value = Number(plain);
	assert.ok(Number.isFinite(value), `a number: "${text}"`);
	return Math.round(value * 100);
}

/** Waits until the panel has projected at least `count` times and is not waiting. */
async function whyRuns(page: Page, count: number): Promise<void> {
	await page.waitForFunction((n) => {
		const why = document.querySelector<HTMLElement>('[data-testid="why"]');
		return Number(why?.dataset.runs) >= n && why?.dataset.pending === 'false';
	}, count);
}

async function openWhy(page: Page): Promise<void> {
	await page.locator('[data-testid="why"] summary').click();
	await page.locator('[data-testid="why-sentence"]').waitFor();
}

for (const lang of ['id', 'en'] as const) {
	test(`the waterfall adds up to the change shown (${lang})`, async ({ page, baseURL }) => {
		await openPlanner(
			page,
			`${baseURL}/?lang=${lang}&v=1.0.0&s=1&${SURPRISE}&i.studyAssignments=2`
		);
		await whyRuns(page, 1);
		await openWhy(page);

		const rows = page.locator('[data-testid="why-causes"] tbody td.num');
		const parts = (await rows.allInnerTexts()).map((text) => cents(text, lang));
		assert.ok(parts.length >= 2, `several causes: ${parts}`);
		const total = cents(
			await page.locator('[data-testid="why-causes"] tfoot td.num').innerText(),
			lang
		);
		assert.equal(
			parts.reduce((a, b) => a + b, 0),
			total,
			'the causes add up to the total'
		);
		assert.ok(total < 0, 'funded study assignments lower the 2026 index');
		const dimensions = (
			await page.locator('[data-testid="why-dimensions"] tbody td.num').allInnerTexts()
		).map((text) => cents(text, lang));
		assert.equal(dimensions.length, 4);
		assert.equal(
			dimensions.reduce((a, b) => a + b, 0),
			total,
			'the dimensions add up to the total'
		);

		// The figure explained is named, with the same total beside it.
		const figure = await page.locator('[data-testid="why-figure"]').innerText();
		const totalText = await page.locator('[data-testid="why-causes"] tfoot td.num').innerText();
		assert.ok(figure.includes(totalText.trim()), `${figure} names ${totalText}`);
		assert.match(figure, lang === 'id' ? /deterministik/ : /deterministic/);
		const before = figure.match(/(\d+[.,]\d\d) → /)![1];
		const after = figure.match(/→ .*?(\d+[.,]\d\d)/)![1];
		assert.equal(cents(after, lang) - cents(before, lang), total, 'after − before = total');

		// The bars: each starts where the one before ended; the last cause ends at the total.
		const bars = await page.locator('figure[data-chart="why"] g.step').evaluateAll((gs) =>
			gs.map((g) => ({
				key: g.getAttribute('data-key'),
				value: Number(g.getAttribute('data-value'))
			}))
		);
		const causeBars = bars.filter((b) => b.key !== 'total');
		assert.equal(causeBars.length, parts.length, 'one bar per row of the table');
		assert.equal(
			Math.round(causeBars.reduce((a, b) => a + b.value, 0) * 100),
			total,
			'the bars add up to the total'
		);
		assert.equal(Math.round(bars[bars.length - 1].value * 100), total);

		const sentence = await page.locator('[data-testid="why-sentence"]').innerText();
		assert.match(sentence, /2026/);
		assert.match(sentence, lang === 'id' ? /lebih rendah dari status quo/ : /below the status quo/);
		const chart = page.locator('figure[data-chart="why"]');
		const chartText = await chart.innerText();
		assert.match(chartText, /2026/, 'the chart names the year');
		assert.match(chartText, lang === 'id' ? /poin/ : /points/, 'the chart names its units');

		// Against the year before: the parts still add up.
		await page
			.getByRole('radio', { name: lang === 'id' ? /tahun sebelumnya/ : /year before/ })
			.check();
		await page.waitForFunction(() =>
			/2025/.test(document.querySelector('[data-testid="why-sentence"]')?.textContent ?? '')
		);
		const yoy = (await rows.allInnerTexts()).map((text) => cents(text, lang));
		const yoyTotal = cents(
			await page.locator('[data-testid="why-causes"] tfoot td.num').innerText(),
			lang
		);
		assert.equal(
			yoy.reduce((a, b) => a + b, 0),
			yoyTotal
		);

		const violations = await runAxe(page);
		assert.equal(violations.length, 0, describeViolations(violations));
	});
}

test('a lever move that lowers the index is explained in one sentence', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?lang=en&v=1.0.0&s=1&${SURPRISE}`);
	await whyRuns(page, 1);
	const note = page.locator('[data-testid="why-lever-note"]');
	assert.equal(await note.getAttribute('aria-live'), 'polite');
	assert.equal((await note.innerText()).trim(), '', 'nothing to explain before a move');
	const runs = Number(await page.getAttribute('[data-testid="why"]', 'data-runs'));
	await drag(page, /Training coverage — Bidang Akuntansi/, 80);
	await whyRuns(page, runs + 1);
	await page.waitForFunction(
		() => (document.querySelector('[data-testid="why-lever-note"]')?.textContent ?? '') !== ''
	);
	const text = await note.innerText();
	assert.match(text, /the 2026 index falls \d+\.\d\d points/);
	assert.match(text, /extra training places for Bidang Akuntansi were paid for by cutting/);
	assert.match(text, /\d other units? \(/);

	const violations = await runAxe(page);
	assert.equal(violations.length, 0, describeViolations(violations));
});
