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

/** The tick values: the ones given, else the scale's own `ticks(count)`, else its domain. */
export function tickValues<T>(scale: AxisScale<T>, values?: readonly T[], count?: number): T[] {
	if (values) return [...values];
	return scale.ticks ? scale.ticks(count) : scale.domain();
}

/** A value's position on the scale; band scales give the band's centre. */
export function tickPosition<T>(scale: AxisScale<T>, value: T): number {
	return (scale(value) ?? 0) + (scale.bandwidth ? scale.bandwidth() / 2 : 0);
}
