/** Post names as local governments write them, and the post type each suggests. */
import { describe, expect, it } from 'vitest';
import { postTypeOfName } from '../../src/lib/rosterFiles/postName';

describe('postTypeOfName', () => {
	it.each([
		['Kepala Dinas Pendidikan', 'structural', true],
		['Sekretaris Badan', 'structural', true],
		['Kepala Bidang Anggaran', 'structural', true],
		['Kepala Sub Bagian Umum dan Kepegawaian', 'structural', true],
		['KEPALA SEKSI PENDATAAN', 'structural', true],
		['Plt. Kepala Seksi Data', 'structural', true],
		['Camat Bontang Utara', 'structural', true],
		['Lurah Api-Api', 'structural', true],
		['Inspektur Pembantu Wilayah I', 'structural', true],
		['Staf Ahli Wali Kota Bidang Ekonomi', 'structural', true],
		['Analis Keuangan Pusat dan Daerah Ahli Muda', 'functional', true],
		['Pranata Komputer Ahli Pertama', 'functional', true],
		['Pranata Komputer Terampil', 'functional', true],
		['Arsiparis Penyelia', 'functional', true],
		['Guru Kelas', 'functional', true],
		['Auditor Ahli Madya', 'functional', true],
		['Analis Keuangan', 'pelaksana', false],
		['Pengadministrasi Umum', 'pelaksana', false],
		['Pengelola Data', 'pelaksana', false],
		['', 'pelaksana', false]
	])('%s → %s', (name, postType, recognised) => {
		expect(postTypeOfName(name)).toEqual({ postType, recognised });
	});
});
