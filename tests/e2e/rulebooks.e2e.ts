/**
 * Rulebooks to choose and compare (issue 10), in a real browser: /model lists every rulebook
 * and the slot still waiting for a source, and shows the chosen one's timing and scope rules
 * with their provenance in both languages; the workforce inputs are listed like every other;
 * the planner's scoring group has the rulebook choice, a share link carries it and refuses an
 * unknown one; compare shows the same plan under a second rulebook as a column of its own.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_RULEBOOK, PENDING_RULEBOOKS, RULEBOOKS } from '../../src/lib/engine/rulebooks';
import { INPUT_SPECS } from '../../src/lib/scenario/inputSpecs';
import { describeViolations, runAxe, useApp } from './harness';
import { openPlanner } from './plannerPage';

// A database of this file's own (the harness hands the environment to `node build`).
process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), 'ipasn-rulebooks-e2e-')), 'e2e.db');
delete process.env.PLANNER_TOKEN;

const test = useApp();

const CUMULATIVE = RULEBOOKS.find((r) => r.id === 'perban-bkn-8-2019-akumulasi-jp')!;
assert.ok(CUMULATIVE, 'the cumulative-JP rulebook is registered');
const PENDING = PENDING_RULEBOOKS[0];

const text = async (page: Page, selector: string) =>
	((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function assertAxeClean(page: Page, what: string): Promise<void> {
	const violations = await runAxe(page);
	assert.equal(violations.length, 0, `${what}:\n${describeViolations(violations)}`);
}

// ── /model ────────────────────────────────────────────────────────────────────

test('/model lists both rulebooks and the pending slot, and shows the chosen one', async ({
	page,
	baseURL
}) => {
	await page.context().clearCookies();
	await page.goto(`${baseURL}/model`);

	const listed = await page.$$eval('tr[data-rulebook]', (rows) =>
		rows.map((r) => [r.getAttribute('data-rulebook'), r.getAttribute('data-rulebook-status')])
	);
	assert.deepEqual(listed, [
		...RULEBOOKS.map((r) => [r.id, 'available']),
		...PENDING_RULEBOOKS.map((p) => [p.id, 'pending'])
	]);
	const defaultRow = await text(page, `tr[data-rulebook="${DEFAULT_RULEBOOK.id}"]`);
	assert.ok(defaultRow.includes(DEFAULT_RULEBOOK.label.id), defaultRow);
	assert.match(defaultRow, /Bawaan, dapat dipilih/);
	assert.match(defaultRow, /Ditampilkan di bawah/);
	assert.match(defaultRow, /Pelatihan teknis saja/);
	const cumulativeRow = await text(page, `tr[data-rulebook="${CUMULATIVE.id}"]`);
	assert.match(cumulativeRow, /Semua jenis pengembangan, dijumlah setahun/);
	const pendingRow = await text(page, `tr[data-rulebook="${PENDING.id}"]`);
	assert.ok(pendingRow.includes(PENDING.label.id), pendingRow);
	assert.ok(
		pendingRow.includes(
			'Slot siap, belum tersedia: tidak ditemukan sumber publik yang memuat bobot baru (dicek Des 2026)'
		),
		pendingRow
	);
	for (const source of PENDING.sources) assert.ok(pendingRow.includes(source.title), source.title);
	assert.equal(
		await page.locator(`tr[data-rulebook="${PENDING.id}"] a[href*="rulebook="]`).count(),
		0,
		'a pending slot cannot be chosen'
	);
	assert.equal(
		await page.locator('fieldset[data-input-id="rulebook"]').count(),
		0,
		'no planner control on /model'
	);

	// The default's new rules, with their provenance.
	const jpSources = await text(page, 'tr[data-rule="competency.technicalJpSources"]');
	assert.match(jpSources, /Pelatihan teknis saja/);
	assert.ok(jpSources.includes(DEFAULT_RULEBOOK.competency.technicalJpSources.provenance.source));
	const rules: Array<[string, RegExp]> = [
		['performanceSkpYear', /SKP tahun t \(tahun yang sama\)/],
		['firstYearHiresMeasured', /Tidak: dihitung dalam jumlah pegawai, tidak dalam indeks/],
		['missingSkpPoints', /1 poin/],
		['disciplineWindowYears', /2 tahun sejak tahun dijatuhkan/]
	];
	for (const [key, value] of rules) {
		const row = await text(page, `tr[data-rule="${key}"]`);
		assert.match(row, value, row);
		assert.match(row, /Belum terkonfirmasi — asumsi/, row);
	}

	// Choosing the other rulebook shows its rules.
	await page.getByRole('link', { name: `Tampilkan aturannya: ${CUMULATIVE.label.id}` }).click();
	await page.waitForURL(new RegExp(`[?&]rulebook=${CUMULATIVE.id}`));
	await page.waitForFunction(
		() =>
			document
				.querySelector('tr[data-rule="competency.technicalJpSources"]')
				?.textContent?.includes('Semua jenis pengembangan'),
		undefined,
		{ timeout: 10_000 }
	);
	const chosen = await text(page, 'tr[data-rule="competency.technicalJpSources"]');
	assert.ok(chosen.includes('akumulasi JP minimal 20 JP'), chosen);
	assert.ok(chosen.includes('mfasza/S20JP'), chosen);
	assert.ok(chosen.includes(CUMULATIVE.competency.technicalJpSources.provenance.note!), chosen);
	assert.match(await text(page, `tr[data-rulebook="${CUMULATIVE.id}"]`), /Ditampilkan di bawah/);
	assert.ok((await page.locator('main').innerText()).includes(CUMULATIVE.name));
	await assertAxeClean(page, '/model, cumulative rulebook');
});

test('/model in English: rulebook list, pending slot and new rules with English notes', async ({
	page,
	baseURL
}) => {
	await page.goto(`${baseURL}/model?rulebook=${CUMULATIVE.id}&lang=en`);
	const pendingRow = await text(page, `tr[data-rulebook="${PENDING.id}"]`);
	assert.ok(pendingRow.includes(PENDING.label.en), pendingRow);
	assert.ok(
		pendingRow.includes(
			'Slot ready, not available: no public source with the new weights found (checked Dec 2026)'
		),
		pendingRow
	);
	for (const source of PENDING.sources) assert.ok(pendingRow.includes(source.finding.en));
	assert.match(
		await text(page, `tr[data-rulebook="${DEFAULT_RULEBOOK.id}"]`),
		/Default, can be chosen.*Show its rules/
	);

	const rows: Array<[string, RegExp, string | undefined]> = [
		[
			'competency.technicalJpSources',
			/Every kind of development, cumulated over the year/,
			CUMULATIVE.competency.technicalJpSources.provenance.noteEn
		],
		[
			'performanceSkpYear',
			/SKP of year t \(the same year\)/,
			CUMULATIVE.performanceSkpYear.provenance.noteEn
		],
		[
			'firstYearHiresMeasured',
			/No: counted in the headcount, not in the index/,
			CUMULATIVE.firstYearHiresMeasured.provenance.noteEn
		],
		['missingSkpPoints', /1 point\b/, CUMULATIVE.missingSkpPoints.provenance.noteEn],
		[
			'disciplineWindowYears',
			/2 years from the year it is given/,
			CUMULATIVE.disciplineWindowYears.provenance.noteEn
		]
	];
	for (const [key, value, noteEn] of rows) {
		const row = await text(page, `tr[data-rule="${key}"]`);
		assert.match(row, value, row);
		assert.match(row, /Unconfirmed — assumption/, row);
		assert.ok(noteEn && row.includes(noteEn), `${key}: English note in ${row}`);
	}
	// Every note shown on the English page is the English one where the rulebook has it.
	const notes = await page.$$eval('tr[data-rule] .note', (els) =>
		els.map((el) => [el.getAttribute('lang'), el.textContent?.trim() ?? ''])
	);
	const indonesianNotes = new Set(
		[
			CUMULATIVE.competency.technicalJpSources,
			CUMULATIVE.performanceSkpYear,
			CUMULATIVE.firstYearHiresMeasured,
			CUMULATIVE.missingSkpPoints,
			CUMULATIVE.disciplineWindowYears
		].map((f) => f.provenance.note)
	);
	for (const [, note] of notes)
		assert.ok(!indonesianNotes.has(note ?? undefined), `Indonesian note: ${note}`);
	await assertAxeClean(page, '/model, English, cumulative rulebook');

	// An unknown rulebook: said, and the default shown.
	await page.goto(`${baseURL}/model?rulebook=perban-2024&lang=en`);
	assert.match(
		await page.locator('main').innerText(),
		/Unknown rulebook “perban-2024”; the default rulebook is shown\./
	);
	assert.match(
		await text(page, 'tr[data-rule="competency.technicalJpSources"]'),
		/Technical training only/
	);
});

test('/model lists the workforce inputs and the conversion levers with sources and ranges', async ({
	page,
	baseURL
}) => {
	await page.goto(`${baseURL}/model`);
	const workforce = INPUT_SPECS.filter((s) => s.group === 'workforce').map((s) => s.id);
	assert.deepEqual(workforce.sort(), [
		'newHireAge',
		'newHireDegreeShare',
		'newHireFunctionalShare',
		'organisationRating',
		'otherLeaverRate',
		'postChangeRate',
		'replacementRate',
		'structuralConversionShare',
		'structuralConversionYear'
	]);
	assert.equal(
		await page.locator('#inputs-workforce').innerText(),
		'Pegawai keluar, masuk dan pindah jabatan'
	);
	for (const id of [...workforce, 'conversionToFunctionalShare', 'conversionToFunctionalYear']) {
		const spec = INPUT_SPECS.find((s) => s.id === id)!;
		const row = page.locator(`tr[data-input-id="${id}"]`);
		const rowText = (await row.innerText()).replace(/\s+/g, ' ');
		assert.ok(rowText.includes(spec.source.id.replace(/\s+/g, ' ')), `${id}: source`);
		const drawn = spec.type === 'number' && spec.range !== undefined;
		assert.equal(await row.getAttribute('data-drawn'), String(drawn), `${id}: drawn`);
		if (!drawn) assert.match(rowText, /tetap \(tidak diundi\)/, `${id}: ${rowText}`);
	}
	assert.match(
		(await page.locator('tr[data-input-id="otherLeaverRate"]').innerText()).replace(/\s+/g, ' '),
		/0,5 % sampai 1 %/
	);
	assert.match(
		(await page.locator('tr[data-input-id="replacementRate"]').innerText()).replace(/\s+/g, ' '),
		/40 % sampai 80 %/
	);
});

// ── Planner and share links ──────────────────────────────────────────────────

test('the planner switches the rulebook; a link carries it and refuses an unknown one', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?i.rulebook=${CUMULATIVE.id}`);
	const control = page.locator('fieldset[data-input-id="rulebook"]');
	assert.equal(await control.count(), 1, 'one rulebook control');
	// It sits in the Scoring group of the assumptions.
	const group = await control.evaluate(
		(el) => el.closest('.group')?.querySelector('h3')?.textContent?.trim() ?? ''
	);
	assert.equal(group, 'Penilaian', 'in the Scoring group');
	const radios = control.locator('input[type="radio"]');
	assert.equal(await radios.count(), RULEBOOKS.length);
	assert.equal(
		await control.locator('input[type="radio"]:checked').getAttribute('value'),
		CUMULATIVE.id
	);

	await openPlanner(page, `${baseURL}/?i.rulebook=perban-2024`);
	assert.match(
		await page.getByTestId('link-notices').innerText(),
		new RegExp(
			`i\\.rulebook harus salah satu dari ${RULEBOOKS.map((r) => r.id).join(', ')}; tertulis "perban-2024"`
		)
	);

	// The API keeps the rulebook of a saved scenario and refuses an unknown one.
	const post = (inputs: Record<string, string>) =>
		fetch(`${baseURL}/api/scenarios`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: baseURL },
			body: JSON.stringify({ name: 'Buku aturan', inputs })
		});
	const created = await post({ rulebook: CUMULATIVE.id });
	assert.equal(created.status, 201);
	const { id } = (await created.json()) as { id: string };
	const read = (await (await fetch(`${baseURL}/api/scenarios/${id}`)).json()) as {
		inputs: Record<string, string>;
	};
	assert.equal(read.inputs.rulebook, CUMULATIVE.id);
	const refused = await post({ rulebook: 'perban-2024' });
	assert.equal(refused.status, 400);
	assert.match(
		await refused.text(),
		/rulebook must be one of perban-bkn-8-2019, perban-bkn-8-2019-akumulasi-jp/
	);
});

// ── Compare ──────────────────────────────────────────────────────────────────

test('compare shows the same plan under a second rulebook, side by side', async ({
	page,
	baseURL
}) => {
	const name = 'Anggaran 1,2 %, seminar 60 %';
	const response = await fetch(`${baseURL}/api/scenarios`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: baseURL },
		body: JSON.stringify({ name, inputs: { trainingBudgetShare: 1.2, seminarCoverage: 60 } })
	});
	assert.equal(response.status, 201);
	const { id } = (await response.json()) as { id: string };

	await page.context().clearCookies();
	await page.goto(`${baseURL}/compare?ids=${id}`);
	await page.waitForSelector('form.picker[data-ready="true"]');
	const form = page.getByTestId('rulebook-choice');
	assert.match(
		await form.innerText(),
		new RegExp(`dinilai dengan: ${escape(DEFAULT_RULEBOOK.label.id)}`)
	);
	await form
		.getByRole('combobox', { name: `Bandingkan “${name}” dengan buku aturan…` })
		.selectOption(CUMULATIVE.id);
	await form.getByRole('button', { name: 'Tampilkan' }).click();
	await page.waitForURL(new RegExp(`rulebook=${CUMULATIVE.id}`));
	const column = `${name} — ${CUMULATIVE.label.id}`;
	await page.getByRole('columnheader', { name: column }).first().waitFor();

	// Headline table: measure, baseline, the scenario, the scenario under the other rulebook.
	const heads = await page.locator('[data-testid="headline-table"] thead th').allInnerTexts();
	assert.deepEqual(heads.slice(2), [name, column]);
	const indexes = await page
		.locator('[data-testid="headline-table"] td[data-metric="index"]:not(.baseline) .value')
		.allInnerTexts();
	assert.equal(indexes.length, 2);
	const [own, other] = indexes.map((v) => Number(v.replace(',', '.')));
	assert.ok(Number.isFinite(own) && Number.isFinite(other), indexes.join(' / '));
	assert.ok(other >= own, `more counts toward 20 JP, never less: ${own} → ${other}`);

	// The chart: the scenario, its rulebook twin and the baseline.
	const lines = page.locator(
		'figure[data-chart="projection"] svg[role="group"] path[fill="none"][stroke-linecap="round"]'
	);
	assert.equal(await lines.count(), 3);
	// The inputs that differ: only the rulebook, named in both columns.
	const differing = await page
		.locator('[data-testid="input-differences"] tr[data-input]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-input')));
	assert.ok(differing.includes('rulebook'), differing.join(', '));
	const rulebookRow = await text(
		page,
		'[data-testid="input-differences"] tr[data-input="rulebook"]'
	);
	assert.ok(rulebookRow.includes(CUMULATIVE.label.id), rulebookRow);
	const notices = await page.getByTestId('notices').innerText();
	assert.ok(notices.includes(`Kolom “${column}” adalah rencana “${name}” yang sama`), notices);
	// The meeting link keeps the saved ids only.
	assert.match(
		(await page.getByRole('link', { name: 'Buka mode rapat' }).getAttribute('href')) ?? '',
		new RegExp(`/meeting\\?ids=${id}$`)
	);
	await assertAxeClean(page, 'compare with a second rulebook');

	// English, and an unknown rulebook refused with the choices.
	await page.goto(`${baseURL}/compare?ids=${id}&rulebook=${CUMULATIVE.id}&lang=en`);
	await page
		.getByRole('columnheader', { name: `${name} — ${CUMULATIVE.label.en}` })
		.first()
		.waitFor();
	await page.goto(`${baseURL}/compare?ids=${id}&rulebook=perban-2024&lang=en`);
	assert.match(
		await page.getByTestId('notices').innerText(),
		/Unknown rulebook “perban-2024”; the choices are: “perban-bkn-8-2019” and “perban-bkn-8-2019-akumulasi-jp”\./
	);
	assert.equal(
		await page.locator('[data-testid="headline-table"] thead th').count(),
		3,
		'measure, baseline and the scenario: no extra column'
	);
});

/** A string as a literal in a RegExp. */
function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
