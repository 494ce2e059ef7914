/**
 * The charts' shared look: one palette, one set of sizes, and the plot's
 * height for a measured container width. Colours are checked against white
 * (text and lines ≥ 4.5:1, fills ≥ 3:1 where they carry meaning).
 */

/** Below this container width (px) charts switch to their compact layout. */
export const NARROW_WIDTH = 560;

/** Width used before the container is measured (server render); the viewBox scales it. */
export const DEFAULT_WIDTH = 720;

export const PALETTE = {
	accent: '#0b5d7a',
	accentSoft: '#d8ecf3',
	ink: '#1b2733',
	muted: '#52606d',
	line: '#d5dde5',
	target: '#9a3b00',
	good: '#1e6b3a'
} as const;

/** Extra scenarios on the projection chart: colour and dash, so they differ without colour too. */
export const COMPARE_STYLES = [
	{ color: '#7b3294', dash: '8 3' },
	{ color: '#1e6b3a', dash: '2 3' },
	{ color: '#b8336a', dash: '10 3 2 3' },
	{ color: '#5d4037', dash: '' }
] as const;

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * A plot height that keeps charts readable: proportional to the width, but never
 * too flat on a projector nor too short on a phone.
 */
export function plotHeight(width: number, ratio: number, min: number, max: number): number {
	return Math.round(Math.min(max, Math.max(min, width * ratio)));
}

/**
 * Year ticks that fit: every year when there is room, else every second (third…)
 * year, always keeping the first year.
 */
export function yearTicks(years: readonly number[], innerWidth: number, minSpacing = 46): number[] {
	if (years.length === 0) return [];
	const step = Math.max(1, Math.ceil((years.length * minSpacing) / Math.max(1, innerWidth)));
	return years.filter((_, k) => k % step === 0);
}

/** Every integer year from `first` through `last`. */
export function yearRange(first: number, last: number): number[] {
	return Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);
}
