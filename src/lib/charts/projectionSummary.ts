/**
 * The projection chart's text alternative, first sentence: where the index starts and where
 * its last year's median, band and status quo end. Shared by the planner's chart and the
 * comparison chart (each adds its own verdict or targets).
 */
import type { I18n } from '../i18n/i18n.svelte';
import type { ProjectionRow, ProjectionView } from './viewModels';

export function projectionOutcomeText(
	i18n: I18n,
	view: Pick<ProjectionView, 'start'>,
	last: ProjectionRow,
	categoryName: (value: number | null) => string
): string {
	const indexText = (v: number | null) =>
		v === null ? i18n.t('common.noStaff') : i18n.fmt.index(v);
	const start = {
		startYear: i18n.fmt.year(view.start.year),
		start: i18n.fmt.index(view.start.value),
		startCategory: categoryName(view.start.value),
		lastYear: i18n.fmt.year(last.year)
	};
	return last.p50 === null
		? i18n.t('charts.projection.summaryNoStaff', start)
		: i18n.t('charts.projection.summary', {
				...start,
				last: i18n.fmt.index(last.p50),
				lastCategory: categoryName(last.p50),
				low: indexText(last.p10),
				high: indexText(last.p90),
				baseline: indexText(last.baseline)
			});
}
