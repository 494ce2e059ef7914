/**
 * Every input's source note in both languages, each in its own (issue 13: the model page
 * showed "Asumsi …; tidak ada angka nasional / editable assumption, no national figure", and
 * Indonesian decimal commas in English).
 */
import { describe, expect, it } from 'vitest';
import { BONTANG_AGENCY } from '../../src/lib/scenario/agency';
import { INPUT_SPECS } from '../../src/lib/scenario/inputSpecs';

/** Words that mark Indonesian prose (not the names the English text keeps, like "Bimtek"). */
const INDONESIAN = /\b(yang|tidak|dan|dengan|bawaan|lihat|asumsi|sesudah|tahun|porsi|angka)\b/i;
/** Words that mark English prose. */
const ENGLISH = /\b(the|and|with|default|see|assumption|after|year|share|figure)\b/i;

describe('input source notes', () => {
	it('are given in Indonesian and in English, different and neither glued to the other', () => {
		for (const spec of INPUT_SPECS) {
			const { id, en } = spec.source;
			expect(id.trim(), spec.id).not.toBe('');
			expect(en.trim(), spec.id).not.toBe('');
			expect(id, `${spec.id}: translated`).not.toBe(en);
			for (const text of [id, en]) expect(text, `${spec.id}: glued`).not.toMatch(/ \/ /);
		}
	});

	it('write Indonesian in Indonesian and English in English', () => {
		for (const spec of INPUT_SPECS) {
			expect(spec.source.en, `${spec.id}: Indonesian words in English`).not.toMatch(INDONESIAN);
			expect(spec.source.id, `${spec.id}: English words in Indonesian`).not.toMatch(ENGLISH);
		}
	});

	it('write numbers in each language’s format: decimal commas in Indonesian only', () => {
		const decimalComma = /\d,\d{1,2}(?!\d)/;
		const decimalPoint = /\d\.\d{1,2}(?!\d)/;
		for (const spec of INPUT_SPECS) {
			expect(spec.source.en, `${spec.id}: decimal comma in English`).not.toMatch(decimalComma);
			expect(spec.source.id, `${spec.id}: decimal point in Indonesian`).not.toMatch(decimalPoint);
		}
		const share = INPUT_SPECS.find((s) => s.id === 'trainingBudgetShare')!.source;
		expect(share.id).toMatch(/0,69 % \(2022\)/);
		expect(share.en).toMatch(/0\.69 % \(2022\)/);
	});

	it('call the study "kajian" / "study", never "seed"', () => {
		for (const spec of INPUT_SPECS) {
			expect(`${spec.source.id} ${spec.source.en}`, spec.id).not.toMatch(/\bseed\b/i);
		}
	});

	it('leave the default agency’s notes unglued', () => {
		for (const entry of [...BONTANG_AGENCY.ceilings, ...BONTANG_AGENCY.spent]) {
			expect(entry.source ?? '').not.toMatch(/ \/ /);
		}
	});
});
