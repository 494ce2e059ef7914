import { DEFAULT_RULEBOOK } from '../engine/rulebooks';
import type { MessageKey } from '../i18n/messages';
import { categoryBands, type CategoryBand } from './viewModels';

/** The default rulebook's categories, for charts whose rows carry no bands of their own. */
export const DEFAULT_RULEBOOK_BANDS: readonly CategoryBand[] = categoryBands(DEFAULT_RULEBOOK);

/** The band an index value falls in (bands as `categoryBands` returns them, highest first). */
export function bandOf(value: number, bands: readonly CategoryBand[]): CategoryBand | undefined {
	return bands.find((b) => value >= b.min) ?? bands[bands.length - 1];
}

/** The message key of a category's name, e.g. `common.category.sedang`. */
export function categoryKey(id: string): MessageKey {
	return `common.category.${id}` as MessageKey;
}
