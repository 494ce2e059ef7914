/**
 * What a scenario search matches, the same in every store: the name, description and author,
 * lower-cased beyond ASCII (SQLite's and PostgreSQL's own case folding differ), one field per
 * line. Stores keep this text in a column with an index, so a search never scans in JavaScript.
 */
import type { SavedScenario } from '../scenario/savedScenario';

/** Lower-cases a search term or a field the way the stored search text is. */
export function foldForSearch(value: string): string {
	return value.toLowerCase();
}

/** The search text of a scenario, kept next to it and rewritten on every save. */
export function searchTextOf(
	scenario: Pick<SavedScenario, 'name' | 'description' | 'author'>
): string {
	return [scenario.name, scenario.description, scenario.author].map(foldForSearch).join('\n');
}
