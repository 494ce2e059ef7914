/**
 * Meeting mode on a projector, in a real browser: the summary slide puts every scenario and
 * the status quo side by side; Space and the other keys step and the address keeps the
 * slide; each scenario slide says met or missed, the gap, the cost per year and in total with
 * its years and the difference from the status quo; every slide fills 1366×768 and 1920×1080
 * without scrolling, grows with the screen (≥ 1.3× at 1920) and has no text under 18 px at
 * 1366; axe is clean on every slide. Screenshots of every slide at both sizes go to
 * test-results/meeting/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, runAxe, useApp } from './harness';

// A database of this file's own, so the tests neither see nor leave scenarios in ./data.
process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), 'ipasn-meeting-e2e-')), 'e2e.db');
delete process.env.PLANNER_TOKEN;

const test = useApp();
const SHOTS = resolve(import.meta.dirname, '../../test-results/meeting');

const SCENARIOS = [
	{ name: 'Anggaran 1,5 %', inputs: { trainingBudgetShare: 1.5 } },
	{
		name: 'Cakupan merata 70 %',
		inputs: { trainingBudgetShare: 1.2, coverage: 70, fundingRule: 'least_covered_first' }
	},
	{
		name: 'Kader dan tugas belajar',
		inputs: { trainingBudgetShare: 1.2, studyAssignments: 3, cadreSchoolPlaces: 5 }
	},
	{ name: 'Anggaran 0,3 %', inputs: { trainingBudgetShare: 0.3 } }
];
/** Summary, status quo, then the scenarios (four, the most a meeting shows: five columns). */
const SLIDES = 2 + SCENARIOS.length;

async function createScenario(baseURL: string, body: object): Promise<string> {
	const response = await fetch(`${baseURL}/api/scenarios`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: baseURL },
		body: JSON.stringify(body)
	});
	const text = await response.text();
	assert.equal(response.status, 201, text);
	return (JSON.parse(text) as { id: string }).id;
}

let saved: Promise<string[]> | undefined;
function meetingURL(baseURL: string, at?: number): Promise<string> {
	saved ??= (async () => {
		const ids: string[] = [];
		for (const s of SCENARIOS) ids.push(await createScenario(baseURL, s));
		return ids;
	})();
	return saved.then(
		(ids) => `${baseURL}/meeting?ids=${ids.join(',')}${at === undefined ? '' : `&at=${at}`}`
	);
}

async function ready(page: Page): Promise<void> {
	await page.waitForSelector('[data-meeting][data-ready="true"]');
}

/** "3 / 5" as the room sees it. */
async function position(page: Page): Promise<string> {
	return (
		await page.getByTestId('meeting-position').locator('[aria-hidden="true"]').innerText()
	).trim();
}

/** Waits until the page shows slide `n` of the deck. */
async function onSlide(page: Page, n: number): Promise<void> {
	await page.waitForFunction(
		(want) =>
			document
				.querySelector('[data-testid="meeting-position"] [aria-hidden="true"]')
				?.textContent?.trim() === want,
		`${n} / ${SLIDES}`
	);
}

/** The slide's name in the bar, without the agency under it. */
async function slideName(page: Page): Promise<string> {
	return (
		await page.getByTestId('meeting-name').evaluate((h2) =>
			[...h2.childNodes]
				.filter((n) => n.nodeType === Node.TEXT_NODE)
				.map((n) => n.textContent)
				.join('')
		)
	).trim();
}

/** Once the chart has drawn at its measured size (the fill mode measures, then draws). */
async function settled(page: Page): Promise<void> {
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
}

interface TextSize {
	text: string;
	px: number;
}

/**
 * Every visible piece of text and its rendered size: the computed font size for HTML; for
 * SVG text, the font size times the SVG's scale on screen (its viewBox may shrink or grow it).
 */
function visibleTextSizes(page: Page): Promise<TextSize[]> {
	return page.evaluate(() => {
		const out: TextSize[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim() ?? '';
			const el: Element | null = node.parentElement;
			if (!text || !el) continue;
			if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const box = range.getBoundingClientRect();
			// Screen-reader-only text (1×1 px, clipped) and text off screen are not seen.
			if (box.width <= 2 || box.height <= 2) continue;
			if (getComputedStyle(el).clipPath.includes('inset(50%)')) continue;
			if (el.closest('.visually-hidden, .skip')) continue;
			const size = parseFloat(getComputedStyle(el).fontSize);
			if (el instanceof SVGGraphicsElement) {
				const ctm = el.getScreenCTM();
				const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
				out.push({ text, px: size * scale });
			} else {
				out.push({ text, px: size });
			}
		}
		return out;
	});
}

/** The rendered size of the chart's first x-axis tick label (font size × the SVG's scale). */
function tickLabelPx(page: Page): Promise<number> {
	return page
		.locator('.axis-x text')
		.first()
		.evaluate((el) => {
			const ctm = (el as SVGGraphicsElement).getScreenCTM();
			return parseFloat(getComputedStyle(el).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
		});
}

function headlinePx(page: Page): Promise<number> {
	return page
		.locator('.index-value')
		.first()
		.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
}

function noScroll(page: Page): Promise<{ scroll: number; inner: number }> {
	return page.evaluate(() => ({
		scroll: document.scrollingElement!.scrollHeight,
		inner: window.innerHeight
	}));
}

test('the summary slide shows every scenario and the status quo side by side', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto(await meetingURL(baseURL));
	await ready(page);
	assert.equal(await position(page), `1 / ${SLIDES}`);
	assert.equal(await slideName(page), 'Ringkasan');

	const table = page.getByTestId('meeting-summary');
	const heads = await table.locator('thead th').allInnerTexts();
	assert.deepEqual(
		heads.map((h) => h.trim()),
		['Status quo', ...SCENARIOS.map((s) => s.name)]
	);
	const row = async (id: string) =>
		(await table.locator(`tr[data-row="${id}"] td`).allInnerTexts()).map((t) =>
			t.replace(/\s+/g, ' ').trim()
		);
	const indices = await row('index');
	for (const v of indices) assert.match(v, /^\d{2},\d{2}$/, `index in the target year: ${v}`);
	const lines = await table.locator('tr[data-row="index"] td').evaluateAll((cells) =>
		cells.map((td) => {
			const range = document.createRange();
			range.selectNodeContents(td);
			return range.getBoundingClientRect().height / parseFloat(getComputedStyle(td).fontSize);
		})
	);
	for (const l of lines) assert.ok(l < 1.6, `each index on one line (${l.toFixed(2)} em tall)`);
	assert.match(
		await table.locator('tr[data-row="index"] th').innerText(),
		/^Indeks 20\d\d$/,
		'the row names the target year'
	);
	for (const v of await row('category')) {
		assert.match(v, /^(Sangat Tinggi|Tinggi|Sedang|Rendah|Sangat Rendah)$/);
	}
	const verdicts = await row('target');
	for (const v of verdicts) assert.match(v, /^[✓✗] (tercapai|tidak tercapai)/, v);
	const totals = await row('totalCost');
	for (const v of totals)
		assert.match(v, /^Rp [\d.,]+ (M|jt) 20\d\d–20\d\d$/, `with its years: ${v}`);
	const perPoint = await row('costPerPoint');
	assert.equal(perPoint[0], '—', 'the status quo has no cost per point');
	for (const v of perPoint.slice(1)) assert.match(v, /^Rp [\d.,]+ (M|jt)$|^tidak ada|^tanpa/, v);

	// More budget, more index; the summary's numbers are the slides' own.
	const num = (s: string) => Number(s.replace('.', '').replace(',', '.'));
	assert.ok(num(indices[1]) > num(indices[0]), 'a 1.5 % budget beats the status quo');
	for (let k = 0; k < SLIDES - 1; k++) {
		await page.keyboard.press('ArrowRight');
		await onSlide(page, k + 2);
		const shown = await page.locator('.index-value').innerText();
		assert.equal(shown, indices[k], `slide ${k + 2} shows the summary's index`);
	}
	// The status quo is each scenario's "status quo" figure.
	assert.match(
		await page.getByTestId('meeting-gain').innerText(),
		new RegExp(`status quo ${indices[0]}`)
	);
});

test('a scenario slide says met or missed, the gap, the cost per year and its period', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto(await meetingURL(baseURL, 3));
	await ready(page);
	assert.equal(await slideName(page), SCENARIOS[0].name);
	const verdict = page.getByTestId('meeting-verdict');
	const kind = await verdict.getAttribute('data-verdict');
	const words = (await verdict.innerText()).replace(/\s+/g, ' ');
	assert.match(
		words,
		kind === 'met' ? /Target 75 tercapai/ : /Target 75 tidak tercapai kurang \d+,\d{2} poin/
	);
	// Met and missed differ in colour, not only in words.
	const colour = await verdict.evaluate((e) => getComputedStyle(e).color);
	await page.keyboard.press('End');
	await onSlide(page, SLIDES);
	const low = page.getByTestId('meeting-verdict');
	assert.equal(await low.getAttribute('data-verdict'), 'missed', '0.3 % misses the target');
	assert.match(
		(await low.innerText()).replace(/\s+/g, ' '),
		/tidak tercapai kurang \d+,\d{2} poin/
	);
	if (kind === 'met') {
		assert.notEqual(await low.evaluate((e) => getComputedStyle(e).color), colour);
	}
	const cost = (await page.getByTestId('meeting-cost').innerText()).replace(/\s+/g, ' ');
	assert.match(cost, /Rp [\d.,]+ (M|jt) per tahun total Rp [\d.,]+ (M|jt), 20\d\d–20\d\d/, cost);
	assert.match(
		(await page.getByTestId('meeting-gain').innerText()).replace(/\s+/g, ' '),
		/Dibanding status quo −\d+,\d{2} poin status quo \d+,\d{2}/
	);
	assert.match(
		(await page.getByTestId('meeting-extraCost').innerText()).replace(/\s+/g, ' '),
		/−Rp [\d.,]+ (M|jt) total 20\d\d–20\d\d/
	);
	assert.ok(
		!(await page.locator('[data-meeting]').innerText()).includes('kolom baseline'),
		'no note about a baseline column'
	);

	// The start value's label crosses no line of the chart.
	const crossings = await page.evaluate(() => {
		const label = document.querySelector('.start-label')!.getBoundingClientRect();
		const paths = [
			...document.querySelectorAll<SVGPathElement>('figure[data-chart] path[fill="none"]')
		];
		let hits = 0;
		for (const path of paths) {
			const ctm = path.getScreenCTM()!;
			const length = path.getTotalLength();
			for (let s = 0; s <= length; s += 2) {
				const p = path.getPointAtLength(s).matrixTransform(ctm);
				if (p.x >= label.left && p.x <= label.right && p.y >= label.top && p.y <= label.bottom)
					hits++;
			}
		}
		return hits;
	});
	assert.equal(crossings, 0, 'the start label overlaps no line');
});

test('Space and the other keys step; the address keeps the slide', async ({ page, baseURL }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto(await meetingURL(baseURL));
	await ready(page);
	await page.keyboard.press('Space');
	await onSlide(page, 2);
	assert.equal(await slideName(page), 'Status quo');
	assert.match(page.url(), /[?&]at=2(&|$)/);
	await page.keyboard.press('Space');
	await onSlide(page, 3);
	await page.keyboard.press('Shift+Space');
	await onSlide(page, 2);
	await page.keyboard.press('PageDown');
	await page.keyboard.press('ArrowRight');
	await onSlide(page, 4);
	assert.equal(await slideName(page), SCENARIOS[1].name);
	assert.match(page.url(), /[?&]at=4(&|$)/);

	await page.reload();
	await ready(page);
	assert.equal(await position(page), `4 / ${SLIDES}`, 'a reload stays on the slide');
	assert.equal(await slideName(page), SCENARIOS[1].name);

	await page.keyboard.press('End');
	await onSlide(page, SLIDES);
	await page.keyboard.press('Space');
	assert.equal(await position(page), `${SLIDES} / ${SLIDES}`, 'stays on the last');
	await page.keyboard.press('Home');
	await onSlide(page, 1);
	await page.keyboard.press('ArrowLeft');
	assert.equal(await position(page), `1 / ${SLIDES}`, 'stays on the first');
	await page.keyboard.press('PageDown');
	await onSlide(page, 2);
	await page.keyboard.press('PageUp');
	await onSlide(page, 1);
	// Space on the focused "next" button steps once, not twice.
	await page.getByRole('button', { name: 'Berikutnya' }).click();
	await onSlide(page, 2);
	await page.keyboard.press('Space');
	await onSlide(page, 3);
	await page.keyboard.press('Shift+Space');
	await onSlide(page, 2);
});

test('every slide fills the screen, grows with it, reads from the back, and passes axe', async ({
	page,
	baseURL
}) => {
	mkdirSync(SHOTS, { recursive: true });
	const sizes: Record<string, { headline: number; tick: number }[]> = {};
	for (const [width, height] of [
		[1366, 768],
		[1920, 1080]
	]) {
		await page.setViewportSize({ width, height });
		await page.goto(await meetingURL(baseURL));
		await ready(page);
		sizes[width] = [];
		for (let n = 1; n <= SLIDES; n++) {
			if (n > 1) await page.keyboard.press('Space');
			await onSlide(page, n);
			await settled(page);
			const where = `slide ${n} at ${width}×${height}`;
			await page.screenshot({ path: join(SHOTS, `slide-${n}-${width}x${height}.png`) });

			const { scroll, inner } = await noScroll(page);
			assert.ok(scroll <= inner, `${where}: no scrolling (${scroll} > ${inner})`);
			// The slide fills the screen: its last line sits in the bottom tenth.
			const bottom = await page.locator('.foot').evaluate((e) => e.getBoundingClientRect().bottom);
			assert.ok(bottom >= inner * 0.9, `${where}: the slide reaches the bottom (${bottom})`);
			if (n > 1) {
				const chartBottom = await page
					.locator('figure[data-chart="projection"]')
					.evaluate((e) => e.getBoundingClientRect().bottom);
				assert.ok(chartBottom >= inner * 0.8, `${where}: the chart fills the height`);
				sizes[width].push({ headline: await headlinePx(page), tick: await tickLabelPx(page) });
			}
			if (width === 1366) {
				const small = (await visibleTextSizes(page)).filter((t) => t.px < 17.95);
				assert.deepEqual(small, [], `${where}: no visible text under 18 px`);
				const violations = await runAxe(page);
				assert.equal(violations.length, 0, `${where}:\n${describeViolations(violations)}`);
			}
		}
	}
	for (let k = 0; k < sizes[1366].length; k++) {
		const [small, large] = [sizes[1366][k], sizes[1920][k]];
		console.log(
			`# slide ${k + 2}: headline ${small.headline} → ${large.headline} px, tick labels ${small.tick} → ${large.tick} px (1366 → 1920)`
		);
		assert.ok(
			large.headline >= 1.3 * small.headline,
			`headline ${large.headline} px at 1920 vs ${small.headline} px at 1366`
		);
		assert.ok(
			large.tick >= 1.3 * small.tick,
			`tick labels ${large.tick} px at 1920 vs ${small.tick} px at 1366`
		);
	}
});
