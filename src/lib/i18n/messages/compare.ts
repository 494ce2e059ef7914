import { defineMessages } from './define';

/** Messages of the compare area. Keys are prefixed `compare.`. */
export const compare = defineMessages({
	id: {
		'compare.placeholder': '—'
	},
	en: {
		'compare.placeholder': '—'
	}
});
