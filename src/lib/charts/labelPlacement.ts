/**
 * Where a point's text label can go without crossing the chart's lines: right of the point,
 * above or below it, else above or below every line over the label's width. Plain geometry
 * in plot coordinates (y grows downward), so it is tested without a browser.
 */

/** A line as its vertices, left to right; a gap in the data is two polylines. */
export type Polyline = ReadonlyArray<readonly [x: number, y: number]>;

/** A region to keep clear (another label), in plot coordinates. */
export interface Rect {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

export interface LabelRequest {
	/** The point labelled. */
	x: number;
	y: number;
	/** The label's size: its text width and its font size (the box is one line tall). */
	width: number;
	fontSize: number;
	/** Lines and regions the label must not touch. */
	lines: readonly Polyline[];
	avoid?: readonly Rect[];
	/** The label stays within these vertical bounds (the plot area). */
	top: number;
	bottom: number;
	/** Try below the point first (when, say, the target line is just above it). */
	preferBelow?: boolean;
}

/** The label's text anchor (start) and baseline. */
export interface LabelPosition {
	x: number;
	y: number;
}

/** Room between the point and the label, and around the label, in font sizes. */
const GAP = 0.9;
const PAD = 0.2;

/**
 * The lowest and highest y a polyline takes over [x0, x1], or null when it does not reach
 * there. Straight segments: the extremes are at the interval's ends or at vertices inside.
 */
export function yRangeOver(line: Polyline, x0: number, x1: number): [number, number] | null {
	const ys: number[] = [];
	for (let k = 0; k < line.length; k++) {
		const [x, y] = line[k];
		if (x >= x0 && x <= x1) ys.push(y);
		const next = line[k + 1];
		if (!next) continue;
		const [nx, ny] = next;
		for (const at of [x0, x1]) {
			if (at > Math.min(x, nx) && at < Math.max(x, nx)) {
				ys.push(y + ((ny - y) * (at - x)) / (nx - x));
			}
		}
	}
	return ys.length ? [Math.min(...ys), Math.max(...ys)] : null;
}

/**
 * The label's position: right of the point at `GAP` above or below it, whichever crosses
 * nothing (the preferred side first); if both do, just above the highest line over the
 * label's width or just below the lowest, within the bounds; failing all, the preferred side.
 */
export function placeLabel(r: LabelRequest): LabelPosition {
	const gap = GAP * r.fontSize;
	const pad = PAD * r.fontSize;
	const x0 = r.x + gap;
	const x1 = x0 + r.width;
	/** A label whose baseline is at `y` spans [y − fontSize, y + pad] (descenders). */
	const box = (y: number) => ({
		top: y - r.fontSize * 0.85 - pad,
		bottom: y + r.fontSize * 0.25 + pad
	});
	const ranges = r.lines.flatMap((l) => {
		const range = yRangeOver(l, x0 - pad, x1 + pad);
		return range ? [range] : [];
	});
	const clear = (y: number) => {
		const b = box(y);
		if (b.top < r.top || b.bottom > r.bottom) return false;
		const crosses = ranges.some(([lo, hi]) => hi >= b.top && lo <= b.bottom);
		const covers = (r.avoid ?? []).some(
			(a) => a.x1 >= x0 && a.x0 <= x1 && a.y1 >= b.top && a.y0 <= b.bottom
		);
		return !crosses && !covers;
	};
	const above = r.y - gap;
	const below = r.y + gap + r.fontSize * 0.85;
	const highest = Math.min(r.y, ...ranges.map(([lo]) => lo));
	const lowest = Math.max(r.y, ...ranges.map(([, hi]) => hi));
	const candidates = [
		...(r.preferBelow ? [below, above] : [above, below]),
		highest - r.fontSize * 0.25 - 2 * pad,
		lowest + r.fontSize * 0.85 + 2 * pad
	];
	const y = candidates.find(clear) ?? candidates[0];
	return { x: x0, y };
}
