/**
 * Roster file issues (CSV, xlsx, BKN's PIP ASN file) as one sentence each, in Bahasa Indonesia or English, telling the
 * user what to fix. Pure TypeScript (no Node APIs, no DOM).
 */

import type { RosterIssue, RosterIssueCode } from './issues';
import { ROSTER_COLUMN_BY_NAME, type RosterLang } from './columns';

/** Unit lists longer than this are cut with "and N more". */
const MAX_LISTED_UNITS = 20;

/** 1234567 → "1.234.567" (id) or "1,234,567" (en); no Intl needed. */
function formatCount(n: number, lang: RosterLang): string {
	const digits = String(Math.trunc(Math.abs(n)));
	const sep = lang === 'id' ? '.' : ',';
	let out = '';
	for (let i = 0; i < digits.length; i++) {
		if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
		out += digits[i];
	}
	return n < 0 ? '-' + out : out;
}

/** 1 → A, 27 → AA (spreadsheet column letters). */
export function columnLetter(index1: number): string {
	let n = Math.max(1, Math.floor(index1));
	let out = '';
	while (n > 0) {
		const m = (n - 1) % 26;
		out = String.fromCharCode(65 + m) + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}

function columnName(issue: RosterIssue): string {
	if (issue.column) return issue.column;
	if (issue.canonical) return issue.canonical;
	return issue.columnIndex ? columnLetter(issue.columnIndex) : '?';
}

/** Where a cell is: "Sel B7 (kolom X)" in a workbook, "Baris 7, kolom X" in a CSV file. */
function whereId(issue: RosterIssue): string {
	return issue.cell
		? `Sel ${issue.cell} (kolom ${columnName(issue)})`
		: `Baris ${issue.row}, kolom ${columnName(issue)}`;
}

function whereEn(issue: RosterIssue): string {
	return issue.cell
		? `Cell ${issue.cell} (column ${columnName(issue)})`
		: `Row ${issue.row}, column ${columnName(issue)}`;
}

/** `allowed` of `pip_levels_assumed`: "dimension|points|level|other levels" per entry. */
function levelList(issue: RosterIssue, readAs: string, also: string): string {
	return (issue.allowed ?? [])
		.map((entry) => {
			const [dimension, points, level, others] = entry.split('|');
			return `${dimension} ${points} ${readAs} ${level} (${also} ${others.split(',').join(', ')})`;
		})
		.join('; ');
}

function allowedText(issue: RosterIssue, lang: RosterLang): string {
	if (issue.canonical === 'unit' && issue.allowed) {
		const names = issue.allowed;
		if (names.length === 0) return lang === 'id' ? '(belum ada unit)' : '(no units defined)';
		const shown = names.slice(0, MAX_LISTED_UNITS).join(', ');
		const rest = names.length - MAX_LISTED_UNITS;
		if (rest <= 0) return shown;
		return lang === 'id'
			? `${shown}, dan ${formatCount(rest, lang)} lainnya`
			: `${shown}, and ${formatCount(rest, lang)} more`;
	}
	const spec = issue.canonical ? ROSTER_COLUMN_BY_NAME.get(issue.canonical) : undefined;
	if (spec) return spec.allowed[lang];
	return issue.allowed ? issue.allowed.join(', ') : '';
}

function quote(value: string | undefined): string {
	return `"${value ?? ''}"`;
}

type Formatter = (issue: RosterIssue, lang: RosterLang) => string;

const ID: Record<RosterIssueCode, Formatter> = {
	old_workbook: () =>
		'Berkas ini buku kerja Excel lama (.xls, Excel 97–2003) yang tidak bisa dibaca di sini. Di Excel pilih Simpan Sebagai → Buku Kerja Excel (.xlsx) atau CSV UTF-8, lalu pilih berkas itu.',
	unreadable_workbook: (i) =>
		`Berkas ini tampak seperti buku kerja Excel (.xlsx) tetapi tidak bisa dibuka (${i.value ?? 'rusak'}). Buka di Excel lalu simpan ulang sebagai Buku Kerja Excel (.xlsx) atau CSV UTF-8.`,
	unknown_sheet: (i) =>
		`Lembar ${quote(i.value)} tidak ada di buku kerja ini. Lembar yang ada: ${(i.allowed ?? []).join(', ')}.`,
	pip_impossible_points: (i) =>
		`${whereId(i)}: nilai ${quote(i.value)} tidak mungkin menurut buku aturan bawaan. Nilai yang mungkin: ${(i.allowed ?? []).join('; ')}. Periksa sel itu di berkas BKN.`,
	pip_total_mismatch: (i) =>
		`${whereId(i)}: total ${quote(i.value)} bukan jumlah keempat nilai dimensi (${(i.allowed ?? []).join('')}). Periksa baris itu di berkas BKN.`,
	sheet_read: (i, lang) =>
		`Dibaca lembar ${quote(i.value)} (buku kerja ini punya ${formatCount(i.count ?? 1, lang)} lembar). Pilih lembar lain di atas bila data ada di lembar lain.`,
	pip_recognised: (i, lang) =>
		`Berkas dikenali sebagai hasil pengukuran IP ASN dari BKN (PIP ASN, judul kolom di baris ${i.row}): ${formatCount(i.count ?? 0, lang)} pegawai. Data pegawai disusun ulang dari nilai tiap dimensi; nama dan NIP dibuang.`,
	pip_levels_assumed: (i) =>
		`Beberapa nilai berlaku untuk lebih dari satu tingkat: ${levelList(i, 'dibaca', 'juga')}. Nilai IP ASN sama, hanya tingkatnya yang dianggap.`,
	pip_defaults: (i) =>
		`Berkas BKN tidak memuat kolom ${(i.allowed ?? []).join(', ')}: diperlakukan seperti CSV tanpa kolom itu (kesesuaian bidang tidak diketahui, usia pensiun dari asumsi menurut jenis jabatan, tidak ada penyetaraan tercatat).`,
	pip_ambiguous: (i, lang) =>
		`${formatCount(i.count ?? 0, lang)} baris (pertama baris ${i.row}) punya nilai kompetensi yang bisa berasal dari lebih dari satu jenis jabatan atau pelatihan; yang dianggap tercantum di bawah. Nilai IP ASN tetap sama; untuk membetulkannya unduh CSV data pegawai, ubah, lalu impor kembali.`,
	pip_rows_skipped: (i, lang) =>
		`${formatCount(i.count ?? 0, lang)} baris tanpa nilai dimensi (pertama baris ${i.row}) bukan data pegawai (misalnya baris subjudul atau rata-rata) dan dilewati.`,
	not_text: (i) =>
		i.value === 'workbook'
			? 'Berkas ini buku kerja Excel, bukan CSV. Di Excel pilih Simpan Sebagai → CSV UTF-8 (dipisahkan koma), lalu pilih berkas CSV itu.'
			: 'Berkas ini bukan berkas teks (CSV). Simpan data pegawai sebagai CSV dari Excel, atau mulai dari templat.',
	read_as_windows_1252: () =>
		'Berkas dibaca sebagai Windows-1252 (CSV dari Excel lama), bukan UTF-8. Periksa nama unit dan jabatan yang memakai huruf seperti é atau –; untuk kepastian, simpan sebagai CSV UTF-8.',
	empty_file: () =>
		'Berkas kosong. Isi baris 1 dengan nama kolom dan baris berikutnya dengan data pegawai, atau mulai dari templat.',
	missing_column: (i) =>
		`Baris ${i.row ?? 1}: kolom wajib ${i.canonical} tidak ditemukan. Tambahkan kolom dengan judul ${(i.allowed ?? [i.canonical]).join(' atau ')}.`,
	duplicate_column: (i) =>
		`Baris ${i.row ?? 1}: kolom ${quote(i.firstColumn)} dan ${quote(i.column)} sama-sama berarti ${i.canonical}. Hapus salah satunya.`,
	invalid_value: (i, lang) =>
		`${whereId(i)}: nilai ${quote(i.value)} tidak dikenal. Yang diizinkan: ${allowedText(i, lang)}.`,
	missing_value: (i, lang) =>
		`${whereId(i)}: sel kosong, padahal wajib diisi. Yang diizinkan: ${allowedText(i, lang)}.`,
	negative_number: (i, lang) =>
		`${whereId(i)}: nilai ${quote(i.value)} negatif. Yang diizinkan: ${allowedText(i, lang)}.`,
	not_a_number: (i, lang) =>
		`${whereId(i)}: nilai ${quote(i.value)} bukan angka. Yang diizinkan: ${allowedText(i, lang)}.`,
	out_of_range: (i, lang) =>
		`${whereId(i)}: nilai ${quote(i.value)} di luar rentang. Yang diizinkan: ${allowedText(i, lang)}.`,
	duplicate_id: (i) =>
		`${whereId(i)}: id ${quote(i.value)} sudah dipakai di baris ${i.firstRow}. Beri setiap pegawai id yang berbeda.`,
	unknown_unit: (i, lang) =>
		`${whereId(i)}: unit ${quote(i.value)} tidak ada dalam daftar unit. Yang diizinkan: ${allowedText(i, lang)}.`,
	too_many_columns: (i) =>
		i.cell
			? `Sel ${i.cell}: ada isi ${quote(i.value)} di luar ${i.count} kolom yang berjudul. Beri kolom itu judul bila isinya dipakai, atau hapus isi itu.`
			: `Baris ${i.row}: ada isi ${quote(i.value)} di kolom ${columnLetter(i.columnIndex ?? 1)}, di luar ${i.count} kolom yang berjudul. Apit angka berkoma atau teks yang mengandung pemisah dengan tanda kutip ("..."), atau hapus isi itu.`,
	no_rows: (i) =>
		`Berkas hanya berisi baris judul. Tambahkan data pegawai mulai baris ${(i.row ?? 1) + 1}.`,
	too_many_rows: (i, lang) =>
		`Berkas berisi ${formatCount(i.count ?? 0, lang)} baris data, melebihi batas ${formatCount(i.limit ?? 0, lang)} baris. Bagi data menjadi beberapa berkas.`,
	line_too_long: (i, lang) =>
		`Baris ${i.row}: ${formatCount(i.count ?? 0, lang)} karakter, melebihi batas ${formatCount(i.limit ?? 0, lang)} karakter per baris. Periksa apakah berkas ini memang daftar pegawai (satu baris per pegawai).`,
	header_too_wide: (i, lang) =>
		`Baris ${i.row}: baris judul memiliki ${formatCount(i.count ?? 0, lang)} kolom, melebihi batas ${formatCount(i.limit ?? 0, lang)} kolom. Hapus kolom yang tidak dipakai.`,
	more_errors: (i, lang) =>
		`Masih ada ${formatCount(i.count ?? 0, lang)} kesalahan lain yang tidak ditampilkan. Perbaiki kesalahan di atas, lalu impor ulang berkas.`,
	unknown_column: (i) =>
		`Kolom ${quote(i.column)} tidak dikenal dan diabaikan. Periksa ejaannya bila kolom itu seharusnya dipakai.`,
	personal_data_dropped: (i) =>
		`Kolom ${quote(i.column)} berisi data pribadi dan dibuang; simulator tidak memerlukannya. Sebaiknya hapus kolom itu dari berkas.`,
	unnamed_column: (i) =>
		`Kolom ${columnLetter(i.columnIndex ?? 1)} tidak berjudul, jadi isinya diabaikan. Beri judul bila kolom itu seharusnya dipakai.`,
	id_looks_like_nip: (i, lang) =>
		`Kolom ${columnName(i)}: ${formatCount(i.count ?? 0, lang)} id tampak seperti NIP atau NIK (pertama di baris ${i.row}). Sebaiknya ganti dengan kode anonim, misalnya P001.`
};

const EN: Record<RosterIssueCode, Formatter> = {
	old_workbook: () =>
		'This file is an old Excel workbook (.xls, Excel 97–2003), which cannot be read here. In Excel choose Save As → Excel Workbook (.xlsx) or CSV UTF-8, then choose that file.',
	unreadable_workbook: (i) =>
		`This file looks like an Excel workbook (.xlsx) but could not be opened (${i.value ?? 'damaged'}). Open it in Excel and save it again as Excel Workbook (.xlsx) or CSV UTF-8.`,
	unknown_sheet: (i) =>
		`There is no sheet ${quote(i.value)} in this workbook. Its sheets: ${(i.allowed ?? []).join(', ')}.`,
	pip_impossible_points: (i) =>
		`${whereEn(i)}: the value ${quote(i.value)} cannot be given by the default rulebook. Possible values: ${(i.allowed ?? []).join('; ')}. Check that cell in the BKN file.`,
	pip_total_mismatch: (i) =>
		`${whereEn(i)}: the total ${quote(i.value)} is not the sum of the four dimension points (${(i.allowed ?? []).join('')}). Check that row in the BKN file.`,
	sheet_read: (i, lang) =>
		`Read the sheet ${quote(i.value)} (this workbook has ${formatCount(i.count ?? 1, lang)} sheets). Choose another sheet above if the data are on another one.`,
	pip_recognised: (i, lang) =>
		`Recognised as BKN's IP ASN result file (PIP ASN, column titles in row ${i.row}): ${formatCount(i.count ?? 0, lang)} people. The staff data are rebuilt from each dimension's points; names and NIPs are dropped.`,
	pip_levels_assumed: (i) =>
		`Some points belong to more than one level: ${levelList(i, 'read as', 'also')}. The IP ASN scores are the same; only the level is assumed.`,
	pip_defaults: (i) =>
		`The BKN file has no column ${(i.allowed ?? []).join(', ')}: treated as a CSV file without those columns (field of study unknown, retirement from the assumption by post type, no conversion recorded).`,
	pip_ambiguous: (i, lang) =>
		`${formatCount(i.count ?? 0, lang)} rows (the first is row ${i.row}) have competency points that more than one post type or training gives; what was assumed is listed below. The IP ASN scores are the same either way; to correct them, download the staff data as CSV, edit it and import it again.`,
	pip_rows_skipped: (i, lang) =>
		`${formatCount(i.count ?? 0, lang)} rows without dimension points (the first is row ${i.row}) are not staff rows (a subtitle or an average, say) and were skipped.`,
	not_text: (i) =>
		i.value === 'workbook'
			? 'This file is an Excel workbook, not a CSV file. In Excel choose Save As → CSV UTF-8 (Comma delimited), then choose that CSV file.'
			: 'This file is not a text (CSV) file. Save the staff data as CSV from Excel, or start from the template.',
	read_as_windows_1252: () =>
		'The file was read as Windows-1252 (CSV from older Excel), not UTF-8. Check unit and post names with letters such as é or –; to be sure, save as CSV UTF-8.',
	empty_file: () =>
		'The file is empty. Put the column names in row 1 and one person per row below, or start from the template.',
	missing_column: (i) =>
		`Row ${i.row ?? 1}: the required column ${i.canonical} is missing. Add a column titled ${(i.allowed ?? [i.canonical]).join(' or ')}.`,
	duplicate_column: (i) =>
		`Row ${i.row ?? 1}: columns ${quote(i.firstColumn)} and ${quote(i.column)} both mean ${i.canonical}. Remove one of them.`,
	invalid_value: (i, lang) =>
		`${whereEn(i)}: value ${quote(i.value)} is not recognised. Allowed: ${allowedText(i, lang)}.`,
	missing_value: (i, lang) =>
		`${whereEn(i)}: the cell is empty but required. Allowed: ${allowedText(i, lang)}.`,
	negative_number: (i, lang) =>
		`${whereEn(i)}: value ${quote(i.value)} is negative. Allowed: ${allowedText(i, lang)}.`,
	not_a_number: (i, lang) =>
		`${whereEn(i)}: value ${quote(i.value)} is not a number. Allowed: ${allowedText(i, lang)}.`,
	out_of_range: (i, lang) =>
		`${whereEn(i)}: value ${quote(i.value)} is out of range. Allowed: ${allowedText(i, lang)}.`,
	duplicate_id: (i) =>
		`${whereEn(i)}: id ${quote(i.value)} is already used in row ${i.firstRow}. Give each person a different id.`,
	unknown_unit: (i, lang) =>
		`${whereEn(i)}: unit ${quote(i.value)} is not in the list of units. Allowed: ${allowedText(i, lang)}.`,
	too_many_columns: (i) =>
		i.cell
			? `Cell ${i.cell}: there is content ${quote(i.value)} beyond the ${i.count} titled columns. Give that column a title if its content is meant, or delete it.`
			: `Row ${i.row}: there is content ${quote(i.value)} in column ${columnLetter(i.columnIndex ?? 1)}, beyond the ${i.count} titled columns. Put numbers with a decimal comma or text containing the separator in quotes ("..."), or delete that content.`,
	no_rows: (i) => `The file has only the header row. Add people from row ${(i.row ?? 1) + 1} on.`,
	too_many_rows: (i, lang) =>
		`The file has ${formatCount(i.count ?? 0, lang)} data rows, more than the limit of ${formatCount(i.limit ?? 0, lang)}. Split the data into several files.`,
	line_too_long: (i, lang) =>
		`Row ${i.row} has ${formatCount(i.count ?? 0, lang)} characters, more than the limit of ${formatCount(i.limit ?? 0, lang)} per line. Check that the file is a staff list (one row per person).`,
	header_too_wide: (i, lang) =>
		`Row ${i.row}: the header has ${formatCount(i.count ?? 0, lang)} columns, more than the limit of ${formatCount(i.limit ?? 0, lang)}. Delete the columns that are not used.`,
	more_errors: (i, lang) =>
		`There are ${formatCount(i.count ?? 0, lang)} more errors not shown. Fix the errors above, then import the file again.`,
	unknown_column: (i) =>
		`Column ${quote(i.column)} is not recognised and was ignored. Check its spelling if it should be used.`,
	personal_data_dropped: (i) =>
		`Column ${quote(i.column)} holds personal data and was dropped; the simulator does not need it. Consider removing it from the file.`,
	unnamed_column: (i) =>
		`Column ${columnLetter(i.columnIndex ?? 1)} has no title, so its content was ignored. Give it a title if it should be used.`,
	id_looks_like_nip: (i, lang) =>
		`Column ${columnName(i)}: ${formatCount(i.count ?? 0, lang)} ids look like a NIP or NIK (first in row ${i.row}). Consider replacing them with anonymous codes such as P001.`
};

/** One sentence telling the user what is wrong and what to do. */
export function formatRosterIssue(issue: RosterIssue, lang: RosterLang): string {
	return (lang === 'id' ? ID : EN)[issue.code](issue, lang);
}
