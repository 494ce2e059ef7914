/**
 * The roster rebuilt from BKN's PIP ASN file as an editable roster CSV, with a note on every
 * row whose post type or training was assumed: the planner corrects those rows in Excel and
 * imports the file again, through the same check as any roster file. Chosen over a choice per
 * row on the page: a city's file has thousands of such rows (15 and 25 competency points are
 * the commonest values), which a planner sorts, filters and fills in Excel, not one by one.
 * Pure TypeScript.
 */
import { dsvFormat } from 'd3-dsv';
import type { PostType, Roster } from '../engine/roster';
import type { RosterLang } from './columns';
import { writeRosterCsv } from './csv';
import type { CompetencyReading, RowAssumption, TrainingToken } from './issues';

const POST: Record<RosterLang, Record<PostType, string>> = {
	id: { structural: 'struktural', functional: 'fungsional', pelaksana: 'pelaksana' },
	en: { structural: 'structural', functional: 'functional', pelaksana: 'pelaksana' }
};

const TRAINING: Record<RosterLang, Record<TrainingToken, string>> = {
	id: {
		leadership: 'diklat kepemimpinan',
		functional: 'diklat fungsional',
		technical: 'pelatihan teknis ≥ 20 JP',
		seminar: 'seminar'
	},
	en: {
		leadership: 'leadership training',
		functional: 'functional training',
		technical: 'technical training ≥ 20 JP',
		seminar: 'seminar'
	}
};

const NONE: Record<RosterLang, string> = { id: 'tanpa pelatihan', en: 'no training' };

/** "fungsional: diklat fungsional + seminar". */
export function describeReading(reading: CompetencyReading, lang: RosterLang): string {
	const training = reading.training.map((t) => TRAINING[lang][t]).join(' + ') || NONE[lang];
	return `${POST[lang][reading.postType]}: ${training}`;
}

/** The note a row carries in the correction file. */
export function assumptionNote(a: RowAssumption, lang: RosterLang): string {
	const also = a.alternatives.map((r) => describeReading(r, lang)).join(' | ');
	return lang === 'id'
		? `Kompetensi ${a.points} (sel ${a.cell}) dianggap ${describeReading(a.assumed, lang)}; juga mungkin ${also}`
		: `Competency ${a.points} (cell ${a.cell}) assumed ${describeReading(a.assumed, lang)}; also possible ${also}`;
}

/** The note column's title: not a roster column, so a re-import ignores it (with a notice). */
export const NOTE_HEADER: Record<RosterLang, string> = { id: 'catatan_pip', en: 'pip_note' };

const EXCEL_DSV = dsvFormat(';');

/**
 * The roster in Excel's Indonesian dialect (`sep=;`, `;`, decimal commas), headers in `lang`,
 * plus a last column with the note of each assumed row.
 */
export function correctionCsv(
	roster: Roster,
	assumed: readonly RowAssumption[],
	lang: RosterLang
): string {
	const notes = new Map(assumed.map((a) => [a.id, assumptionNote(a, lang)]));
	const lines = writeRosterCsv(roster, { headers: lang, excel: true }).split('\r\n');
	// lines[0] is `sep=;`, lines[1] the header, then one line per person, then ''.
	const out = lines.map((line, k) => {
		if (k === 0 || line === '') return line;
		if (k === 1) return `${line};${NOTE_HEADER[lang]}`;
		const note = notes.get(roster.people[k - 2].id) ?? '';
		return `${line};${EXCEL_DSV.formatRow([note])}`;
	});
	return out.join('\r\n');
}
