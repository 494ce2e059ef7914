/** The languages of the app: Bahasa Indonesia by default, English on request. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';
/** Cookie that remembers the planner's choice (a year). */
export const LANG_COOKIE = 'lang';

export function parseLang(value: unknown): Lang | null {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
		? (value as Lang)
		: null;
}

/** A text in both languages, as the lever specs and the rulebook carry them. */
export interface Bilingual {
	id: string;
	en: string;
}
