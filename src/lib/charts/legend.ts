import type { PatternKind, SymbolShape } from './marks/symbols';

/** How a legend key is drawn: like the mark it stands for. */
export interface SwatchStyle {
	kind: 'line' | 'area' | 'bar' | 'symbol';
	color: string;
	dash?: string;
	lineWidth?: number;
	symbol?: SymbolShape;
	/** Draw the marker as an outline (a ring for circles). */
	hollow?: boolean;
	pattern?: PatternKind;
	/** Bars only: draw the outline, leave the inside white. */
	outline?: boolean;
}

export interface LegendItem {
	label: string;
	style: SwatchStyle;
}
