import { defineMessages } from './define';

/**
 * The page a visitor gets when the server's projection queue is full (503): what happened, that
 * nothing is lost, and when to try again. Keys are prefixed `busy.`.
 */
export const busy = defineMessages({
	id: {
		'busy.page':
			'Server sedang menghitung banyak proyeksi untuk pengguna lain. Tidak ada yang hilang: muat ulang halaman ini dalam {seconds} detik.'
	},
	en: {
		'busy.page':
			'The server is busy computing projections for other people. Nothing is lost: reload this page in {seconds} seconds.'
	}
});
