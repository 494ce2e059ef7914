/**
 * Which mark's tooltip is showing, shared by a chart's focusable marks and its
 * Tooltip. Coordinates are in the chart's SVG pixels (the SVG is drawn at the
 * measured container width, so they are also CSS pixels).
 */
export interface Tip {
	x: number;
	y: number;
	title: string;
	lines: string[];
}

export class TooltipState {
	tip = $state<Tip | null>(null);

	show = (tip: Tip): void => {
		this.tip = tip;
	};

	hide = (): void => {
		this.tip = null;
	};
}
