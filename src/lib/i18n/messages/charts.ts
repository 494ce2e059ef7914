import { defineMessages } from './define';

/** Messages of the charts area. Keys are prefixed `charts.`. */
export const charts = defineMessages({
	id: {
		'charts.showTable': 'Tampilkan tabel',
		'charts.hideTable': 'Sembunyikan tabel',
		'charts.legend': 'Keterangan',
		'charts.noData': 'Belum ada data untuk ditampilkan.',

		'charts.projection.title': 'Proyeksi Indeks Profesionalitas ASN',
		'charts.projection.subtitle':
			'Indeks IPASN (skala 0–100) per tahun: median dan rentang p10–p90 simulasi, dengan kategori',
		'charts.projection.axisY': 'Indeks IPASN',
		'charts.projection.median': 'Median proyeksi',
		'charts.projection.range': 'Rentang p10–p90',
		'charts.projection.baseline': 'Status quo',
		'charts.projection.targetLabel': 'Target {value} ({year})',
		'charts.projection.targetLegend': 'Target {value} pada {year}',
		'charts.projection.start': '{year}: {value} (data pegawai)',
		'charts.projection.startLegend': 'Indeks data pegawai {year} (dihitung dengan aturan)',
		'charts.projection.recorded': 'IPASN tercatat {year}: {value} ({scope}; sumber: {source})',
		'charts.projection.recordedLegend': 'IPASN tercatat (sesuai isian data instansi)',
		'charts.projection.startPoint':
			'{year}: indeks data pegawai {value} ({category}), dihitung dengan aturan penilaian',
		'charts.projection.observed': 'data pegawai',
		'charts.projection.point':
			'{year}: indeks {value} ({category}), rentang {low}–{high}, status quo {status quo}',
		'charts.projection.summary':
			'Indeks teramati {startYear}: {start} ({startCategory}). Median proyeksi {lastYear}: {last} ({lastCategory}), rentang {low}–{high}; status quo {status quo}.',
		'charts.projection.verdictMet':
			'Target {target} pada {targetYear} tercapai: median {value}, sudah di atas target sejak {since}.',
		'charts.projection.verdictMissed':
			'Target {target} pada {targetYear} belum tercapai: median {value}, kurang {gap} poin.',
		'charts.projection.summaryNoStaff':
			'Indeks teramati {startYear}: {start} ({startCategory}). Tidak ada pegawai yang dinilai pada {lastYear}, jadi tidak ada indeks.',
		'charts.projection.verdictNoStaff':
			'Target {target} pada {targetYear} tidak dapat dinilai: tidak ada pegawai yang dinilai pada tahun itu.',
		'charts.projection.col.p10': 'P10 (indeks)',
		'charts.projection.col.median': 'Median (indeks)',
		'charts.projection.col.p90': 'P90 (indeks)',
		'charts.projection.col.baseline': 'Status quo (indeks)',
		'charts.projection.col.compare': '{label} (median, indeks)',
		'charts.projection.col.category': 'Kategori (median)',
		'charts.projection.col.headcount': 'Pegawai (orang)',

		'charts.dimensions.title': 'Kontribusi tiap dimensi terhadap indeks',
		'charts.dimensions.subtitle':
			'Poin per dimensi, median per tahun; jumlahnya adalah indeks (maks. 100 poin)',
		'charts.dimensions.axisY': 'Poin',
		'charts.dimensions.qualification': 'Kualifikasi',
		'charts.dimensions.competency': 'Kompetensi',
		'charts.dimensions.performance': 'Kinerja',
		'charts.dimensions.discipline': 'Disiplin',
		'charts.dimensions.withMax': '{name} (maks. {max})',
		'charts.dimensions.part': '{name} {value} dari {max} poin',
		'charts.dimensions.total': 'Total',
		'charts.dimensions.totalValue': 'total {value} poin',
		'charts.dimensions.headroom': 'Sisa sampai 100 poin',
		'charts.dimensions.col': '{name} (poin, maks. {max})',
		'charts.dimensions.colTotal': 'Total (poin)',
		'charts.dimensions.summary':
			'Total poin {firstYear}: {totalFirst}; {lastYear}: {totalLast}. Perubahan terbesar pada {name}: {from} menjadi {to} poin dari maksimum {max}.',

		'charts.units.title': 'Cakupan pelatihan per unit kerja',
		'charts.units.subtitle': 'Persen pegawai unit yang diminta dan yang didanai, dan indeks unit',
		'charts.units.yearLabel': 'Tahun',
		'charts.units.unit': 'Unit kerja',
		'charts.units.asked': 'Cakupan diminta',
		'charts.units.funded': 'Cakupan didanai',
		'charts.units.index': 'Indeks unit',
		'charts.units.axisX': '% pegawai unit',
		'charts.units.point':
			'{unit}: cakupan diminta {asked}, didanai {funded}, indeks {index} ({category})',
		'charts.units.colAsked': 'Cakupan diminta (% pegawai)',
		'charts.units.colFunded': 'Cakupan didanai (% pegawai)',
		'charts.units.colIndex': 'Indeks unit (0–100)',
		'charts.units.colHeadcount': 'Pegawai (orang)',
		'charts.units.tableCaption': 'Cakupan pelatihan dan indeks per unit kerja, tahun {year}',
		'charts.units.summary':
			'Tahun {year}: cakupan didanai berkisar dari {minFunded} ({minUnit}) sampai {maxFunded} ({maxUnit}). Indeks unit berkisar dari {minIndex} ({minIndexUnit}) sampai {maxIndex} ({maxIndexUnit}).',
		'charts.units.summaryEven':
			'Tahun {year}: semua unit didanai {funded} dari cakupan diminta {asked}. Indeks unit berkisar dari {minIndex} ({minIndexUnit}) sampai {maxIndex} ({maxIndexUnit}).',
		'charts.units.summaryNoStaff': 'Tidak ada pegawai yang dinilai di: {units}.',
		'charts.units.summaryAllNoStaff':
			'Tahun {year}: tidak ada pegawai yang dinilai di unit mana pun.',

		'charts.budget.title': 'Anggaran pengembangan pegawai',
		'charts.budget.subtitle':
			'Rupiah per tahun (juta Rp); garis: porsi anggaran terhadap pagu (%), sumbu kanan',
		'charts.budget.axisY': 'juta Rp',
		'charts.budget.axisShare': '% pagu',
		'charts.budget.allocated': 'Dialokasikan (pagu × porsi)',
		'charts.budget.asked': 'Diminta',
		'charts.budget.spent': 'Realisasi',
		'charts.budget.share': 'Porsi pagu (%)',
		'charts.budget.ceiling': 'Pagu',
		'charts.budget.phase': 'Fase',
		'charts.budget.phase.history': 'Tercatat',
		'charts.budget.phase.replay': 'Anggaran tercatat, hasil simulasi',
		'charts.budget.phase.plan': 'Rencana',
		'charts.budget.recorded': 'tercatat',
		'charts.budget.recordedRegion': 'Tercatat (kajian)',
		'charts.budget.point':
			'{year} ({phase}): dialokasikan {allocated}, diminta {asked}, realisasi {spent}, porsi pagu {share}',
		'charts.budget.pointHistory': '{year} (tercatat): dialokasikan {allocated}, porsi pagu {share}',
		'charts.budget.colShare': 'Porsi pagu (%)',
		'charts.budget.colCeiling': 'Pagu (juta Rp)',
		'charts.budget.colAllocated': 'Dialokasikan (juta Rp)',
		'charts.budget.colAsked': 'Diminta (juta Rp)',
		'charts.budget.colSpent': 'Realisasi (juta Rp)',
		'charts.budget.summary':
			'Tercatat {firstYear}: {firstAllocated} ({firstShare} pagu). {lastYear}: dialokasikan {lastAllocated} ({lastShare} pagu), diminta {lastAsked}, realisasi {lastSpent}.',
		'charts.budget.summaryPlan': 'Realisasi tahun rencana {from}–{to}: {total}.'
	},
	en: {
		'charts.showTable': 'Show table',
		'charts.hideTable': 'Hide table',
		'charts.legend': 'Legend',
		'charts.noData': 'No data to show yet.',

		'charts.projection.title': 'Projected ASN professionalism index (IPASN)',
		'charts.projection.subtitle':
			'IPASN index (0–100 scale) per year: median and p10–p90 range of the simulations, with categories',
		'charts.projection.axisY': 'IPASN index',
		'charts.projection.median': 'Projected median',
		'charts.projection.range': 'p10–p90 range',
		'charts.projection.baseline': 'Status quo',
		'charts.projection.targetLabel': 'Target {value} ({year})',
		'charts.projection.targetLegend': 'Target {value} by {year}',
		'charts.projection.start': '{year}: {value} (staff data)',
		'charts.projection.startLegend': 'Index of the staff data {year} (scored by the rules)',
		'charts.projection.recorded': 'Recorded IPASN {year}: {value} ({scope}; source: {source})',
		'charts.projection.recordedLegend': 'Recorded IPASN (as entered in the agency data)',
		'charts.projection.startPoint':
			'{year}: index of the staff data {value} ({category}), scored by the rules',
		'charts.projection.observed': 'staff data',
		'charts.projection.point':
			'{year}: index {value} ({category}), range {low}–{high}, status quo {status quo}',
		'charts.projection.summary':
			'Observed index {startYear}: {start} ({startCategory}). Projected median {lastYear}: {last} ({lastCategory}), range {low}–{high}; status quo {status quo}.',
		'charts.projection.verdictMet':
			'The target of {target} by {targetYear} is met: median {value}, above the target since {since}.',
		'charts.projection.verdictMissed':
			'The target of {target} by {targetYear} is not met: median {value}, {gap} points short.',
		'charts.projection.summaryNoStaff':
			'Observed index {startYear}: {start} ({startCategory}). No staff are measured in {lastYear}, so there is no index.',
		'charts.projection.verdictNoStaff':
			'The target of {target} by {targetYear} cannot be judged: no staff are measured that year.',
		'charts.projection.col.p10': 'P10 (index)',
		'charts.projection.col.median': 'Median (index)',
		'charts.projection.col.p90': 'P90 (index)',
		'charts.projection.col.baseline': 'Status quo (index)',
		'charts.projection.col.compare': '{label} (median, index)',
		'charts.projection.col.category': 'Category (median)',
		'charts.projection.col.headcount': 'Staff (people)',

		'charts.dimensions.title': 'What each dimension contributes to the index',
		'charts.dimensions.subtitle':
			'Points per dimension, median per year; they add up to the index (max. 100 points)',
		'charts.dimensions.axisY': 'Points',
		'charts.dimensions.qualification': 'Qualification',
		'charts.dimensions.competency': 'Competence',
		'charts.dimensions.performance': 'Performance',
		'charts.dimensions.discipline': 'Discipline',
		'charts.dimensions.withMax': '{name} (max. {max})',
		'charts.dimensions.part': '{name} {value} of {max} points',
		'charts.dimensions.total': 'Total',
		'charts.dimensions.totalValue': 'total {value} points',
		'charts.dimensions.headroom': 'Room up to 100 points',
		'charts.dimensions.col': '{name} (points, max. {max})',
		'charts.dimensions.colTotal': 'Total (points)',
		'charts.dimensions.summary':
			'Total points {firstYear}: {totalFirst}; {lastYear}: {totalLast}. The largest change is in {name}: from {from} to {to} points out of {max}.',

		'charts.units.title': 'Training coverage by work unit',
		'charts.units.subtitle':
			"Percent of the unit's staff asked for and funded, and the unit's index",
		'charts.units.yearLabel': 'Year',
		'charts.units.unit': 'Work unit',
		'charts.units.asked': 'Coverage asked',
		'charts.units.funded': 'Coverage funded',
		'charts.units.index': 'Unit index',
		'charts.units.axisX': '% of unit staff',
		'charts.units.point':
			'{unit}: coverage asked {asked}, funded {funded}, index {index} ({category})',
		'charts.units.colAsked': 'Coverage asked (% of staff)',
		'charts.units.colFunded': 'Coverage funded (% of staff)',
		'charts.units.colIndex': 'Unit index (0–100)',
		'charts.units.colHeadcount': 'Staff (people)',
		'charts.units.tableCaption': 'Training coverage and index by work unit, {year}',
		'charts.units.summary':
			'{year}: funded coverage ranges from {minFunded} ({minUnit}) to {maxFunded} ({maxUnit}). Unit indices range from {minIndex} ({minIndexUnit}) to {maxIndex} ({maxIndexUnit}).',
		'charts.units.summaryEven':
			'{year}: every unit is funded {funded} of the {asked} coverage asked. Unit indices range from {minIndex} ({minIndexUnit}) to {maxIndex} ({maxIndexUnit}).',
		'charts.units.summaryNoStaff': 'No staff measured in: {units}.',
		'charts.units.summaryAllNoStaff': '{year}: no staff are measured in any unit.',

		'charts.budget.title': 'Staff development budget',
		'charts.budget.subtitle':
			'Rupiah per year (Rp million); line: budget share of the ceiling (%), right axis',
		'charts.budget.axisY': 'Rp million',
		'charts.budget.axisShare': '% of ceiling',
		'charts.budget.allocated': 'Allocated (ceiling × share)',
		'charts.budget.asked': 'Asked',
		'charts.budget.spent': 'Spent',
		'charts.budget.share': 'Share of ceiling (%)',
		'charts.budget.ceiling': 'Ceiling',
		'charts.budget.phase': 'Phase',
		'charts.budget.phase.history': 'Recorded',
		'charts.budget.phase.replay': 'Recorded budget, simulated outcome',
		'charts.budget.phase.plan': 'Plan',
		'charts.budget.recorded': 'recorded',
		'charts.budget.recordedRegion': 'Recorded (study)',
		'charts.budget.point':
			'{year} ({phase}): allocated {allocated}, asked {asked}, spent {spent}, share of ceiling {share}',
		'charts.budget.pointHistory':
			'{year} (recorded): allocated {allocated}, share of ceiling {share}',
		'charts.budget.colShare': 'Share of ceiling (%)',
		'charts.budget.colCeiling': 'Ceiling (Rp million)',
		'charts.budget.colAllocated': 'Allocated (Rp million)',
		'charts.budget.colAsked': 'Asked (Rp million)',
		'charts.budget.colSpent': 'Spent (Rp million)',
		'charts.budget.summary':
			'Recorded {firstYear}: {firstAllocated} ({firstShare} of the ceiling). {lastYear}: allocated {lastAllocated} ({lastShare} of the ceiling), asked {lastAsked}, spent {lastSpent}.',
		'charts.budget.summaryPlan': 'Spent over the plan years {from}–{to}: {total}.'
	}
});
