/**
 * A chart as a picture that stands on its own when pasted into a slide or a report: the
 * chart's `<svg>` with the page's computed styles written into it, under a context line (the
 * agency and scenario, and "Data ilustratif" for the illustrative roster), its title and
 * subtitle, with its legend and a source line below, on a white background. Saved as SVG, or
 * drawn to a canvas at 2× and saved as PNG.
 *
 * DOM only (runs in the browser): it reads computed styles and measures text.
 */
import { downloadBlob } from './download';

/** A legend key: the swatch as drawn on the page, and its label. */
export interface LegendEntry {
	swatch: SVGSVGElement | null;
	label: string;
}

export interface ChartImageSource {
	/** The chart's drawing, as on the page. */
	svg: SVGSVGElement;
	title: string;
	/** What is measured and in which units. */
	subtitle?: string;
	legend?: readonly LegendEntry[];
	/** A last, small line, e.g. where the numbers come from. */
	source?: string;
	/** A first line: whose numbers these are ("BPKAD Kota Bontang — Status quo · 2026-12-07"). */
	context?: string;
	/** A flag drawn on the context line's right, in warning colour ("Data ilustratif"). */
	flag?: string;
}

export interface ChartSvg {
	/** A standalone SVG document. */
	text: string;
	/** Its size in CSS pixels. */
	width: number;
	height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Scale of the PNG: sharp on a projector and on a high-density screen. */
export const PNG_SCALE = 2;

const PAD = 20;
const INK = '#1b2733';
const MUTED = '#52606d';
const TITLE = { size: 20, weight: '700', lineHeight: 26 };
const SUBTITLE = { size: 14, weight: '400', lineHeight: 19 };
const LEGEND = { size: 13, weight: '400', rowHeight: 22, swatchWidth: 32, swatchHeight: 16 };
const SOURCE = { size: 11, weight: '400', lineHeight: 16 };
const CONTEXT = { size: 13, weight: '400', lineHeight: 18 };
const FLAG = { size: 13, weight: '700', color: '#a4262c' };
const GAP = 12;

/**
 * The properties that make the chart look as it does. Most come from the charts' stylesheets
 * (classes, `var(--ink)`), which a standalone file does not have. `paint-order` and the
 * stroke joins keep the white halo behind labels; `visibility` hides focus rings.
 */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linejoin',
	'stroke-linecap',
	'paint-order',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'opacity',
	'text-anchor',
	'dominant-baseline',
	'visibility'
] as const;

/** Properties a child takes from its parent: written only where they change. */
const INHERITED = new Set<string>(
	STYLE_PROPERTIES.filter((p) => p !== 'opacity' && p !== 'dominant-baseline')
);

/** Initial values (as `getComputedStyle` reports them) of the properties that are not inherited. */
const INITIAL: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto' };

/** The legend of a chart frame: each `<li>` with its swatch `<svg>` and its text. */
export function legendEntries(container: Element): LegendEntry[] {
	return Array.from(container.querySelectorAll('li')).map((li) => ({
		swatch: li.querySelector('svg'),
		label: (li.textContent ?? '').replace(/\s+/g, ' ').trim()
	}));
}

/**
 * The chart as a standalone SVG document: title (also as `<title>`), subtitle, the chart,
 * the legend and the source line, laid out for the chart's current width.
 */
export function chartSvg(source: ChartImageSource): ChartSvg {
	const box = svgSize(source.svg);
	const width = Math.ceil(box.width + 2 * PAD);
	const textWidth = width - 2 * PAD;
	const family = getComputedStyle(source.svg).fontFamily || 'sans-serif';
	const measure = textMeasurer(family);

	const root = el('svg', {
		width,
		viewBox: `0 0 ${width} 0`,
		'font-family': family,
		fill: INK
	});
	root.append(el('title', {}, source.title));
	if (source.subtitle) root.append(el('desc', {}, source.subtitle));
	const background = el('rect', { width: '100%', height: '100%', fill: '#fff' });
	root.append(background);

	let y = PAD;
	const lines = (
		text: string,
		font: typeof TITLE | typeof SUBTITLE | typeof CONTEXT,
		color: string,
		maxWidth = textWidth
	) => {
		for (const line of wrap(text, maxWidth, (s) => measure(s, font.size, font.weight))) {
			y += font.lineHeight;
			root.append(
				el(
					'text',
					{ x: PAD, y: y - 6, 'font-size': font.size, 'font-weight': font.weight, fill: color },
					line
				)
			);
		}
	};
	if (source.context || source.flag) {
		const flagWidth = source.flag ? measure(source.flag, FLAG.size, FLAG.weight) + GAP : 0;
		const top = y;
		if (source.context) lines(source.context, CONTEXT, MUTED, textWidth - flagWidth);
		else y += CONTEXT.lineHeight;
		if (source.flag) {
			root.append(
				el(
					'text',
					{
						x: width - PAD,
						y: top + CONTEXT.lineHeight - 6,
						'text-anchor': 'end',
						'font-size': FLAG.size,
						'font-weight': FLAG.weight,
						fill: FLAG.color
					},
					source.flag
				)
			);
		}
		y += GAP / 2;
	}
	lines(source.title, TITLE, INK);
	if (source.subtitle) lines(source.subtitle, SUBTITLE, MUTED);
	y += GAP;

	const chart = styledClone(source.svg);
	setAttributes(chart, {
		x: PAD,
		y,
		width: box.width,
		height: box.height,
		viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`,
		overflow: 'visible'
	});
	root.append(chart);
	y += box.height + GAP;

	const legend = source.legend ?? [];
	if (legend.length) {
		y = drawLegend(root, legend, y, textWidth, measure) + GAP / 2;
	}
	if (source.source) {
		y += SOURCE.lineHeight;
		root.append(
			el('text', { x: PAD, y: y - 4, 'font-size': SOURCE.size, fill: MUTED }, source.source)
		);
	}
	const height = Math.ceil(y + PAD);
	setAttributes(root, { height, viewBox: `0 0 ${width} ${height}` });
	const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
	return { text, width, height };
}

/** The chart as PNG at `scale` × its size on screen. */
export async function chartPng(source: ChartImageSource, scale = PNG_SCALE): Promise<Blob> {
	const { text, width, height } = chartSvg(source);
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('The browser gave no 2D canvas to draw the chart on.');
		context.fillStyle = '#fff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		// Drawn at the canvas's size, the SVG is rasterised sharp, not scaled up from 1×.
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('The canvas made no PNG.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves the chart as an SVG file. */
export function downloadChartSvg(filename: string, source: ChartImageSource): void {
	downloadBlob(filename, new Blob([chartSvg(source).text], { type: 'image/svg+xml' }));
}

/** Saves the chart as a PNG file. */
export async function downloadChartPng(filename: string, source: ChartImageSource): Promise<void> {
	downloadBlob(filename, await chartPng(source));
}

// ---------------------------------------------------------------- the chart's drawing

/** The drawing's own coordinates: its viewBox, else its size on the page. */
function svgSize(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
	const viewBox = svg.viewBox?.baseVal;
	if (viewBox && viewBox.width > 0 && viewBox.height > 0) {
		return { x: viewBox.x, y: viewBox.y, width: viewBox.width, height: viewBox.height };
	}
	const rect = svg.getBoundingClientRect();
	return { x: 0, y: 0, width: Math.max(1, rect.width), height: Math.max(1, rect.height) };
}

/**
 * A deep copy of `svg` that looks the same without the page's stylesheets: each element gets
 * the computed values of `STYLE_PROPERTIES` as a `style` attribute (inherited ones only where
 * they differ from the parent's), hidden and invisible leaves are dropped, and so are
 * comments and `tabindex`.
 */
function styledClone(svg: SVGSVGElement): SVGSVGElement {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const drop: Element[] = [];
	const walk = (original: Element, copy: Element, parent: CSSStyleDeclaration | null) => {
		const style = getComputedStyle(original);
		if (style.display === 'none' || (isLeaf(original) && isInvisible(style))) {
			drop.push(copy);
			return;
		}
		const declarations: string[] = [];
		for (const property of STYLE_PROPERTIES) {
			const value = style.getPropertyValue(property);
			if (!value) continue;
			const skip = INHERITED.has(property)
				? parent !== null && parent.getPropertyValue(property) === value
				: INITIAL[property] === value;
			if (!skip) declarations.push(`${property}:${localUrl(value)}`);
		}
		if (declarations.length) copy.setAttribute('style', declarations.join(';'));
		else copy.removeAttribute('style');
		copy.removeAttribute('tabindex');
		for (let k = 0; k < original.children.length; k++) {
			walk(original.children[k], copy.children[k], style);
		}
	};
	walk(svg, clone, null);
	for (const element of drop) element.remove();
	removeComments(clone);
	return clone;
}

const isLeaf = (element: Element) => element.children.length === 0 && element.tagName !== 'text';

/** Hidden, or neither filled nor stroked (hit areas). */
function isInvisible(style: CSSStyleDeclaration): boolean {
	if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
	const clear = (paint: string) => paint === 'none' || /^rgba\(.*,\s*0\)$/.test(paint);
	return clear(style.fill) && clear(style.stroke);
}

/** `url("http://host/page#id")` → `url(#id)`: references into the file itself. */
function localUrl(value: string): string {
	return value.replace(/url\(\s*["']?[^"')#]*(#[^"')]+)["']?\s*\)/g, 'url($1)');
}

function removeComments(root: Node): void {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
	const comments: Node[] = [];
	while (walker.nextNode()) comments.push(walker.currentNode);
	for (const comment of comments) comment.parentNode?.removeChild(comment);
}

// ---------------------------------------------------------------- legend and text

/** Legend keys flowed into rows under the chart; returns the y below the last row. */
function drawLegend(
	root: SVGElement,
	legend: readonly LegendEntry[],
	top: number,
	maxWidth: number,
	measure: Measure
): number {
	const itemGap = 18;
	const labelGap = 6;
	let x = 0;
	let row = 0;
	for (const entry of legend) {
		const labelWidth = Math.min(
			maxWidth - LEGEND.swatchWidth - labelGap,
			measure(entry.label, LEGEND.size, LEGEND.weight)
		);
		const itemWidth = LEGEND.swatchWidth + labelGap + labelWidth;
		if (x > 0 && x + itemWidth > maxWidth) {
			x = 0;
			row++;
		}
		const rowTop = top + row * LEGEND.rowHeight;
		const centre = rowTop + LEGEND.rowHeight / 2;
		if (entry.swatch) {
			const swatch = styledClone(entry.swatch);
			setAttributes(swatch, {
				x: PAD + x,
				y: centre - LEGEND.swatchHeight / 2,
				width: LEGEND.swatchWidth,
				height: LEGEND.swatchHeight
			});
			root.append(swatch);
		}
		root.append(
			el(
				'text',
				{
					x: PAD + x + LEGEND.swatchWidth + labelGap,
					y: centre,
					dy: '0.35em',
					'font-size': LEGEND.size,
					fill: INK
				},
				entry.label
			)
		);
		x += itemWidth + itemGap;
	}
	return top + (row + 1) * LEGEND.rowHeight;
}

type Measure = (text: string, size: number, weight: string) => number;

/** Text widths from a canvas, in the chart's font; a rough estimate where there is no canvas. */
function textMeasurer(family: string): Measure {
	const context = document.createElement('canvas').getContext('2d');
	return (text, size, weight) => {
		if (!context) return text.length * size * 0.55;
		context.font = `${weight} ${size}px ${family}`;
		return context.measureText(text).width;
	};
}

/** Words broken into lines no wider than `maxWidth`. */
function wrap(text: string, maxWidth: number, width: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && width(next) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = next;
		}
	}
	if (line) lines.push(line);
	return lines;
}

function el(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
	const element = document.createElementNS(SVG_NS, name);
	setAttributes(element, attributes);
	if (text !== undefined) element.textContent = text;
	return element;
}

function setAttributes(element: Element, attributes: Record<string, string | number>): void {
	for (const [name, value] of Object.entries(attributes)) {
		element.setAttribute(name, String(value));
	}
}
