import { defineMessages } from './define';

/**
 * Messages of the compare page, meeting mode and the printed brief. Keys are prefixed
 * `compare.` (`compare.meeting.`, `compare.report.` for the last two).
 */
export const compare = defineMessages({
	id: {
		'compare.title': 'Bandingkan skenario',
		'compare.lead':
			'Skenario tersimpan berdampingan dengan status quo: proyeksi indeks, angka utama dengan selisihnya terhadap status quo, dan masukan yang membedakannya. Pilih sampai {max} skenario.',
		'compare.untitled': 'Skenario tanpa nama',
		'compare.actions': 'Tindakan perbandingan',
		'compare.toMeeting': 'Buka mode rapat',
		'compare.changeChoice': 'Ubah pilihan skenario',
		'compare.list': '{items} dan {last}',

		'compare.rulebook.title': 'Buku aturan',
		'compare.rulebook.label': 'Bandingkan “{name}” dengan buku aturan…',
		'compare.rulebook.none': 'tidak ada (hanya buku aturannya sendiri)',
		'compare.rulebook.submit': 'Tampilkan',
		'compare.rulebook.current': '“{name}” dinilai dengan: {rulebook}.',
		'compare.rulebook.help':
			'Menambah satu kolom: rencana yang sama (tuas, asumsi, benih acak dan data pegawai sama), dinilai dengan buku aturan lain.',
		'compare.rulebook.column': '{name} — {rulebook}',
		'compare.notice.rulebookVariant':
			'Kolom “{column}” adalah rencana “{name}” yang sama, dinilai dengan buku aturan {rulebook}. Selisihnya dihitung terhadap status quo-nya sendiri di bawah buku aturan itu.',
		'compare.notice.rulebookUnknown':
			'Buku aturan “{got}” tidak dikenal; pilihan yang ada: {allowed}.',
		'compare.notice.rulebookSame':
			'“{name}” sudah dinilai dengan buku aturan {rulebook}; pilih buku aturan lain untuk dibandingkan.',

		'compare.projection.title': 'Proyeksi indeks',
		'compare.chart.mainLegend': 'Pita p10–p90 dan garis tebal untuk',
		'compare.chart.key':
			'Garis tebal dengan titik dan pita p10–p90: {name}. Garis abu-abu putus-putus: status quo-nya. Skenario lain: garis tipis, masing-masing dengan pola garis sendiri. Target tiap skenario: garis mendatar berwarna sama dengan skenarionya, dengan lingkaran pada tahun targetnya (lihat keterangan).',
		'compare.chart.keyOne':
			'Garis tebal dengan titik dan pita p10–p90: {name}. Garis abu-abu putus-putus: status quo-nya. Target: garis mendatar dengan lingkaran pada tahun target.',
		'compare.chart.target': 'Target “{name}”: {value} pada {year}',
		'compare.chart.targetShort': 'Target {value} ({year})',
		'compare.chart.statusQuo': 'Status quo {name}',
		'compare.chart.summaryTargets': 'Target: {targets}.',
		'compare.chart.targetItem': '“{name}” {value} pada {year}',

		'compare.numbers.title': 'Angka utama',
		'compare.numbers.caption': 'Angka utama pada tahun target, per skenario',
		'compare.table.metric': 'Angka',
		'compare.table.diffNote':
			'Di bawah tiap angka skenario: selisihnya terhadap status quo (+ lebih tinggi, − lebih rendah).',
		'compare.table.diffPrefix': 'selisih terhadap status quo: ',
		'compare.table.diffColumn': 'Selisih dengan status quo',
		'compare.table.diffColumnNote':
			'Selisih = skenario dikurangi status quo (+ lebih tinggi, − lebih rendah).',
		'compare.statusQuo': 'Status quo',
		'compare.metric.totalCostPeriod': 'Biaya total {period}',
		'compare.table.inYear': 'pada {year}',
		'compare.metric.indexTargetYear': 'Indeks pada tahun target (median)',
		'compare.metric.achievement': 'Capaian target',
		'compare.metric.gap': 'Jarak ke target',
		'compare.gap.short': 'kurang {value} poin',
		'compare.gap.above': 'lebih {value} poin',
		'compare.gap.met': 'tepat pada target',
		'compare.costPerPoint.none': 'tidak ada kenaikan di atas status quo',
		'compare.costPerPoint.noExtra': 'tidak ada belanja tambahan',
		'compare.metric.costPerPoint': 'Biaya tambahan per poin, tahun target',
		'compare.costPerPoint.cumulative': 'tambahan belanja kumulatif {years}: {value}',
		'compare.cumulative.saved': '{value} lebih hemat dari status quo',
		'compare.diff.points': '{value} poin',
		'compare.diff.pp': '{value} poin persen',
		'compare.diff.sameCategory': 'kategori sama',
		'compare.diff.categoryWas': 'status quo: {category}',

		'compare.period.note':
			'Biaya semua skenario dijumlahkan atas periode yang sama, {period}: dari tahun rencana pertama yang paling awal sampai tahun terakhir yang paling akhir di antara skenario ini.',
		'compare.period.extended':
			'“{name}” berakhir pada {end}. Agar periodenya sama, proyeksinya dilanjutkan sampai {last} dengan tuasnya sendiri (tahun tanpa nilai per tahun memakai nilai umum tuas itu); angka sesudah {end} ditandai ⁺.',
		'compare.period.later':
			'“{name}” baru mulai direncanakan pada {first}; tahun sebelumnya dihitung dengan belanja status quo (ditandai °).',
		'compare.costs.title': 'Biaya per tahun',
		'compare.costs.caption': 'Belanja pengembangan per tahun, {period} (Rupiah)',
		'compare.costs.noteExtended': '⁺ sesudah tahun akhir skenario itu: proyeksi dilanjutkan.',
		'compare.costs.noteStatusQuo': '° sebelum tahun rencana pertama skenario itu: status quo.',
		'compare.costs.year': 'Tahun',
		'compare.costs.total': 'Jumlah {period}',
		'compare.costs.extendedMark': 'dilanjutkan sesudah tahun akhir skenario',
		'compare.costs.statusQuoMark': 'status quo, sebelum tahun rencana pertama',

		'compare.inputs.title': 'Masukan yang berbeda',
		'compare.inputs.titleOne': 'Masukan yang diubah',
		'compare.inputs.caption': 'Masukan yang berbeda antar skenario',
		'compare.inputs.captionOne': 'Masukan yang berbeda dari nilai bawaan',
		'compare.inputs.note': '“bawaan” = nilai bawaan model (status quo).',
		'compare.inputs.sharedCaption': 'Sama di semua skenario, tetapi berbeda dari bawaan',
		'compare.inputs.noneDiffer': 'Skenario-skenario ini tidak berbeda pada satu masukan pun.',
		'compare.inputs.noneChanged': 'Skenario ini memakai semua nilai bawaan.',
		'compare.inputs.input': 'Masukan',
		'compare.inputs.default': 'Bawaan',
		'compare.inputs.isDefault': 'bawaan',
		'compare.inputs.levers': 'Tuas kebijakan',
		'compare.inputs.assumptions': 'Asumsi — bukan pilihan kebijakan',

		'compare.about.title': 'Tentang skenario',
		'compare.about.author': 'Penyusun: {author}',
		'compare.about.saved': 'disimpan {date}',
		'compare.about.openPlanner': 'Buka “{name}” di perencana',
		'compare.about.report': 'Ringkasan cetak “{name}”',

		'compare.picker.title': 'Pilih skenario',
		'compare.picker.search': 'Cari nama atau penyusun',
		'compare.picker.shown': '{shown} dari {total} skenario tampil',
		'compare.picker.legend': 'Skenario tersimpan (pilih 1–{max})',
		'compare.picker.noMatch': 'Tidak ada skenario yang cocok dengan pencarian.',
		'compare.picker.truncated': 'Hanya {count} skenario terbaru yang ditampilkan.',
		'compare.picker.empty': 'Belum ada skenario tersimpan. Simpan skenario dari perencana dulu.',
		'compare.picker.toPlanner': 'Ke perencana',
		'compare.picker.submit': 'Bandingkan',
		'compare.picker.ticked': '{count} dipilih',
		'compare.picker.none': 'Pilih 1 sampai {max} skenario.',
		'compare.picker.tooMany': '{count} dipilih: paling banyak {max}. Hapus centang sebagian.',
		'compare.picker.listFailed':
			'Daftar skenario tersimpan tidak dapat dibaca saat ini; coba muat ulang halaman.',

		'compare.notice.warn': 'Perhatian:',
		'compare.notice.info': 'Catatan:',
		'compare.notice.unknownOne':
			'Skenario {ids} tidak ditemukan (mungkin sudah dihapus atau tautannya salah).',
		'compare.notice.unknown':
			'Skenario {ids} tidak ditemukan (mungkin sudah dihapus atau tautannya salah).',
		'compare.notice.unreadable': 'Skenario {ids} tersimpan tetapi tidak dapat dibaca.',
		'compare.notice.tooMany':
			'Paling banyak {max} skenario dapat dibandingkan sekaligus; {count} diminta. Tidak ditampilkan: {names}.',
		'compare.notice.failed': 'Skenario “{name}” tidak dapat diproyeksikan: {reason}',
		'compare.notice.importedRoster':
			'“{name}” dibuat dengan data pegawai impor, yang tidak disimpan di server; di sini diproyeksikan dengan data pegawai ilustratif bawaan.',
		'compare.notice.storedRoster':
			'“{name}” diproyeksikan dengan data pegawainya sendiri yang tersimpan di server ({people} orang).',
		'compare.notice.storedRosterFewerDraws':
			'“{name}” diproyeksikan dengan data pegawainya sendiri yang tersimpan di server ({people} orang), dengan {draws} simulasi, bukan 200, agar halaman tetap cepat; pitanya sedikit kurang halus.',
		'compare.notice.modelVersion':
			'“{name}” disimpan dengan model versi {saved}; angka di sini dihitung dengan versi {current}.',
		'compare.notice.baselines':
			'Skenario ini berbeda dalam data pegawai, asumsi, periode, target atau benih acak, sehingga status quo-nya berbeda. Selisih tiap skenario dihitung terhadap status quo-nya sendiri.',
		'compare.notice.statusQuoColumn':
			'Kolom “Status quo” menunjukkan status quo “{name}” (data pegawai, asumsi, target dan benih acak yang sama dengan skenario itu).',

		'compare.meeting.title': 'Mode rapat',
		'compare.meeting.position': 'Skenario {n} dari {total}',
		'compare.meeting.announce': 'Skenario {n} dari {total}: {name}',
		'compare.meeting.previous': 'Sebelumnya',
		'compare.meeting.next': 'Berikutnya',
		'compare.meeting.fullscreen': 'Layar penuh',
		'compare.meeting.exitFullscreen': 'Keluar layar penuh',
		'compare.meeting.keys': '← → pindah skenario · Esc keluar layar penuh',
		'compare.meeting.leave': 'Keluar dari mode rapat',
		'compare.meeting.empty': 'Belum ada skenario untuk ditampilkan.',
		'compare.meeting.choose': 'Pilih skenario di halaman perbandingan',
		'compare.meeting.achievement': 'Capaian target {target}',
		'compare.meeting.gain': 'Selisih indeks dari baseline',
		'compare.meeting.baselineIndex': 'baseline {value}',
		'compare.meeting.baselineValue': 'baseline {value}',
		'compare.meeting.extraCost': '{value} dibanding baseline',

		'compare.report.title': 'Ringkasan skenario: {name}',
		'compare.report.unsavedName': 'Skenario belum disimpan (tautan)',
		'compare.report.statusQuoName': 'Status quo',
		'compare.report.notFound': 'Skenario “{id}” tidak ditemukan. Mungkin sudah dihapus.',
		'compare.report.badLink': 'Tautan ini tidak dapat dibaca: {reason}',
		'compare.report.date': 'Tanggal',
		'compare.report.model': 'Model',
		'compare.report.modelValue': 'versi {version}, aturan {rulebook}',
		'compare.report.author': 'Penyusun',
		'compare.report.saved': 'Disimpan',
		'compare.report.draws': 'Simulasi',
		'compare.report.drawsValue':
			'200 simulasi Monte Carlo, benih acak {seed} (sama dengan status quo)',
		'compare.report.print': 'Cetak / Simpan PDF',
		'compare.report.openPlanner': 'Buka di perencana',
		'compare.report.summary':
			'Pada {year} indeks diproyeksikan {index} ({category}), {achievement} dari target {target}; status quo {baseline} ({gain} poin). Biaya total {period}: {cost}.',
		'compare.report.summaryNoStaff':
			'Pada {year} tidak ada pegawai yang dinilai, jadi tidak ada indeks. Biaya total {period}: {cost}.',
		'compare.report.numbers': 'Angka utama',
		'compare.report.numbersCaption': 'Skenario dibanding status quo, tahun target',
		'compare.report.years': 'Indeks dan anggaran per tahun',
		'compare.report.yearsCaption':
			'Indeks (p10, median, p90), kategori, dan anggaran pengembangan per tahun (Rupiah)',
		'compare.report.yearsNote':
			'Dialokasikan = pagu × porsi anggaran; dibelanjakan = yang terpakai untuk pelatihan. ° tahun sebelum tahun rencana pertama: status quo.',
		'compare.report.col.year': 'Tahun',
		'compare.report.col.p10': 'p10',
		'compare.report.col.p50': 'Median',
		'compare.report.col.p90': 'p90',
		'compare.report.col.category': 'Kategori',
		'compare.report.col.allocated': 'Dialokasikan (Rp)',
		'compare.report.col.spent': 'Dibelanjakan (Rp)',
		'compare.report.statusQuoYear': 'status quo',
		'compare.report.defaultsLead': 'Asumsi lain, pada nilai bawaan:',
		'compare.report.allDefaultsLead': 'Semua asumsi pada nilai bawaan:',
		'compare.report.levers': 'Tuas yang berbeda dari status quo',
		'compare.report.leversCaption': 'Tuas kebijakan yang diubah',
		'compare.report.statusQuo': 'Status quo (bawaan)',
		'compare.report.leversShared':
			'Periode dan target berlaku juga untuk status quo, sehingga tidak menjadi selisih.',
		'compare.report.noLevers': 'Tidak ada tuas yang diubah: ini status quo.',
		'compare.report.assumptions': 'Asumsi',
		'compare.report.assumptionsNote':
			'Keyakinan tentang biaya, jam pelajaran dan efek pelatihan, dipakai skenario dan status quo. Nilai tebal diubah dari bawaan; huruf menunjuk sumber di bawah tabel.',
		'compare.report.assumptionsCaption': 'Asumsi, nilai dan sumber',
		'compare.report.assumption': 'Asumsi',
		'compare.report.value': 'Nilai',
		'compare.report.source': 'Sumber',
		'compare.report.sources': 'Sumber asumsi',
		'compare.report.part': '{caption} ({n} dari {total})',
		'compare.report.sourceUrl': 'Buka skenario ini: {url}',
		'compare.report.changedFrom': 'bawaan: {value}',
		'compare.report.baselineNote':
			'Status quo: porsi anggaran dan tuas lain pada nilai bawaan, dengan periode, target, asumsi dan benih acak yang sama dengan skenario.',
		'compare.report.linkModelVersion':
			'Tautan ini dibuat dengan model versi {link}; angka di sini dihitung dengan versi {current}.',
		'compare.report.linkNoModelVersion':
			'Tautan ini tidak menyebut versi model; angka di sini dihitung dengan versi {current}.',
		'compare.report.linkMigrated': 'Tautan berformat lama ({from}) diubah ke format {to}.'
	},
	en: {
		'compare.title': 'Compare scenarios',
		'compare.lead':
			'Saved scenarios side by side with the status quo: the index projections, the headline numbers with their difference from the status quo, and the inputs that set them apart. Choose up to {max} scenarios.',
		'compare.untitled': 'Untitled scenario',
		'compare.actions': 'Comparison actions',
		'compare.toMeeting': 'Open meeting mode',
		'compare.changeChoice': 'Change the scenarios',

		'compare.rulebook.title': 'Rulebook',
		'compare.rulebook.label': 'Also show “{name}” under rulebook…',
		'compare.rulebook.none': 'none (its own rulebook only)',
		'compare.rulebook.submit': 'Show',
		'compare.rulebook.current': '“{name}” is scored by: {rulebook}.',
		'compare.rulebook.help':
			'Adds one column: the same plan (same levers, assumptions, random seed and staff data), scored by another rulebook.',
		'compare.rulebook.column': '{name} — {rulebook}',
		'compare.notice.rulebookVariant':
			'The column “{column}” is the same plan “{name}”, scored by the rulebook {rulebook}. Its differences are measured against its own status quo under that rulebook.',
		'compare.notice.rulebookUnknown': 'Unknown rulebook “{got}”; the choices are: {allowed}.',
		'compare.notice.rulebookSame':
			'“{name}” is already scored by the rulebook {rulebook}; choose another rulebook to compare with.',
		'compare.list': '{items} and {last}',

		'compare.projection.title': 'Index projection',
		'compare.chart.mainLegend': 'p10–p90 band and thick line for',
		'compare.chart.key':
			"Thick line with dots and the p10–p90 band: {name}. Grey dashed line: its status quo. Other scenarios: thin lines, each with its own dash pattern. Each scenario's target: a level line in the scenario's colour, with a circle at its target year (see the legend).",
		'compare.chart.keyOne':
			'Thick line with dots and the p10–p90 band: {name}. Grey dashed line: its status quo. Target: a level line with a circle at the target year.',
		'compare.chart.target': 'Target of “{name}”: {value} by {year}',
		'compare.chart.targetShort': 'Target {value} ({year})',
		'compare.chart.statusQuo': 'Status quo of {name}',
		'compare.chart.summaryTargets': 'Targets: {targets}.',
		'compare.chart.targetItem': '“{name}” {value} by {year}',

		'compare.numbers.title': 'Headline numbers',
		'compare.numbers.caption': 'Headline numbers in the target year, by scenario',
		'compare.table.metric': 'Measure',
		'compare.table.diffNote':
			"Under each scenario's number: its difference from the status quo (+ higher, − lower).",
		'compare.table.diffPrefix': 'difference from the status quo: ',
		'compare.table.diffColumn': 'Difference from the status quo',
		'compare.table.diffColumnNote': 'Difference = scenario minus status quo (+ higher, − lower).',
		'compare.statusQuo': 'Status quo',
		'compare.metric.totalCostPeriod': 'Total cost {period}',
		'compare.table.inYear': 'in {year}',
		'compare.metric.indexTargetYear': 'Index in the target year (median)',
		'compare.metric.achievement': 'Target achievement',
		'compare.metric.gap': 'Distance to the target',
		'compare.gap.short': 'short by {value} points',
		'compare.gap.above': 'above by {value} points',
		'compare.gap.met': 'exactly on target',
		'compare.costPerPoint.none': 'no gain over the status quo',
		'compare.costPerPoint.noExtra': 'no extra spending',
		'compare.metric.costPerPoint': 'Extra cost per point, target year',
		'compare.costPerPoint.cumulative': 'cumulative extra spending {years}: {value}',
		'compare.cumulative.saved': '{value} less than the status quo',
		'compare.diff.points': '{value} points',
		'compare.diff.pp': '{value} percentage points',
		'compare.diff.sameCategory': 'same category',
		'compare.diff.categoryWas': 'status quo: {category}',

		'compare.period.note':
			"Every scenario's costs are summed over the same period, {period}: from the earliest first planning year to the latest last year among these scenarios.",
		'compare.period.extended':
			'“{name}” ends in {end}. So that the period is the same, its projection is continued to {last} with its own levers (years without a value of their own take the lever’s general value); figures after {end} are marked ⁺.',
		'compare.period.later':
			'“{name}” starts planning in {first}; the years before are counted at status-quo spending (marked °).',
		'compare.costs.title': 'Cost by year',
		'compare.costs.caption': 'Development spending by year, {period} (Rupiah)',
		'compare.costs.noteExtended': "⁺ after that scenario's last year: the projection is continued.",
		'compare.costs.noteStatusQuo': "° before that scenario's first planning year: status quo.",
		'compare.costs.year': 'Year',
		'compare.costs.total': 'Total {period}',
		'compare.costs.extendedMark': "continued after the scenario's last year",
		'compare.costs.statusQuoMark': 'status quo, before the first planning year',

		'compare.inputs.title': 'Inputs that differ',
		'compare.inputs.titleOne': 'Inputs changed',
		'compare.inputs.caption': 'Inputs that differ between the scenarios',
		'compare.inputs.captionOne': 'Inputs that differ from the defaults',
		'compare.inputs.note': '“default” = the model’s default value (status quo).',
		'compare.inputs.sharedCaption': 'The same in every scenario, but not the default',
		'compare.inputs.noneDiffer': 'These scenarios do not differ in any input.',
		'compare.inputs.noneChanged': 'This scenario uses every default.',
		'compare.inputs.input': 'Input',
		'compare.inputs.default': 'Default',
		'compare.inputs.isDefault': 'default',
		'compare.inputs.levers': 'Policy levers',
		'compare.inputs.assumptions': 'Assumptions — not policy choices',

		'compare.about.title': 'About the scenarios',
		'compare.about.author': 'By {author}',
		'compare.about.saved': 'saved {date}',
		'compare.about.openPlanner': 'Open “{name}” in the planner',
		'compare.about.report': 'Printable brief of “{name}”',

		'compare.picker.title': 'Choose scenarios',
		'compare.picker.search': 'Search by name or author',
		'compare.picker.shown': '{shown} of {total} scenarios shown',
		'compare.picker.legend': 'Saved scenarios (choose 1–{max})',
		'compare.picker.noMatch': 'No scenario matches the search.',
		'compare.picker.truncated': 'Only the {count} newest scenarios are listed.',
		'compare.picker.empty': 'No scenarios have been saved yet. Save one from the planner first.',
		'compare.picker.toPlanner': 'To the planner',
		'compare.picker.submit': 'Compare',
		'compare.picker.ticked': '{count} chosen',
		'compare.picker.none': 'Choose 1 to {max} scenarios.',
		'compare.picker.tooMany': '{count} chosen: at most {max}. Untick some.',
		'compare.picker.listFailed':
			'The list of saved scenarios cannot be read right now; try reloading the page.',

		'compare.notice.warn': 'Note:',
		'compare.notice.info': 'For information:',
		'compare.notice.unknownOne':
			'Scenario {ids} was not found (it may have been deleted, or the link is wrong).',
		'compare.notice.unknown':
			'Scenarios {ids} were not found (they may have been deleted, or the link is wrong).',
		'compare.notice.unreadable': 'Scenario {ids} is saved but cannot be read.',
		'compare.notice.tooMany':
			'At most {max} scenarios can be compared at once; {count} were asked for. Not shown: {names}.',
		'compare.notice.failed': 'Scenario “{name}” cannot be projected: {reason}',
		'compare.notice.importedRoster':
			'“{name}” was made with imported staff data, which the server does not keep; here it is projected with the illustrative default staff data.',
		'compare.notice.storedRoster':
			'“{name}” is projected with its own staff data, stored on the server ({people} people).',
		'compare.notice.storedRosterFewerDraws':
			'“{name}” is projected with its own staff data, stored on the server ({people} people), with {draws} draws instead of 200 so the page stays quick; its bands are a little rougher.',
		'compare.notice.modelVersion':
			'“{name}” was saved with model version {saved}; the numbers here are computed with version {current}.',
		'compare.notice.baselines':
			"These scenarios differ in staff data, assumptions, period, target or random seed, so their status quos differ. Each scenario's difference is measured against its own status quo.",
		'compare.notice.statusQuoColumn':
			'The “Status quo” column shows the status quo of “{name}” (the same staff data, assumptions, target and random seed as that scenario).',

		'compare.meeting.title': 'Meeting mode',
		'compare.meeting.position': 'Scenario {n} of {total}',
		'compare.meeting.announce': 'Scenario {n} of {total}: {name}',
		'compare.meeting.previous': 'Previous',
		'compare.meeting.next': 'Next',
		'compare.meeting.fullscreen': 'Full screen',
		'compare.meeting.exitFullscreen': 'Exit full screen',
		'compare.meeting.keys': '← → change scenario · Esc leaves full screen',
		'compare.meeting.leave': 'Leave meeting mode',
		'compare.meeting.empty': 'There is no scenario to show yet.',
		'compare.meeting.choose': 'Choose scenarios on the compare page',
		'compare.meeting.achievement': 'Achievement of the target {target}',
		'compare.meeting.gain': 'Index difference from the baseline',
		'compare.meeting.baselineIndex': 'baseline {value}',
		'compare.meeting.baselineValue': 'baseline {value}',
		'compare.meeting.extraCost': '{value} against the baseline',

		'compare.report.title': 'Scenario brief: {name}',
		'compare.report.unsavedName': 'Unsaved scenario (link)',
		'compare.report.statusQuoName': 'Status quo',
		'compare.report.notFound': 'Scenario “{id}” was not found. It may have been deleted.',
		'compare.report.badLink': 'This link cannot be read: {reason}',
		'compare.report.date': 'Date',
		'compare.report.model': 'Model',
		'compare.report.modelValue': 'version {version}, rules {rulebook}',
		'compare.report.author': 'Author',
		'compare.report.saved': 'Saved',
		'compare.report.draws': 'Simulation',
		'compare.report.drawsValue':
			'200 Monte Carlo draws, random seed {seed} (shared with the status quo)',
		'compare.report.print': 'Print / Save as PDF',
		'compare.report.openPlanner': 'Open in the planner',
		'compare.report.summary':
			'In {year} the index is projected at {index} ({category}), {achievement} of the target {target}; status quo {baseline} ({gain} points). Total cost {period}: {cost}.',
		'compare.report.summaryNoStaff':
			'In {year} no staff are measured, so there is no index. Total cost {period}: {cost}.',
		'compare.report.numbers': 'Headline numbers',
		'compare.report.numbersCaption': 'The scenario against the status quo, target year',
		'compare.report.years': 'Index and budget by year',
		'compare.report.yearsCaption':
			'Index (p10, median, p90), category and development budget by year (Rupiah)',
		'compare.report.yearsNote':
			'Allocated = ceiling × budget share; spent = what training uses of it. ° years before the first planning year: status quo.',
		'compare.report.col.year': 'Year',
		'compare.report.col.p10': 'p10',
		'compare.report.col.p50': 'Median',
		'compare.report.col.p90': 'p90',
		'compare.report.col.category': 'Category',
		'compare.report.col.allocated': 'Allocated (Rp)',
		'compare.report.col.spent': 'Spent (Rp)',
		'compare.report.statusQuoYear': 'status quo',
		'compare.report.defaultsLead': 'Other assumptions, at their defaults:',
		'compare.report.allDefaultsLead': 'Every assumption at its default:',
		'compare.report.levers': 'Levers that differ from the status quo',
		'compare.report.leversCaption': 'Policy levers changed',
		'compare.report.statusQuo': 'Status quo (default)',
		'compare.report.leversShared':
			'The period and target apply to the status quo too, so they are not a difference.',
		'compare.report.noLevers': 'No lever is changed: this is the status quo.',
		'compare.report.assumptions': 'Assumptions',
		'compare.report.assumptionsNote':
			'Beliefs about costs, lesson hours and training effects, used by the scenario and the status quo. Values in bold are changed from the default; letters point to the sources under the tables.',
		'compare.report.assumptionsCaption': 'Assumptions, values and sources',
		'compare.report.assumption': 'Assumption',
		'compare.report.value': 'Value',
		'compare.report.source': 'Source',
		'compare.report.sources': 'Sources of the assumptions',
		'compare.report.part': '{caption} ({n} of {total})',
		'compare.report.sourceUrl': 'Open this scenario: {url}',
		'compare.report.changedFrom': 'default: {value}',
		'compare.report.baselineNote':
			'Status quo: the budget share and other levers at their defaults, with the same period, target, assumptions and random seed as the scenario.',
		'compare.report.linkModelVersion':
			'This link was made with model version {link}; the numbers here are computed with version {current}.',
		'compare.report.linkNoModelVersion':
			'This link does not name a model version; the numbers here are computed with version {current}.',
		'compare.report.linkMigrated':
			'The link used an older format ({from}); it was converted to format {to}.'
	}
});
