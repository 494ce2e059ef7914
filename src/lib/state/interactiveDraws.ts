/**
 * How many Monte Carlo draws an interactive run may use: a large roster gets
 * fewer, so a slider still answers within about half a second. The engine
 * does about 20 million person-years a second in Chromium (npm run bench).
 */
export const INTERACTIVE_PERSON_YEARS = 10_000_000;
/** Fewer draws than this give bands too ragged to read. */
export const MIN_INTERACTIVE_DRAWS = 10;

export function interactiveDraws(requested: number, people: number, years: number): number {
	if (requested <= 0) return 0;
	const affordable = Math.floor(INTERACTIVE_PERSON_YEARS / Math.max(1, people * years));
	return Math.min(requested, Math.max(MIN_INTERACTIVE_DRAWS, affordable));
}
