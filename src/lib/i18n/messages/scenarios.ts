import { defineMessages } from './define';

/**
 * Messages of the scenarios area: saving and opening scenarios, share links,
 * JSON files, and what the page says when one of them goes wrong. Keys are
 * prefixed `scenarios.`.
 */
export const scenarios = defineMessages({
	id: {
		// The bar above the results
		'scenarios.bar.label': 'Skenario',
		'scenarios.untitled': 'Skenario belum disimpan',
		'scenarios.unsaved': '● belum disimpan',
		'scenarios.unsaved.help':
			'Masukan di layar berbeda dari versi tersimpan. Simpan agar tidak hilang.',
		'scenarios.untitledLink': 'Skenario dari tautan',
		'scenarios.fromLink': 'dari tautan',
		'scenarios.fromLink.help':
			'Dibuka dari tautan bersama dan belum diubah; tautan itu menyimpannya. Simpan bila ingin memasukkannya ke daftar skenario.',
		'scenarios.savedMeta': 'Versi {version} · terakhir disimpan {time}',
		'scenarios.actions': 'Tindakan skenario',
		'scenarios.save': 'Simpan',
		'scenarios.saveAs': 'Simpan sebagai…',
		'scenarios.rename': 'Ganti nama…',
		'scenarios.delete': 'Hapus…',
		'scenarios.busy': 'Menyimpan…',
		'scenarios.share': 'Bagikan dan berkas',
		'scenarios.copyLink': 'Salin tautan',
		'scenarios.copied': 'Tautan disalin ke papan klip.',
		'scenarios.copyFallback':
			'Papan klip tidak dapat dipakai di sini. Salin tautan di kotak ini (Ctrl+C).',
		'scenarios.linkField': 'Tautan ke skenario ini',
		'scenarios.export': 'Unduh JSON',
		'scenarios.import': 'Impor JSON…',
		'scenarios.importFile': 'Berkas skenario JSON',
		'scenarios.imported': 'Berkas "{name}" dimuat ke layar; belum disimpan di server.',
		'scenarios.views': 'Buka di halaman lain',
		'scenarios.compare': 'Bandingkan',
		'scenarios.report': 'Laporan',
		'scenarios.meeting': 'Mode rapat',
		'scenarios.views.help':
			'Bandingkan dan Mode rapat memakai skenario tersimpan: yang sedang dibuka dan yang dicentang di daftar.',
		'scenarios.views.needSaved':
			'Simpan skenario ini atau centang skenario di daftar untuk membandingkan.',

		// The list
		'scenarios.list.title': 'Skenario tersimpan',
		'scenarios.list.search': 'Cari nama, keterangan atau penyusun',
		'scenarios.list.loading': 'Memuat daftar…',
		'scenarios.list.empty': 'Belum ada skenario tersimpan.',
		'scenarios.list.noMatch': 'Tidak ada skenario yang cocok dengan "{search}".',
		'scenarios.list.count': '{count} skenario',
		'scenarios.list.meta': 'Versi {version} · {time}',
		'scenarios.list.by': 'oleh {author}',
		'scenarios.list.current': 'sedang dibuka',
		'scenarios.list.open': 'Buka',
		'scenarios.list.openLabel': 'Buka {name}',
		'scenarios.list.duplicate': 'Duplikat',
		'scenarios.list.duplicateLabel': 'Duplikat {name}',
		'scenarios.list.delete': 'Hapus',
		'scenarios.list.deleteLabel': 'Hapus {name}',
		'scenarios.list.select': 'Pilih {name} untuk dibandingkan',
		'scenarios.list.failed': 'Daftar tidak dapat dimuat: {message}',
		'scenarios.list.retry': 'Muat ulang daftar',

		// Dialogs
		'scenarios.dialog.cancel': 'Batal',
		'scenarios.name.save': 'Simpan skenario',
		'scenarios.name.saveAs': 'Simpan sebagai skenario baru',
		'scenarios.name.rename': 'Ganti nama skenario',
		'scenarios.name.copy': 'Simpan versi saya sebagai salinan',
		'scenarios.name.saveAsHelp':
			'Skenario baru dibuat dengan masukan di layar; "{name}" tetap seperti tersimpan.',
		'scenarios.name.renameHelp':
			'Hanya nama dan keterangan yang berubah; masukan di layar tidak ikut disimpan.',
		'scenarios.name.label': 'Nama',
		'scenarios.name.description': 'Keterangan (boleh kosong)',
		'scenarios.name.required': 'Isi nama skenario.',
		'scenarios.name.submit': 'Simpan',
		'scenarios.name.submitRename': 'Ganti nama',
		'scenarios.copyName': '{name} (salinan)',
		'scenarios.delete.title': 'Hapus skenario?',
		'scenarios.delete.body':
			'"{name}" (versi {version}) akan dihapus dari server untuk semua pengguna. Tindakan ini tidak dapat dibatalkan.',
		'scenarios.delete.openNote':
			'Skenario ini sedang dibuka: masukannya tetap di layar sebagai skenario belum disimpan.',
		'scenarios.delete.confirm': 'Ya, hapus',
		'scenarios.conflict.title': 'Skenario ini diubah orang lain',
		'scenarios.conflict.body':
			'Anda membuka "{name}" pada versi {mine}. Sementara itu orang lain menyimpan versi {theirs} pada {time}{by}.',
		'scenarios.conflict.by': ' oleh {author}',
		'scenarios.conflict.safe':
			'Versi mereka tidak ditimpa, dan perubahan Anda masih di layar. Pilih:',
		'scenarios.conflict.loadTheirs': 'Muat versi mereka',
		'scenarios.conflict.loadTheirsHelp': 'Perubahan Anda di layar dibuang.',
		'scenarios.conflict.saveCopy': 'Simpan versi saya sebagai salinan',
		'scenarios.conflict.saveCopyHelp': 'Skenario baru dengan nama lain; versi mereka tetap.',
		'scenarios.replace.title': 'Ganti isi layar?',
		'scenarios.replace.body':
			'Masukan di layar belum disimpan dan akan diganti dengan isi berkas "{name}".',
		'scenarios.replace.confirm': 'Ganti dengan isi berkas',

		// Saving with an imported roster: the staff data stays in the browser unless chosen
		'scenarios.roster.legend': 'Data pegawai',
		'scenarios.roster.intro':
			'Angka di layar dihitung dengan data pegawai impor ({people} orang, {units} unit), bukan data bawaan. Skenario selalu mencatat sidik data itu ({fingerprint}): sebuah kode, bukan data pribadi. Data pegawainya sendiri tetap di peramban ini, kecuali Anda mencentang kotak di bawah.',
		'scenarios.roster.store': 'Simpan juga data pegawai di server',
		'scenarios.roster.what':
			'Yang disimpan: untuk setiap pegawai, id, unit kerja, jenis jabatan, pendidikan, diklat (kepemimpinan, fungsional, seminar, JP teknis), predikat SKP dan hukuman disiplin, serta kesesuaian bidang dan tahun menuju pensiun bila ada di berkas; {people} orang, {units} unit. Kolom lain dari berkas (misalnya nama) tidak ikut.',
		'scenarios.roster.where':
			'Di mana: basis data server ini. Data tetap di sana walaupun skenarionya dihapus, sampai administrator menghapusnya.',
		'scenarios.roster.who.token':
			'Siapa yang dapat membacanya: hanya pemegang token perencana server ini.',
		'scenarios.roster.who.open':
			'Siapa yang dapat membacanya: siapa saja yang dapat menjangkau server ini (server ini tidak memakai token perencana).',
		'scenarios.roster.who.unknown':
			'Siapa yang dapat membacanya: siapa saja yang dapat menjangkau server ini, atau hanya pemegang token perencana bila server memakai token.',
		'scenarios.roster.unchecked':
			'Tanpa centang, laporan dan perbandingan skenario ini di server memakai data bawaan, dengan peringatan.',
		'scenarios.roster.title': 'Simpan dengan data pegawai impor',
		'scenarios.roster.submit': 'Simpan',

		// What happened
		'scenarios.notice.created': 'Disimpan sebagai "{name}".',
		'scenarios.notice.saved': '"{name}" disimpan (versi {version}).',
		'scenarios.notice.renamed': 'Nama diganti menjadi "{name}".',
		'scenarios.notice.duplicated': 'Salinan dibuat: "{name}".',
		'scenarios.notice.deleted': '"{name}" dihapus.',
		'scenarios.notice.alreadyDeleted': '"{name}" sudah dihapus orang lain.',
		'scenarios.notice.loadedTheirs': 'Versi {version} dari "{name}" dimuat.',
		'scenarios.notice.rosterStored': 'Data pegawai ({people} orang) tersimpan di server.',
		'scenarios.notice.rosterKept':
			'Data pegawai tetap di peramban ini; skenario hanya mencatat sidiknya.',
		'scenarios.notice.dismiss': 'Tutup pesan',

		// Errors from the server
		'scenarios.error.title': 'Tidak tersimpan',
		'scenarios.error.invalid': 'Server menolak skenario ini. Perbaiki hal berikut, lalu coba lagi:',
		'scenarios.error.unauthorized':
			'Server ini memerlukan token perencana untuk menyimpan, mengganti nama atau menghapus. Masukkan token dari administrator.',
		'scenarios.error.tokenRejected': 'Token yang tersimpan di peramban ini ditolak.',
		'scenarios.error.token': 'Token perencana',
		'scenarios.error.tokenSubmit': 'Simpan token dan coba lagi',
		'scenarios.error.tooLarge':
			'Skenario terlalu besar untuk server (lebih dari 64 KB). Persingkat keterangannya atau kurangi masukan per unit/per tahun, lalu coba lagi.',
		'scenarios.error.gone':
			'Skenario ini sudah dihapus dari server. Simpan sebagai skenario baru agar masukan di layar tidak hilang.',
		'scenarios.error.deleteConflict':
			'"{name}" diubah orang lain (versi {theirs}, {time}) setelah daftar dimuat, jadi tidak dihapus. Daftar sudah dimuat ulang; periksa lalu hapus lagi bila perlu.',
		'scenarios.error.network':
			'Server tidak dapat dihubungi. Tidak ada yang hilang: masukan tetap di layar. Periksa jaringan lalu coba lagi.',
		'scenarios.error.other': '{message} Masukan tetap di layar; coba lagi.',
		'scenarios.error.roster':
			'Data pegawai tidak dapat disimpan di server, jadi skenario juga belum disimpan.',
		'scenarios.error.roster.tooLarge':
			'Data pegawai lebih besar dari yang diterima server (paling banyak {max} MB). Simpan tanpa mencentang kotak data pegawai, atau hubungi administrator.',
		'scenarios.error.roster.invalid': 'Server menolak data pegawai. {message}',
		'scenarios.error.roster.network':
			'Server tidak dapat dihubungi. Masukan tetap di layar; periksa jaringan lalu coba lagi.',
		'scenarios.error.roster.other': '{message}',
		'scenarios.error.retry': 'Coba lagi',
		'scenarios.error.dismiss': 'Tutup pesan kesalahan',

		// Importing a JSON file
		'scenarios.file.failed': 'Berkas "{file}" tidak dapat diimpor; layar tidak berubah.',
		'scenarios.file.tooLarge': 'Berkas terlalu besar ({size} KB); skenario paling besar {max} KB.',
		'scenarios.file.notJson': 'Isinya bukan JSON yang sah ({message}).',
		'scenarios.file.unknownField': '{path}: kolom ini tidak dikenal; hapus.',
		'scenarios.file.unknownInput': '{path}: bukan masukan simulator ini; hapus.',
		'scenarios.file.schemaVersion':
			'schemaVersion: berkas ini berformat {got}; aplikasi ini membaca format {supported}.',
		'scenarios.file.missing': '{path}: wajib diisi.',
		'scenarios.file.type': '{path}: harus {expected}.',
		'scenarios.file.tooBig': '{path}: paling banyak {max}.',
		'scenarios.file.tooLong': '{path}: paling banyak {max} karakter.',
		'scenarios.file.tooSmall': '{path}: paling sedikit {min}.',
		'scenarios.file.other': '{path}: {message}',
		'scenarios.type.number': 'angka',
		'scenarios.type.string': 'teks',
		'scenarios.type.object': 'objek JSON',
		'scenarios.type.integer': 'bilangan bulat',

		// Opening a link, and what the planner says about the scenario it opened
		'scenarios.link.cannotOpen':
			'Tautan ini tidak dapat dibuka: {reason} Yang tampil adalah skenario bawaan (status quo).',
		'scenarios.link.newerSchema':
			'tautan dibuat oleh versi simulator yang lebih baru (format {got}); versi ini membaca format sampai {supported}. Buka di simulator yang sudah diperbarui.',
		'scenarios.link.badSchema':
			's (format tautan) harus bilangan bulat sampai {supported}; tertulis "{got}".',
		'scenarios.link.repeated': '{param} muncul lebih dari sekali; sisakan satu.',
		'scenarios.link.unknownInput': '{param} bukan masukan simulator ini; hapus dari tautan.',
		'scenarios.link.unknownAgencyParam':
			'{param} bukan data instansi yang dikenal simulator ini; hapus dari tautan.',
		'scenarios.link.decimalComma':
			'{param} harus ditulis dengan titik desimal: {suggestion}, bukan {got}.',
		'scenarios.link.notANumber': '{param} harus angka; tertulis "{got}".',
		'scenarios.link.notWhole': '{param} harus bilangan bulat; tertulis {got}.',
		'scenarios.link.outOfRange': '{param} harus antara {min} dan {max}; tertulis {got}.',
		'scenarios.link.notAChoice': '{param} harus salah satu dari {allowed}; tertulis "{got}".',
		'scenarios.link.badId':
			'id harus id skenario tersimpan (huruf, angka, "-" dan "_"); tertulis "{got}".',
		'scenarios.link.badFormula': '{param} bukan rumus yang dapat dipakai: {messageId}',
		'scenarios.link.invalid': '{param}: {message}',
		'scenarios.link.modelVersion':
			'Tautan ini dibuat dengan model versi {linkVersion}; simulator ini menjalankan versi {currentVersion}, jadi angkanya bisa berbeda dari saat tautan dibuat.',
		'scenarios.link.noModelVersion':
			'Tautan ini tidak menyebut versi model pembuatnya; simulator ini menjalankan versi {currentVersion}, jadi angkanya bisa berbeda dari saat tautan dibuat.',
		'scenarios.link.migrated':
			'Tautan ini memakai format lama ({from}) dan sudah diubah ke format {to}.',
		'scenarios.link.savedModelVersion':
			'Skenario ini disimpan dengan model versi {savedVersion}; simulator ini menjalankan versi {currentVersion}, jadi angkanya bisa berbeda dari saat disimpan.',
		'scenarios.link.savedMissing.link':
			'Skenario tersimpan dari tautan ini tidak ada lagi di server (mungkin sudah dihapus). Yang tampil adalah masukan dari tautan, belum disimpan.',
		'scenarios.link.savedMissing.default':
			'Skenario tersimpan dari tautan ini tidak ada lagi di server (mungkin sudah dihapus). Yang tampil adalah skenario bawaan (status quo).',
		'scenarios.link.storeUnavailable.link':
			'Skenario tersimpan tidak dapat dibaca dari server saat ini. Yang tampil adalah masukan dari tautan; muat ulang halaman nanti.',
		'scenarios.link.storeUnavailable.default':
			'Skenario tersimpan tidak dapat dibaca dari server saat ini. Yang tampil adalah skenario bawaan (status quo); muat ulang halaman nanti.',
		'scenarios.link.savedChanged':
			'Tautan ini dibuat dari versi {linkVersion} skenario "{name}"; sejak itu skenario disimpan lagi (versi {currentVersion}, {time}). Yang tampil adalah masukan dari tautan. Bila Anda menyimpan, Anda akan ditanya: muat versi terbaru atau simpan sebagai salinan.',
		'scenarios.link.notices': 'Catatan tentang skenario yang dibuka',
		'scenarios.link.dismiss': 'Tutup catatan'
	},
	en: {
		'scenarios.bar.label': 'Scenario',
		'scenarios.untitled': 'Unsaved scenario',
		'scenarios.unsaved': '● unsaved changes',
		'scenarios.unsaved.help':
			'The inputs on screen differ from the saved version. Save them so they are not lost.',
		'scenarios.untitledLink': 'Scenario from a link',
		'scenarios.fromLink': 'from a link',
		'scenarios.fromLink.help':
			'Opened from a shared link and not changed; the link keeps it. Save it to add it to the list of scenarios.',
		'scenarios.savedMeta': 'Version {version} · last saved {time}',
		'scenarios.actions': 'Scenario actions',
		'scenarios.save': 'Save',
		'scenarios.saveAs': 'Save as…',
		'scenarios.rename': 'Rename…',
		'scenarios.delete': 'Delete…',
		'scenarios.busy': 'Saving…',
		'scenarios.share': 'Share and files',
		'scenarios.copyLink': 'Copy link',
		'scenarios.copied': 'Link copied to the clipboard.',
		'scenarios.copyFallback':
			'The clipboard cannot be used here. Copy the link in this box (Ctrl+C).',
		'scenarios.linkField': 'Link to this scenario',
		'scenarios.export': 'Download JSON',
		'scenarios.import': 'Import JSON…',
		'scenarios.importFile': 'Scenario JSON file',
		'scenarios.imported': 'File "{name}" loaded on screen; not yet saved on the server.',
		'scenarios.views': 'Open in another view',
		'scenarios.compare': 'Compare',
		'scenarios.report': 'Report',
		'scenarios.meeting': 'Meeting mode',
		'scenarios.views.help':
			'Compare and Meeting mode use saved scenarios: the open one and those ticked in the list.',
		'scenarios.views.needSaved': 'Save this scenario or tick scenarios in the list to compare.',

		'scenarios.list.title': 'Saved scenarios',
		'scenarios.list.search': 'Search name, description or author',
		'scenarios.list.loading': 'Loading the list…',
		'scenarios.list.empty': 'No saved scenarios yet.',
		'scenarios.list.noMatch': 'No scenario matches "{search}".',
		'scenarios.list.count': '{count} scenarios',
		'scenarios.list.meta': 'Version {version} · {time}',
		'scenarios.list.by': 'by {author}',
		'scenarios.list.current': 'open now',
		'scenarios.list.open': 'Open',
		'scenarios.list.openLabel': 'Open {name}',
		'scenarios.list.duplicate': 'Duplicate',
		'scenarios.list.duplicateLabel': 'Duplicate {name}',
		'scenarios.list.delete': 'Delete',
		'scenarios.list.deleteLabel': 'Delete {name}',
		'scenarios.list.select': 'Select {name} to compare',
		'scenarios.list.failed': 'The list cannot be loaded: {message}',
		'scenarios.list.retry': 'Reload the list',

		'scenarios.dialog.cancel': 'Cancel',
		'scenarios.name.save': 'Save the scenario',
		'scenarios.name.saveAs': 'Save as a new scenario',
		'scenarios.name.rename': 'Rename the scenario',
		'scenarios.name.copy': 'Save my version as a copy',
		'scenarios.name.saveAsHelp':
			'A new scenario is made from the inputs on screen; "{name}" stays as saved.',
		'scenarios.name.renameHelp':
			'Only the name and description change; the inputs on screen are not saved with them.',
		'scenarios.name.label': 'Name',
		'scenarios.name.description': 'Description (optional)',
		'scenarios.name.required': 'Enter a name for the scenario.',
		'scenarios.name.submit': 'Save',
		'scenarios.name.submitRename': 'Rename',
		'scenarios.copyName': '{name} (copy)',
		'scenarios.delete.title': 'Delete the scenario?',
		'scenarios.delete.body':
			'"{name}" (version {version}) will be deleted from the server for everyone. This cannot be undone.',
		'scenarios.delete.openNote':
			'This scenario is open: its inputs stay on screen as an unsaved scenario.',
		'scenarios.delete.confirm': 'Yes, delete',
		'scenarios.conflict.title': 'Someone else changed this scenario',
		'scenarios.conflict.body':
			'You opened "{name}" at version {mine}. Meanwhile someone else saved version {theirs} at {time}{by}.',
		'scenarios.conflict.by': ' by {author}',
		'scenarios.conflict.safe':
			'Their version was not overwritten, and your changes are still on screen. Choose:',
		'scenarios.conflict.loadTheirs': 'Load their version',
		'scenarios.conflict.loadTheirsHelp': 'Your changes on screen are discarded.',
		'scenarios.conflict.saveCopy': 'Save mine as a copy',
		'scenarios.conflict.saveCopyHelp': 'A new scenario under another name; theirs stays.',
		'scenarios.replace.title': 'Replace what is on screen?',
		'scenarios.replace.body':
			'The inputs on screen are not saved and will be replaced by the file "{name}".',
		'scenarios.replace.confirm': 'Replace with the file',

		'scenarios.roster.legend': 'Staff data',
		'scenarios.roster.intro':
			'The numbers on screen come from imported staff data ({people} people, {units} units), not the default roster. The scenario always records that roster’s fingerprint ({fingerprint}): a code, not personal data. The staff data itself stays in this browser unless you tick the box below.',
		'scenarios.roster.store': 'Also store the staff data on the server',
		'scenarios.roster.what':
			'What is stored: for every person, the id, unit, post type, education, training (leadership, functional, seminars, technical JP), SKP rating and disciplinary punishment, and the field-of-study match and years to retirement where the file had them; {people} people, {units} units. Other columns of the file (names, say) are not.',
		'scenarios.roster.where':
			'Where: this server’s database. It stays there even if the scenario is deleted, until an administrator removes it.',
		'scenarios.roster.who.token': 'Who can read it: only holders of this server’s planner token.',
		'scenarios.roster.who.open':
			'Who can read it: anyone who can reach this server (it does not use a planner token).',
		'scenarios.roster.who.unknown':
			'Who can read it: anyone who can reach this server, or only holders of the planner token if the server uses one.',
		'scenarios.roster.unchecked':
			'Unticked, reports and comparisons of this scenario on the server use the default roster, with a warning.',
		'scenarios.roster.title': 'Save with the imported staff data',
		'scenarios.roster.submit': 'Save',

		'scenarios.notice.created': 'Saved as "{name}".',
		'scenarios.notice.saved': '"{name}" saved (version {version}).',
		'scenarios.notice.renamed': 'Renamed to "{name}".',
		'scenarios.notice.duplicated': 'Copy made: "{name}".',
		'scenarios.notice.deleted': '"{name}" deleted.',
		'scenarios.notice.alreadyDeleted': '"{name}" was already deleted by someone else.',
		'scenarios.notice.loadedTheirs': 'Version {version} of "{name}" loaded.',
		'scenarios.notice.rosterStored': 'The staff data ({people} people) is stored on the server.',
		'scenarios.notice.rosterKept':
			'The staff data stays in this browser; the scenario records only its fingerprint.',
		'scenarios.notice.dismiss': 'Dismiss the message',

		'scenarios.error.title': 'Not saved',
		'scenarios.error.invalid':
			'The server refused this scenario. Fix the following, then try again:',
		'scenarios.error.unauthorized':
			'This server needs a planner token to save, rename or delete. Enter the token from your administrator.',
		'scenarios.error.tokenRejected': 'The token stored in this browser was refused.',
		'scenarios.error.token': 'Planner token',
		'scenarios.error.tokenSubmit': 'Store the token and try again',
		'scenarios.error.tooLarge':
			'The scenario is too large for the server (over 64 KB). Shorten its description or set fewer per-unit/per-year inputs, then try again.',
		'scenarios.error.gone':
			'This scenario was deleted from the server. Save it as a new scenario so the inputs on screen are kept.',
		'scenarios.error.deleteConflict':
			'"{name}" was changed by someone else (version {theirs}, {time}) after the list was loaded, so it was not deleted. The list has been reloaded; check it and delete again if needed.',
		'scenarios.error.network':
			'The server cannot be reached. Nothing was lost: the inputs stay on screen. Check the network and try again.',
		'scenarios.error.other': '{message} The inputs stay on screen; try again.',
		'scenarios.error.roster':
			'The staff data could not be stored on the server, so the scenario was not saved either.',
		'scenarios.error.roster.tooLarge':
			'The staff data is larger than the server accepts (at most {max} MB). Save without ticking the staff-data box, or ask your administrator.',
		'scenarios.error.roster.invalid': 'The server refused the staff data. {message}',
		'scenarios.error.roster.network':
			'The server cannot be reached. The inputs stay on screen; check the network and try again.',
		'scenarios.error.roster.other': '{message}',
		'scenarios.error.retry': 'Try again',
		'scenarios.error.dismiss': 'Dismiss the error',

		'scenarios.file.failed': 'The file "{file}" cannot be imported; nothing on screen changed.',
		'scenarios.file.tooLarge': 'The file is too large ({size} KB); a scenario is at most {max} KB.',
		'scenarios.file.notJson': 'It is not valid JSON ({message}).',
		'scenarios.file.unknownField': '{path}: unknown field; remove it.',
		'scenarios.file.unknownInput': '{path}: not an input of this simulator; remove it.',
		'scenarios.file.schemaVersion':
			'schemaVersion: this file has format {got}; this app reads format {supported}.',
		'scenarios.file.missing': '{path}: required.',
		'scenarios.file.type': '{path}: must be {expected}.',
		'scenarios.file.tooBig': '{path}: at most {max}.',
		'scenarios.file.tooLong': '{path}: at most {max} characters.',
		'scenarios.file.tooSmall': '{path}: at least {min}.',
		'scenarios.file.other': '{path}: {message}',
		'scenarios.type.number': 'a number',
		'scenarios.type.string': 'text',
		'scenarios.type.object': 'a JSON object',
		'scenarios.type.integer': 'a whole number',

		'scenarios.link.cannotOpen':
			'This link cannot be opened: {reason} The default scenario (status quo) is shown instead.',
		'scenarios.link.newerSchema':
			'the link was made by a newer version of the simulator (format {got}); this one reads formats up to {supported}. Open it on an updated simulator.',
		'scenarios.link.badSchema':
			's (the link format) must be a whole number up to {supported}; got "{got}".',
		'scenarios.link.repeated': '{param} appears more than once; keep one.',
		'scenarios.link.unknownInput':
			'{param} is not an input of this simulator; remove it from the link.',
		'scenarios.link.unknownAgencyParam':
			'{param} is not an agency figure this simulator knows; remove it from the link.',
		'scenarios.link.decimalComma':
			'{param} must be written with a decimal dot: {suggestion}, not {got}.',
		'scenarios.link.notANumber': '{param} must be a number; got "{got}".',
		'scenarios.link.notWhole': '{param} must be a whole number; got {got}.',
		'scenarios.link.outOfRange': '{param} must be between {min} and {max}; got {got}.',
		'scenarios.link.notAChoice': '{param} must be one of {allowed}; got "{got}".',
		'scenarios.link.badId':
			'id must be a saved scenario’s id (letters, digits, "-" and "_"); got "{got}".',
		'scenarios.link.badFormula': '{param} is not a usable formula: {messageEn}',
		'scenarios.link.invalid': '{param}: {message}',
		'scenarios.link.modelVersion':
			'This link was made with model version {linkVersion}; this simulator runs {currentVersion}, so the numbers may differ from when the link was made.',
		'scenarios.link.noModelVersion':
			'This link does not say which model version made it; this simulator runs {currentVersion}, so the numbers may differ from when the link was made.',
		'scenarios.link.migrated':
			'This link uses an older format ({from}); it was converted to format {to}.',
		'scenarios.link.savedModelVersion':
			'This scenario was saved with model version {savedVersion}; this simulator runs {currentVersion}, so the numbers may differ from when it was saved.',
		'scenarios.link.savedMissing.link':
			'The saved scenario of this link is no longer on the server (it may have been deleted). The link’s inputs are shown, unsaved.',
		'scenarios.link.savedMissing.default':
			'The saved scenario of this link is no longer on the server (it may have been deleted). The default scenario (status quo) is shown.',
		'scenarios.link.storeUnavailable.link':
			'Saved scenarios cannot be read from the server right now. The link’s inputs are shown; reload the page later.',
		'scenarios.link.storeUnavailable.default':
			'Saved scenarios cannot be read from the server right now. The default scenario (status quo) is shown; reload the page later.',
		'scenarios.link.savedChanged':
			'This link was made from version {linkVersion} of "{name}"; it has been saved again since (version {currentVersion}, {time}). The link’s inputs are shown. If you save, you will be asked: load the latest version, or save yours as a copy.',
		'scenarios.link.notices': 'Notes on the scenario opened',
		'scenarios.link.dismiss': 'Close the notes'
	}
});
