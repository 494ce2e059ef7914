/** Selection in a typed array without sorting it. */
/**
 * The k-th largest of values[0..count) (1 = the largest): the lowest value still among
 * the best k, e.g. the lowest score that keeps a capped top rating. +Infinity when k is 0.
 * Quickselect, O(count): the order of `values` is changed.
 */
export function kthLargest(values: Float64Array, count: number, k: number): number {
	if (k <= 0) return Infinity;
	let lo = 0;
	let hi = count - 1;
	const target = k - 1; // index in descending order
	while (lo < hi) {
		const pivot = values[(lo + hi) >>> 1];
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (values[i] > pivot) i++;
			while (values[j] < pivot) j--;
			if (i <= j) {
				const tmp = values[i];
				values[i] = values[j];
				values[j] = tmp;
				i++;
				j--;
			}
		}
		if (target <= j) hi = j;
		else if (target >= i) lo = i;
		else break;
	}
	return values[target];
}
