import { defineMessages } from './define';

/**
 * Messages of the staff-data page (`/data`) and of the planner's banner about which roster it
 * uses. Keys are prefixed `data.`. Issues of a roster file come from `rosterFiles/messages.ts`.
 */
export const data = defineMessages({
	id: {
		'data.nav': 'Data pegawai',
		'data.title': 'Data pegawai',
		'data.lead':
			'Rencanakan dari pegawai instansi Anda sendiri: impor berkas CSV satu baris per pegawai, atau isi jumlah pegawai per unit bila data per pegawai tidak tersedia. Data bawaan simulator bersifat ilustratif.',

		'data.privacy.title': 'Di mana data Anda berada',
		'data.privacy.local':
			'Berkas dibaca dan dinilai di peramban ini. Data pegawai tidak dikirim ke server.',
		'data.privacy.stored':
			'Data disimpan di peramban ini saja ({where}) sampai Anda menghapusnya. Tidak ada yang keluar dari peramban, kecuali Anda sendiri menyimpannya bersama skenario.',
		'data.privacy.personal':
			'Kolom data pribadi (nama, NIP, tanggal lahir, alamat, dan sejenisnya) tidak dibaca dan langsung dibuang. Pakai kode anonim sebagai id, misalnya P001.',
		'data.storage.indexeddb': 'IndexedDB',
		'data.storage.localstorage': 'localStorage',
		'data.storage.memory': 'hanya di memori tab ini; hilang saat halaman dimuat ulang',
		'data.storage.pending': 'IndexedDB',

		'data.status.title': 'Data yang dipakai perencana',
		'data.status.loading': 'Membaca data yang tersimpan di peramban ini…',
		'data.status.none':
			'Data ilustratif BPKAD Kota Bontang ({people} pegawai, {units} unit). Belum ada data pegawai sendiri di peramban ini.',
		'data.status.own': 'Data pegawai sendiri: {people} pegawai, {units} unit.',
		'data.status.ownIdle':
			'Data pegawai sendiri tersimpan ({people} pegawai, {units} unit), tetapi perencana sedang memakai data ilustratif.',
		'data.status.fromFile': 'Dari berkas {name}, diimpor {time}.',
		'data.status.fromCounts':
			'Dibuat dari tabel jumlah per unit pada {time} — bukan data per pegawai yang sebenarnya.',
		'data.status.fingerprint': 'Sidik data',
		'data.status.fingerprintHelp':
			'Skenario yang disimpan mencatat sidik ini, sehingga terlihat data mana yang dipakainya. Sidik tidak memuat data pegawai.',
		'data.status.storedIn': 'Disimpan di: {where}',
		'data.status.tooManyUnits':
			'Data ini punya {units} unit; perencana dapat memproyeksikan paling banyak {max} unit. Gabungkan unit kecil di berkas lalu impor ulang.',
		'data.status.rejected':
			'Data yang tersimpan di peramban ini rusak atau diubah di luar aplikasi, jadi tidak dipakai dan sudah dihapus. Impor ulang berkasnya.',
		'data.action.use': 'Pakai di perencana',
		'data.action.useIllustrative': 'Kembali ke data ilustratif',
		'data.action.remove': 'Hapus data dari peramban',
		'data.action.removeConfirm':
			'Hapus data pegawai dari peramban ini? Perencana kembali memakai data ilustratif.',
		'data.action.removed':
			'Data pegawai dihapus dari peramban ini. Perencana memakai data ilustratif.',
		'data.action.openPlanner': 'Buka perencana',

		'data.import.title': 'Impor berkas CSV atau Excel',
		'data.import.lead':
			'Satu baris per pegawai, judul kolom dalam bahasa Indonesia atau Inggris, sebagai buku kerja Excel (.xlsx) atau CSV. Berkas CSV dari Excel dapat dipakai apa adanya (pemisah ; atau ,, angka berkoma, baris sep=;). Berkas hasil pengukuran IP ASN dari BKN (PIP ASN) juga dikenali dan disusun menjadi data pegawai.',
		'data.import.drop': 'Seret berkas CSV atau Excel ke sini, atau pilih berkas',
		'data.import.dropHint':
			'Berkas .csv atau .xlsx (juga berkas IP ASN dari BKN); diperiksa seluruhnya sebelum dipakai.',
		'data.import.dropActive': 'Lepaskan untuk membaca berkas',
		'data.import.processing': 'Memproses {name} ({size})…',
		'data.import.processingCounts': 'Membuat data pegawai dari jumlah per unit…',
		'data.import.notCsv':
			'{name} bukan berkas CSV atau buku kerja Excel (.xlsx). Simpan lembar kerja sebagai Buku Kerja Excel (.xlsx) atau "CSV (dipisahkan koma/titik koma)" lalu pilih berkas itu.',
		'data.import.readFailed': 'Berkas {name} tidak dapat dibaca: {message}',
		'data.import.ok':
			'{name} dibaca: {people} pegawai, {units} unit. Data ini sekarang dipakai perencana.',
		'data.import.rejected':
			'{name} tidak dipakai karena ada {count} kesalahan. Data sebelumnya tetap dipakai.',
		'data.import.rejectedNone':
			'{name} tidak dipakai karena ada {count} kesalahan. Perbaiki lalu impor ulang.',
		'data.import.errors': 'Kesalahan yang harus diperbaiki',
		'data.import.moreErrors': 'dan {count} kesalahan lain tidak ditampilkan.',
		'data.import.notices': 'Catatan',
		'data.import.timing': 'Dibaca dan diperiksa dalam {ms} md.',
		'data.import.sheet': 'Lembar kerja yang dibaca',
		'data.import.sheetOption': '{name} ({rows} baris)',
		'data.import.sheetOptionHidden': '{name} ({rows} baris, tersembunyi)',
		'data.import.sheetHint':
			'Buku kerja ini punya beberapa lembar. Pilih lembar yang berisi data pegawai; berkas dibaca ulang.',
		'data.import.assumedTitle': 'Baris dengan anggapan ({count})',
		'data.import.assumedLead':
			'Nilai kompetensi baris ini bisa berasal dari lebih dari satu jenis jabatan atau pelatihan. Nilai IP ASN-nya tetap sama, tetapi proyeksi (siapa perlu pelatihan apa) bergantung pada anggapan ini. Untuk membetulkan: unduh data pegawai sebagai CSV (baris-baris ini diberi catatan), ubah kolom jenis jabatan dan pelatihan di Excel, lalu impor kembali berkas itu.',
		'data.import.assumedCell': 'Sel',
		'data.import.assumedPost': 'Nama jabatan',
		'data.import.assumedPoints': 'Kompetensi',
		'data.import.assumedAs': 'Dianggap',
		'data.import.assumedAlso': 'Juga mungkin',
		'data.import.assumedMore':
			'Ditampilkan {shown} baris pertama; semua {count} baris ada di unduhan CSV.',
		'data.import.assumedDownload': 'Unduh data pegawai (CSV) untuk dibetulkan',

		'data.templates.title': 'Templat berkas',
		'data.templates.lead':
			'Mulai dari templat berisi tiga contoh pegawai (satu per jenis jabatan), hapus contohnya, lalu isi dengan pegawai Anda.',
		'data.templates.id': 'Templat Bahasa Indonesia (Excel, pemisah ;)',
		'data.templates.en': 'Template in English (comma-separated)',
		'data.templates.note':
			'Templat Bahasa Indonesia memakai titik koma dan koma desimal, seperti Excel berbahasa Indonesia, dan baris pertama sep=; agar Excel memisahkan kolom dengan benar apa pun pengaturan wilayah komputer. Templat bahasa Inggris memakai koma; di Excel berbahasa Indonesia bukalah lewat Data → Dari Teks/CSV. Keduanya dapat diimpor kembali.',
		'data.columns.title': 'Kolom yang dibaca',
		'data.columns.yes': 'wajib',
		'data.columns.no': 'boleh kosong',
		'data.columns.assumptions':
			'Asumsi: predikat SKP 2022 dipetakan ke lima predikat aturan penilaian menurut urutannya — Sangat Baik = sangat baik, Baik = baik, Butuh Perbaikan = cukup, Kurang = kurang, Sangat Kurang = buruk. Pendidikan SD dihitung sebagai SLTP (SLTP ke bawah bernilai sama).',

		'data.counts.title': 'Tanpa data per pegawai? Isi jumlah per unit',
		'data.counts.lead':
			'Isi berapa pegawai tiap unit menurut jenis jabatan, pendidikan dan predikat SKP, serta berapa yang sudah mengikuti pelatihan. Simulator lalu membuat data per pegawai dari jumlah itu.',
		'data.counts.generatedNote':
			'Data yang dibuat dari jumlah bukan data pegawai yang sebenarnya. Jumlah per unit dan per kategori tepat sama; siapa memiliki apa disebar merata dan selalu sama untuk jumlah yang sama: pendidikan, SKP, hukuman disiplin, pelatihan teknis dan seminar dibagi ke jenis jabatan menurut banyaknya pegawai; diklat kepemimpinan hanya untuk jabatan struktural, diklat fungsional hanya untuk jabatan fungsional; pegawai yang dihitung “≥ 20 JP” dicatat tepat 20 JP, lainnya 0 JP.',
		'data.counts.prefill': 'Isi awal tabel dari data yang sedang ditampilkan',
		'data.counts.addUnit': 'Tambah unit',
		'data.counts.removeUnit': 'Hapus unit {name}',
		'data.counts.unitName': 'Nama unit',
		'data.counts.unitNameLabel': 'Nama unit {n}',
		'data.counts.newUnit': 'Unit {n}',
		'data.counts.caption':
			'Jumlah pegawai per unit (orang). Setiap kelompok harus berjumlah sama dengan total pegawai unit.',
		'data.counts.category': 'Kategori',
		'data.counts.group.posts': 'Jenis jabatan',
		'data.counts.group.education': 'Pendidikan tertinggi',
		'data.counts.group.skp': 'Predikat SKP',
		'data.counts.group.punished': 'Hukuman disiplin (selebihnya tidak ada)',
		'data.counts.group.training': 'Pelatihan',
		'data.counts.total': 'Total pegawai unit',
		'data.counts.sum': 'Jumlah kelompok ini',
		'data.counts.cellLabel': '{category} — {unit}',
		'data.counts.technical20Jp': 'Pelatihan teknis ≥ 20 JP setahun terakhir',
		'data.counts.seminar': 'Seminar/lokakarya 2 tahun terakhir',
		'data.counts.leadership': 'Diklat kepemimpinan (dari jabatan struktural)',
		'data.counts.functional': 'Diklat fungsional (dari jabatan fungsional)',
		'data.counts.SLTP': 'SLTP ke bawah (termasuk SD)',
		'data.counts.generate': 'Buat data pegawai dari jumlah ini',
		'data.counts.problems': 'Perbaiki dulu',
		'data.counts.ok':
			'Data pegawai dibuat dari jumlah: {people} pegawai, {units} unit. Data ini sekarang dipakai perencana.',
		'data.counts.issue.no_units': 'Tambahkan paling sedikit satu unit.',
		'data.counts.issue.too_many_units': 'Paling banyak {expected} unit; sekarang {count}.',
		'data.counts.issue.unit_name_missing': 'Unit {unit}: isi nama unit.',
		'data.counts.issue.unit_name_duplicate':
			'Unit {unit}: nama sama dengan unit {other}. Beri nama yang berbeda.',
		'data.counts.issue.not_whole': 'Unit {unit}, {field}: isi bilangan bulat 0 atau lebih.',
		'data.counts.issue.unit_empty':
			'Unit {unit}: belum ada pegawai. Isi jumlah per jenis jabatan, atau hapus unit ini.',
		'data.counts.issue.sum_mismatch':
			'Unit {unit}, {field}: jumlahnya {count}, padahal total pegawai unit {expected}.',
		'data.counts.issue.above_headcount':
			'Unit {unit}, {field}: {count} lebih dari total pegawai unit ({expected}).',
		'data.counts.issue.above_posts':
			'Unit {unit}, {field}: {count} lebih dari jumlah jabatannya ({expected}).',
		'data.counts.issue.too_many_people':
			'Total {count} pegawai melebihi batas {expected}. Kurangi jumlahnya.',

		'data.baseline.title': 'Kondisi awal (baseline)',
		'data.baseline.ownLead':
			'Indeks profesionalitas data pegawai sendiri saat ini, dinilai dengan {rulebook}, sebelum rencana apa pun.',
		'data.baseline.generatedLead':
			'Indeks profesionalitas data yang dibuat dari jumlah per unit, dinilai dengan {rulebook}, sebelum rencana apa pun.',
		'data.baseline.illustrativeLead':
			'Indeks profesionalitas data ilustratif, dinilai dengan {rulebook}. Impor data pegawai sendiri untuk melihat kondisi instansi Anda.',
		'data.baseline.index': 'Indeks instansi',
		'data.baseline.people': '{people} pegawai · {units} unit',
		'data.baseline.gaps': 'Kebutuhan pelatihan',
		'data.baseline.lackTechnical': 'belum mencapai {jp} JP pelatihan teknis setahun terakhir',
		'data.baseline.lackLeadership':
			'dari {total} pejabat struktural belum mengikuti diklat kepemimpinan untuk jabatannya',
		'data.baseline.lackFunctional':
			'dari {total} pejabat fungsional belum mengikuti diklat fungsional untuk jabatannya',
		'data.baseline.dimensions': 'Per dimensi',
		'data.baseline.dimension': 'Dimensi',
		'data.baseline.points': 'Rata-rata (poin)',
		'data.baseline.max': 'Maksimum (poin)',
		'data.baseline.share': 'Capaian',
		'data.baseline.units': 'Per unit',
		'data.baseline.unit': 'Unit',
		'data.baseline.n': 'Pegawai',
		'data.baseline.lackTechnicalCol': 'Belum {jp} JP',
		'data.baseline.lackLeadershipCol': 'Belum diklat kepemimpinan',
		'data.baseline.lackFunctionalCol': 'Belum diklat fungsional',
		'data.baseline.posts': 'Per jenis jabatan',
		'data.baseline.postType': 'Jenis jabatan',
		'data.baseline.post.structural': 'Struktural',
		'data.baseline.post.functional': 'Fungsional',
		'data.baseline.post.pelaksana': 'Pelaksana',
		'data.baseline.noPeople': '—',

		'data.histogram.title': 'Sebaran skor individu',
		'data.histogram.subtitle':
			'Jumlah pegawai (orang) per rentang skor IPASN individu (poin, 0–100)',
		'data.histogram.axisX': 'Skor individu (poin)',
		'data.histogram.axisY': 'Pegawai (orang)',
		'data.histogram.range': 'Rentang skor (poin)',
		'data.histogram.count': 'Pegawai (orang)',
		'data.histogram.percent': 'Bagian (%)',
		'data.histogram.bar': '{from}–{to} poin: {count} pegawai ({percent})',
		'data.histogram.tableCaption': 'Jumlah pegawai per rentang skor individu',
		'data.histogram.summary':
			'{people} pegawai; separuhnya bernilai {median} poin atau kurang. Skor terendah {min}, tertinggi {max}. Rentang terbanyak: {mode} poin ({count} pegawai).',
		'data.histogram.file': 'sebaran-skor',

		'data.people.show': 'Tampilkan per pegawai',
		'data.people.note':
			'Hanya id, unit, jenis jabatan dan skor; data ini tidak memuat nama. {count} pegawai, {size} per halaman.',
		'data.people.caption': 'Skor per pegawai, halaman {page} dari {pages}',
		'data.people.id': 'Id',
		'data.people.total': 'Total (poin)',
		'data.people.previous': 'Halaman sebelumnya',
		'data.people.next': 'Halaman berikutnya',
		'data.people.pageOf': 'Halaman {page} dari {pages}',

		'data.banner.illustrative': 'Data ilustratif',
		'data.banner.illustrativeText':
			'Proyeksi memakai data pegawai ilustratif BPKAD Kota Bontang (sintetis, dikalibrasi ke IPASN Kota Bontang 2021 = 71,59).',
		'data.banner.useOwn': 'Pakai data pegawai sendiri',
		'data.banner.useStored': 'Pakai lagi data pegawai sendiri ({people} pegawai)',
		'data.banner.own':
			'Memakai data pegawai sendiri: {people} pegawai, {units} unit (sidik {fingerprint})',
		'data.banner.ownCounts': 'dibuat dari jumlah per unit',
		'data.banner.change': 'ganti',
		'data.banner.back': 'kembali ke data ilustratif',
		'data.banner.loading': 'Membaca data pegawai yang tersimpan di peramban ini…',
		'data.banner.projecting': 'Menghitung ulang proyeksi dengan data pegawai sendiri…',
		'data.banner.savedIllustrative':
			'Skenario tersimpan ini dibuat dengan data ilustratif; angka di layar memakai data pegawai sendiri.',
		'data.banner.savedOther':
			'Skenario tersimpan ini dibuat dengan data pegawai lain (sidik {fingerprint}); angka di layar memakai data yang dipakai sekarang.',
		'data.banner.label': 'Data pegawai yang dipakai'
	},
	en: {
		'data.nav': 'Staff data',
		'data.title': 'Staff data',
		'data.lead':
			'Plan from your own agency’s staff: import a CSV file with one row per person, or enter headcounts per unit when person-level data are not available. The simulator’s built-in data are illustrative.',

		'data.privacy.title': 'Where your data are',
		'data.privacy.local':
			'The file is read and scored in this browser. Staff data are not sent to the server.',
		'data.privacy.stored':
			'The data are kept in this browser only ({where}) until you remove them. Nothing leaves the browser unless you yourself save it with a scenario.',
		'data.privacy.personal':
			'Personal columns (name, NIP, date of birth, address and the like) are not read and are dropped at once. Use anonymous codes as ids, such as P001.',
		'data.storage.indexeddb': 'IndexedDB',
		'data.storage.localstorage': 'localStorage',
		'data.storage.memory': 'in this tab’s memory only; lost when the page reloads',
		'data.storage.pending': 'IndexedDB',

		'data.status.title': 'Data the planner uses',
		'data.status.loading': 'Reading the data stored in this browser…',
		'data.status.none':
			'Illustrative data of BPKAD Kota Bontang ({people} people, {units} units). No staff data of your own in this browser yet.',
		'data.status.own': 'Your own staff data: {people} people, {units} units.',
		'data.status.ownIdle':
			'Your own staff data are stored ({people} people, {units} units), but the planner is using the illustrative data.',
		'data.status.fromFile': 'From the file {name}, imported {time}.',
		'data.status.fromCounts':
			'Generated from the headcounts table on {time} — not actual person-level data.',
		'data.status.fingerprint': 'Data fingerprint',
		'data.status.fingerprintHelp':
			'A saved scenario records this fingerprint, so it shows which data it used. The fingerprint holds no staff data.',
		'data.status.storedIn': 'Kept in: {where}',
		'data.status.tooManyUnits':
			'These data have {units} units; the planner can project at most {max}. Merge small units in the file and import it again.',
		'data.status.rejected':
			'The data stored in this browser were damaged or changed outside the app, so they are not used and have been removed. Import the file again.',
		'data.action.use': 'Use in the planner',
		'data.action.useIllustrative': 'Back to the illustrative data',
		'data.action.remove': 'Remove data from this browser',
		'data.action.removeConfirm':
			'Remove the staff data from this browser? The planner goes back to the illustrative data.',
		'data.action.removed':
			'The staff data were removed from this browser. The planner uses the illustrative data.',
		'data.action.openPlanner': 'Open the planner',

		'data.import.title': 'Import a CSV or Excel file',
		'data.import.lead':
			'One row per person, column titles in Indonesian or English, as an Excel workbook (.xlsx) or CSV. CSV files from Excel work as they come (; or , separators, decimal commas, a sep=; line). BKN’s IP ASN result file (PIP ASN) is recognised too and turned into staff data.',
		'data.import.drop': 'Drop a CSV or Excel file here, or choose a file',
		'data.import.dropHint':
			'A .csv or .xlsx file (also BKN’s IP ASN file); checked in full before it is used.',
		'data.import.dropActive': 'Release to read the file',
		'data.import.processing': 'Processing {name} ({size})…',
		'data.import.processingCounts': 'Generating staff data from the headcounts…',
		'data.import.notCsv':
			'{name} is not a CSV file or an Excel workbook (.xlsx). Save the sheet as Excel Workbook (.xlsx) or "CSV (comma/semicolon delimited)" and choose that file.',
		'data.import.readFailed': 'The file {name} could not be read: {message}',
		'data.import.ok':
			'{name} read: {people} people, {units} units. The planner now uses these data.',
		'data.import.rejected':
			'{name} was not used: it has {count} errors. The previous data stay in use.',
		'data.import.rejectedNone':
			'{name} was not used: it has {count} errors. Fix them and import it again.',
		'data.import.errors': 'Errors to fix',
		'data.import.moreErrors': 'and {count} more errors not shown.',
		'data.import.notices': 'Notes',
		'data.import.timing': 'Read and checked in {ms} ms.',
		'data.import.sheet': 'Sheet read',
		'data.import.sheetOption': '{name} ({rows} rows)',
		'data.import.sheetOptionHidden': '{name} ({rows} rows, hidden)',
		'data.import.sheetHint':
			'This workbook has several sheets. Choose the one with the staff data; the file is read again.',
		'data.import.assumedTitle': 'Rows with an assumption ({count})',
		'data.import.assumedLead':
			'The competency points of these rows can come from more than one post type or training. Their IP ASN is the same either way, but the projection (who needs which training) depends on the assumption. To correct it: download the staff data as CSV (these rows carry a note), change the post type and training columns in Excel, and import that file again.',
		'data.import.assumedCell': 'Cell',
		'data.import.assumedPost': 'Post name',
		'data.import.assumedPoints': 'Competency',
		'data.import.assumedAs': 'Assumed',
		'data.import.assumedAlso': 'Also possible',
		'data.import.assumedMore':
			'The first {shown} rows are shown; all {count} are in the CSV download.',
		'data.import.assumedDownload': 'Download the staff data (CSV) to correct',

		'data.templates.title': 'File templates',
		'data.templates.lead':
			'Start from a template with three example people (one per post type), delete the examples and fill in your staff.',
		'data.templates.id': 'Template in Bahasa Indonesia (Excel, ; separated)',
		'data.templates.en': 'Template in English (comma-separated)',
		'data.templates.note':
			'The Indonesian template uses semicolons and decimal commas, as Excel in Indonesian does, and a first line sep=; so that Excel splits the columns whatever the computer’s regional settings. The English template uses commas; in an Indonesian Excel open it with Data → From Text/CSV. Both import back as they are.',
		'data.columns.title': 'Columns that are read',
		'data.columns.yes': 'required',
		'data.columns.no': 'may be empty',
		'data.columns.assumptions':
			'Assumption: the 2022 SKP ratings are mapped onto the rulebook’s five ratings by rank — Sangat Baik = very good, Baik = good, Butuh Perbaikan = fair (cukup), Kurang = poor (kurang), Sangat Kurang = bad (buruk). Primary school (SD) counts as SLTP (SLTP and below score the same).',

		'data.counts.title': 'No person-level data? Enter headcounts per unit',
		'data.counts.lead':
			'Enter how many people each unit has by post type, education and SKP rating, and how many have had training. The simulator then generates person-level data from these counts.',
		'data.counts.generatedNote':
			'Data generated from counts are not actual person-level data. Totals per unit and per category are exact; who has what is spread evenly and is the same every time for the same counts: education, SKP, punishments, technical training and seminars are split over post types in proportion to their headcount; leadership training goes to structural posts only, functional training to functional posts only; people counted as “≥ 20 JP” get exactly 20 JP, the others 0 JP.',
		'data.counts.prefill': 'Fill the table from the data shown',
		'data.counts.addUnit': 'Add a unit',
		'data.counts.removeUnit': 'Remove unit {name}',
		'data.counts.unitName': 'Unit name',
		'data.counts.unitNameLabel': 'Name of unit {n}',
		'data.counts.newUnit': 'Unit {n}',
		'data.counts.caption':
			'Headcounts per unit (people). Each group must add up to the unit’s total staff.',
		'data.counts.category': 'Category',
		'data.counts.group.posts': 'Post type',
		'data.counts.group.education': 'Highest education',
		'data.counts.group.skp': 'SKP rating',
		'data.counts.group.punished': 'Disciplinary punishment (the rest: none)',
		'data.counts.group.training': 'Training',
		'data.counts.total': 'Total staff of the unit',
		'data.counts.sum': 'Sum of this group',
		'data.counts.cellLabel': '{category} — {unit}',
		'data.counts.technical20Jp': 'Technical training ≥ 20 JP in the last year',
		'data.counts.seminar': 'Seminar/workshop in the last 2 years',
		'data.counts.leadership': 'Leadership training (of structural posts)',
		'data.counts.functional': 'Functional training (of functional posts)',
		'data.counts.SLTP': 'SLTP and below (SD included)',
		'data.counts.generate': 'Generate staff data from these counts',
		'data.counts.problems': 'Fix these first',
		'data.counts.ok':
			'Staff data generated from counts: {people} people, {units} units. The planner now uses these data.',
		'data.counts.issue.no_units': 'Add at least one unit.',
		'data.counts.issue.too_many_units': 'At most {expected} units; there are {count}.',
		'data.counts.issue.unit_name_missing': 'Unit {unit}: enter the unit’s name.',
		'data.counts.issue.unit_name_duplicate':
			'Unit {unit}: same name as unit {other}. Give it a different name.',
		'data.counts.issue.not_whole': 'Unit {unit}, {field}: enter a whole number, 0 or more.',
		'data.counts.issue.unit_empty':
			'Unit {unit}: no staff yet. Enter the headcount per post type, or remove the unit.',
		'data.counts.issue.sum_mismatch':
			'Unit {unit}, {field}: adds up to {count}, but the unit has {expected} staff.',
		'data.counts.issue.above_headcount':
			'Unit {unit}, {field}: {count} is more than the unit’s staff ({expected}).',
		'data.counts.issue.above_posts':
			'Unit {unit}, {field}: {count} is more than the number of such posts ({expected}).',
		'data.counts.issue.too_many_people':
			'{count} people in all, more than the limit of {expected}. Reduce the counts.',

		'data.baseline.title': 'Starting point (baseline)',
		'data.baseline.ownLead':
			'The professionalism index of your own staff data today, scored by {rulebook}, before any plan.',
		'data.baseline.generatedLead':
			'The professionalism index of the data generated from headcounts, scored by {rulebook}, before any plan.',
		'data.baseline.illustrativeLead':
			'The professionalism index of the illustrative data, scored by {rulebook}. Import your own staff data to see your agency.',
		'data.baseline.index': 'Agency index',
		'data.baseline.people': '{people} people · {units} units',
		'data.baseline.gaps': 'Training needs',
		'data.baseline.lackTechnical':
			'have not reached {jp} JP of technical training in the last year',
		'data.baseline.lackLeadership':
			'of {total} structural post holders lack leadership training for their post',
		'data.baseline.lackFunctional':
			'of {total} functional post holders lack functional training for their post',
		'data.baseline.dimensions': 'By dimension',
		'data.baseline.dimension': 'Dimension',
		'data.baseline.points': 'Mean (points)',
		'data.baseline.max': 'Maximum (points)',
		'data.baseline.share': 'Achieved',
		'data.baseline.units': 'By unit',
		'data.baseline.unit': 'Unit',
		'data.baseline.n': 'People',
		'data.baseline.lackTechnicalCol': 'Below {jp} JP',
		'data.baseline.lackLeadershipCol': 'No leadership training',
		'data.baseline.lackFunctionalCol': 'No functional training',
		'data.baseline.posts': 'By post type',
		'data.baseline.postType': 'Post type',
		'data.baseline.post.structural': 'Structural',
		'data.baseline.post.functional': 'Functional',
		'data.baseline.post.pelaksana': 'Pelaksana (staff)',
		'data.baseline.noPeople': '—',

		'data.histogram.title': 'Spread of individual scores',
		'data.histogram.subtitle': 'People per range of individual IPASN score (points, 0–100)',
		'data.histogram.axisX': 'Individual score (points)',
		'data.histogram.axisY': 'People',
		'data.histogram.range': 'Score range (points)',
		'data.histogram.count': 'People',
		'data.histogram.percent': 'Share (%)',
		'data.histogram.bar': '{from}–{to} points: {count} people ({percent})',
		'data.histogram.tableCaption': 'People per range of individual score',
		'data.histogram.summary':
			'{people} people; half score {median} points or less. Lowest score {min}, highest {max}. Most common range: {mode} points ({count} people).',
		'data.histogram.file': 'score-spread',

		'data.people.show': 'Show individuals',
		'data.people.note':
			'Only id, unit, post type and scores; these data hold no names. {count} people, {size} per page.',
		'data.people.caption': 'Scores per person, page {page} of {pages}',
		'data.people.id': 'Id',
		'data.people.total': 'Total (points)',
		'data.people.previous': 'Previous page',
		'data.people.next': 'Next page',
		'data.people.pageOf': 'Page {page} of {pages}',

		'data.banner.illustrative': 'Illustrative data',
		'data.banner.illustrativeText':
			'The projection uses the illustrative staff of BPKAD Kota Bontang (synthetic, calibrated to the 2021 IPASN of Kota Bontang, 71.59).',
		'data.banner.useOwn': 'Use your own staff data',
		'data.banner.useStored': 'Use your own staff data again ({people} people)',
		'data.banner.own':
			'Using your own staff data: {people} people, {units} units (fingerprint {fingerprint})',
		'data.banner.ownCounts': 'generated from headcounts per unit',
		'data.banner.change': 'change',
		'data.banner.back': 'back to the illustrative data',
		'data.banner.loading': 'Reading the staff data stored in this browser…',
		'data.banner.projecting': 'Recalculating the projection with your own staff data…',
		'data.banner.savedIllustrative':
			'This saved scenario was made with the illustrative data; the numbers on screen use your own staff data.',
		'data.banner.savedOther':
			'This saved scenario was made with other staff data (fingerprint {fingerprint}); the numbers on screen use the data in use now.',
		'data.banner.label': 'Staff data in use'
	}
});
