/**
 * Roster CSV issues as one sentence each, in Bahasa Indonesia or English, telling the
 * user what to fix. Pure TypeScript (no Node APIs, no DOM).
 */

import type { RosterIssue, RosterIssueCode } from './rosterCsv';
import { ROSTER_COLUMN_BY_NAME, type RosterLang } from './rosterColumns';

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
		`Baris ${i.row}, kolom ${columnName(i)}: nilai ${quote(i.value)} tidak dikenal. Yang diizinkan: ${allowedText(i, lang)}.`,
	missing_value: (i, lang) =>
		`Baris ${i.row}, kolom ${columnName(i)}: sel kosong, padahal wajib diisi. Yang diizinkan: ${allowedText(i, lang)}.`,
	negative_number: (i, lang) =>
		`Baris ${i.row}, kolom ${columnName(i)}: nilai ${quote(i.value)} negatif. Yang diizinkan: ${allowedText(i, lang)}.`,
	not_a_number: (i, lang) =>
		`Baris ${i.row}, kolom ${columnName(i)}: nilai ${quote(i.value)} bukan angka. Yang diizinkan: ${allowedText(i, lang)}.`,
	out_of_range: (i, lang) =>
		`Baris ${i.row}, kolom ${columnName(i)}: nilai ${quote(i.value)} di luar rentang. Yang diizinkan: ${allowedText(i, lang)}.`,
	duplicate_id: (i) =>
		`Baris ${i.row}, kolom ${columnName(i)}: id ${quote(i.value)} sudah dipakai di baris ${i.firstRow}. Beri setiap pegawai id yang berbeda.`,
	unknown_unit: (i, lang) =>
		`Baris ${i.row}, kolom ${columnName(i)}: unit ${quote(i.value)} tidak ada dalam daftar unit. Yang diizinkan: ${allowedText(i, lang)}.`,
	too_many_columns: (i) =>
		`Baris ${i.row}: ada isi ${quote(i.value)} di kolom ${columnLetter(i.columnIndex ?? 1)}, di luar ${i.count} kolom yang berjudul. Apit angka berkoma atau teks yang mengandung pemisah dengan tanda kutip ("..."), atau hapus isi itu.`,
	no_rows: (i) =>
		`Berkas hanya berisi baris judul. Tambahkan data pegawai mulai baris ${(i.row ?? 1) + 1}.`,
	too_many_rows: (i, lang) =>
		`Berkas berisi ${formatCount(i.count ?? 0, lang)} baris data, melebihi batas ${formatCount(i.limit ?? 0, lang)} baris. Bagi data menjadi beberapa berkas.`,
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
		`Row ${i.row}, column ${columnName(i)}: value ${quote(i.value)} is not recognised. Allowed: ${allowedText(i, lang)}.`,
	missing_value: (i, lang) =>
		`Row ${i.row}, column ${columnName(i)}: the cell is empty but required. Allowed: ${allowedText(i, lang)}.`,
	negative_number: (i, lang) =>
		`Row ${i.row}, column ${columnName(i)}: value ${quote(i.value)} is negative. Allowed: ${allowedText(i, lang)}.`,
	not_a_number: (i, lang) =>
		`Row ${i.row}, column ${columnName(i)}: value ${quote(i.value)} is not a number. Allowed: ${allowedText(i, lang)}.`,
	out_of_range: (i, lang) =>
		`Row ${i.row}, column ${columnName(i)}: value ${quote(i.value)} is out of range. Allowed: ${allowedText(i, lang)}.`,
	duplicate_id: (i) =>
		`Row ${i.row}, column ${columnName(i)}: id ${quote(i.value)} is already used in row ${i.firstRow}. Give each person a different id.`,
	unknown_unit: (i, lang) =>
		`Row ${i.row}, column ${columnName(i)}: unit ${quote(i.value)} is not in the list of units. Allowed: ${allowedText(i, lang)}.`,
	too_many_columns: (i) =>
		`Row ${i.row}: there is content ${quote(i.value)} in column ${columnLetter(i.columnIndex ?? 1)}, beyond the ${i.count} titled columns. Put numbers with a decimal comma or text containing the separator in quotes ("..."), or delete that content.`,
	no_rows: (i) => `The file has only the header row. Add people from row ${(i.row ?? 1) + 1} on.`,
	too_many_rows: (i, lang) =>
		`The file has ${formatCount(i.count ?? 0, lang)} data rows, more than the limit of ${formatCount(i.limit ?? 0, lang)}. Split the data into several files.`,
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
