import { defineMessages } from './define';

/** Messages of the scenarios area. Keys are prefixed `scenarios.`. */
export const scenarios = defineMessages({
	id: {
		'scenarios.placeholder': '—'
	},
	en: {
		'scenarios.placeholder': '—'
	}
});
