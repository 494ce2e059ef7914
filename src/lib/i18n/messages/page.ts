import { defineMessages } from './define';

/** Messages of the planner page itself (its layout, status and run settings). */
export const page = defineMessages({
	id: {
		'page.title': 'Proyeksi IPASN',
		'page.lead':
			'Atur porsi anggaran pengembangan pegawai dan cakupan pelatihan; lihat dampaknya pada Indeks Profesionalitas ASN, tahun demi tahun.',
		'page.levers': 'Pilihan kebijakan',
		'page.assumptions': 'Asumsi model',
		'page.results': 'Hasil proyeksi',
		'page.details': 'Rincian proyeksi',
		'page.resetAll': 'Kembalikan semua ke status quo',
		'page.running': 'Menghitung proyeksi…',
		'page.progress': 'Menghitung: {percent} selesai',
		'page.error': 'Proyeksi gagal: {message}. Ubah masukan terakhir atau muat ulang halaman.',
		'page.draws': 'Jumlah simulasi Monte Carlo',
		'page.draws.help':
			'Lebih banyak simulasi = pita ketidakpastian lebih halus, tetapi lebih lama. 0 = deterministik.',
		'page.draws.option': '{count} simulasi',
		'page.draws.deterministic': 'Deterministik (tanpa pita)',
		'page.draws.capped':
			'Untuk data pegawai sebesar ini dipakai {count} simulasi, agar halaman tetap responsif.',
		'page.baselineNote':
			'Baseline = status quo: porsi {share} pagu (bawaan: porsi BPKAD Kota Bontang 2022), tuas lain bawaan, asumsi sama.',
		'page.drivers.title': 'Asumsi yang paling menggerakkan indeks {year}',
		'page.drivers.lead':
			'Tiap asumsi digeser dari batas rendah ke batas tinggi rentang wajarnya, yang lain tetap (deterministik).',
		'page.drivers.range': '{low} → {high}',
		'page.drivers.index': 'indeks {low} → {high}',
		'page.drivers.swing': 'selisih {swing} poin',
		'page.drivers.running': 'Menghitung asumsi yang paling berpengaruh…',
		'page.drivers.error': 'Asumsi yang paling berpengaruh tidak dapat dihitung: {message}',
		'page.drivers.none': 'Tidak ada asumsi yang menggeser indeks {year}.',
		'page.drivers.all': 'Lihat semua asumsi dan tuas (diagram tornado)'
	},
	en: {
		'page.title': 'IPASN projection',
		'page.lead':
			'Set the staff development budget share and training coverage; see their effect on the civil-service professionalism index (IPASN), year by year.',
		'page.levers': 'Policy choices',
		'page.assumptions': 'Model assumptions',
		'page.results': 'Projected results',
		'page.details': 'Projection details',
		'page.resetAll': 'Reset everything to the status quo',
		'page.running': 'Calculating the projection…',
		'page.progress': 'Calculating: {percent} done',
		'page.error': 'The projection failed: {message}. Change the last input or reload the page.',
		'page.draws': 'Monte Carlo draws',
		'page.draws.help': 'More draws = smoother uncertainty bands, but slower. 0 = deterministic.',
		'page.draws.option': '{count} draws',
		'page.draws.deterministic': 'Deterministic (no bands)',
		'page.draws.capped':
			'For staff data this large, {count} draws are used so the page stays responsive.',
		'page.baselineNote':
			"Baseline = status quo: {share} of the ceiling (the default: BPKAD Kota Bontang's 2022 share), other levers at their defaults, same assumptions.",
		'page.drivers.title': 'Assumptions that move the {year} index most',
		'page.drivers.lead':
			'Each assumption goes from the low to the high end of its plausible range, the others unchanged (deterministic).',
		'page.drivers.range': '{low} → {high}',
		'page.drivers.index': 'index {low} → {high}',
		'page.drivers.swing': 'a swing of {swing} points',
		'page.drivers.running': 'Calculating the assumptions that matter most…',
		'page.drivers.error': 'The assumptions that matter most could not be calculated: {message}',
		'page.drivers.none': 'No assumption moves the {year} index.',
		'page.drivers.all': 'See all assumptions and levers (tornado chart)'
	}
});
