import { defineMessages } from './define';

/**
 * The pages the server's guards answer with instead of the page asked for (too many requests
 * from one address). Keys are prefixed `guard.`.
 */
export const guard = defineMessages({
	id: {
		'guard.tooMany.title': 'Terlalu banyak permintaan',
		'guard.tooMany.body':
			'Halaman ini dibuka terlalu sering dari alamat Anda dalam waktu singkat. Tunggu {seconds} detik, lalu muat ulang halaman.',
		'guard.tooMany.shared':
			'Jika banyak orang memakai jaringan yang sama, minta pengelola server menaikkan batasnya.',
		'guard.home': 'Ke perencana'
	},
	en: {
		'guard.tooMany.title': 'Too many requests',
		'guard.tooMany.body':
			'This page was opened too often from your address in a short time. Wait {seconds} seconds, then reload the page.',
		'guard.tooMany.shared':
			'If many people share your network, ask the server’s administrator to raise the limit.',
		'guard.home': 'To the planner'
	}
});
