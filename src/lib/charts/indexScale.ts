/**
 * The index axis of the projection charts: zoomed on the values drawn (±3 points, whole
 * points), never beyond 0–100. Null and non-finite values (a year nobody is measured) are
 * left out.
 */
import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export function zoomedIndexScale(values: readonly (number | null)[], innerHeight: number) {
	const drawn = values.filter((v): v is number => v !== null && Number.isFinite(v));
	const lo = Math.max(0, Math.floor((min(drawn) ?? 0) - 3));
	const hi = Math.min(100, Math.ceil((max(drawn) ?? 100) + 3));
	return scaleLinear().domain([lo, hi]).range([innerHeight, 0]);
}
