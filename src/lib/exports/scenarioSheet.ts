/**
 * The "Skenario" sheet of an exported workbook: what the numbers were made from. First the
 * context (agency, scenario, export date, model version, seed, rulebook, staff data), then
 * every lever and assumption with its value, unit and source — one value column per scenario,
 * side by side, when several are exported together.
 *
 * Pure TypeScript: `workbook.ts` writes it.
 */
import type { Unit } from '../engine/roster';
import { DEFAULT_RULEBOOK, findRulebook } from '../engine/rulebooks';
import type { MessageKey } from '../i18n/messages';
import { choiceInput, MODEL_VERSION, type InputValue } from '../scenario/scenario';
import { inputRows, type InputRow } from '../ui/compare/inputRows';
import { inputLabel } from '../ui/compare/inputText';
import type { Localiser } from '../ui/model/rulebookView';
import type { CsvCell } from './csv';
import type { DataTable, TableColumn } from './chartTables';
import { isoDate, type ExportContext } from './exportContext';

/** A scenario's value as a cell: numbers stay numbers, a choice is its label, a formula its text. */
function valueCell(l: Localiser, row: InputRow, value: InputValue | null): CsvCell {
	if (value === null) return null;
	const spec = row.spec;
	if (spec.type === 'choice') {
		return (
			l.text(spec.options.find((o) => o.value === value)?.label ?? { id: '', en: '' }) ||
			String(value)
		);
	}
	if (spec.type === 'formula') return value === '' ? l.t('planner.formula.builtIn') : String(value);
	return value;
}

/**
 * The scenario sheet's table for one or more scenarios (each an export context with its
 * `plan`): kind, item, a value column per scenario ("Nilai" for one, else each scenario's
 * name), unit and source.
 */
export function scenarioTable(
	scenarios: readonly ExportContext[],
	units: readonly Unit[],
	l: Localiser,
	date: Date
): DataTable {
	const t = l.t;
	const valueColumns: TableColumn[] =
		scenarios.length === 1
			? [{ label: t('exports.scenario.col.value'), kind: 'text' }]
			: scenarios.map((s) => ({ label: s.scenario, kind: 'text' }));
	const columns: TableColumn[] = [
		{ label: t('exports.scenario.col.kind'), kind: 'text' },
		{ label: t('exports.scenario.col.item'), kind: 'text' },
		...valueColumns,
		{ label: t('exports.scenario.col.unit'), kind: 'text' },
		{ label: t('exports.scenario.col.source'), kind: 'text' }
	];
	const context = t('exports.scenario.kind.context');
	const about = (key: MessageKey, values: CsvCell[]): CsvCell[] => [
		context,
		t(key),
		...values,
		null,
		null
	];
	const rulebookOf = (s: ExportContext) => {
		const id = s.plan ? choiceInput(s.plan.inputs, 'rulebook') : DEFAULT_RULEBOOK.id;
		return findRulebook(id) ?? DEFAULT_RULEBOOK;
	};
	const rows: CsvCell[][] = [
		about(
			'exports.scenario.agency',
			scenarios.map((s) => s.agency)
		),
		about(
			'exports.scenario.name',
			scenarios.map((s) => s.scenario)
		),
		about(
			'exports.scenario.date',
			scenarios.map(() => isoDate(date))
		),
		about(
			'exports.scenario.model',
			scenarios.map((s) => s.plan?.modelVersion ?? MODEL_VERSION)
		),
		about(
			'exports.scenario.seed',
			scenarios.map((s) => s.plan?.seed ?? null)
		),
		about(
			'exports.scenario.rulebook',
			scenarios.map((s) => l.text(rulebookOf(s).label))
		),
		about(
			'exports.scenario.roster',
			scenarios.map((s) =>
				t(s.illustrative ? 'exports.scenario.roster.illustrative' : 'exports.scenario.roster.own')
			)
		)
	];
	const inputs = inputRows(
		scenarios.map((s) => s.plan?.inputs ?? {}),
		units
	);
	// Levers first, then assumptions, each in the order the specs declare them.
	for (const kind of ['lever', 'assumption'] as const) {
		for (const row of inputs.filter((r) => r.spec.kind === kind)) {
			rows.push([
				t(`model.inputs.kind.${kind}`),
				inputLabel(l, row),
				...row.values.map((v) => valueCell(l, row, v)),
				row.spec.type === 'number' ? t(`model.unit.${row.spec.unit}` as MessageKey) : null,
				l.text(row.spec.source)
			]);
		}
	}
	return { columns, rows };
}
