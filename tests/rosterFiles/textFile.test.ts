/** Roster file bytes as text: UTF-8, UTF-16 with a mark, Windows-1252, or refused. */
import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../src/lib/rosterFiles/textFile';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeTextFile', () => {
	it('reads UTF-8, with or without a byte-order mark', () => {
		const text = 'unit;jabatan\nKeuangan – Café;Analis\n';
		expect(decodeTextFile(new TextEncoder().encode(text))).toEqual({
			ok: true,
			text,
			encoding: 'utf-8'
		});
		const marked = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
		expect(decodeTextFile(marked)).toMatchObject({ ok: true, text, encoding: 'utf-8' });
	});

	it('reads bytes that are not UTF-8 as Windows-1252: "–", "é", "€" and curly quotes come out right', () => {
		const decoded = decodeTextFile(
			bytes(0x4b, 0x20, 0x96, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x93, 0x94)
		);
		expect(decoded).toEqual({ ok: true, text: 'K – Café €“”', encoding: 'windows-1252' });
	});

	it('reads UTF-16 with its mark (Excel’s "Unicode text")', () => {
		const le = bytes(0xff, 0xfe, 0x41, 0, 0xe9, 0, 0x13, 0x20);
		expect(decodeTextFile(le)).toEqual({ ok: true, text: 'Aé–', encoding: 'utf-16le' });
		const be = bytes(0xfe, 0xff, 0, 0x41, 0x20, 0x13);
		expect(decodeTextFile(be)).toEqual({ ok: true, text: 'A–', encoding: 'utf-16be' });
	});

	it('refuses workbooks and other binary files instead of reading them as garbage', () => {
		expect(decodeTextFile(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toEqual({
			ok: false,
			reason: 'workbook'
		});
		expect(decodeTextFile(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1))).toEqual({
			ok: false,
			reason: 'workbook'
		});
		expect(decodeTextFile(bytes(0x25, 0x50, 0x44, 0x46, 0, 1))).toEqual({
			ok: false,
			reason: 'binary'
		});
	});
});
