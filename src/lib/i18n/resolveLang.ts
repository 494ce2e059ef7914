import { DEFAULT_LANG, LANG_COOKIE, parseLang, type Lang } from './lang';

/** `?lang=` wins, then the remembered cookie, then Bahasa Indonesia. */
export function resolveLang(url: URL, cookie: string | undefined): Lang {
	return parseLang(url.searchParams.get('lang')) ?? parseLang(cookie) ?? DEFAULT_LANG;
}

export { LANG_COOKIE };
