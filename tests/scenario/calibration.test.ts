/**
 * The fit to the budget history (issue 11): the defaults are the fitted values, the
 * record /model shows is what `sim calibrate` gives today, and the replay at 2021's
 * Rupiah keeps the 2021 roster's state.
 */
import { describe, expect, it } from 'vitest';
import { calibrate, FITTED_COSTS, FITTED_SHARES } from '../../src/lib/scenario/calibration';
import { CALIBRATION_RECORD } from '../../src/lib/scenario/calibrationRecord';
import { INPUT_SPECS, type NumberSpec } from '../../src/lib/scenario/inputSpecs';
import { BONTANG } from '../../src/lib/scenario/bontang';

const spec = (id: string) => INPUT_SPECS.find((s) => s.id === id) as NumberSpec;

describe('calibrate', () => {
	const fit = calibrate();

	it('is the record /model shows (re-run `npm run sim -- calibrate --json` after a model change)', () => {
		expect(fit.parameters).toEqual(CALIBRATION_RECORD.parameters);
		expect(fit.costLevel).toBeCloseTo(CALIBRATION_RECORD.costLevel, 9);
		expect(fit.history.length).toBe(CALIBRATION_RECORD.history.length);
		fit.history.forEach((row, k) => {
			const recorded = CALIBRATION_RECORD.history[k];
			expect({ ...row, projected: 0 }).toEqual({ ...recorded, projected: 0 });
			expect(row.projected).toBeCloseTo(recorded.projected, 6);
		});
		expect(fit.residual).toBeCloseTo(CALIBRATION_RECORD.residual, 6);
	});

	it('makes the fitted values the defaults, each inside its stated range and saying it was fitted', () => {
		for (const id of [...FITTED_SHARES, ...FITTED_COSTS]) {
			const s = spec(id);
			expect(s.default, id).toBe(fit.parameters[id]);
			expect(fit.parameters[id]).toBeGreaterThanOrEqual(s.range!.low);
			expect(fit.parameters[id]).toBeLessThanOrEqual(s.range!.high);
			expect(s.source.id, id).toMatch(/calibrate/);
			expect(s.source.en, id).toMatch(/calibrate/);
		}
		// The free shares are drawn from what fits the roster's shares ± 2 standard errors.
		for (const id of FITTED_SHARES) expect(spec(id).range, id).toEqual(fit.shareRanges[id]);
	});

	it('keeps the 2021 state when every replayed year gets 2021 Rupiah', () => {
		for (const row of fit.history.filter((r) => r.fitted)) {
			const tolerance = row.measure === 'index' ? 1 : 2;
			expect(Math.abs(row.projected - row.observed), `${row.year} ${row.measure}`).toBeLessThan(
				tolerance
			);
		}
		expect(fit.history.find((r) => r.measure === 'index')!.observed).toBeCloseTo(
			BONTANG.observedIndex,
			2
		);
	});

	it('does not lower the index when the years get the recorded 2022 budget (2.8 × the 2021 Rupiah)', () => {
		const replay2021 = fit.history.filter((r) => r.measure === 'index');
		fit.recorded2022.forEach((year, k) => {
			expect(year.index).toBeGreaterThanOrEqual(replay2021[k].projected);
		});
	});
});
