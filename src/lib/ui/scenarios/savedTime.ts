/**
 * When a scenario was saved, as the agency reads it: in Bontang's time zone
 * (WITA), so the server's first view and the browser write the same text.
 */
import type { Lang } from '../../i18n/lang';

const FORMATS: Record<Lang, Intl.DateTimeFormat> = {
	id: new Intl.DateTimeFormat('id-ID', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Asia/Makassar'
	}),
	en: new Intl.DateTimeFormat('en-GB', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Asia/Makassar'
	})
};

/** "12 Mei 2026, 09.30 WITA" / "12 May 2026, 09:30 WITA"; the ISO text itself if unreadable. */
export function savedTime(iso: string, lang: Lang): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : `${FORMATS[lang].format(date)} WITA`;
}
