/**
 * Whose index is 71.59: on every page that shows the study's start index (planner, compare,
 * meeting, both briefs, decide, model, data), a note on the same screen says it is the city
 * government's 2021 IPASN used as the agency's starting point; in Bahasa Indonesia by default,
 * in English once, and on the printed brief. And the planner names, beside the bands, the three
 * assumptions that move the target year's index most, with their ranges and index ends, updated
 * when the scenario changes, and linked to the decision page's tornado.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, runAxe, useApp } from './harness';
import { drag, openPlanner } from './plannerPage';
import { numberInput } from '../../src/lib/scenario/scenario';

process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), 'ipasn-start-e2e-')), 'e2e.db');
delete process.env.PLANNER_TOKEN;

const test = useApp();

const NOTE = '[data-testid="starting-point-note"]';
const DRIVERS = '[data-testid="top-drivers"]';
/** The default target year (it follows the calendar), whose index the drivers panel explains. */
const TARGET_YEAR = numberInput({}, 'targetYear');
/** The recorded figure as each language prints it. */
const CITY_INDEX = { id: '71,59', en: '71.59' } as const;
/** What the note must say, in each language. */
const NOTE_SAYS = {
	id: [/Pemerintah Kota Bontang/, /2021/, /titik awal BPKAD Kota Bontang/, /sendiri/],
	en: [/Kota Bontang city government/, /2021/, /starting point/, /enters its own/]
} as const;

async function createScenario(baseURL: string, name: string, inputs: Record<string, number>) {
	const response = await fetch(`${baseURL}/api/scenarios`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: baseURL },
		body: JSON.stringify({ name, inputs })
	});
	const text = await response.text();
	assert.equal(response.status, 201, `creating "${name}": ${text}`);
	return (JSON.parse(text) as { id: string }).id;
}

let saved: Promise<[string, string]> | undefined;
const scenarios = (baseURL: string) =>
	(saved ??= Promise.all([
		createScenario(baseURL, 'Porsi 1,5 %', { trainingBudgetShare: 1.5 }),
		createScenario(baseURL, 'Porsi 1 %', { trainingBudgetShare: 1 })
	]));

/** Visible text of the page, SVG labels included (innerText leaves some of them out). */
async function visibleText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const svgText = [...document.querySelectorAll('svg text')]
			.filter((t) => (t as SVGGraphicsElement).getBBox().width > 0)
			.map((t) => t.textContent ?? '');
		return `${document.body.innerText}\n${svgText.join('\n')}`;
	});
}

/**
 * Where the page shows the city's figure, a visible note says whose it is; returns whether the
 * figure was shown. The note's own text is left out when looking for the figure.
 */
async function checkNote(page: Page, lang: 'id' | 'en', where: string): Promise<boolean> {
	const notes = page.locator(NOTE);
	const noteTexts = await notes.allInnerTexts();
	let text = await visibleText(page);
	for (const n of noteTexts) text = text.split(n).join('');
	const shown = text.includes(CITY_INDEX[lang]);
	if (!shown) return false;
	assert.ok(noteTexts.length > 0, `${where} shows ${CITY_INDEX[lang]} without the note`);
	const visible = await notes.first().isVisible();
	assert.ok(visible, `${where}: the note is there but not visible`);
	for (const n of noteTexts) {
		assert.ok(n.includes(CITY_INDEX[lang]), `${where}: the note names the figure: ${n}`);
		for (const says of NOTE_SAYS[lang]) assert.match(n, says, `${where}: ${n}`);
	}
	return true;
}

test('every page that shows 71,59 says it is the city government’s index', async ({
	page,
	baseURL
}) => {
	const [a, b] = await scenarios(baseURL);
	/** Pages and whether they must show the figure (decide shows no start index today). */
	const pages: Array<[path: string, mustShow: boolean]> = [
		['/', true],
		[`/compare?ids=${a},${b}`, true],
		[`/meeting?ids=${a},${b}`, true],
		[`/report/${a}`, true],
		['/report', true],
		['/decide', false],
		['/model', true],
		['/data', true]
	];
	for (const [path, mustShow] of pages) {
		await page.goto(`${baseURL}${path}`);
		await page.waitForLoadState('networkidle');
		if (path === '/data') await page.waitForSelector('[data-testid="baseline-index"]');
		const shown = await checkNote(page, 'id', path);
		if (mustShow) assert.ok(shown, `${path} should show ${CITY_INDEX.id}`);
	}
});

test('in English too, and on the printed brief', async ({ page, baseURL }) => {
	const [a] = await scenarios(baseURL);
	await openPlanner(page, `${baseURL}/?lang=en`);
	assert.ok(await checkNote(page, 'en', '/?lang=en'), 'the planner shows 71.59 in English');

	await page.goto(`${baseURL}/report/${a}?lang=en`);
	await page.emulateMedia({ media: 'print' });
	assert.ok(await checkNote(page, 'en', 'printed brief'), 'the printed brief shows 71.59');
});

/** The three rows of the drivers panel once its newest answer is shown. */
async function drivers(page: Page) {
	await page.waitForSelector(`${DRIVERS}[data-state="done"] li`);
	return page.locator(`${DRIVERS} li`).evaluateAll((items) =>
		items.map((li) => ({
			id: li.getAttribute('data-input') ?? '',
			name: li.querySelector('.name')?.textContent?.trim() ?? '',
			text: (li as HTMLElement).innerText
		}))
	);
}

test(`the planner names the three assumptions that move the ${TARGET_YEAR} index most`, async ({
	page,
	baseURL
}) => {
	await openPlanner(page, baseURL);
	const panel = page.getByRole('region', {
		name: new RegExp(`Asumsi yang paling menggerakkan indeks ${TARGET_YEAR}`)
	});
	await panel.waitFor();
	const rows = await drivers(page);
	assert.equal(rows.length, 3, JSON.stringify(rows));
	assert.equal(new Set(rows.map((r) => r.id)).size, 3, 'three different assumptions');
	// Each is an assumption of the assumptions panel, named as there.
	const assumptionNames = (await page.locator('.assumptions').textContent()) ?? '';
	for (const r of rows) {
		assert.ok(r.name.length > 0, `a named assumption: ${r.text}`);
		assert.ok(assumptionNames.includes(r.name), `"${r.name}" is an assumption on the planner`);
		// low → high values, and the index at each end in Indonesian format (decimal comma).
		assert.match(r.text, /→/);
		assert.match(r.text, /indeks \d{1,3},\d{2} → \d{1,3},\d{2}/, r.text);
	}
	// The largest swing first.
	const swings = rows.map((r) =>
		Number(/selisih ([\d,]+) poin/.exec(r.text)?.[1].replace(',', '.'))
	);
	assert.ok(swings[0] >= swings[1] && swings[1] >= swings[2], `sorted by swing: ${swings}`);

	// "See all" goes to the decision page's tornado of this scenario.
	const link = page.getByRole('link', { name: /Lihat semua asumsi dan tuas/ });
	const href = (await link.getAttribute('href')) ?? '';
	assert.match(href, /^\/decide\?.*#sensitivity$/);

	// A new scenario: the panel is computed again for it.
	const before = rows.map((r) => r.text).join('\n');
	await drag(page, /^Porsi anggaran pengembangan$/, 3);
	await page.waitForFunction(
		([sel, old]) => {
			const el = document.querySelector<HTMLElement>(sel);
			return (
				el?.dataset.state === 'done' &&
				[...el.querySelectorAll('li')].map((li) => li.innerText).join('\n') !== old
			);
		},
		[DRIVERS, before] as const,
		{ timeout: 20_000 }
	);
	assert.equal((await drivers(page)).length, 3);

	const violations = await runAxe(page, {
		runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }
	});
	const mine = violations.filter((v) =>
		v.nodes.some((n) => String(n.target).includes('top-drivers'))
	);
	assert.equal(mine.length, 0, describeViolations(mine));

	await link.click();
	await page.waitForURL(/\/decide\?.*#sensitivity$/);
	await page.locator('#sensitivity').waitFor();
});

test('the panel follows the target year', async ({ page, baseURL }) => {
	// Another target year than the default (still after the first planning year).
	const year = TARGET_YEAR - 1;
	await openPlanner(page, `${baseURL}/?i.targetYear=${year}&lang=en`);
	await page
		.getByRole('region', { name: new RegExp(`Assumptions that move the ${year} index most`) })
		.waitFor();
	const rows = await drivers(page);
	assert.equal(rows.length, 3);
	for (const r of rows) assert.match(r.text, /index \d{1,3}\.\d{2} → \d{1,3}\.\d{2}/, r.text);
});
