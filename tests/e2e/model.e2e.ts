/* The model page: the rulebook and every input, generated from the data, in both languages. */
import assert from 'node:assert/strict';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import type { Page } from 'playwright-core';
import {
	COMPETENCY_INDICATORS,
	DIMENSIONS,
	type Provenance
} from '../../src/lib/engine/rulebooks/rulebook';
import {
	EDUCATION_LEVELS,
	POST_TYPES,
	PUNISHMENTS,
	SKP_RATINGS
} from '../../src/lib/engine/roster';
import { INPUT_SPECS } from '../../src/lib/scenario/inputSpecs';
import { describeViolations, runAxe, useApp } from './harness';

const test = useApp();

const rb = DEFAULT_RULEBOOK;
const comp = rb.competency;

/** Every rulebook row, keyed as the page keys its rows; `null` where an indicator does not apply. */
const RULE_ROWS = new Map<string, Provenance | null>([
	...DIMENSIONS.map((d) => [`dimensions.${d}`, rb.dimensions[d].provenance] as const),
	...EDUCATION_LEVELS.map((e) => [`qualification.${e}`, rb.qualification[e].provenance] as const),
	...POST_TYPES.flatMap((p) =>
		COMPETENCY_INDICATORS.map(
			(i) => [`competency.${p}.${i}`, comp.points[p][i]?.provenance ?? null] as const
		)
	),
	['competency.technicalJpThreshold', comp.technicalJpThreshold.provenance],
	['competency.technicalWindowYears', comp.technicalWindowYears.provenance],
	['competency.seminarWindowYears', comp.seminarWindowYears.provenance],
	['competency.technicalJpSources', comp.technicalJpSources.provenance],
	...SKP_RATINGS.map((r) => [`performance.${r}`, rb.performance[r].provenance] as const),
	...PUNISHMENTS.map((p) => [`discipline.${p}`, rb.discipline[p].provenance] as const),
	['performanceSkpYear', rb.performanceSkpYear.provenance],
	['firstYearHiresMeasured', rb.firstYearHiresMeasured.provenance],
	['missingSkpPoints', rb.missingSkpPoints.provenance],
	['disciplineWindowYears', rb.disciplineWindowYears.provenance],
	...rb.categories.map((c) => [`categories.${c.id}`, c.provenance] as const)
]);

interface RuleRowText {
	key: string;
	provenance: string;
	badge: string;
	source: string;
	text: string;
}

const ruleRows = (page: Page): Promise<RuleRowText[]> =>
	page.$$eval('tr[data-rule]', (rows) =>
		rows.map((row) => ({
			key: row.getAttribute('data-rule') ?? '',
			provenance: row.getAttribute('data-provenance') ?? '',
			badge: (row.querySelector('[data-confidence]')?.textContent ?? '')
				.replace(/\s+/g, ' ')
				.trim(),
			source: (row.querySelector('td:last-child')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
			text: (row.textContent ?? '').replace(/\s+/g, ' ').trim()
		}))
	);

test('/model shows every rulebook row with its provenance mark and source', async ({
	page,
	baseURL
}) => {
	const response = await page.goto(`${baseURL}/model`);
	assert.equal(response?.status(), 200, 'GET /model should answer 200');

	const rows = await ruleRows(page);
	assert.deepEqual(
		rows.map((r) => r.key).sort(),
		[...RULE_ROWS.keys()].sort(),
		'one table row per rulebook row'
	);
	const expected = [...RULE_ROWS.values()];
	const marked = rows.filter((r) => r.provenance !== 'none');
	assert.equal(marked.length, expected.filter((p) => p !== null).length, 'rows with a mark');
	for (const row of rows) {
		const provenance = RULE_ROWS.get(row.key);
		if (!provenance) {
			assert.equal(row.provenance, 'none', row.text);
			assert.match(row.text, /tidak berlaku/, row.text);
			continue;
		}
		assert.equal(row.provenance, provenance.confidence, row.text);
		// The mark is words, not colour only.
		assert.equal(
			row.badge,
			provenance.confidence === 'confirmed' ? '✓ Terkonfirmasi' : '? Belum terkonfirmasi — asumsi',
			row.text
		);
		assert.ok(row.source.includes(provenance.source), `${row.key}: source ${provenance.source}`);
		if (provenance.note) assert.ok(row.source.includes(provenance.note), `${row.key}: note`);
	}

	const main = await page.locator('main').innerText();
	assert.ok(main.includes(rb.name), 'rulebook name');
	assert.ok(main.includes(rb.legalBasis), 'legal basis');
	assert.equal(await page.locator(`time[datetime="${rb.validFrom}"]`).innerText(), '15 Mei 2019');
	assert.ok(main.includes(rb.boundaryRule.id), 'boundary rule');
	for (const text of ['71,59', 'Rp 386.050.000', '1,51 %', 'Rp 131.351.366', '0,31 %', '0,69 %']) {
		assert.ok(main.includes(text), `study fact ${text}`);
	}
	assert.ok(main.includes('≈ Rp 25,57 M'), 'implied ceiling 2020, marked approximate');
});

test('/model lists every lever and assumption with its default and source', async ({
	page,
	baseURL
}) => {
	await page.goto(`${baseURL}/model`);
	const ids = await page.$$eval('tr[data-input-id]', (rows) =>
		rows.map((row) => row.getAttribute('data-input-id'))
	);
	assert.deepEqual([...ids].sort(), INPUT_SPECS.map((s) => s.id).sort(), 'one row per input spec');
	for (const spec of INPUT_SPECS) {
		const row = page.locator(`tr[data-input-id="${spec.id}"]`);
		const text = (await row.innerText()).replace(/\s+/g, ' ');
		assert.ok(text.includes(spec.id), `${spec.id}: shows its code`);
		assert.ok(text.includes(spec.label.id), `${spec.id}: Indonesian label`);
		assert.ok(text.includes(spec.source.id.replace(/\s+/g, ' ')), `${spec.id}: source`);
		assert.equal(await row.getAttribute('data-kind'), spec.kind, `${spec.id}: kind`);
	}
	const share = (await page.locator('tr[data-input-id="trainingBudgetShare"]').innerText()).replace(
		/\s+/g,
		' '
	);
	assert.match(share, /0,69 %/, 'default share in Indonesian format');
	const cost = (await page.locator('tr[data-input-id="costBimtekInTown"]').innerText()).replace(
		/\s+/g,
		' '
	);
	assert.match(cost, /Rp 3\.500\.000/, 'a cost in Rupiah');
});

test('/model?lang=en is in English, and the header toggle switches without reloading', async ({
	page,
	baseURL
}) => {
	await page.goto(`${baseURL}/model?lang=en`);
	assert.equal(await page.locator('h1').innerText(), 'Model & assumptions');
	const h2 = await page.locator('main h2').allInnerTexts();
	for (const heading of [
		'Facts from the study',
		'How the model works',
		'IPASN scoring rules',
		'Policy levers and assumptions'
	]) {
		assert.ok(h2.includes(heading), `English heading "${heading}" in ${JSON.stringify(h2)}`);
	}
	const rows = await ruleRows(page);
	for (const r of rows.filter((row) => row.provenance === 'unconfirmed')) {
		assert.equal(r.badge, '? Unconfirmed — assumption');
	}
	for (const r of rows.filter((row) => row.provenance === 'none')) assert.match(r.text, /n\/a/);
	assert.equal(await page.locator(`time[datetime="${rb.validFrom}"]`).innerText(), '15 May 2019');
	const main = await page.locator('main').innerText();
	assert.ok(main.includes(rb.boundaryRule.en), 'boundary rule in English');
	assert.ok(main.includes('Rp 386,050,000'), 'English number format');
	// Source notes in English, with English number formats (issue 13).
	for (const spec of INPUT_SPECS) {
		const row = (await page.locator(`tr[data-input-id="${spec.id}"]`).innerText()).replace(
			/\s+/g,
			' '
		);
		assert.ok(row.includes(spec.source.en.replace(/\s+/g, ' ')), `${spec.id}: English source`);
		if (spec.source.en !== spec.source.id) {
			assert.ok(!row.includes(spec.source.id), `${spec.id}: no Indonesian source`);
		}
	}
	const shareSource = await page.locator('tr[data-input-id="trainingBudgetShare"]').innerText();
	assert.match(shareSource, /1\.51 % \(2020\), 0\.31 % \(2021\), 0\.69 % \(2022\)/);
	assert.doesNotMatch(main, /no national figure \/|\/ editable assumption/, 'no glued text');

	await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
	await page.locator('h1', { hasText: 'Model & asumsi' }).waitFor();
	assert.ok((await page.locator('main h2').allInnerTexts()).includes('Aturan penilaian IPASN'));
	const switched = await ruleRows(page);
	assert.ok(
		switched.some((r) => r.badge === '? Belum terkonfirmasi — asumsi'),
		'badges re-rendered'
	);
	assert.match(
		await page.locator('tr[data-input-id="trainingBudgetShare"]').innerText(),
		/Porsi anggaran pengembangan/
	);
});

test('/model has no serious or critical accessibility violations, in both languages and on a phone', async ({
	page,
	baseURL
}) => {
	for (const [width, height] of [
		[1280, 720],
		[390, 844]
	]) {
		await page.setViewportSize({ width, height });
		for (const query of ['', '?lang=en']) {
			await page.goto(`${baseURL}/model${query}`);
			const violations = await runAxe(page);
			assert.deepEqual(violations, [], `${width}px ${query}: ${describeViolations(violations)}`);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			assert.equal(overflow, 0, `${width}px ${query}: the page itself should not scroll sideways`);
		}
	}
	const regions = await page.$$eval('.scroll', (els) =>
		els.map((el) => [
			el.getAttribute('role'),
			el.getAttribute('tabindex'),
			el.getAttribute('aria-label')
		])
	);
	assert.ok(regions.length > 0);
	for (const [role, tabindex, label] of regions) {
		assert.equal(role, 'region');
		assert.equal(tabindex, '0');
		assert.ok(label, 'every scrolling table region is labelled');
	}
});
