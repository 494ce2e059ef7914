/**
 * The cost per index point as the compare table, the report and meeting mode show it: the
 * marginal figure for the target year, or a sentence when there is none, with the cumulative
 * extra spending beside it under its own label; never a negative Rupiah.
 */
import { describe, expect, it } from 'vitest';
import { headlineNumbers, type HeadlineNumbers } from '../../src/lib/charts/viewModels';
import { createFormatter } from '../../src/lib/i18n/format';
import type { Lang } from '../../src/lib/i18n/lang';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/messages';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { defaultScenario } from '../../src/lib/scenario/scenario';
import {
	cumulativeExtraText,
	headlineMetrics,
	noCostPerPointText
} from '../../src/lib/ui/compare/headlineMetrics';
import type { Localiser } from '../../src/lib/ui/model/rulebookView';

const localiser = (lang: Lang): Localiser => ({
	t: (key: MessageKey, params?: MessageParams) => translate(lang, key, params),
	text: (value) => value[lang],
	fmt: createFormatter(lang)
});

const scenario = defaultScenario();
const withShare = (share: number) => {
	const run = runScenario(
		{ ...scenario, inputs: { ...scenario.inputs, trainingBudgetShare: share } },
		{ draws: 0 }
	);
	const baseline = headlineNumbers({
		result: run.baseline,
		baseline: run.baseline,
		comparison: runScenario(scenario, { draws: 0 }).comparison
	});
	return { headline: headlineNumbers(run), baseline };
};

const NEGATIVE_RUPIAH = /[−-]\s*Rp|Rp\s*[−-]/;

function costCell(lang: Lang, h: HeadlineNumbers, b: HeadlineNumbers | null) {
	const metric = headlineMetrics(localiser(lang), h.targetYear).find(
		(m) => m.id === 'costPerPoint'
	)!;
	return { label: metric.label, ...metric.cell(h, b) };
}

describe('cost per point on the compare table and the report', () => {
	it.each<[Lang, RegExp, RegExp]>([
		[
			'id',
			/^Biaya tambahan per poin, tahun \d{4}$/,
			/^tambahan belanja kumulatif \d{4}–\d{4}: Rp /
		],
		['en', /^Extra cost per point, \d{4}$/, /^cumulative extra spending \d{4}–\d{4}: Rp /]
	])(
		'a larger share (%s): the marginal Rupiah, the cumulative spending labelled beside it',
		(lang, label, cumulative) => {
			const { headline, baseline } = withShare(3);
			expect(headline.costPerPoint).toBeGreaterThan(0);
			expect(headline.cumulativeExtraSpent).toBeGreaterThan(headline.extraSpent);
			const cell = costCell(lang, headline, baseline);
			expect(cell.label).toMatch(label);
			expect(cell.value).toMatch(/^Rp \d/);
			expect(cell.diff).toMatch(cumulative);
		}
	);

	it.each<[Lang, string, RegExp]>([
		['id', 'tidak ada kenaikan di atas status quo', /lebih hemat dari status quo$/],
		['en', 'no gain over the status quo', /less than the status quo$/]
	])('spending less (%s): a sentence, and the saving said in words', (lang, sentence, saved) => {
		const { headline, baseline } = withShare(0);
		expect(headline.costPerPoint).toBeNull();
		expect(headline.cumulativeExtraSpent).toBeLessThan(0);
		const cell = costCell(lang, headline, baseline);
		expect(cell.value).toBe(sentence);
		expect(cell.diff).toMatch(saved);
		expect(`${cell.value} ${cell.diff}`).not.toMatch(NEGATIVE_RUPIAH);
		expect(noCostPerPointText(localiser(lang), headline)).toBe(sentence);
	});

	it('the baseline column has no cost per point and no cumulative spending', () => {
		const { baseline } = withShare(3);
		expect(costCell('id', baseline, null)).toMatchObject({ value: '—', diff: null });
	});

	it.each([
		[1.5e9, 'Rp 1,50 M'],
		[0, 'Rp 0'],
		[-0.2, 'Rp 0'],
		[-3.2e8, 'Rp 320,0 jt lebih hemat dari status quo']
	])('cumulativeExtraText(%d) = %s', (x, text) => {
		expect(cumulativeExtraText(localiser('id'), x)).toBe(text);
	});
});
