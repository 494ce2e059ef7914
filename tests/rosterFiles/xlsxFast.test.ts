/**
 * The fast workbook reader gives exactly what exceljs + cellText give: the same sheets and the
 * same rows of cell texts, for workbooks written by exceljs (every kind of value a roster may
 * hold) and for hand-written sheet XML (the forms Excel and other programs write); where it
 * gives up, exceljs reads the file.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook, type OpenWorkbook } from '../../src/lib/rosterFiles/workbook';
import { readXlsxFast } from '../../src/lib/rosterFiles/xlsxFast';
import { readRosterFile } from '../../src/lib/rosterFiles/readRosterFile';

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (n: number) => Math.floor(next() * n),
		pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
		chance: (p: number) => next() < p
	};
}
type Random = ReturnType<typeof random>;

const WORDS = [
	'Sekretariat',
	'Bidang Anggaran',
	'Badan Pengelolaan Keuangan dan Aset Daerah',
	'Pranata Komputer Ahli Pertama',
	'Sangat Baik',
	'tidak ada',
	'ringan',
	'S-1',
	'D-III',
	'Kepala Sub Bagian Umum & Kepegawaian',
	'"kutip" dan \'apostrof\'',
	'&<>"\'',
	'a &amp; b',
	'&lt;tag&gt;',
	'  spasi di depan',
	'spasi di belakang  ',
	'   ',
	'baris\nbaru',
	'baris\r\nwindows',
	'tab\there',
	'_x000D_ literal',
	'Ñoño çà ü — “typo” …',
	'日本語',
	'emoji 👩‍💼',
	'198001012005011001',
	'0012',
	'1e5',
	'22,5',
	'true',
	'#N/A',
	'=1+1',
	'x'
];

const DATE_FORMATS = [
	'dd/mm/yyyy',
	'yyyy-mm-dd',
	'd-mmm-yy',
	'h:mm',
	'mm/dd/yy hh:mm',
	'[$-421]dd mmmm yyyy'
];
const NUMBER_FORMATS = ['0.00', '#,##0', '0%', '[Red]0.0', '"d"0', '@', '0.00E+00', '"Rp"#,##0'];

function randomNumber(r: Random): number {
	switch (r.int(8)) {
		case 0:
			return r.int(100);
		case 1:
			return Math.round(r.next() * 1e4) / 100;
		case 2:
			return -r.int(1e6);
		case 3:
			return r.next() * 1e21;
		case 4:
			return r.next() / 1e7;
		case 5:
			return 1980 + r.int(50);
		case 6:
			return 0;
		default:
			return 0.1 + 0.2;
	}
}

function randomText(r: Random): string {
	if (r.chance(0.3)) return `${r.pick(WORDS)} ${r.int(100000)}`;
	return r.pick(WORDS);
}

/** A random cell value as exceljs writes it, and sometimes a number format for its cell. */
function randomCell(r: Random): { value: ExcelJS.CellValue; numFmt?: string } {
	switch (r.int(14)) {
		case 0:
		case 1:
		case 2:
			return { value: randomText(r) };
		case 3:
		case 4:
			return { value: randomNumber(r) };
		case 5:
			return { value: r.chance(0.5) };
		case 6:
			return {
				value: new Date(Date.UTC(1950 + r.int(100), r.int(12), 1 + r.int(28), r.int(24), r.int(60)))
			};
		case 7: {
			const result = r.pick<ExcelJS.CellValue | undefined>([
				randomNumber(r),
				randomText(r),
				r.chance(0.5),
				{ error: '#DIV/0!' } as ExcelJS.CellErrorValue,
				undefined
			]);
			return {
				value: { formula: 'A1&"x"', result } as ExcelJS.CellFormulaValue,
				numFmt: r.chance(0.3) ? r.pick(DATE_FORMATS) : undefined
			};
		}
		case 8:
			return {
				value: {
					richText: [
						{ text: randomText(r) },
						{ font: { bold: true, color: { argb: 'FFFF0000' } }, text: randomText(r) },
						...(r.chance(0.3) ? [{ font: { italic: true }, text: ' & <b>' }] : [])
					]
				}
			};
		case 9:
			return { value: randomNumber(r), numFmt: r.pick([...DATE_FORMATS, ...NUMBER_FORMATS]) };
		case 10:
			return { value: { error: r.pick(['#N/A', '#REF!', '#VALUE!']) } as ExcelJS.CellErrorValue };
		case 11:
			return { value: { text: randomText(r), hyperlink: 'https://example.org/?a=1&b=2' } };
		case 12:
			// A formatted empty cell (kept by Excel, no value).
			return { value: null, numFmt: r.pick(DATE_FORMATS) };
		default:
			return { value: null };
	}
}

/** A random workbook: several sheets, a title block, blank rows and cells, every kind of value. */
async function randomWorkbook(seed: number): Promise<Uint8Array> {
	const r = random(seed);
	const wb = new ExcelJS.Workbook();
	if (r.chance(0.2)) wb.properties.date1904 = true;
	const sheetCount = 1 + r.int(4);
	for (let k = 0; k < sheetCount; k++) {
		const ws = wb.addWorksheet(
			`${r.pick(['Pegawai', 'Data & Info', 'Sheet', 'Rekap "A"'])} ${k + 1}`,
			{
				state: k > 0 && r.chance(0.25) ? r.pick(['hidden', 'veryHidden'] as const) : 'visible'
			}
		);
		if (r.chance(0.2)) continue; // an empty sheet
		let row = 1;
		if (r.chance(0.6)) {
			ws.getCell(row, 1).value = 'DATA PEGAWAI BPKAD KOTA BONTANG';
			ws.mergeCells(row, 1, row, 5);
			row += 1 + r.int(3);
		}
		const columns = 1 + r.int(14);
		ws.getRow(row).values = Array.from({ length: columns }, (_, j) => `kolom ${j + 1}`);
		const rows = r.int(60);
		for (let k2 = 0; k2 < rows; k2++) {
			row += r.chance(0.1) ? 2 + r.int(3) : 1;
			for (let j = 1; j <= columns + (r.chance(0.1) ? 3 : 0); j++) {
				if (r.chance(0.25)) continue;
				const { value, numFmt } = randomCell(r);
				const cell = ws.getCell(row, j);
				cell.value = value;
				if (numFmt) cell.numFmt = numFmt;
			}
		}
	}
	const buffer = await wb.xlsx.writeBuffer({ useSharedStrings: r.chance(0.7) } as never);
	return new Uint8Array(buffer);
}

/** Every sheet and all its rows, as the roster reader sees them. */
function whole(book: OpenWorkbook) {
	return book.sheets.map((sheet, k) => ({ ...sheet, content: book.rows(k) }));
}

async function byExceljs(bytes: Uint8Array) {
	const opened = await openWorkbook(bytes, { reader: 'exceljs' });
	return opened.ok ? whole(opened.book) : null;
}

function byFastReader(bytes: Uint8Array) {
	const sheets = readXlsxFast(bytes);
	return (
		sheets &&
		sheets.map((s) => ({ name: s.name, rows: s.rows.length, hidden: s.hidden, content: s.rows }))
	);
}

describe('the fast workbook reader', () => {
	it('reads 80 random workbooks written by exceljs exactly as exceljs + cellText', async () => {
		let cells = 0;
		for (let seed = 1; seed <= 80; seed++) {
			const bytes = await randomWorkbook(seed);
			const expected = await byExceljs(bytes);
			expect(expected, `seed ${seed}`).not.toBeNull();
			const fast = byFastReader(bytes);
			expect(fast, `seed ${seed}: the fast reader gave up`).not.toBeNull();
			expect(fast, `seed ${seed}`).toEqual(expected);
			for (const sheet of fast!) for (const row of sheet.content) cells += row.cells.length;
		}
		expect(cells).toBeGreaterThan(5000);
	}, 60_000);

	it('is what openWorkbook uses, with head() and rows() as before', async () => {
		const bytes = await randomWorkbook(7);
		const opened = await openWorkbook(bytes);
		const reference = await openWorkbook(bytes, { reader: 'exceljs' });
		expect(opened.ok && reference.ok).toBe(true);
		if (!opened.ok || !reference.ok) return;
		expect(opened.book.sheets).toEqual(reference.book.sheets);
		for (let k = 0; k < opened.book.sheets.length; k++) {
			expect(opened.book.head(k, 3)).toEqual(reference.book.head(k, 3));
			expect(opened.book.rows(k)).toEqual(reference.book.rows(k));
		}
	});
});

// -------------------------------------------------------------------------------------------
// Hand-written parts

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

interface Parts {
	sheets: { name: string; xml: string; state?: string }[];
	shared?: string[];
	styles?: string;
	workbookPr?: string;
}

const STYLES = `${DECL}<styleSheet ${MAIN}><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00\\ &quot;hari&quot;"/><numFmt numFmtId="14" formatCode="0.0"/></numFmts>
<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0"><alignment wrapText="1"/></xf><xf numFmtId="30" fontId="0" fillId="0" borderId="0"/></cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs></styleSheet>`;

function zipParts(p: Parts): Uint8Array {
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(
			`${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
		),
		'xl/workbook.xml': strToU8(
			`${DECL}<workbook ${MAIN} ${REL}>${p.workbookPr ?? ''}<sheets>${p.sheets
				.map(
					(s, k) =>
						`<sheet name="${s.name}" sheetId="${k + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${k + 1}"/>`
				)
				.join('')}</sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${p.sheets
				.map(
					(_, k) =>
						`<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${k % 2 ? '/xl/' : ''}worksheets/sheet${k + 1}.xml"/>`
				)
				.join('')}</Relationships>`
		)
	};
	p.sheets.forEach((s, k) => {
		files[`xl/worksheets/sheet${k + 1}.xml`] = strToU8(
			`${DECL}<worksheet ${MAIN} ${REL}><dimension ref="A1"/><sheetData>${s.xml}</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`
		);
	});
	if (p.shared)
		files['xl/sharedStrings.xml'] = strToU8(
			`${DECL}<sst ${MAIN} count="${p.shared.length}">${p.shared.join('')}</sst>`
		);
	if (p.styles) files['xl/styles.xml'] = strToU8(p.styles);
	return zipSync(files);
}

const SHARED = [
	'<si><t>Nama</t></si>',
	'<si><t xml:space="preserve">  Bidang &amp; Seksi  </t></si>',
	'<si><r><t>Sangat </t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Baik</t></r></si>',
	'<si><t>baris_x000D_\r\nbaru &#x41;&#66; &lt;&gt;&quot;&apos;</t><phoneticPr fontId="1"/></si>',
	'<si/>',
	'<si><t/></si>',
	'<si><r><rPr><i/></rPr></r><r><t>_x0041_ run</t></r></si>',
	'<si>\n  <t>indented</t>\n</si>'
];

/** Sheet XML fragments: every cell form the reader handles. */
const CELLS = [
	'<c r="A1" t="s"><v>0</v></c>',
	'<c r="B1" t="s"><v>1</v></c>',
	'<c t="s"><v>2</v></c>',
	'<c t="s"><v>3</v></c>',
	'<c r="E1" t="s"><v>4</v></c>',
	'<c t="s"><v>5</v></c>',
	'<c t="s"><v>6</v></c>',
	'<c t="s"><v>7</v></c>',
	'<c r="F1"><v>22.5</v></c>',
	'<c><v>-1.25E-3</v></c>',
	'<c t="n"><v> 42 </v></c>',
	'<c r="B2"/>',
	'<c s="0"/>',
	'<c r="C3" s="1"/>',
	'<c s="1"><v>44227</v></c>',
	'<c s="1"><v>44227.75</v></c>',
	'<c s="2"><v>3</v></c>',
	'<c s="3"><v>44227</v></c>',
	'<c s="4"><v>44227.5</v></c>',
	'<c s="5"><v>44227</v></c>',
	'<c s="99"><v>44227</v></c>',
	'<c t="b"><v>1</v></c>',
	'<c t="b"><v>0</v></c>',
	'<c t="e"><v>#N/A</v></c>',
	'<c t="str"><f>A1&amp;"x"</f><v>a &amp;amp; b &amp;lt;</v></c>',
	'<c t="str"><v>plain &amp;quot;str&amp;quot;</v></c>',
	'<c t="str" s="1"><f>"44227"</f><v>44227</v></c>',
	'<c t="b" s="1"><f>TRUE</f><v>1</v></c>',
	'<c t="e"><f>1/0</f><v>#DIV/0!</v></c>',
	'<c s="1"><f>A1+1</f><v>44228</v></c>',
	'<c><f>SUM(A1:A2)</f></c>',
	'<c><f t="shared" si="0"/><v>7</v></c>',
	'<c><f t="shared" ref="A1:A3" si="1">B1*2</f></c>',
	'<c><f></f><v>8</v></c>',
	'<c><f t="shared" si="1"/><v>11</v></c>',
	'<c><f t="shared" ref="B1:B9" si="2">C1</f><v>12</v></c>',
	'<c><f t="shared" si="2"/><v>13</v></c>',
	'<c><f t="shared" si="2"/><v>0</v></c>',
	'<c><f>A1*0</f><v>0</v></c>',
	'<c t="b"><f>FALSE</f><v>0</v></c>',
	'<c t="b" s="1"><f>FALSE</f><v>0</v></c>',
	'<c s="1"><f>A1*0</f><v>0</v></c>',
	'<c><f t="array" ref="A1">SUM(1)</f><v>1</v></c>',
	'<c><f t="array" ref="A1"/><v>2</v></c>',
	'<c t="inlineStr"><is><t xml:space="preserve"> inline &amp; _x000D_ </t></is></c>',
	'<c t="inlineStr"><is><r><t>ka</t></r><r><rPr><b/></rPr><t>ya_x0020_</t></r></is></c>',
	'<c t="inlineStr"><is><t/></is></c>',
	'<c t="inlineStr" s="3"><is><t>with style</t></is></c>',
	'<c t="d"><v>2021-01-31T00:00:00</v></c>',
	'<c t="str"><v>line\r\nend\rcr &#13; ref</v></c>',
	'<c t="s"><v>1.9</v></c>',
	'<c r="Z9"><v>1e400</v></c>',
	'<c><v>abc</v></c>',
	'<c>\n  <v>9</v>\n</c>'
];

function randomSheetXml(r: Random): string {
	let xml = '';
	let row = 0;
	const rows = 1 + r.int(12);
	for (let k = 0; k < rows; k++) {
		row += 1 + (r.chance(0.2) ? r.int(3) : 0);
		const style = r.chance(0.1) ? ' s="1" customFormat="1"' : '';
		if (r.chance(0.1)) {
			xml += `<row r="${row}"${style}/>`;
			continue;
		}
		let cells = '';
		let col = 0;
		const n = r.int(10);
		for (let j = 0; j < n; j++) {
			col += 1 + (r.chance(0.2) ? r.int(3) : 0);
			// Cells keep their `r` unless the generator drops it (then exceljs takes the next column;
			// on a row's first cell it fails).
			const cell = r.pick(CELLS).replace(/ r="[A-Z]+\d+"/, '');
			const keep = j === 0 ? r.chance(0.97) : r.chance(0.8);
			cells += keep ? cell.replace('<c', `<c r="${columnName(col)}${row}"`) : cell;
		}
		xml += `<row r="${row}" spans="1:${Math.max(1, col)}" x14ac:dyDescent="0.25">${cells}</row>${r.chance(0.3) ? '\n' : ''}`;
	}
	return xml;
}

function columnName(col: number): string {
	let s = '';
	for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
		s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
	return s;
}

describe('the fast workbook reader on hand-written sheet XML', () => {
	it('reads every cell form as exceljs does, or gives up where exceljs fails', async () => {
		let read = 0;
		let gaveUp = 0;
		for (let seed = 1; seed <= 150; seed++) {
			const r = random(seed * 7919);
			const bytes = zipParts({
				sheets: Array.from({ length: 1 + r.int(3) }, (_, k) => ({
					name: r.pick(['Pegawai', 'R&amp;D', 'Data &lt;2024&gt;', 'Rekap']) + ` ${k}`,
					state: r.chance(0.2) ? 'hidden' : undefined,
					xml: randomSheetXml(r)
				})),
				shared: SHARED,
				styles: STYLES,
				workbookPr: r.chance(0.3) ? '<workbookPr date1904="1"/>' : '<workbookPr/>'
			});
			const expected = await byExceljs(bytes);
			const fast = byFastReader(bytes);
			if (fast === null) {
				// Only where exceljs fails too (it then reports why).
				expect(expected, `seed ${seed}`).toBeNull();
				gaveUp++;
			} else {
				read++;
				expect(fast, `seed ${seed}`).toEqual(expected);
			}
		}
		// The forms above are all read; only a cell without `r` at the start of a row is left.
		expect(read).toBeGreaterThan(100);
		expect(gaveUp).toBeGreaterThan(0);
		expect(gaveUp + read).toBe(150);
	}, 60_000);

	it.each([
		[
			'a cell without r first in its row',
			{ sheets: [{ name: 'A', xml: '<row r="1"><c t="b"><v>1</v></c></row>' }] }
		],
		[
			'rows out of order',
			{
				sheets: [
					{
						name: 'A',
						xml: '<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>'
					}
				]
			}
		],
		['a row without r', { sheets: [{ name: 'A', xml: '<row><c r="A1"><v>1</v></c></row>' }] }],
		[
			'a shared string not there',
			{
				sheets: [{ name: 'A', xml: '<row r="1"><c r="A1" t="s"><v>9</v></c></row>' }],
				shared: ['<si><t>x</t></si>']
			}
		],
		[
			'phonetic text in a cell',
			{
				sheets: [
					{
						name: 'A',
						xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t><rPh sb="0" eb="1"><t>b</t></rPh></is></c></row>'
					}
				]
			}
		],
		[
			'CDATA',
			{
				sheets: [{ name: 'A', xml: '<row r="1"><c r="A1" t="str"><v><![CDATA[x]]></v></c></row>' }]
			}
		],
		['a sheet name exceljs refuses', { sheets: [{ name: 'History', xml: '' }] }],
		[
			'a control character',
			{ sheets: [{ name: 'A', xml: '<row r="1"><c r="A1" t="str"><v>a\u0001</v></c></row>' }] }
		]
	] as [string, Parts][])('gives up on %s (exceljs reads or refuses it)', (_, parts) => {
		expect(readXlsxFast(zipParts({ styles: STYLES, ...parts }))).toBeNull();
	});

	it('gives up on what is not a workbook', () => {
		expect(readXlsxFast(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toBeNull();
		expect(readXlsxFast(zipSync({ 'a.txt': strToU8('x') }))).toBeNull();
	});

	it('leaves a chart sheet out as exceljs does', async () => {
		const bytes = zipParts({
			sheets: [{ name: 'A', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }]
		});
		// Add a chart sheet between: listed in the workbook, not a worksheet.
		const { unzipSync } = await import('fflate');
		const files = unzipSync(bytes);
		const text = new TextDecoder().decode(files['xl/workbook.xml']);
		files['xl/workbook.xml'] = strToU8(
			text.replace('<sheets>', '<sheets><sheet name="Grafik" sheetId="9" r:id="rId9"/>')
		);
		const rels = new TextDecoder().decode(files['xl/_rels/workbook.xml.rels']);
		files['xl/_rels/workbook.xml.rels'] = strToU8(
			rels.replace(
				'</Relationships>',
				'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'
			)
		);
		files['xl/chartsheets/sheet1.xml'] = strToU8(`${DECL}<chartsheet ${MAIN}/>`);
		const withChart = zipSync(files);
		const fast = byFastReader(withChart);
		expect(fast).not.toBeNull();
		expect(fast).toEqual(await byExceljs(withChart));
		expect(fast!.map((s) => s.name)).toEqual(['A']);
	});
});

describe('a roster workbook read by the fast reader', () => {
	it('gives the same roster result as exceljs', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Pegawai');
		ws.addRow(['DATA PEGAWAI']);
		ws.addRow([]);
		ws.addRow([
			'NIP',
			'Nama',
			'id',
			'unit_kerja',
			'jenis_jabatan',
			'pendidikan',
			'diklat_kepemimpinan',
			'diklat_fungsional',
			'seminar_2_tahun',
			'jp_teknis_setahun',
			'predikat_skp',
			'hukuman_disiplin'
		]);
		for (let k = 1; k <= 40; k++)
			ws.addRow([
				`19800101200501100${k % 10}`,
				`Pegawai ${k}`,
				`P${k}`,
				k % 3 ? 'Sekretariat' : 'Bidang & Aset',
				'pelaksana',
				'S1',
				k % 2 === 0,
				'tidak',
				1,
				k * 1.5,
				k % 5 ? 'baik' : 'Sangat Baik',
				'tidak ada'
			]);
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		expect(readXlsxFast(bytes)).not.toBeNull();
		const fast = await readRosterFile(bytes);
		expect(fast.result.ok).toBe(true);
		// The same file through exceljs only: the rows are equal, so is everything after them.
		const reference = await openWorkbook(bytes, { reader: 'exceljs' });
		const opened = await openWorkbook(bytes);
		expect(opened.ok && reference.ok && whole(opened.book)).toEqual(
			reference.ok && whole(reference.book)
		);
	});
});
