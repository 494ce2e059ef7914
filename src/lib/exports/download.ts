/**
 * Saving a file from the browser: a Blob behind a temporary link that is clicked once.
 * DOM only; the text and images themselves are made elsewhere.
 */

/** MIME type of the CSV files: Excel and LibreOffice open it directly. */
export const CSV_MIME = 'text/csv;charset=utf-8';

/** Saves `text` (encoded as UTF-8) as `filename`. */
export function downloadText(filename: string, text: string, mime: string): void {
	downloadBlob(filename, new Blob([text], { type: mime }));
}

/** Saves a Blob as `filename` through a temporary link. */
export function downloadBlob(filename: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	try {
		link.click();
	} finally {
		link.remove();
		// Revoked later, not at once: some browsers read the Blob after the click has returned.
		setTimeout(() => URL.revokeObjectURL(url), 60_000);
	}
}
