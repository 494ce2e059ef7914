/**
 * What the axes need from a d3 scale: a position for a value, and either
 * `ticks()` (continuous scales) or a `bandwidth()` (band scales, ticked at
 * the band's centre).
 */
export interface AxisScale<T> {
	(value: T): number | undefined;
	domain(): T[];
	ticks?(count?: number): T[];
	bandwidth?(): number;
}

/** What both axes take: the scale, the ticks and their labels, a grid and a title. */
export interface AxisProps<T> {
	scale: AxisScale<T>;
	/** A tick's label. */
	format: (value: T) => string;
	/** Explicit tick values; otherwise `scale.ticks(tickCount)` or the domain. */
	ticks?: readonly T[];
	tickCount?: number;
	/** Light grid lines across the plot at the ticks. */
	grid?: boolean;
	title?: string;
}

/**
 * The pixels a scale spans, smallest first: from its first position to its last, and on a
 * band scale to the end of the last band (where the axis line must reach).
 */
export function scaleSpan<T>(scale: AxisScale<T>): [number, number] {
	const positions = scale.domain().map((d) => scale(d) ?? 0);
	return [Math.min(...positions), Math.max(...positions) + (scale.bandwidth?.() ?? 0)];
}

/** The tick values: the ones given, else the scale's own `ticks(count)`, else its domain. */
export function tickValues<T>(scale: AxisScale<T>, values?: readonly T[], count?: number): T[] {
	if (values) return [...values];
	return scale.ticks ? scale.ticks(count) : scale.domain();
}

/** A value's position on the scale; band scales give the band's centre. */
export function tickPosition<T>(scale: AxisScale<T>, value: T): number {
	return (scale(value) ?? 0) + (scale.bandwidth ? scale.bandwidth() / 2 : 0);
}
