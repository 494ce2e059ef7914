/**
 * Saves sheets as an .xlsx named and titled after the export context: the one way the
 * results and the comparison workbooks leave the browser.
 */
import { downloadBlob } from './download';
import { exportFileName, type ExportContext } from './exportContext';
import { workbookBytes, XLSX_MIME, type SheetSpec } from './workbook';

export async function saveWorkbook(
	sheets: SheetSpec[],
	context: ExportContext,
	/** The workbook's title property ("agency — scenario"). */
	title: string,
	/** What the file holds when it is not the results (`perbandingan`). */
	part?: string
): Promise<void> {
	const bytes = await workbookBytes(sheets, { title, created: context.date });
	downloadBlob(
		exportFileName(context, 'xlsx', part),
		new Blob([bytes as BlobPart], { type: XLSX_MIME })
	);
}
