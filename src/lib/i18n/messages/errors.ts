import { defineMessages } from './define';

/**
 * What went wrong on the server or on the way to it, in the page's language: one message per
 * API error code (src/lib/state/apiErrorCodes.ts), and a generic one with the server's words
 * for anything else. Keys are prefixed `errors.`.
 */
export const errors = defineMessages({
	id: {
		'errors.api.invalid': 'Server menolak permintaan ini karena isinya tidak sah.',
		'errors.api.not_found': 'Tidak ditemukan di server; mungkin sudah dihapus.',
		'errors.api.version_conflict':
			'Orang lain sudah menyimpan versi yang lebih baru. Muat ulang daftar, lalu coba lagi.',
		'errors.api.roster_in_use':
			'Data pegawai ini masih dipakai skenario tersimpan, jadi tidak dihapus.',
		'errors.api.nip_ids':
			'Id pegawai tampak seperti NIP atau NIK; data pribadi itu tidak disimpan di server. Ganti id dengan nomor baris, lalu simpan lagi.',
		'errors.api.fingerprint_mismatch':
			'Data pegawai yang dikirim bukan data yang dimaksud (sidik jarinya berbeda).',
		'errors.api.too_large': 'Permintaan terlalu besar untuk server.',
		'errors.api.unsupported_media_type':
			'Server tidak dapat membaca bentuk permintaan ini; muat ulang halaman (aplikasi mungkin sudah diperbarui).',
		'errors.api.unauthorized': 'Server ini meminta token perencana.',
		'errors.api.busy': 'Basis data sedang sibuk; tidak ada yang diubah. Coba lagi sebentar lagi.',
		'errors.api.internal':
			'Terjadi kesalahan di server; tidak ada yang diubah. Catatan server memuat rinciannya.',
		'errors.api.rate_limited':
			'Terlalu banyak perubahan dari alamat ini dalam waktu singkat; tidak ada yang diubah. Tunggu sebentar, lalu coba lagi.',
		'errors.api.forbidden':
			'Server menolak permintaan dari situs lain; kirim dari halaman aplikasi ini.',
		'errors.api.method_not_allowed':
			'Server tidak menerima permintaan semacam ini di alamat ini; muat ulang halaman (aplikasi mungkin sudah diperbarui).',
		'errors.api.network': 'Server tidak dapat dihubungi. Periksa jaringan lalu coba lagi.',
		'errors.api.bad_response':
			'Jawaban server tidak dapat dibaca halaman ini; muat ulang halaman (aplikasi mungkin sudah diperbarui).',
		'errors.api.http': 'Server menjawab dengan kesalahan {status}.',
		'errors.api.unknown': 'Server gagal ({status}).',
		'errors.detail': 'Rincian dari server (bahasa Inggris): {detail}',
		'errors.unexpected': 'Terjadi kesalahan yang tidak terduga.',
		'errors.unexpectedDetail': 'Rincian (bahasa Inggris): {detail}',
		'errors.field': 'Isian {path}',
		'errors.fieldDetail': 'tidak sah (rincian dari server, bahasa Inggris: {detail})',
		'errors.page.title': 'Kesalahan {status}',
		'errors.page.notFound': 'Halaman ini tidak ada. Periksa alamatnya, atau mulai dari perencana.',
		'errors.page.other':
			'Halaman ini tidak dapat ditampilkan. Coba lagi, atau mulai dari perencana.',
		'errors.page.home': 'Ke perencana'
	},
	en: {
		'errors.api.invalid': 'The server refused the request: something in it is not valid.',
		'errors.api.not_found': 'Not found on the server; it may have been deleted.',
		'errors.api.version_conflict':
			'Someone else has saved a newer version. Reload the list and try again.',
		'errors.api.roster_in_use':
			'This staff data is still used by a saved scenario, so it was not deleted.',
		'errors.api.nip_ids':
			'Staff ids look like NIPs or NIKs; the server does not store that personal data. Replace the ids with row numbers and save again.',
		'errors.api.fingerprint_mismatch':
			'The staff data sent is not the one named (its fingerprint differs).',
		'errors.api.too_large': 'The request is too large for the server.',
		'errors.api.unsupported_media_type':
			'The server cannot read this kind of request; reload the page (the app may have been updated).',
		'errors.api.unauthorized': 'This server asks for the planner token.',
		'errors.api.busy': 'The database is busy; nothing was changed. Try again in a moment.',
		'errors.api.internal':
			'Something went wrong on the server; nothing was changed. The server log has the details.',
		'errors.api.rate_limited':
			'Too many changes from this address in a short time; nothing was changed. Wait a moment and try again.',
		'errors.api.forbidden':
			'The server refused a request sent from another site; send it from this app’s own pages.',
		'errors.api.method_not_allowed':
			'The server does not accept this kind of request at this address; reload the page (the app may have been updated).',
		'errors.api.network': 'The server cannot be reached. Check the network and try again.',
		'errors.api.bad_response':
			'This page cannot read the server’s answer; reload the page (the app may have been updated).',
		'errors.api.http': 'The server answered with error {status}.',
		'errors.api.unknown': 'The server failed ({status}).',
		'errors.detail': 'Details from the server: {detail}',
		'errors.unexpected': 'Something unexpected went wrong.',
		'errors.unexpectedDetail': 'Details: {detail}',
		'errors.field': 'Field {path}',
		'errors.fieldDetail': '{detail}',
		'errors.page.title': 'Error {status}',
		'errors.page.notFound':
			'This page does not exist. Check the address, or start from the planner.',
		'errors.page.other': 'This page cannot be shown. Try again, or start from the planner.',
		'errors.page.home': 'To the planner'
	}
});
