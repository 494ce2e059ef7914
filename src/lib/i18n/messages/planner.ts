import { defineMessages } from './define';

/**
 * Messages of the planner's controls (levers and assumptions). Keys are prefixed `planner.`.
 * Lever labels, help and sources are bilingual data in `scenario/inputSpecs.ts`, not here.
 */
export const planner = defineMessages({
	id: {
		'planner.levers.title': 'Tuas kebijakan',
		'planner.levers.note': 'Pilihan yang dapat diputuskan perencana anggaran.',
		'planner.assumptions.title': 'Asumsi — bukan pilihan kebijakan',
		'planner.assumptions.note':
			'Keyakinan tentang biaya, jam pelajaran dan efek pelatihan. Mengubahnya menguji ketidakpastian; itu bukan rencana.',

		'planner.group.budget': 'Anggaran',
		'planner.group.coverage': 'Cakupan pelatihan teknis',
		'planner.group.training': 'Bauran pelatihan',
		'planner.group.education': 'Pendidikan dan kaderisasi',
		'planner.group.planning': 'Periode dan target',
		'planner.group.ceiling': 'Pagu OPD',
		'planner.group.costs': 'Biaya satuan',
		'planner.group.trainingHours': 'Jam pelajaran (JP)',
		'planner.group.effects': 'Efek pelatihan',
		'planner.group.dynamics': 'Dinamika pegawai',
		'planner.group.workforce': 'Pegawai keluar, masuk dan pindah jabatan',
		'planner.group.scoring': 'Penilaian',
		'planner.group.changed': '● {count} diubah',

		'planner.unit.percent': '%',
		'planner.unit.percentPerYear': '%/tahun',
		'planner.unit.rupiah': 'Rp',
		'planner.unit.placesPerYear': 'tempat/tahun',
		'planner.unit.peoplePerYear': 'orang/tahun',
		'planner.unit.jp': 'JP',
		'planner.unit.sd': 'SD',
		'planner.unit.months': 'bulan',
		'planner.unit.years': 'tahun',
		'planner.unit.year': '',
		'planner.unit.index': 'poin',
		'planner.unit.ratio': '(0–1)',
		'planner.formula.builtIn': 'Bawaan: efek proporsional sampai JP untuk efek penuh',
		'planner.formula.current': 'Kurva yang dipakai: {formula}',
		'planner.formula.custom': 'rumus sendiri',
		'planner.formula.edit': 'Ubah dan lihat kurva',
		'planner.formula.close': 'Tutup editor kurva',

		'planner.control.value': '{label} (nilai)',
		'planner.control.reset': 'Atur ulang {label}',
		'planner.control.resetText': 'Atur ulang',
		'planner.control.changed': '● diubah',
		'planner.control.changedAssumption': '● asumsi diubah',
		'planner.control.source': 'Sumber',
		'planner.control.default': 'Nilai bawaan: {value}',
		'planner.control.range': 'Rentang wajar (untuk ketidakpastian): {low}–{high}',
		'planner.control.memberLabel': '{label} — {member}',

		'planner.entry.notNumber': 'Tulis sebuah angka, misalnya {example}.',
		'planner.entry.range': 'Masukkan angka antara {min} dan {max}.',
		'planner.entry.rounded': 'Dibulatkan ke {value} (kelipatan {step}).',

		'planner.perYear.legend': 'Porsi selama periode rencana',
		'planner.perYear.ceilingOf': 'dari pagu {ceiling}',
		'planner.rupiah.label': 'Rp {year}',
		'planner.rupiah.aria': '{label} {year} dalam Rupiah',
		'planner.rupiah.notAmount': 'Tulis jumlah Rupiah, misalnya 600 jt, 1,2 M atau 600.000.000.',
		'planner.rupiah.noCeiling':
			'Pagu OPD {year} belum diketahui: isi pagu di halaman Instansi dulu.',
		'planner.rupiah.tooMuch': '{amount} adalah {share} dari pagu; porsi paling banyak {max}.',
		'planner.perYear.constant': 'Konstan',
		'planner.perYear.perYear': 'Per tahun',
		'planner.perYear.amountOne': 'Setara {amount} pada {year}.',
		'planner.perYear.amountTwo':
			'Setara {first} pada {firstYear} dan {target} pada {targetYear} (tahun target).',

		'planner.perUnit.all': 'Semua unit',
		'planner.perUnit.allNote': 'Mengubah semua unit sekaligus menghapus pengaturan per unit.',
		'planner.perUnit.byUnit': 'Per unit',

		'planner.unspent.title': 'Anggaran yang tidak dapat dibelanjakan',
		'planner.unspent.body':
			'Semua yang diminta rencana sudah didanai, jadi sisa ini tidak terpakai: {years}. Naikkan {asks}, atau turunkan porsi anggaran.',
		'planner.unspent.year': '{amount} pada {year}',
		'planner.unspent.technical': 'cakupan Bimtek',
		'planner.unspent.seminar': 'cakupan seminar',
		'planner.unspent.other': 'diklat fungsional, kepemimpinan atau sekolah kader',
		'planner.unspent.or': ' atau '
	},
	en: {
		'planner.levers.title': 'Policy levers',
		'planner.levers.note': 'Choices the budget planner can make.',
		'planner.assumptions.title': 'Assumptions — not policy choices',
		'planner.assumptions.note':
			'Beliefs about costs, lesson hours and training effects. Changing them tests uncertainty; it is not a plan.',

		'planner.group.budget': 'Budget',
		'planner.group.coverage': 'Technical training coverage',
		'planner.group.training': 'Training mix',
		'planner.group.education': 'Education and cadre school',
		'planner.group.planning': 'Period and target',
		'planner.group.ceiling': 'Budget ceiling',
		'planner.group.costs': 'Unit costs',
		'planner.group.trainingHours': 'Lesson hours (JP)',
		'planner.group.effects': 'Training effects',
		'planner.group.dynamics': 'Staff dynamics',
		'planner.group.workforce': 'Leavers, hires and post changes',
		'planner.group.scoring': 'Scoring',
		'planner.group.changed': '● {count} changed',

		'planner.unit.percent': '%',
		'planner.unit.percentPerYear': '%/year',
		'planner.unit.rupiah': 'Rp',
		'planner.unit.placesPerYear': 'places/year',
		'planner.unit.peoplePerYear': 'people/year',
		'planner.unit.jp': 'JP',
		'planner.unit.sd': 'SD',
		'planner.unit.months': 'months',
		'planner.unit.years': 'years',
		'planner.unit.year': '',
		'planner.unit.index': 'points',
		'planner.unit.ratio': '(0–1)',
		'planner.formula.builtIn': 'Built in: a pro-rata effect up to the JP for the full effect',
		'planner.formula.current': 'Curve in use: {formula}',
		'planner.formula.custom': 'own formula',
		'planner.formula.edit': 'Edit and plot the curve',
		'planner.formula.close': 'Close the curve editor',

		'planner.control.value': '{label} (value)',
		'planner.control.reset': 'Reset {label}',
		'planner.control.resetText': 'Reset',
		'planner.control.changed': '● changed',
		'planner.control.changedAssumption': '● assumption changed',
		'planner.control.source': 'Source',
		'planner.control.default': 'Default: {value}',
		'planner.control.range': 'Plausible range (for uncertainty): {low}–{high}',
		'planner.control.memberLabel': '{label} — {member}',

		'planner.entry.notNumber': 'Enter a number, for example {example}.',
		'planner.entry.range': 'Enter a number between {min} and {max}.',
		'planner.entry.rounded': 'Rounded to {value} (steps of {step}).',

		'planner.perYear.legend': 'Share over the planning period',
		'planner.perYear.ceilingOf': 'of a ceiling of {ceiling}',
		'planner.rupiah.label': 'Rp {year}',
		'planner.rupiah.aria': '{label} {year} in Rupiah',
		'planner.rupiah.notAmount': 'Type an amount of Rupiah, e.g. 600 jt, 1.2 M or 600,000,000.',
		'planner.rupiah.noCeiling':
			'The {year} budget ceiling is not known: enter it on the Agency page first.',
		'planner.rupiah.tooMuch': '{amount} is {share} of the ceiling; the share is at most {max}.',
		'planner.perYear.constant': 'Constant',
		'planner.perYear.perYear': 'Per year',
		'planner.perYear.amountOne': 'Equals {amount} in {year}.',
		'planner.perYear.amountTwo':
			'Equals {first} in {firstYear} and {target} in {targetYear} (target year).',

		'planner.perUnit.all': 'All units',
		'planner.perUnit.allNote': 'Changing all units at once clears the per-unit settings.',
		'planner.perUnit.byUnit': 'By unit',

		'planner.unspent.title': 'Budget that cannot be spent',
		'planner.unspent.body':
			'Everything the plan asks for is funded, so this is left unspent: {years}. Raise {asks}, or lower the budget share.',
		'planner.unspent.year': '{amount} in {year}',
		'planner.unspent.technical': 'Bimtek coverage',
		'planner.unspent.seminar': 'seminar coverage',
		'planner.unspent.other': 'functional or leadership training, or cadre school',
		'planner.unspent.or': ' or '
	}
});
