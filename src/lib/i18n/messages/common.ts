import { defineMessages } from './define';

/** Messages used across pages: the app's name, navigation, language, categories. */
export const common = defineMessages({
	id: {
		'common.appName': 'Simulator Anggaran IPASN',
		'common.agency': 'BPKAD Kota Bontang',
		'common.nav.planner': 'Perencana',
		'common.nav.model': 'Model & asumsi',
		'common.nav.decide': 'Dukungan keputusan',
		'common.decideForThis':
			'Dukungan keputusan untuk skenario ini (target, alokasi, jadwal rotasi)',
		'common.nav.main': 'Navigasi utama',
		'common.skip': 'Lompat ke isi',
		'common.language': 'Bahasa',
		'common.switchLanguage': 'English',
		'common.switchLanguageLabel': 'Switch to English',
		'common.illustrative':
			'Data pegawai bersifat ilustratif (sintetis, dikalibrasi ke IPASN Kota Bontang 2021 = 71,59).',
		'common.year': 'Tahun',
		'common.index': 'Indeks',
		'common.category': 'Kategori',
		'common.reset': 'Atur ulang',
		'common.loading': 'Menghitung…',
		'common.category.sangat_tinggi': 'Sangat Tinggi',
		'common.category.tinggi': 'Tinggi',
		'common.category.sedang': 'Sedang',
		'common.category.rendah': 'Rendah',
		'common.category.sangat_rendah': 'Sangat Rendah',
		'common.noStaff': 'tidak ada pegawai',
		'common.startingPoint':
			'{value} adalah IPASN Pemerintah Kota Bontang {year} (seluruh perangkat daerah kota, bukan angka {agency} sendiri), dipakai sebagai titik awal {agency} sampai badan ini memasukkan angkanya sendiri (halaman Data pegawai).'
	},
	en: {
		'common.appName': 'IPASN Budget Simulator',
		'common.agency': 'BPKAD Kota Bontang',
		'common.nav.planner': 'Planner',
		'common.nav.model': 'Model & assumptions',
		'common.nav.decide': 'Decision support',
		'common.decideForThis':
			'Decision support for this scenario (target, allocation, rotation schedule)',
		'common.nav.main': 'Main navigation',
		'common.skip': 'Skip to content',
		'common.language': 'Language',
		'common.switchLanguage': 'Bahasa Indonesia',
		'common.switchLanguageLabel': 'Ganti ke Bahasa Indonesia',
		'common.illustrative':
			'Staff data are illustrative (synthetic, calibrated to the 2021 IPASN of Kota Bontang, 71.59).',
		'common.year': 'Year',
		'common.index': 'Index',
		'common.category': 'Category',
		'common.reset': 'Reset',
		'common.loading': 'Calculating…',
		'common.category.sangat_tinggi': 'Very high',
		'common.category.tinggi': 'High',
		'common.category.sedang': 'Medium',
		'common.category.rendah': 'Low',
		'common.category.sangat_rendah': 'Very low',
		'common.noStaff': 'no staff',
		'common.startingPoint':
			"{value} is the Kota Bontang city government's {year} IPASN (all of the city's agencies, not {agency}'s own), used as {agency}'s starting point until the agency enters its own (Staff data page)."
	}
});
