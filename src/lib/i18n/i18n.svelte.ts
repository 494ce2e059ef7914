/**
 * The page's language as reactive state, shared through Svelte context:
 * `const i18n = getI18n();` then `i18n.t('common.year')`, `i18n.fmt.index(71.59)`,
 * `i18n.text(spec.label)` for bilingual data.
 */
import { getContext, setContext } from 'svelte';
import { createFormatter, type Formatter } from './format';
import { LANG_COOKIE, type Bilingual, type Lang } from './lang';
import { translate, type MessageKey, type MessageParams } from './messages';

export class I18n {
	lang = $state<Lang>('id');
	readonly fmt: Formatter = $derived(createFormatter(this.lang));

	constructor(lang: Lang) {
		this.lang = lang;
	}

	t = (key: MessageKey, params?: MessageParams): string => translate(this.lang, key, params);

	/** Picks the page's language from a bilingual text. */
	text = (value: Bilingual): string => value[this.lang];

	/** Switches language and remembers it for a year. */
	setLang(lang: Lang): void {
		this.lang = lang;
		if (typeof document !== 'undefined') {
			document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
			document.documentElement.lang = lang;
		}
	}
}

const KEY = Symbol('i18n');

export function setI18n(i18n: I18n): I18n {
	return setContext(KEY, i18n);
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('getI18n() needs the root layout to call setI18n().');
	return i18n;
}
