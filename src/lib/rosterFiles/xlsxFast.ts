/**
 * The fast way to read a workbook's cell texts: unzip only the parts that hold them (fflate),
 * then scan the XML by hand, without building an object per cell. Gives exactly the rows and
 * texts that exceljs + `cellText` give (`workbook.ts` keeps exceljs for the rest): the same
 * sheets in the same order, the same rows with content, each cell's text as `cellText` writes
 * exceljs's value — shared and inline strings (rich text as its plain text, `_x000D_` escapes
 * where exceljs decodes them), formula results, booleans, errors, numbers, and numbers with a
 * date format as yyyy-mm-dd by exceljs's own test for a date format.
 *
 * Anything it is not sure to read as exceljs does (a part missing or laid out otherwise,
 * namespace prefixes, CDATA, comments, phonetic runs, rows out of order, a cell exceljs would
 * fail on) makes it give up: `readXlsxFast` returns null and the caller uses exceljs.
 * Pure TypeScript (no Node APIs, no DOM): runs in Node and in a Web Worker.
 */
import { unzipSync } from 'fflate';
import type { SheetRow } from './workbook';

/** One sheet as exceljs lists it, with all its rows with content. */
export interface FastSheet {
	name: string;
	hidden: boolean;
	rows: SheetRow[];
}

/** Thrown to give up: the caller falls back to exceljs. */
class GiveUp extends Error {}

function giveUp(why: string): never {
	throw new GiveUp(why);
}

/** The workbook's sheets and their rows, or null when exceljs must read it. */
export function readXlsxFast(bytes: Uint8Array): FastSheet[] | null {
	try {
		return readWorkbook(bytes);
	} catch {
		// A part we do not read as exceljs does, or a damaged file: exceljs decides.
		return null;
	}
}

// ---------------------------------------------------------------------------------------------
// The zip

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/** exceljs reads an entry by its name without a leading slash. */
const entryName = (name: string) => (name.charCodeAt(0) === 47 ? name.slice(1) : name);

const wanted = (name: string) =>
	name === WORKBOOK ||
	name === WORKBOOK_RELS ||
	name === SHARED_STRINGS ||
	name === STYLES ||
	WORKSHEET.test(name);

function unzipParts(bytes: Uint8Array): Map<string, Uint8Array> {
	const files = unzipSync(bytes, { filter: (file) => wanted(entryName(file.name)) });
	const parts = new Map<string, Uint8Array>();
	for (const [name, data] of Object.entries(files)) {
		const key = entryName(name);
		if (parts.has(key)) giveUp('entry twice');
		parts.set(key, data);
	}
	return parts;
}

const decoder = new TextDecoder('utf-8');

// ---------------------------------------------------------------------------------------------
// XML text as saxes (inside exceljs) gives it

const XML_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'"
};

/** Entities and character references; an unknown one makes saxes (and so exceljs) fail. */
function decodeEntities(s: string): string {
	let out = '';
	let from = 0;
	let amp = s.indexOf('&');
	while (amp >= 0) {
		const semi = s.indexOf(';', amp);
		if (semi < 0) giveUp('bad entity');
		const name = s.slice(amp + 1, semi);
		let ch: string | undefined;
		if (name.charCodeAt(0) === 35 /* # */) {
			const hex = name.charCodeAt(1) === 120; /* x */
			const digits = name.slice(hex ? 2 : 1);
			if (digits === '' || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits))
				giveUp('bad char ref');
			const code = parseInt(digits, hex ? 16 : 10);
			if (!isXmlChar(code)) giveUp('bad char ref');
			ch = String.fromCodePoint(code);
		} else ch = XML_ENTITIES[name];
		if (ch === undefined) giveUp('unknown entity');
		out += s.slice(from, amp) + ch;
		from = semi + 1;
		amp = s.indexOf('&', from);
	}
	return out + s.slice(from);
}

/** A character XML 1.0 allows (saxes fails on any other). */
const isXmlChar = (code: number) =>
	code === 0x9 ||
	code === 0xa ||
	code === 0xd ||
	(code >= 0x20 && code <= 0xd7ff) ||
	(code >= 0xe000 && code <= 0xfffd) ||
	(code >= 0x10000 && code <= 0x10ffff);

/** Characters XML 1.0 does not allow in a document, as saxes checks them. */
// eslint-disable-next-line no-control-regex -- these characters are what is looked for
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

const CR_LF = /\r\n?/g;

/** Text content: line ends made \n (XML end-of-line handling), then entities. */
function textOf(raw: string): string {
	if (raw.indexOf('<') >= 0) giveUp('markup in text');
	if (raw.indexOf('&') < 0 && raw.indexOf('\r') < 0) return raw;
	return decodeEntities(raw.indexOf('\r') >= 0 ? raw.replace(CR_LF, '\n') : raw);
}

/** An attribute value: line ends and tabs become spaces, then entities. */
function attrText(raw: string): string {
	let plain = true;
	for (let k = 0; k < raw.length && plain; k++) {
		const c = raw.charCodeAt(k);
		plain = c !== 38 && c !== 13 && c !== 10 && c !== 9;
	}
	if (plain) return raw;
	return decodeEntities(raw.replace(CR_LF, '\n').replace(/[\n\t]/g, ' '));
}

/** exceljs's `utils.xmlDecode`, applied to some texts a second time. */
function xmlDecode(text: string): string {
	if (text.indexOf('&') < 0) return text;
	return text.replace(/&([a-z]*);/g, (c) => {
		switch (c) {
			case '&lt;':
				return '<';
			case '&gt;':
				return '>';
			case '&amp;':
				return '&';
			case '&apos;':
				return "'";
			case '&quot;':
				return '"';
			default:
				return c;
		}
	});
}

/** exceljs's text element (`TextXform`): Excel's `_x000D_` escapes decoded. */
function escapesDecoded(text: string): string {
	if (text.indexOf('_x') < 0) return text;
	return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) =>
		String.fromCharCode(parseInt(hex, 16))
	);
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** After a tag name: whitespace, `>` or `/`. */
const endsName = (c: number) => isSpace(c) || c === 62 || c === 47;

/** `<name` (no prefix) starts at `at`. */
function tagAt(x: string, at: number, name: string): boolean {
	return x.startsWith(name, at + 1) && endsName(x.charCodeAt(at + 1 + name.length));
}

/** The document element must be `name`, unprefixed, after the declaration. */
function checkRoot(x: string, name: string): void {
	let at = x.indexOf('<');
	while (at >= 0 && x.charCodeAt(at + 1) === 63 /* <? */) {
		const end = x.indexOf('?>', at);
		if (end < 0) giveUp('declaration');
		at = x.indexOf('<', end + 2);
	}
	if (at < 0 || !tagAt(x, at, name)) giveUp(`not a ${name} part`);
	// exceljs skips CDATA and comments (saxes reports them apart), and fails on bad characters.
	if (x.indexOf('<!', at) >= 0) giveUp('CDATA, comment or DOCTYPE');
	if (NOT_XML.test(x)) giveUp('character XML does not allow');
}

/**
 * The attributes of the start tag from `from` (just after its name) to `end` (its `>`), by
 * name; values decoded. Used for the small parts; the sheet scanner reads its own.
 */
function attributes(x: string, from: number, end: number): Map<string, string> {
	const out = new Map<string, string>();
	const re = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
	const tag = x.slice(from, end);
	for (let m = re.exec(tag); m; m = re.exec(tag)) out.set(m[1], attrText(m[2] ?? m[3]));
	return out;
}

/** Each start tag `<name …>` in x[from, to): its attributes. */
function eachTag(
	x: string,
	name: string,
	from: number,
	to: number,
	visit: (attrs: Map<string, string>) => void
): void {
	for (
		let at = x.indexOf('<' + name, from);
		at >= 0 && at < to;
		at = x.indexOf('<' + name, at + 1)
	) {
		if (!endsName(x.charCodeAt(at + 1 + name.length))) continue;
		const end = x.indexOf('>', at);
		if (end < 0) giveUp('open tag');
		visit(attributes(x, at + 1 + name.length, end));
	}
}

/** The span inside `<name …>…</name>` (first one), or null; [0, 0] for `<name/>`. */
function element(x: string, name: string, from = 0): [number, number] | null {
	for (let at = x.indexOf('<' + name, from); at >= 0; at = x.indexOf('<' + name, at + 1)) {
		if (!endsName(x.charCodeAt(at + 1 + name.length))) continue;
		const end = x.indexOf('>', at);
		if (end < 0) giveUp('open tag');
		if (x.charCodeAt(end - 1) === 47) return [end + 1, end + 1];
		const close = x.indexOf('</' + name + '>', end);
		if (close < 0) giveUp('no end tag');
		return [end + 1, close];
	}
	return null;
}

// ---------------------------------------------------------------------------------------------
// Workbook, relationships, sheets

interface SheetDef {
	name: string;
	id: number;
	state: string | undefined;
	path: string;
}

/** Where exceljs's worksheet name setter would refuse or change the name. */
function nameExceljsKeeps(name: string | undefined): name is string {
	return (
		name !== undefined &&
		name !== '' &&
		name !== 'History' &&
		!/[*?:/\\[\]]/.test(name) &&
		!/(^')|('$)/.test(name) &&
		name.length <= 31
	);
}

function readWorkbook(bytes: Uint8Array): FastSheet[] {
	const parts = unzipParts(bytes);
	const part = (name: string) => {
		const data = parts.get(name);
		return data === undefined ? undefined : decoder.decode(data);
	};
	const workbook = part(WORKBOOK);
	const rels = part(WORKBOOK_RELS);
	if (workbook === undefined || rels === undefined) giveUp('no workbook');
	checkRoot(workbook, 'workbook');
	// Strict Open XML: other namespaces, and values exceljs does not expect.
	if (workbook.indexOf('purl.oclc.org') >= 0) giveUp('strict');
	checkRoot(rels, 'Relationships');

	const targets = new Map<string, string>();
	eachTag(rels, 'Relationship', 0, rels.length, (a) => {
		const id = a.get('Id');
		const target = a.get('Target');
		if (id === undefined || target === undefined) giveUp('relationship');
		targets.set(id, target);
	});

	let date1904 = false;
	eachTag(workbook, 'workbookPr', 0, workbook.length, (a) => {
		date1904 = a.get('date1904') === '1';
	});

	const sheetsSpan = element(workbook, 'sheets');
	const defs: SheetDef[] = [];
	if (sheetsSpan) {
		eachTag(workbook, 'sheet', sheetsSpan[0], sheetsSpan[1], (a) => {
			const rId = a.get('r:id');
			const target = rId === undefined ? undefined : targets.get(rId);
			if (target === undefined) giveUp('sheet without target');
			const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
			if (!WORKSHEET.test(path)) {
				// A chart sheet (or a dialog or macro sheet): exceljs leaves it out.
				if (/^xl\/(chartsheets|dialogsheets|macrosheets)\//.test(path)) return;
				giveUp('sheet elsewhere');
			}
			if (!parts.has(path)) giveUp('sheet missing');
			const rawName = a.get('name');
			const name = rawName === undefined ? undefined : xmlDecode(rawName);
			if (!nameExceljsKeeps(name)) giveUp('sheet name');
			const id = parseInt(a.get('sheetId') ?? '', 10);
			if (!(id >= 1) || !Number.isSafeInteger(id)) giveUp('sheet id');
			defs.push({ name, id, state: a.get('state'), path });
		});
	}
	const seen = (f: (d: SheetDef) => string) => new Set(defs.map(f)).size !== defs.length;
	if (seen((d) => d.name.toLowerCase()) || seen((d) => String(d.id)) || seen((d) => d.path))
		giveUp('sheet twice');

	const sharedText = part(SHARED_STRINGS);
	const shared = sharedText === undefined ? undefined : sharedStrings(sharedText);
	const stylesText = part(STYLES);
	const styles = stylesText === undefined ? undefined : readStyles(stylesText);
	const context: SheetContext = { shared, styles, date1904 };

	return defs.map((d) => ({
		name: d.name,
		hidden: (d.state || 'visible') !== 'visible',
		rows: sheetRows(part(d.path)!, context)
	}));
}

// ---------------------------------------------------------------------------------------------
// Shared strings: each as the text `cellText` gives exceljs's value

function sharedStrings(x: string): string[] {
	checkRoot(x, 'sst');
	const span = element(x, 'sst');
	const out: string[] = [];
	if (!span) return out;
	const [from, to] = span;
	let at = x.indexOf('<', from);
	while (at >= 0 && at < to) {
		if (tagAt(x, at, 'si')) {
			const end = x.indexOf('>', at);
			if (x.charCodeAt(end - 1) === 47) {
				// `<si/>`: exceljs's value is {}, its text ''.
				out.push('');
				at = x.indexOf('<', end);
				continue;
			}
			const close = x.indexOf('</si>', end);
			if (close < 0) giveUp('si');
			out.push(stringItem(x, end + 1, close));
			at = x.indexOf('<', close + 5);
		} else giveUp('unexpected in sst');
	}
	return out;
}

/** Text of a `<t>` element whose `>` is at `end`; `[text, position after </t>]`. */
function tElement(x: string, end: number): [string, number] {
	if (x.charCodeAt(end - 1) === 47) return ['', end + 1];
	const close = x.indexOf('</t>', end);
	if (close < 0) giveUp('t');
	return [textOf(x.slice(end + 1, close)), close + 4];
}

/** A rich text run `<r>` whose `>` is at `end`: its text (undefined with no `<t>`) and after. */
function richRun(x: string, end: number): [string | undefined, number] {
	if (x.charCodeAt(end - 1) === 47) return [undefined, end + 1];
	let text: string | undefined;
	let at = x.indexOf('<', end);
	while (at >= 0) {
		if (x.startsWith('</r>', at)) return [text, at + 4];
		const tagEnd = x.indexOf('>', at);
		if (tagEnd < 0) giveUp('r');
		if (tagAt(x, at, 't')) {
			if (text !== undefined) giveUp('two t in a run');
			let raw: string;
			[raw, at] = tElement(x, tagEnd);
			text = escapesDecoded(raw);
		} else if (tagAt(x, at, 'rPr')) {
			if (x.charCodeAt(tagEnd - 1) === 47) at = tagEnd + 1;
			else {
				const close = x.indexOf('</rPr>', tagEnd);
				if (close < 0) giveUp('rPr');
				at = close + 6;
			}
		} else giveUp('unexpected in r');
		at = x.indexOf('<', at);
	}
	giveUp('r not closed');
}

/** `<si>` content in x[from, to): the text of its value. */
function stringItem(x: string, from: number, to: number): string {
	let plain: string | undefined;
	let runs: string | undefined;
	let at = x.indexOf('<', from);
	while (at >= 0 && at < to) {
		const tagEnd = x.indexOf('>', at);
		if (tagAt(x, at, 't')) {
			if (plain !== undefined || runs !== undefined) giveUp('t and r mixed');
			let raw: string;
			[raw, at] = tElement(x, tagEnd);
			plain = escapesDecoded(raw);
		} else if (tagAt(x, at, 'r')) {
			if (plain !== undefined) giveUp('t and r mixed');
			let text: string | undefined;
			[text, at] = richRun(x, tagEnd);
			runs = (runs ?? '') + (text ?? '');
		} else if (tagAt(x, at, 'phoneticPr')) {
			// exceljs ignores it.
			if (x.charCodeAt(tagEnd - 1) !== 47) giveUp('phoneticPr');
			at = tagEnd + 1;
		} else giveUp('unexpected in si');
		at = x.indexOf('<', at);
	}
	return plain ?? runs ?? '';
}

// ---------------------------------------------------------------------------------------------
// Styles: which cell formats exceljs takes for dates

/** exceljs's built-in formats (`defaultnumformats.js`) its `isDateFmt` takes for dates. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's `utils.isDateFmt`, to the letter. */
function isDateFmt(fmt: string | undefined): boolean {
	if (!fmt) return false;
	const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
	return bare.match(/[ymdhMsb]+/) !== null;
}

interface Styles {
	/** Per cell format (`s`): exceljs turns its numbers into dates. */
	date: boolean[];
	/** exceljs can look a style up (else it fails on any `s`). */
	usable: boolean;
}

function readStyles(x: string): Styles {
	checkRoot(x, 'styleSheet');
	const custom = new Map<number, string>();
	const numFmts = element(x, 'numFmts');
	if (numFmts)
		eachTag(x, 'numFmt', numFmts[0], numFmts[1], (a) => {
			const code = a.get('formatCode');
			if (code === undefined) giveUp('numFmt');
			custom.set(parseInt(a.get('numFmtId') ?? '', 10), code.replace(/[\\](.)/g, '$1'));
		});
	const date: boolean[] = [];
	const cellXfs = element(x, 'cellXfs');
	if (cellXfs)
		eachTag(x, 'xf', cellXfs[0], cellXfs[1], (a) => {
			const id = parseInt(a.get('numFmtId') ?? '', 10);
			// exceljs: `if (style.numFmtId)`, a custom format before the built-in one.
			if (!id) {
				date.push(false);
				return;
			}
			const code = custom.get(id);
			date.push(code ? isDateFmt(code) : BUILT_IN_DATE_FORMATS.has(id));
		});
	const has = (name: string) => element(x, name) !== null;
	return {
		date,
		usable: date.length > 0 && has('fonts') && has('fills') && has('borders')
	};
}

// ---------------------------------------------------------------------------------------------
// A worksheet

interface SheetContext {
	shared: string[] | undefined;
	styles: Styles | undefined;
	date1904: boolean;
}

function numberText(n: number): string {
	return Number.isFinite(n) ? String(n === 0 ? 0 : n) : '';
}

/** exceljs's `excelToDate` then `cellText`'s date: yyyy-mm-dd of the UTC day. */
function dateText(serial: number, date1904: boolean): string {
	const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
	if (Number.isNaN(date.getTime())) return '';
	return date.toISOString().slice(0, 10);
}

/** The cell types exceljs reads; any other `t` is read as a number. */
const enum Type {
	Number,
	Shared,
	Str,
	Inline,
	Bool,
	Error
}

function typeOf(t: string | undefined): Type {
	switch (t) {
		case 's':
			return Type.Shared;
		case 'str':
			return Type.Str;
		case 'inlineStr':
			return Type.Inline;
		case 'b':
			return Type.Bool;
		case 'e':
			return Type.Error;
		default:
			return Type.Number;
	}
}

/**
 * One cell start tag's attributes: column (0 when it has no `r`), type, style (`parseInt`,
 * NaN without `s`). Reads x from `from` to the tag's `>` at `end`.
 */
interface CellAttrs {
	col: number;
	/** It has an `r` (exceljs's address, noted for a shared formula's master). */
	hasR: boolean;
	type: Type;
	s: number;
}

function cellAttrs(x: string, from: number, end: number, out: CellAttrs): void {
	out.col = 0;
	out.hasR = false;
	out.type = Type.Number;
	out.s = NaN;
	let i = from;
	for (;;) {
		while (i < end && isSpace(x.charCodeAt(i))) i++;
		if (i >= end || x.charCodeAt(i) === 47) return;
		const nameStart = i;
		while (i < end && x.charCodeAt(i) !== 61 /* = */ && !isSpace(x.charCodeAt(i))) i++;
		const nameEnd = i;
		while (i < end && isSpace(x.charCodeAt(i))) i++;
		if (x.charCodeAt(i) !== 61) giveUp('attribute');
		i++;
		while (i < end && isSpace(x.charCodeAt(i))) i++;
		const q = x.charCodeAt(i);
		if (q !== 34 && q !== 39) giveUp('attribute quote');
		const valueEnd = x.indexOf(q === 34 ? '"' : "'", i + 1);
		if (valueEnd < 0 || valueEnd > end) giveUp('attribute value');
		if (nameEnd - nameStart === 1) {
			const n = x.charCodeAt(nameStart);
			if (n === 114 /* r */) {
				out.col = columnIn(x, i + 1, valueEnd);
				out.hasR = true;
			} else if (n === 116 /* t */) out.type = typeIn(x, i + 1, valueEnd);
			else if (n === 115 /* s */) {
				const raw = attrText(x.slice(i + 1, valueEnd));
				// exceljs: `if (node.attributes.s) styleId = parseInt(s, 10)`.
				if (raw !== '') out.s = parseInt(raw, 10);
			}
		}
		i = valueEnd + 1;
	}
}

/** The column of the reference in x[from, to), read in place when it is plain. */
function columnIn(x: string, from: number, to: number): number {
	let col = 0;
	let k = from;
	for (; k < to; k++) {
		const c = x.charCodeAt(k);
		if (c < 65 || c > 90) break;
		col = col * 26 + c - 64;
	}
	const letters = k - from;
	for (; k < to; k++) {
		const c = x.charCodeAt(k);
		if (c < 48 || c > 57) return columnOf(attrText(x.slice(from, to)));
	}
	if (letters === 0 || k === from + letters || col > 16384) giveUp('cell reference');
	return col;
}

/** The type in x[from, to) (a `t` value), read in place when it is plain. */
function typeIn(x: string, from: number, to: number): Type {
	const c = x.charCodeAt(from);
	switch (to - from) {
		case 1:
			return c === 115
				? Type.Shared
				: c === 98
					? Type.Bool
					: c === 101
						? Type.Error
						: typeOf(attrText(x.slice(from, to)));
		case 3:
			if (x.startsWith('str', from)) return Type.Str;
			break;
		case 9:
			if (x.startsWith('inlineStr', from)) return Type.Inline;
			break;
	}
	return typeOf(attrText(x.slice(from, to)));
}

/** The column of a reference "AB12" (1-based); exceljs would misread anything else. */
function columnOf(ref: string): number {
	let col = 0;
	let k = 0;
	for (; k < ref.length; k++) {
		const c = ref.charCodeAt(k);
		if (c < 65 || c > 90) break;
		col = col * 26 + c - 64;
	}
	if (k === 0 || k === ref.length || col > 16384) giveUp('cell reference');
	for (; k < ref.length; k++) {
		const c = ref.charCodeAt(k);
		if (c < 48 || c > 57) giveUp('cell reference');
	}
	return col;
}

/** Row attributes: number (`r`) and whether it has a style (`s`). */
function rowAttrs(x: string, from: number, end: number): { r: number; styled: boolean } {
	const a = attributes(x, from, end);
	const s = a.get('s');
	return { r: parseInt(a.get('r') ?? '', 10), styled: !!(s && parseInt(s, 10)) };
}

function sheetRows(x: string, context: SheetContext): SheetRow[] {
	checkRoot(x, 'worksheet');
	const out: SheetRow[] = [];
	const data = element(x, 'sheetData');
	if (!data) {
		if (x.indexOf('sheetData') >= 0) giveUp('sheetData');
		return out;
	}
	const [from, to] = data;
	const { shared, styles, date1904 } = context;
	const attrs: CellAttrs = { col: 0, hasR: false, type: Type.Number, s: NaN };
	/** Shared formula groups (`si`) → whether the master has an address. */
	const masters = new Map<string, boolean>();
	let lastRow = 0;
	let at = x.indexOf('<', from);
	while (at >= 0 && at < to) {
		if (!tagAt(x, at, 'row')) giveUp('unexpected in sheetData');
		let end = x.indexOf('>', at);
		const { r, styled } = rowAttrs(x, at + 4, end);
		if (!(r > lastRow)) giveUp('row number');
		lastRow = r;
		if (styled && !styles?.usable) giveUp('row style');
		if (x.charCodeAt(end - 1) === 47) {
			at = x.indexOf('<', end);
			continue;
		}
		const cells: string[] = [];
		let prevCol = 0;
		at = x.indexOf('<', end);
		for (;;) {
			if (at < 0) giveUp('row not closed');
			if (x.startsWith('</row>', at)) {
				at = x.indexOf('<', at + 6);
				break;
			}
			if (!tagAt(x, at, 'c')) giveUp('unexpected in row');
			end = x.indexOf('>', at);
			cellAttrs(x, at + 2, end, attrs);
			const type = attrs.type;
			const styleId = attrs.s;
			/** exceljs's formula cell: `<f>` with text or a `t`. */
			let isFormula = false;
			/** Its value keeps a formula key (`formula`, or `sharedFormula` of a found master). */
			let formulaKey = false;
			let value: string | undefined;
			/** Rich text runs of an inline string (exceljs's `{richText}`). */
			let runs: string | undefined;
			if (x.charCodeAt(end - 1) === 47) at = x.indexOf('<', end);
			else {
				at = x.indexOf('<', end);
				for (;;) {
					if (at < 0) giveUp('cell not closed');
					if (x.startsWith('</c>', at)) {
						at = x.indexOf('<', at + 4);
						break;
					}
					const tagEnd = x.indexOf('>', at);
					if (tagAt(x, at, 'v')) {
						if (x.charCodeAt(tagEnd - 1) !== 47) {
							const close = x.indexOf('</v>', tagEnd);
							if (close < 0) giveUp('v');
							const text = textOf(x.slice(tagEnd + 1, close));
							if (text !== '') {
								if (runs !== undefined) giveUp('v after rich text');
								value = value === undefined ? text : value + text;
							}
							at = close + 4;
						} else at = tagEnd + 1;
					} else if (tagAt(x, at, 'f')) {
						// exceljs: a formula when `<f>` has text or a `t` (shared, array). A shared
						// formula's master (with `ref`) is noted by its `si`; a later cell of the group
						// gets the master's address, an earlier one or one without master nothing.
						if (isFormula) giveUp('two f');
						const fAttrs = attributes(x, at + 2, tagEnd);
						const shareType = fAttrs.get('t');
						let text = false;
						if (x.charCodeAt(tagEnd - 1) !== 47) {
							const close = x.indexOf('</f>', tagEnd);
							if (close < 0) giveUp('f');
							text = close > tagEnd + 1;
							at = close + 4;
						} else at = tagEnd + 1;
						isFormula = text || !!shareType;
						formulaKey = text;
						if (shareType === 'shared') {
							const group = String(fAttrs.get('si'));
							if (fAttrs.get('ref')) masters.set(group, attrs.hasR);
							else if (masters.get(group)) formulaKey = true;
						}
					} else if (tagAt(x, at, 'is')) {
						if (type !== Type.Inline) giveUp('is in a cell not inlineStr');
						if (x.charCodeAt(tagEnd - 1) === 47) at = tagEnd + 1;
						else {
							at = x.indexOf('<', tagEnd);
							for (;;) {
								if (at < 0) giveUp('is not closed');
								if (x.startsWith('</is>', at)) {
									at += 5;
									break;
								}
								const innerEnd = x.indexOf('>', at);
								if (tagAt(x, at, 't')) {
									let text: string;
									// exceljs appends an inline `<t>` as it stands (no `_x` escapes).
									[text, at] = tElement(x, innerEnd);
									if (text !== '') {
										if (runs !== undefined) giveUp('t after rich text');
										value = value === undefined ? text : value + text;
									}
								} else if (tagAt(x, at, 'r')) {
									// exceljs fails on a run after plain text.
									if (value !== undefined) giveUp('r after text');
									let text: string | undefined;
									[text, at] = richRun(x, innerEnd);
									runs = (runs ?? '') + (text ?? '');
								} else giveUp('unexpected in is');
								at = x.indexOf('<', at);
							}
						}
					} else giveUp('unexpected in c');
					at = x.indexOf('<', at);
				}
			}

			// What exceljs makes of it (cell-xform parseClose + reconcile), as `cellText` writes it.
			const styled = !!styleId;
			let dated = false;
			if (styled && styles) {
				if (!styles.usable) giveUp('cell style');
				dated = styles.date[styleId] === true;
			}
			let text: string | undefined;
			if (isFormula) {
				// exceljs's formula value keeps only truthy fields: no formula key, or a result of
				// 0 or false, reads as ''. A date result is a Date, always kept.
				if (type === Type.Inline) giveUp('inline formula');
				if (value === undefined || !formulaKey) text = '';
				else if (type === Type.Str) {
					const result = xmlDecode(value);
					text = dated ? dateText(Number(result), date1904) : result;
				} else if (type === Type.Bool) {
					const result = parseInt(value, 10) !== 0;
					text = dated ? dateText(Number(result), date1904) : result ? 'true' : '';
				} else if (type === Type.Error) text = dated ? '' : value;
				else {
					const result = parseFloat(value);
					text = dated ? dateText(result, date1904) : result ? numberText(result) : '';
				}
			} else if (value !== undefined || runs !== undefined) {
				switch (type) {
					case Type.Shared: {
						if (shared === undefined) giveUp('no shared strings');
						text = shared[parseInt(value!, 10)];
						if (text === undefined) giveUp('shared string index');
						break;
					}
					case Type.Str:
						text = xmlDecode(value!);
						break;
					case Type.Inline:
						text = runs ?? value!;
						break;
					case Type.Bool:
						text = parseInt(value!, 10) !== 0 ? 'true' : 'false';
						break;
					case Type.Error:
						text = value!;
						break;
					default: {
						const n = parseFloat(value!);
						text = dated ? dateText(n, date1904) : numberText(n);
					}
				}
			} else if (!styled) {
				// exceljs's "merge" cell: not placed at all, and no column for the next `<c>`.
				continue;
			}
			const col = attrs.col || (prevCol > 0 ? prevCol + 1 : giveUp('cell without r'));
			if (col <= prevCol) giveUp('cells out of order');
			prevCol = col;
			if (text === undefined) continue;
			while (cells.length < col - 1) cells.push('');
			cells.push(text);
		}
		if (cells.length > 0) out.push({ row: r, cells });
	}
	return out;
}
