import { defineMessages } from './define';

/**
 * Messages of the model page (`/model`). Keys are prefixed `model.`.
 * Numbers are parameters (`{year}`, `{index}`…) filled from the data, never typed here.
 */
export const model = defineMessages({
	id: {
		'model.title': 'Model & asumsi',
		'model.lead':
			'Halaman ini menjelaskan cara simulator memproyeksikan IPASN, aturan penilaian yang dipakainya, dan setiap angka yang dapat Anda ubah beserta sumbernya. Semua tabel dibuat langsung dari data yang dibaca mesin hitung.',
		'model.toc': 'Daftar isi',

		// Facts from the study
		'model.facts.title': 'Fakta dari kajian',
		'model.facts.summary':
			'IPASN Kota Bontang tahun {year} tercatat {index} (kategori {category}) terhadap target {target}: kurang {gap} poin.',
		'model.facts.observed': 'IPASN {year}',
		'model.facts.target': 'Target',
		'model.facts.gap': 'Selisih ke target',
		'model.facts.points': '{value} poin',
		'model.facts.budgetCaption': 'Anggaran pengembangan pegawai {agency} dan pagu OPD tersirat',
		'model.facts.budgetAmount': 'Anggaran pengembangan',
		'model.facts.budgetShare': 'Porsi dari pagu OPD',
		'model.facts.budgetCeiling': 'Pagu OPD tersirat (perkiraan)',
		'model.facts.approx': 'kira-kira {value}',
		'model.facts.budgetNote':
			'Pagu tersirat = anggaran ÷ porsi. Porsi dalam kajian dibulatkan ke dua desimal, jadi pagu ini hanya perkiraan (≈). Model memakai pagu tersirat untuk {first}–{last}, lalu menumbuhkannya dengan asumsi pertumbuhan pagu OPD.',
		'model.facts.statusQuo':
			'Porsi terakhir yang tercatat ({share} pada {year}) menjadi skenario status quo: pembanding bagi setiap rencana.',
		'model.facts.source': 'Sumber: kajian BPKAD Kota Bontang.',

		// How the model works
		'model.how.title': 'Cara kerja model',
		'model.how.start.title': 'Titik awal',
		'model.how.start.roster':
			'Proyeksi dimulai dari tahun {year}. Daftar pegawai bawaan bersifat ilustratif: {people} pegawai sintetis di {units} unit kerja, dibangkitkan dari sebaran contoh dengan benih acak tetap, lalu dikalibrasi (predikat SKP, sedikit hukuman disiplin, satu seminar) sampai indeksnya menurut aturan penilaian tepat {index} (kategori {category}) — angka kajian. Daftar pegawai sebenarnya dapat menggantikannya.',
		'model.how.start.seminar':
			'Aturan menghitung seminar dalam {window} terakhir tanpa menyebut tahunnya. Separuh pemegang seminar dianggap mengikutinya tahun lalu dan separuh tahun sebelumnya, sehingga separuh nilai itu gugur pada tahun proyeksi pertama bila tidak diperbarui.',
		'model.how.start.latent':
			'Setiap pegawai mendapat skor kinerja laten di dalam pita predikat SKP-nya. Pelatihan menaikkan skor itu; predikat SKP tahun berikutnya adalah pita tempat skor baru jatuh.',
		'model.how.year.title': 'Satu tahun proyeksi: danai → latih → ubah → nilai',
		'model.how.year.intro': 'Setiap tahun rencana melewati empat langkah yang sama:',
		'model.how.year.fund.term': 'Danai.',
		'model.how.year.fund':
			'Anggaran = pagu OPD × porsi anggaran. Semua kebutuhan (tempat Bimtek = cakupan × jumlah pegawai unit, seminar, diklat fungsional dan kepemimpinan, tugas belajar, sekolah kader) didanai penuh bila anggaran cukup; bila kurang, menurut aturan pilihan Anda: proporsional, atau unit dengan cakupan terendah lebih dulu. Tugas belajar dibukukan utuh pada tahun mulainya. Belanja tidak pernah melebihi anggaran.',
		'model.how.year.train.term': 'Latih.',
		'model.how.year.train':
			'Pelatihan teknis bergilir di dalam tiap unit (yang tahun lalu belum dilatih lebih dulu), seminar bergilir se-OPD, sekolah kader di antara 30 % pegawai dengan SKP terbaik. Giliran tidak bergantung pada angka acak maupun anggaran, jadi anggaran lebih besar melatih orang yang sama dan lebih banyak lagi. Sebagian peserta Bimtek ke luar kota ({jpOut} JP), sisanya dalam kota ({jpIn} JP). Pengembangan tanpa biaya OPD (e-learning, sosialisasi kementerian) mengambil giliran berikutnya.',
		'model.how.year.evolve.term': 'Ubah.',
		'model.how.year.evolve':
			'Studi yang selesai menaikkan pendidikan satu jenjang. Pelatihan menaikkan kinerja sebesar efeknya (jauh lebih kecil bila tidak sesuai tupoksi), dan efek itu memudar menurut waktu paruhnya; diklat untuk jabatan sendiri dipakai setiap hari sehingga efeknya bertahan. Peluang hukuman disiplin lebih kecil pada tahun pegawai dibina. Nilai kompetensi mengikuti jendela aturan: pelatihan teknis minimal {threshold} JP dalam {techWindow} terakhir, seminar dalam {seminarWindow} terakhir.',
		'model.how.year.score.term': 'Nilai.',
		'model.how.year.score':
			'Setiap pegawai dinilai dengan aturan penilaian; indeks OPD adalah rata-ratanya, dirinci per unit, jenis jabatan dan dimensi.',
		'model.how.modes.title': 'Deterministik dan Monte Carlo',
		'model.how.modes.deterministic':
			'Mode deterministik memakai nilai tengah setiap asumsi dan kejadian yang diharapkan, tanpa unsur acak: satu jawaban yang selalu sama, cocok untuk membandingkan rencana.',
		'model.how.modes.monteCarlo':
			'Mode Monte Carlo mengulang proyeksi berkali-kali. Setiap ulangan mengambil asumsi yang tidak pasti dari sebaran segitiga (rendah, tengah, tinggi — kolom “rentang wajar” di bawah) dan mengundi kejadian perorangan: kesesuaian tupoksi, hukuman, izin belajar, naik-turunnya kinerja. Pita hasil adalah persentil ke-10, ke-50 dan ke-90 indeks OPD. Rencana dengan benih acak yang sama memakai angka acak yang sama, sehingga selisih antar-rencana bukan kebetulan.',
		'model.how.baseline.title': 'Pembanding dan biaya per poin',
		'model.how.baseline':
			'Setiap rencana dibandingkan dengan pembandingnya: horizon, target, asumsi dan benih acak yang sama, tetapi dengan tuas status quo (porsi terakhir tercatat, {share}).',
		'model.how.costPerPoint':
			'Biaya per poin indeks pada suatu tahun = (belanja sejak tahun rencana pertama − belanja pembanding) ÷ (indeks median − indeks pembanding). Angka ini hanya dilaporkan bila ada kenaikan indeks yang berarti.',
		'model.how.limits.title': 'Batasan',
		'model.how.limits.intro': 'Baca hasil simulasi dengan batasan berikut:',
		'model.how.limits.headcount':
			'Jumlah pegawai tetap sepanjang proyeksi: pensiun dan pegawai baru belum dimodelkan.',
		'model.how.limits.rotation':
			'Giliran pelatihan dirancang agar perbandingan jujur (anggaran lebih besar tidak pernah memperburuk hasil), bukan agar paling adil: bila cakupan seminar tahunan di atas sekitar 38 %, sebagian seminar jatuh pada pegawai yang masih dalam jendela dua tahunnya. Proyeksi ini bukan daftar siapa berangkat kapan.',
		'model.how.limits.illustrative':
			'Data pegawai bawaan ilustratif: hasilnya menunjukkan arah dan besaran, bukan angka resmi. Untuk perencanaan sebenarnya, pakai data pegawai OPD.',
		'model.how.limits.unconfirmed':
			'{unconfirmed} dari {total} baris aturan penilaian belum terkonfirmasi oleh teks peraturan. Baris itu berasal dari sumber sekunder dan diperlakukan sebagai asumsi. BKN sedang menyusun perubahan aturan; aturan baru dapat ditambahkan sebagai data tanpa mengubah mesin hitung.',
		'model.how.limits.effects':
			'Besar dan lama efek pelatihan diambil dari meta-analisis internasional, bukan dari data ASN Indonesia.',
		'model.how.limits.free':
			'Pengembangan tanpa biaya OPD adalah asumsi eksplisit: tanpanya, kompetensi tahun {year} tidak dapat dipertahankan oleh anggaran mana pun yang pernah tercatat.',
		'model.how.limits.matched':
			'Kesesuaian dengan tupoksi hanya memengaruhi efek pada kinerja; nilai kompetensi mengikuti aturan, yang tidak menanyakan kesesuaian.',

		// Rulebook
		'model.rules.title': 'Aturan penilaian IPASN',
		'model.rules.intro':
			'Aturan penilaian adalah data, bukan kode: mesin hitung membaca poin, ambang dan kategori dari berkas aturan berversi. Tabel berikut dibuat langsung dari berkas itu. Sumber dikutip apa adanya, dalam bahasa aslinya.',
		'model.rules.name': 'Nama',
		'model.rules.legalBasis': 'Dasar hukum',
		'model.rules.validFrom': 'Berlaku sejak',
		'model.rules.code': 'Kode',
		'model.rules.known': 'Aturan yang dikenal aplikasi: {list}. Bawaan: {name}.',
		'model.rules.legendTitle': 'Tanda keyakinan',
		'model.rules.legendConfirmed': 'teks peraturan atau kutipan resminya.',
		'model.rules.legendUnconfirmed':
			'hanya dari sumber sekunder; dipakai sebagai asumsi yang dapat diganti.',
		'model.rules.confirmed': 'Terkonfirmasi',
		'model.rules.unconfirmed': 'Belum terkonfirmasi — asumsi',
		'model.rules.confidence': 'Keyakinan',
		'model.rules.source': 'Sumber',
		'model.rules.points': 'Poin',
		'model.rules.maxPoints': 'Poin maksimum',
		'model.rules.total': 'Jumlah',
		'model.rules.na': 'tidak berlaku',
		'model.rules.naNote': 'Indikator ini tidak dinilai untuk jenis jabatan ini.',
		'model.rules.value': 'Nilai',
		'model.rules.range': 'Rentang indeks',
		'model.rules.dimensions.title': 'Dimensi dan bobot',
		'model.rules.dimensions.caption': 'Dimensi IPASN dan poin maksimumnya',
		'model.rules.dimensions.note':
			'Indeks seorang pegawai adalah jumlah nilai keempat dimensi (0–{max}); indeks OPD adalah rata-rata indeks pegawainya.',
		'model.rules.dimensions.label': 'Dimensi',
		'model.rules.qualification.title': 'Kualifikasi',
		'model.rules.qualification.caption': 'Kualifikasi: poin menurut pendidikan tertinggi',
		'model.rules.qualification.label': 'Pendidikan tertinggi',
		'model.rules.competency.title': 'Kompetensi',
		'model.rules.competency.caption': 'Kompetensi: poin menurut jenis jabatan dan indikator',
		'model.rules.competency.postType': 'Jenis jabatan',
		'model.rules.competency.label': 'Indikator',
		'model.rules.competencyRules.caption': 'Kompetensi: ambang JP dan jendela waktu',
		'model.rules.competencyRules.label': 'Ketentuan',
		'model.rules.competencyRules.threshold': 'Ambang pelatihan teknis',
		'model.rules.competencyRules.technicalWindow': 'Jendela pelatihan teknis',
		'model.rules.competencyRules.seminarWindow': 'Jendela seminar / workshop',
		'model.rules.competencyRules.jp': '≥ {value} JP',
		'model.rules.competencyRules.belowThreshold':
			'Di bawah ambang, pelatihan teknis tidak dihitung sama sekali (aturan). Hitungan proporsional tersedia sebagai asumsi berlabel di bagian Penilaian.',
		'model.rules.performance.title': 'Kinerja',
		'model.rules.performance.caption': 'Kinerja: poin menurut predikat SKP tahunan',
		'model.rules.performance.label': 'Predikat SKP',
		'model.rules.discipline.title': 'Disiplin',
		'model.rules.discipline.caption': 'Disiplin: poin menurut hukuman disiplin dalam periode',
		'model.rules.discipline.label': 'Hukuman disiplin',
		'model.rules.categories.title': 'Kategori',
		'model.rules.categories.caption': 'Kategori indeks dan rentangnya',
		'model.rules.categories.label': 'Kategori',
		'model.rules.categories.top': '{low} sampai {high}',
		'model.rules.categories.between': '{low} sampai di bawah {high}',
		'model.rules.categories.below': 'di bawah {high}',
		'model.rules.categories.boundary': 'Aturan batas:',

		'model.dimension.qualification': 'Kualifikasi',
		'model.dimension.competency': 'Kompetensi',
		'model.dimension.performance': 'Kinerja',
		'model.dimension.discipline': 'Disiplin',
		'model.education.S3': 'S-3 (doktor)',
		'model.education.S2': 'S-2 (magister)',
		'model.education.S1': 'S-1 (sarjana)',
		'model.education.D4': 'D-IV (sarjana terapan)',
		'model.education.D3': 'D-III',
		'model.education.D2': 'D-II',
		'model.education.D1': 'D-I',
		'model.education.SLTA': 'SLTA (SMA/SMK)',
		'model.education.SLTP': 'SLTP ke bawah',
		'model.postType.structural': 'Struktural (JPT, administrator, pengawas)',
		'model.postType.functional': 'Fungsional',
		'model.postType.pelaksana': 'Pelaksana',
		'model.indicator.leadership': 'Diklat kepemimpinan (Diklatpim/PKA/PKP) untuk jabatan sekarang',
		'model.indicator.functional': 'Diklat fungsional untuk jabatan sekarang',
		'model.indicator.technical': 'Pelatihan teknis ≥ {threshold} JP',
		'model.indicator.seminar': 'Seminar / workshop / magang / kursus',
		'model.skp.sangat_baik': 'Sangat Baik',
		'model.skp.baik': 'Baik',
		'model.skp.cukup': 'Cukup',
		'model.skp.kurang': 'Kurang',
		'model.skp.buruk': 'Buruk',
		'model.punishment.none': 'Tidak pernah dihukum',
		'model.punishment.ringan': 'Ringan',
		'model.punishment.sedang': 'Sedang',
		'model.punishment.berat': 'Berat',
		'model.years.one': '{n} tahun',
		'model.years.other': '{n} tahun',

		// Levers and assumptions
		'model.inputs.title': 'Tuas kebijakan dan asumsi',
		'model.inputs.intro':
			'Setiap angka yang dapat diubah di perencana tercantum di sini: {levers} tuas dan {assumptions} asumsi, dengan nilai bawaan, batas yang diizinkan dan sumbernya. Kode seperti {example} juga dipakai di tautan skenario dan baris perintah.',
		'model.inputs.legendTitle': 'Jenis masukan',
		'model.inputs.legendLever':
			'disebut juga tuas: keputusan yang Anda ambil, mis. porsi anggaran atau cakupan pelatihan.',
		'model.inputs.legendAssumption':
			'perkiraan tentang keadaan yang tidak Anda kendalikan; ubah bila Anda punya data yang lebih baik.',
		'model.inputs.units':
			'JP = jam pelajaran (45 menit). SD = simpangan baku kinerja antarpegawai. Rentang wajar dipakai mode Monte Carlo sebagai sebaran segitiga dengan nilai bawaan sebagai puncaknya.',
		'model.inputs.caption': '{group}: {count} masukan',
		'model.inputs.captionOne': '{group}: {count} masukan',
		'model.inputs.input': 'Masukan',
		'model.inputs.kind': 'Jenis',
		'model.inputs.unit': 'Satuan',
		'model.inputs.default': 'Bawaan',
		'model.inputs.limits': 'Batas (min–maks)',
		'model.inputs.plausible': 'Rentang wajar (Monte Carlo)',
		'model.inputs.source': 'Sumber',
		'model.inputs.kind.lever': 'Pilihan kebijakan',
		'model.inputs.kind.assumption': 'Asumsi',
		'model.inputs.perUnit': 'diatur per unit kerja',
		'model.inputs.perYear': 'dapat berbeda tiap tahun',
		'model.inputs.range': '{low} sampai {high}',
		'model.inputs.fixed': 'tetap (tidak diundi)',
		'model.inputs.options': 'Pilihan: {list}',
		'model.group.budget': 'Anggaran',
		'model.group.coverage': 'Cakupan',
		'model.group.training': 'Pelatihan',
		'model.group.education': 'Pendidikan',
		'model.group.planning': 'Horizon dan target',
		'model.group.ceiling': 'Pagu OPD',
		'model.group.costs': 'Biaya satuan',
		'model.group.trainingHours': 'Jam pelatihan (JP)',
		'model.group.effects': 'Efek pelatihan',
		'model.group.dynamics': 'Dinamika pegawai',
		'model.group.scoring': 'Penilaian',
		'model.unit.percent': 'persen',
		'model.unit.percentPerYear': 'persen per tahun',
		'model.unit.rupiah': 'Rupiah',
		'model.unit.placesPerYear': 'tempat per tahun',
		'model.unit.peoplePerYear': 'orang per tahun',
		'model.unit.jp': 'JP',
		'model.unit.sd': 'SD kinerja',
		'model.unit.months': 'bulan',
		'model.unit.years': 'tahun',
		'model.unit.year': 'tahun kalender',
		'model.unit.index': 'poin indeks',
		'model.unit.ratio': 'rasio 0–1',
		'model.unit.choice': 'pilihan',
		'model.scrollHint': 'Geser tabel ke samping bila tidak muat di layar.'
	},
	en: {
		'model.title': 'Model & assumptions',
		'model.lead':
			'This page explains how the simulator projects the IPASN, the scoring rules it uses, and every number you can change, with its source. Every table is generated from the data the engine reads.',
		'model.toc': 'Contents',

		'model.facts.title': 'Facts from the study',
		'model.facts.summary':
			'The IPASN of Kota Bontang in {year} was {index} ({category}) against a target of {target}: {gap} points short.',
		'model.facts.observed': 'IPASN {year}',
		'model.facts.target': 'Target',
		'model.facts.gap': 'Gap to target',
		'model.facts.points': '{value} points',
		'model.facts.budgetCaption':
			'Staff development budget of {agency} and the implied budget ceiling',
		'model.facts.budgetAmount': 'Development budget',
		'model.facts.budgetShare': 'Share of the agency ceiling',
		'model.facts.budgetCeiling': 'Implied agency ceiling (approximate)',
		'model.facts.approx': 'approximately {value}',
		'model.facts.budgetNote':
			'Implied ceiling = budget ÷ share. The study rounds the shares to two decimals, so these ceilings are approximate (≈). The model uses the implied ceilings for {first}–{last}, then grows them by the ceiling-growth assumption.',
		'model.facts.statusQuo':
			'The last recorded share ({share} in {year}) is the status-quo scenario: the baseline every plan is compared with.',
		'model.facts.source': 'Source: BPKAD Kota Bontang study.',

		'model.how.title': 'How the model works',
		'model.how.start.title': 'Starting point',
		'model.how.start.roster':
			'The projection starts in {year}. The default staff roster is illustrative: {people} synthetic civil servants in {units} units, drawn from example distributions with a fixed random seed, then calibrated (SKP ratings, a few disciplinary punishments, one seminar) until its index by the scoring rules is exactly {index} ({category}), the study’s figure. A real roster can replace it.',
		'model.how.start.seminar':
			'The rules count a seminar within the last {window} without saying which year. Half of the seminar holders are taken to have attended last year and half the year before, so half of that credit lapses in the first projected year unless renewed.',
		'model.how.start.latent':
			'Each person gets a latent performance score inside the band of their SKP rating. Training raises that score; next year’s SKP rating is the band the new score falls in.',
		'model.how.year.title': 'One projected year: fund → train → evolve → score',
		'model.how.year.intro': 'Every planning year goes through the same four steps:',
		'model.how.year.fund.term': 'Fund.',
		'model.how.year.fund':
			'Budget = agency ceiling × budget share. Everything asked for (technical training places = coverage × unit headcount, seminars, functional and leadership training, study assignments, cadre school) is funded in full if the budget allows; otherwise by the rule you choose: pro rata, or least-covered units first. A study assignment is booked whole in the year it starts. Spending never exceeds the budget.',
		'model.how.year.train.term': 'Train.',
		'model.how.year.train':
			'Technical training rotates inside each unit (those not trained last year first), seminars across the agency, cadre school among the 30 % with the best SKP ratings. The turns depend on neither random numbers nor the budget, so a larger budget trains the same people and more. Some Bimtek trainees go out of town ({jpOut} JP), the rest stay in town ({jpIn} JP). Development at no cost to the agency (e-learning, ministries’ briefings) takes the next turns.',
		'model.how.year.evolve.term': 'Evolve.',
		'model.how.year.evolve':
			'A completed study raises education one level. Training raises performance by its effect (much less when it does not match the trainee’s duties), and that effect fades with its half-life; training for one’s own post is used every day, so its effect stays. Disciplinary punishment is less likely in a year with development. Competency points follow the rules’ windows: technical training of at least {threshold} JP within the last {techWindow}, a seminar within the last {seminarWindow}.',
		'model.how.year.score.term': 'Score.',
		'model.how.year.score':
			'Each person is scored by the rules; the agency index is the mean, broken down by unit, post type and dimension.',
		'model.how.modes.title': 'Deterministic and Monte Carlo',
		'model.how.modes.deterministic':
			'Deterministic mode uses the central value of every assumption and the expected events, with no randomness: one answer, always the same, suited to comparing plans.',
		'model.how.modes.monteCarlo':
			'Monte Carlo mode repeats the projection many times. Each run draws the uncertain assumptions from triangular distributions (low, central, high: the “plausible range” column below) and draws individual events: matching to duties, punishments, self-funded study, ups and downs of performance. The bands are the 10th, 50th and 90th percentiles of the agency index. Plans run with the same random seed share their random numbers, so differences between plans are not luck.',
		'model.how.baseline.title': 'Baseline and cost per point',
		'model.how.baseline':
			'Every plan is compared with its baseline: the same horizon, target, assumptions and random seed, but with the status-quo levers (the last recorded share, {share}).',
		'model.how.costPerPoint':
			'Cost per index point in a year = (spending since the first planning year − the baseline’s) ÷ (median index − the baseline’s). It is reported only when the index gain is meaningful.',
		'model.how.limits.title': 'Limitations',
		'model.how.limits.intro': 'Read the results with these limitations in mind:',
		'model.how.limits.headcount':
			'Headcount is constant over the projection: retirements and new hires are not modelled yet.',
		'model.how.limits.rotation':
			'The training rotation is designed for honest comparisons (more budget never makes results worse), not for the fairest possible turns: above about 38 % yearly seminar coverage, some seminars fall on people still inside their two-year window. The projection is not a roster of who trains when.',
		'model.how.limits.illustrative':
			'The default staff data are illustrative: results show direction and size, not official figures. For real planning, use the agency’s staff data.',
		'model.how.limits.unconfirmed':
			'{unconfirmed} of {total} scoring-rule rows are not confirmed by the regulation text. They come from secondary sources and are treated as assumptions. BKN is drafting an amendment; new rules can be added as data without changing the engine.',
		'model.how.limits.effects':
			'The size and duration of training effects come from international meta-analyses, not from Indonesian civil-service data.',
		'model.how.limits.free':
			'Development at no cost to the agency is an explicit assumption: without it, the {year} competency level could not be sustained by any recorded budget.',
		'model.how.limits.matched':
			'Matching training to duties affects only the performance effect; competency points follow the rules, which do not ask whether training matched the post.',

		'model.rules.title': 'IPASN scoring rules',
		'model.rules.intro':
			'The scoring rules are data, not code: the engine reads points, thresholds and categories from a versioned rulebook file. The tables below are generated from that file. Sources are quoted as recorded, in their original language.',
		'model.rules.name': 'Name',
		'model.rules.legalBasis': 'Legal basis',
		'model.rules.validFrom': 'Valid from',
		'model.rules.code': 'Code',
		'model.rules.known': 'Rulebooks the app knows: {list}. Default: {name}.',
		'model.rules.legendTitle': 'Confidence marks',
		'model.rules.legendConfirmed': 'regulation text or an official quotation of it.',
		'model.rules.legendUnconfirmed':
			'secondary sources only; used as an assumption that can be replaced.',
		'model.rules.confirmed': 'Confirmed',
		'model.rules.unconfirmed': 'Unconfirmed — assumption',
		'model.rules.confidence': 'Confidence',
		'model.rules.source': 'Source',
		'model.rules.points': 'Points',
		'model.rules.maxPoints': 'Maximum points',
		'model.rules.total': 'Total',
		'model.rules.na': 'n/a',
		'model.rules.naNote': 'This indicator is not scored for this post type.',
		'model.rules.value': 'Value',
		'model.rules.range': 'Index range',
		'model.rules.dimensions.title': 'Dimensions and weights',
		'model.rules.dimensions.caption': 'IPASN dimensions and their maximum points',
		'model.rules.dimensions.note':
			'A person’s index is the sum of the four dimension scores (0–{max}); the agency’s index is the mean of its people’s.',
		'model.rules.dimensions.label': 'Dimension',
		'model.rules.qualification.title': 'Qualification',
		'model.rules.qualification.caption': 'Qualification: points by highest completed education',
		'model.rules.qualification.label': 'Highest education',
		'model.rules.competency.title': 'Competency',
		'model.rules.competency.caption': 'Competency: points by post type and indicator',
		'model.rules.competency.postType': 'Post type',
		'model.rules.competency.label': 'Indicator',
		'model.rules.competencyRules.caption': 'Competency: JP threshold and time windows',
		'model.rules.competencyRules.label': 'Rule',
		'model.rules.competencyRules.threshold': 'Technical training threshold',
		'model.rules.competencyRules.technicalWindow': 'Technical training window',
		'model.rules.competencyRules.seminarWindow': 'Seminar / workshop window',
		'model.rules.competencyRules.jp': '≥ {value} JP',
		'model.rules.competencyRules.belowThreshold':
			'Below the threshold, technical training does not count at all (the rule). Pro-rata credit is offered as a labelled assumption under Scoring.',
		'model.rules.performance.title': 'Performance',
		'model.rules.performance.caption': 'Performance: points by yearly SKP rating',
		'model.rules.performance.label': 'SKP rating',
		'model.rules.discipline.title': 'Discipline',
		'model.rules.discipline.caption': 'Discipline: points by disciplinary punishment in the period',
		'model.rules.discipline.label': 'Disciplinary punishment',
		'model.rules.categories.title': 'Categories',
		'model.rules.categories.caption': 'Index categories and their ranges',
		'model.rules.categories.label': 'Category',
		'model.rules.categories.top': '{low} to {high}',
		'model.rules.categories.between': '{low} to under {high}',
		'model.rules.categories.below': 'under {high}',
		'model.rules.categories.boundary': 'Boundary rule:',

		'model.dimension.qualification': 'Qualification',
		'model.dimension.competency': 'Competency',
		'model.dimension.performance': 'Performance',
		'model.dimension.discipline': 'Discipline',
		'model.education.S3': 'S-3 (doctorate)',
		'model.education.S2': 'S-2 (master’s)',
		'model.education.S1': 'S-1 (bachelor’s)',
		'model.education.D4': 'D-IV (applied bachelor’s)',
		'model.education.D3': 'D-III (diploma)',
		'model.education.D2': 'D-II (diploma)',
		'model.education.D1': 'D-I (diploma)',
		'model.education.SLTA': 'SLTA (senior high school)',
		'model.education.SLTP': 'SLTP (junior high) and below',
		'model.postType.structural': 'Structural (JPT, administrator, supervisor)',
		'model.postType.functional': 'Functional',
		'model.postType.pelaksana': 'Pelaksana (staff)',
		'model.indicator.leadership': 'Leadership training (Diklatpim/PKA/PKP) for the current post',
		'model.indicator.functional': 'Functional training for the current post',
		'model.indicator.technical': 'Technical training ≥ {threshold} JP',
		'model.indicator.seminar': 'Seminar / workshop / internship / course',
		'model.skp.sangat_baik': 'Sangat Baik (very good)',
		'model.skp.baik': 'Baik (good)',
		'model.skp.cukup': 'Cukup (fair)',
		'model.skp.kurang': 'Kurang (poor)',
		'model.skp.buruk': 'Buruk (very poor)',
		'model.punishment.none': 'Never punished',
		'model.punishment.ringan': 'Ringan (light)',
		'model.punishment.sedang': 'Sedang (moderate)',
		'model.punishment.berat': 'Berat (heavy)',
		'model.years.one': '{n} year',
		'model.years.other': '{n} years',

		'model.inputs.title': 'Policy levers and assumptions',
		'model.inputs.intro':
			'Every number you can change in the planner is listed here: {levers} levers and {assumptions} assumptions, with the default, the allowed limits and the source. Codes such as {example} are also used in scenario links and on the command line.',
		'model.inputs.legendTitle': 'Kinds of input',
		'model.inputs.legendLever':
			'also called a lever: a decision you make, such as the budget share or training coverage.',
		'model.inputs.legendAssumption':
			'a belief about things you do not control; change it when you have better data.',
		'model.inputs.units':
			'JP = lesson hour (45 minutes). SD = standard deviation of performance between staff. Monte Carlo mode draws from the plausible range as a triangular distribution peaking at the default.',
		'model.inputs.caption': '{group}: {count} inputs',
		'model.inputs.captionOne': '{group}: {count} input',
		'model.inputs.input': 'Input',
		'model.inputs.kind': 'Kind',
		'model.inputs.unit': 'Unit',
		'model.inputs.default': 'Default',
		'model.inputs.limits': 'Limits (min–max)',
		'model.inputs.plausible': 'Plausible range (Monte Carlo)',
		'model.inputs.source': 'Source',
		'model.inputs.kind.lever': 'Policy choice',
		'model.inputs.kind.assumption': 'Assumption',
		'model.inputs.perUnit': 'set per unit',
		'model.inputs.perYear': 'may differ by year',
		'model.inputs.range': '{low} to {high}',
		'model.inputs.fixed': 'fixed (not drawn)',
		'model.inputs.options': 'Options: {list}',
		'model.group.budget': 'Budget',
		'model.group.coverage': 'Coverage',
		'model.group.training': 'Training',
		'model.group.education': 'Education',
		'model.group.planning': 'Horizon and target',
		'model.group.ceiling': 'Agency budget ceiling',
		'model.group.costs': 'Unit costs',
		'model.group.trainingHours': 'Training hours (JP)',
		'model.group.effects': 'Training effects',
		'model.group.dynamics': 'Staff dynamics',
		'model.group.scoring': 'Scoring',
		'model.unit.percent': 'percent',
		'model.unit.percentPerYear': 'percent per year',
		'model.unit.rupiah': 'Rupiah',
		'model.unit.placesPerYear': 'places per year',
		'model.unit.peoplePerYear': 'people per year',
		'model.unit.jp': 'JP',
		'model.unit.sd': 'SD of performance',
		'model.unit.months': 'months',
		'model.unit.years': 'years',
		'model.unit.year': 'calendar year',
		'model.unit.index': 'index points',
		'model.unit.ratio': 'ratio 0–1',
		'model.unit.choice': 'choice',
		'model.scrollHint': 'Scroll a table sideways when it does not fit the screen.'
	}
});
