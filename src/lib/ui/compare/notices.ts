/**
 * What a page must say about the scenarios it could not show, or shows differently from how
 * they were saved, in the page's language.
 */
import { MODEL_VERSION } from '../../scenario/scenario';
import type { Localiser } from '../model/rulebookView';
import type { ProjectedScenario, ProjectionFailure } from './projectScenarios';

export interface Notice {
	kind: 'warn' | 'info';
	text: string;
}

export interface NoticeSources {
	scenarios: readonly ProjectedScenario[];
	unknown?: readonly string[];
	unreadable?: readonly string[];
	leftOut?: ReadonlyArray<{ id: string; name: string }>;
	failed?: readonly ProjectionFailure[];
	max?: number;
}

/** A list as people write it: "a, b dan c" / "a, b and c"; names in quotes. */
export function listText(l: Localiser, items: readonly string[]): string {
	const quoted = items.map((s) => `“${s}”`);
	if (quoted.length <= 1) return quoted.join('');
	return l.t('compare.list', {
		items: quoted.slice(0, -1).join(', '),
		last: quoted[quoted.length - 1]
	});
}

export function scenarioNotices(l: Localiser, sources: NoticeSources): Notice[] {
	const { t } = l;
	const notices: Notice[] = [];
	const { scenarios, unknown = [], unreadable = [], leftOut = [], failed = [], max = 4 } = sources;
	if (unknown.length > 0) {
		notices.push({
			kind: 'warn',
			text: t(unknown.length === 1 ? 'compare.notice.unknownOne' : 'compare.notice.unknown', {
				ids: listText(l, unknown)
			})
		});
	}
	if (unreadable.length > 0) {
		notices.push({
			kind: 'warn',
			text: t('compare.notice.unreadable', { ids: listText(l, unreadable) })
		});
	}
	if (leftOut.length > 0) {
		notices.push({
			kind: 'warn',
			text: t('compare.notice.tooMany', {
				max: l.fmt.number(max),
				count: l.fmt.number(max + leftOut.length),
				names: listText(
					l,
					leftOut.map((s) => s.name)
				)
			})
		});
	}
	for (const f of failed) {
		notices.push({
			kind: 'warn',
			text: t('compare.notice.failed', { name: f.name, reason: f.reason })
		});
	}
	for (const s of scenarios) {
		if (s.roster.kind === 'missing') {
			notices.push({ kind: 'warn', text: t('compare.notice.importedRoster', { name: s.name }) });
		} else if (s.roster.kind === 'stored') {
			const { people, draws, fewerDraws } = s.roster;
			const params = { name: s.name, people: l.fmt.number(people), draws: l.fmt.number(draws) };
			notices.push({
				kind: 'info',
				text: t(
					fewerDraws ? 'compare.notice.storedRosterFewerDraws' : 'compare.notice.storedRoster',
					params
				)
			});
		}
		if (s.modelVersion !== MODEL_VERSION) {
			notices.push({
				kind: 'info',
				text: t('compare.notice.modelVersion', {
					name: s.name,
					saved: s.modelVersion,
					current: MODEL_VERSION
				})
			});
		}
	}
	if (new Set(scenarios.map((s) => s.baselineKey)).size > 1) {
		notices.push({ kind: 'info', text: t('compare.notice.baselines') });
	}
	return notices;
}
