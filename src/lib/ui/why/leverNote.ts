/**
 * One sentence when a move of the planner's levers lowers the index: what the move added, what
 * paid for it and where ("the extra training places for Bidang Akuntansi were paid for by
 * cutting technical training in 3 other units"), or else the cause that cost the most points.
 *
 * It compares the projection before the move with the one after: the explanation of the year's
 * change (`explain.ts`) and the places funded per unit and per item in that year and the years
 * before it (training counts for a window of years, so an earlier cut can cost points now).
 */
import { CAUSES, type CauseId, type Explanation } from '../../engine/explain';
import { FUNDED_ITEMS, type FundedItem } from '../../engine/funding';
import type { ProjectionResult } from '../../engine/projection';
import type { Formatter } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import type { Translate } from './whyView';

/** Less than this many points of change is no change once shown (hundredths). */
const SHOWN = 0.005;
/** Less than this many places of change is rounding. */
const PLACES = 0.5;

export interface PlacesChange {
	/** Per unit (roster order): technical places funded, after − before, up to the year. */
	units: number[];
	/** Per item: places funded, after − before, up to the year. */
	items: Record<FundedItem, number>;
}

/** Places funded after the move minus before it, added over the years up to `year`. */
export function placesChange(
	before: ProjectionResult,
	after: ProjectionResult,
	year: number
): PlacesChange {
	const units = after.years[0]?.byUnit.map(() => 0) ?? [];
	const items = Object.fromEntries(FUNDED_ITEMS.map((i) => [i, 0])) as Record<FundedItem, number>;
	for (const a of after.years) {
		if (a.year > year) break;
		const b = before.years.find((y) => y.year === a.year);
		if (!b) continue;
		a.byUnit.forEach((u, k) => (units[k] += u.placesFunded - (b.byUnit[k]?.placesFunded ?? 0)));
		for (const i of FUNDED_ITEMS) items[i] += a.places[i] - b.places[i];
	}
	return { units, items };
}

/**
 * The sentence, or null when the move did not lower the index as shown. `unitNames` are in
 * the roster's order; `list` joins names in the page's language.
 */
export function leverNote(
	e: Explanation,
	places: PlacesChange,
	unitNames: readonly string[],
	t: Translate,
	fmt: Formatter,
	list: (names: string[]) => string
): string | null {
	// The change as the screen shows it: the difference of the two indices rounded.
	const change = Math.round(e.after * 100) / 100 - Math.round(e.before * 100) / 100;
	if (!(change <= -SHOWN)) return null;
	const year = fmt.year(e.year);
	const points = fmt.number(Math.abs(change), 2);
	const units = (count: number, other = false) =>
		t(
			other
				? count === 1
					? 'why.lever.otherUnit'
					: 'why.lever.otherUnits'
				: count === 1
					? 'why.lever.unit'
					: 'why.lever.units',
			{ count }
		);
	const item = (i: FundedItem) => t(`why.item.${i}` as MessageKey);

	const gainedUnits = places.units.flatMap((d, k) => (d >= PLACES ? [k] : []));
	const cutUnits = places.units.flatMap((d, k) => (d <= -PLACES ? [k] : []));
	const gains: string[] = [];
	const cuts: string[] = [];
	if (gainedUnits.length)
		gains.push(t('why.lever.gain.units', { units: list(gainedUnits.map((k) => unitNames[k])) }));
	if (cutUnits.length)
		cuts.push(
			t('why.lever.cut.units', {
				units: units(cutUnits.length, gainedUnits.length > 0),
				names: list(cutUnits.map((k) => unitNames[k]))
			})
		);
	for (const i of FUNDED_ITEMS) {
		if (i === 'technical') continue;
		const d = places.items[i];
		if (d >= PLACES) gains.push(t('why.lever.gain.item', { item: item(i) }));
		if (d <= -PLACES) {
			// Named where the cut cost points this year: the units whose people lost them.
			const cause = CAUSE_OF_ITEM[i];
			if (!cause) cuts.push(t('why.lever.cut.item', { item: item(i) }));
			else {
				const where = e.byUnit.filter((u) => u[cause] <= -1e-9).length;
				if (where > 0)
					cuts.push(t('why.lever.cut.itemWhere', { item: item(i), units: units(where) }));
			}
		}
	}
	if (gains.length && cuts.length) {
		// People away on study lose their SKP whatever paid for it: said as well.
		const away = e.byCause.studyLeave;
		const also = away <= -SHOWN ? t('why.lever.studyLeave', { value: fmt.signed(away, 2) }) : '';
		return t('why.lever.paid', { year, points, gains: list(gains), cuts: list(cuts), also });
	}
	const worst = CAUSES.reduce((a, b) => (e.byCause[b] < e.byCause[a] ? b : a));
	return t('why.lever.cause', {
		year,
		points,
		cause: t(`why.phrase.${worst}` as MessageKey),
		value: fmt.signed(e.byCause[worst], 2)
	});
}

/** The cause a funded item's places move. */
const CAUSE_OF_ITEM: Partial<Record<FundedItem, CauseId>> = {
	seminar: 'seminar',
	functional: 'functional',
	leadership: 'leadership',
	technical: 'technical'
};
