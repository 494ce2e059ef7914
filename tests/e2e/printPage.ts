/**
 * Paper checks for the e2e suites: the pages of a PDF Chromium made (count and size), and
 * what in a page printed on A4 would be clipped, stick out or be too small to read.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** 8 pt in CSS px (1 pt = 4/3 px). */
export const MIN_TEXT_PX = (8 * 4) / 3;
/** A4 content widths in CSS px at the pages' margins (12 mm). */
const MM = 96 / 25.4;
export const PORTRAIT_CONTENT = Math.floor((210 - 24) * MM);
export const LANDSCAPE_CONTENT = Math.floor((297 - 24) * MM);

/** Pages of a PDF: its page objects, not the `/Pages` tree nodes. */
export function pdfPages(pdf: Buffer): Array<{ width: number; height: number }> {
	const text = pdf.toString('latin1');
	const pages: Array<{ width: number; height: number }> = [];
	for (const match of text.matchAll(/\/Type\s*\/Page(?!s)[^]*?\/MediaBox\s*\[([^\]]*)\]/g)) {
		const [x0, y0, x1, y1] = match[1].trim().split(/\s+/).map(Number);
		pages.push({ width: x1 - x0, height: y1 - y0 });
	}
	const count = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
	assert.equal(pages.length, count, 'every page object has a MediaBox');
	return pages;
}

export interface PrintProblem {
	what: string;
	detail: string;
}

/**
 * In print media, at the page's content width: elements of `main` that stick out of the page
 * or whose content is wider than their box (tables, cells, scroll regions), and visible text
 * under 8 pt, SVG text measured at its drawn scale.
 */
export async function printProblems(page: Page, contentWidth: number): Promise<PrintProblem[]> {
	return page.evaluate(
		({ contentWidth, minPx }) => {
			const problems: Array<{ what: string; detail: string }> = [];
			const main = document.querySelector('main');
			if (!main) return [{ what: 'no main', detail: '' }];
			const describe = (el: Element) =>
				`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} “${(el.textContent ?? '').trim().slice(0, 60)}”`;
			const shown = (el: Element) => {
				const style = getComputedStyle(el);
				if (style.display === 'none' || style.visibility === 'hidden') return false;
				const rect = el.getBoundingClientRect();
				return rect.width > 1 && rect.height > 1;
			};
			for (const el of main.querySelectorAll('*')) {
				if (!shown(el)) continue;
				// Text only a screen reader hears (clipped to 1 px) is not on paper.
				if (el.closest('.visually-hidden')) continue;
				const rect = el.getBoundingClientRect();
				if (rect.left < -1 || rect.right > contentWidth + 1) {
					problems.push({
						what: 'outside the page',
						detail: `${describe(el)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px of ${contentWidth}`
					});
				}
				if (
					el.matches('table, th, td, [role="region"], figure, .plot') &&
					el.scrollWidth > el.clientWidth + 1
				) {
					problems.push({
						what: 'overflows its column',
						detail: `${describe(el)}: content ${el.scrollWidth} px in ${el.clientWidth} px`
					});
				}
				const ownText = [...el.childNodes].some(
					(n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''
				);
				if (!ownText) continue;
				let size = Number.parseFloat(getComputedStyle(el).fontSize);
				if (el instanceof SVGGraphicsElement) size *= el.getScreenCTM()?.a ?? 1;
				if (size < minPx - 0.01) {
					problems.push({
						what: 'text under 8 pt',
						detail: `${describe(el)} at ${size.toFixed(2)} px (${((size * 3) / 4).toFixed(1)} pt)`
					});
				}
			}
			return problems;
		},
		{ contentWidth, minPx: MIN_TEXT_PX }
	);
}

export function assertNoProblems(problems: PrintProblem[], what: string): void {
	assert.equal(
		problems.length,
		0,
		`${what}:\n${problems
			.slice(0, 20)
			.map((p) => `- ${p.what}: ${p.detail}`)
			.join('\n')}`
	);
}

/**
 * The problems once the page has settled: charts redraw for paper a frame or two after the
 * media or width changes (a resize observer), so the check is retried for up to 3 s before
 * its last answer counts.
 */
async function settledProblems(
	page: Page,
	contentWidth: number,
	keep: (p: PrintProblem) => boolean
): Promise<PrintProblem[]> {
	let problems: PrintProblem[] = [];
	for (let attempt = 0; attempt < 30; attempt++) {
		problems = (await printProblems(page, contentWidth)).filter(keep);
		if (problems.length === 0) break;
		await page.waitForTimeout(100);
	}
	return problems;
}

/**
 * Print media at the screen's width first (the chart must redraw for paper by itself), then
 * at the page's content width, where the PDF lays the page out.
 */
export async function checkPaper(page: Page, contentWidth: number, what: string): Promise<void> {
	await page.emulateMedia({ media: 'print' });
	const svgText = await settledProblems(page, 10_000, (p) => p.what === 'text under 8 pt');
	assertNoProblems(svgText, `${what}, print media at screen width`);
	await page.setViewportSize({ width: contentWidth, height: 900 });
	assertNoProblems(
		await settledProblems(page, contentWidth, () => true),
		`${what}, print media on A4`
	);
}
