import { defineMessages } from './define';

/**
 * Messages of what the server refuses to keep and what the planner can do about it: staff ids
 * that look like NIPs or NIKs, offered to be replaced by row numbers before a roster is stored.
 * Keys are prefixed `inputGuard.`.
 */
export const inputGuard = defineMessages({
	id: {
		'inputGuard.nip.warning':
			'{count} id pegawai tampak seperti NIP (18 angka) atau NIK (16 angka). Server tidak menyimpan nomor pribadi itu.',
		'inputGuard.nip.renumber': 'Ganti id dengan nomor baris (1 sampai {people}) sebelum disimpan',
		'inputGuard.nip.help':
			'Id diganti di peramban ini dan di server; berkas asli Anda tidak berubah. Skenario mencatat sidik daftar pegawai yang baru.',
		'inputGuard.nip.keep':
			'Tanpa penggantian, server menolak menyimpan data pegawai ini. Centang penggantian, atau jangan simpan data pegawai di server.'
	},
	en: {
		'inputGuard.nip.warning':
			'{count} staff ids look like a NIP (18 digits) or NIK (16 digits). The server does not store such personal numbers.',
		'inputGuard.nip.renumber': 'Replace the ids with row numbers (1 to {people}) before storing',
		'inputGuard.nip.help':
			'The ids are replaced in this browser and on the server; your original file is unchanged. The scenario records the new roster’s fingerprint.',
		'inputGuard.nip.keep':
			'Without the replacement the server refuses to store these staff data. Tick the replacement, or do not store the staff data on the server.'
	}
});
