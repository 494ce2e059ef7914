/**
 * The bytes of a roster file as text, whatever wrote them: UTF-8 (with or without a
 * byte-order mark), UTF-16 with a byte-order mark (Excel's "Unicode text"), or, when the
 * bytes are not valid UTF-8, Windows-1252 — what older Excel writes when it saves "CSV
 * (Comma delimited)" on an Indonesian or English Windows. A file with NUL bytes and no
 * UTF-16 mark is not text at all (an Excel workbook, a PDF): refused, never read as
 * garbage. Never guesses silently: the encoding read is returned, to be said to the user.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText =
	| { ok: true; text: string; encoding: TextEncoding }
	| {
			ok: false;
			/** `workbook`: a zip (xlsx) or an old binary workbook (xls); `binary`: anything else. */
			reason: 'workbook' | 'binary';
	  };

/** Bytes looked at for NULs: a text file has none, a binary one has many early on. */
const SNIFF_BYTES = 8192;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, k) => bytes[k] === b);

export function decodeTextFile(bytes: Uint8Array): DecodedText {
	if (startsWith(bytes, [0xff, 0xfe])) return decoded(bytes, 'utf-16le');
	if (startsWith(bytes, [0xfe, 0xff])) return decoded(bytes, 'utf-16be');
	// xlsx is a zip ("PK\3\4"); xls a compound document (D0 CF 11 E0).
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
		return { ok: false, reason: 'workbook' };
	if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary' };
	try {
		return {
			ok: true,
			text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
			encoding: 'utf-8'
		};
	} catch {
		return decoded(bytes, 'windows-1252');
	}
}

function decoded(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
	const text =
		encoding === 'windows-1252'
			? decodeWindows1252(bytes)
			: new TextDecoder(encoding).decode(bytes);
	return { ok: true, text, encoding };
}

/**
 * Windows-1252 by hand: Node's TextDecoder reads the label as Latin-1, so 0x96 would come out
 * as a control character instead of "–". Bytes 0x80–0x9F are the table below (unassigned
 * ones kept as their C1 code points, as the WHATWG encoding standard does); the rest are
 * Latin-1.
 */
const CP1252_80_9F = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
	0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
	0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	const CHUNK = 8192;
	for (let start = 0; start < bytes.length; start += CHUNK) {
		const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
			b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : b
		);
		out += String.fromCharCode(...codes);
	}
	return out;
}
