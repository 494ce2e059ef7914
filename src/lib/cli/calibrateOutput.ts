/** `sim calibrate`: the fit as JSON, or as a table a budget analyst can read. */
import type { CalibrationResult } from '../scenario/calibration';

const MEASURE_TEXT: Record<string, string> = {
	technicalJpMet: '% staff ≥ 20 JP technical',
	recentSeminar: '% staff with a seminar in 2 years',
	index: 'index',
	recordedIndex: 'recorded index (recorded budgets)'
};

export function calibrationJson(fit: CalibrationResult) {
	return {
		parameters: fit.parameters,
		shareRanges: fit.shareRanges,
		costLevel: fit.costLevel,
		costLevelsFitting: fit.costLevelsFitting,
		history: fit.history,
		residual: fit.residual,
		budgets: fit.budgets,
		recorded2022: fit.recorded2022
	};
}

export function calibrationText(fit: CalibrationResult): string {
	const start = fit.budgets.find((b) => b.fitted)?.year ?? '';
	const lines = [
		`Fitted to the ${start} roster, every replayed year funded with ${start}'s Rupiah:`
	];
	for (const [id, value] of Object.entries(fit.parameters)) {
		const range = fit.shareRanges[id as keyof typeof fit.shareRanges];
		const drawn = range ? ` (drawn from ${range.low}–${range.high})` : '';
		lines.push(`  ${id.padEnd(28)} ${value}${drawn}`);
	}
	const [lo, hi] = fit.costLevelsFitting;
	lines.push(
		`  cost level (0 = range low, 1 = high) ${fit.costLevel.toFixed(2)}; levels ${lo.toFixed(2)}–${hi.toFixed(2)} fit within 0.1 index points`
	);
	lines.push('', 'year  measure                              observed  replayed');
	for (const row of fit.history) {
		lines.push(
			`${row.year}  ${MEASURE_TEXT[row.measure].padEnd(36)} ${row.observed.toFixed(2).padStart(8)}  ${row.projected.toFixed(2).padStart(8)}`
		);
	}
	lines.push('', `residual (RMS) ${fit.residual.toFixed(2)}`);
	if (fit.recorded2022.length)
		lines.push(
			`index with the last recorded budget instead: ${fit.recorded2022.map((y) => `${y.year} ${y.index.toFixed(2)}`).join(', ')}`
		);
	lines.push(
		'Caveat: 2020–2021 were COVID years (online training, budget refocusing); 2020 is shown, not fitted.'
	);
	return lines.join('\n') + '\n';
}
