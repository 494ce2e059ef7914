import { defineMessages } from './define';

/** Messages of the exports area. Keys are prefixed `exports.`. */
export const exports = defineMessages({
	id: {
		'exports.placeholder': '—'
	},
	en: {
		'exports.placeholder': '—'
	}
});
