import {
	symbol,
	symbolCircle,
	symbolCross,
	symbolDiamond2,
	symbolSquare,
	symbolTriangle,
	type SymbolType
} from 'd3-shape';

/** Marker shapes: series differ by shape as well as by colour. */
export type SymbolShape = 'circle' | 'diamond' | 'square' | 'triangle' | 'cross';

const TYPES: Record<SymbolShape, SymbolType> = {
	circle: symbolCircle,
	// The square diamond: d3's `symbolDiamond` is too narrow to read at small sizes.
	diamond: symbolDiamond2,
	square: symbolSquare,
	triangle: symbolTriangle,
	cross: symbolCross
};

/** The SVG path of a shape centred on (0, 0), `size` in square pixels (d3's convention). */
export function symbolPath(shape: SymbolShape, size: number): string {
	return symbol(TYPES[shape], size)() ?? '';
}

/** Fill patterns: a second cue besides colour for bars and stacks. */
export type PatternKind = 'solid' | 'hatch' | 'dots' | 'cross';
