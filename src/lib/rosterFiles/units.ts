/**
 * Unit names as read from a file: the key cells are matched by, and the id a new unit gets.
 * Pure TypeScript (no Node APIs, no DOM).
 */

const UNIT_KEY_SEPARATORS = /[\s_-]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM_RUNS = /[^a-z0-9]+/g;
const EDGE_UNDERSCORES = /^_+|_+$/g;

/** Key for matching unit cells: lowercase, runs of spaces/underscores/hyphens → `_`. */
export function unitKey(raw: string): string {
	return raw.trim().toLowerCase().replace(UNIT_KEY_SEPARATORS, '_');
}

/**
 * Unit id from a name: lowercase ASCII letters and digits, every other run → `_`
 * (accents dropped first). A name with no such characters gets `u_` + its code points.
 */
export function unitSlug(name: string): string {
	const slug = name
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.toLowerCase()
		.replace(NON_ALNUM_RUNS, '_')
		.replace(EDGE_UNDERSCORES, '');
	if (slug !== '') return slug;
	const points: string[] = [];
	for (const ch of name.trim().toLowerCase()) points.push(ch.codePointAt(0)!.toString(16));
	return 'u_' + points.join('_');
}
