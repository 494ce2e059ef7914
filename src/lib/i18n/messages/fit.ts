import { defineMessages } from './define';

/**
 * Messages of the fit to the budget history on /model (`model.fit.`): what was fitted, to
 * what, and how well. Numbers are parameters, filled from the calibration record.
 */
export const fit = defineMessages({
	id: {
		'model.fit.title': 'Disesuaikan dengan riwayat anggaran',
		'model.fit.intro':
			'Roster {year} adalah keadaan yang dipertahankan oleh uang yang dibelanjakan: {amount} pada {year} menjaga {technical} pegawai dengan ≥ 20 JP pelatihan teknis, {seminar} pegawai dengan seminar dalam dua tahun, dan indeks {index}. Maka proyeksi yang mendanai tahun-tahun berikutnya dengan rupiah {year} (tuas status quo) harus mempertahankan ketiganya. Porsi pelatihan tanpa biaya OPD dan tingkat biaya satuan (di dalam rentangnya) dipilih agar begitu (perintah: {command}).',
		'model.fit.parametersCaption': 'Nilai hasil penyesuaian (menjadi nilai bawaan)',
		'model.fit.parameter': 'Asumsi',
		'model.fit.value': 'Nilai',
		'model.fit.range': 'Rentang wajar (diundi Monte Carlo)',
		'model.fit.costLevel':
			'Tingkat biaya: {level} dari rentang setiap biaya satuan (0 = batas bawah, 1 = batas atas), harga tahun {priceYear}. Indeks hampir tidak membedakan tingkat biaya: tingkat {low} sampai {high} sama cocoknya (selisih ≤ 0,1 poin), karena keadaan 2021 terutama ditopang pengembangan tanpa biaya OPD; yang paling dekat ke tengah rentang dipakai. Monte Carlo mengundi biaya di seluruh rentangnya.',
		'model.fit.historyCaption':
			'Hasil diamati (roster {year}) dibandingkan hasil putar ulang dengan rupiah {year}',
		'model.fit.year': 'Tahun',
		'model.fit.measure': 'Ukuran',
		'model.fit.observed': 'Diamati ({year})',
		'model.fit.replayed': 'Putar ulang',
		'model.fit.fittedMark': 'dipakai untuk penyesuaian',
		'model.fit.measure.technicalJpMet': 'Pegawai dengan ≥ 20 JP pelatihan teknis',
		'model.fit.measure.recentSeminar': 'Pegawai dengan seminar dalam 2 tahun',
		'model.fit.measure.index': 'Indeks',
		'model.fit.residual': 'Sisa (akar rata-rata kuadrat selisih baris yang dipakai): {value}.',
		'model.fit.recorded':
			'Pemeriksaan: bila tahun-tahun itu didanai dengan anggaran tercatat 2022 ({amount}, 2,8 kali rupiah 2021), indeks menjadi {values} — tidak turun.',
		'model.fit.chartTitle': 'Indeks diamati dan hasil putar ulang, {first}–{last}',
		'model.fit.chartDesc':
			'Garis putus-putus: indeks diamati {index}. Garis biru: putar ulang dengan rupiah {year}. Garis hijau: putar ulang dengan anggaran tercatat 2022. Angka lengkap ada di tabel di bawah.',
		'model.fit.axisIndex': 'Indeks (poin)',
		'model.fit.legendObserved': 'Diamati {year}',
		'model.fit.legendReplay': 'Rupiah {year}',
		'model.fit.legendRecorded': 'Anggaran 2022',
		'model.fit.covid':
			'Catatan COVID-19: pada 2020–2021 pelatihan beralih ke daring dan anggaran daerah di-refocusing untuk penanganan pandemi (Inpres 4/2020; Keputusan Bersama Mendagri 119/2813/SJ dan Menkeu 177/KMK.07/2020 tanggal 9 April 2020 memangkas belanja barang dan jasa daerah). Apa yang dibeli rupiah 2020–2021 karena itu kurang pasti dibanding tahun normal. Penyesuaian bertumpu pada 2021 (tahun roster); 1,51 % pada 2020 ditampilkan tetapi tidak dipakai.',
		'model.fit.priceNote':
			'Rupiah ditampilkan nominal: biaya satuan dinyatakan dalam harga tahun {priceYear} dan naik sebesar asumsi kenaikan harga tiap tahun sesudahnya.'
	},
	en: {
		'model.fit.title': 'Fitted to the budget history',
		'model.fit.intro':
			'The {year} roster is a state kept by the money spent on it: {amount} in {year} kept {technical} of staff at ≥ 20 JP of technical training, {seminar} with a seminar in two years, and an index of {index}. So a projection that funds the following years with {year} Rupiah (status-quo levers) must keep all three. The shares of training at no cost to the agency and the level of unit costs (within their ranges) are chosen so that it does (command: {command}).',
		'model.fit.parametersCaption': 'Fitted values (now the defaults)',
		'model.fit.parameter': 'Assumption',
		'model.fit.value': 'Value',
		'model.fit.range': 'Plausible range (drawn by Monte Carlo)',
		'model.fit.costLevel':
			'Cost level: {level} of each unit cost’s range (0 = low end, 1 = high end), in {priceYear} prices. The index hardly tells cost levels apart: levels {low} to {high} fit equally well (within 0.1 points), because the 2021 state rests mostly on development at no cost to the agency; the one nearest the middle of the ranges is kept. Monte Carlo draws the costs over their whole ranges.',
		'model.fit.historyCaption':
			'Observed (the {year} roster) against the replay with {year} Rupiah',
		'model.fit.year': 'Year',
		'model.fit.measure': 'Measure',
		'model.fit.observed': 'Observed ({year})',
		'model.fit.replayed': 'Replayed',
		'model.fit.fittedMark': 'used by the fit',
		'model.fit.measure.technicalJpMet': 'Staff with ≥ 20 JP of technical training',
		'model.fit.measure.recentSeminar': 'Staff with a seminar in 2 years',
		'model.fit.measure.index': 'Index',
		'model.fit.residual': 'Residual (root mean square of the fitted rows’ differences): {value}.',
		'model.fit.recorded':
			'Check: funding those years with the recorded 2022 budget instead ({amount}, 2.8 times the 2021 Rupiah) gives an index of {values} — it does not fall.',
		'model.fit.chartTitle': 'Observed index and the replays, {first}–{last}',
		'model.fit.chartDesc':
			'Dashed line: the observed index {index}. Blue line: replay with {year} Rupiah. Green line: replay with the recorded 2022 budget. The full figures are in the table below.',
		'model.fit.axisIndex': 'Index (points)',
		'model.fit.legendObserved': 'Observed {year}',
		'model.fit.legendReplay': '{year} Rupiah',
		'model.fit.legendRecorded': '2022 budget',
		'model.fit.covid':
			'COVID-19 caveat: in 2020–2021 training moved online and regional budgets were refocused on the pandemic (Inpres 4/2020; Joint Decree of the Ministers of Home Affairs 119/2813/SJ and Finance 177/KMK.07/2020 of 9 April 2020 cut regional spending on goods and services). What the 2020–2021 Rupiah bought is therefore less certain than in a normal year. The fit leans on 2021 (the roster’s year); 2020’s 1.51 % is shown but not used.',
		'model.fit.priceNote':
			'Rupiah are shown in nominal terms: unit costs are stated in {priceYear} prices and rise by the price-rise assumption each year after.'
	}
});
