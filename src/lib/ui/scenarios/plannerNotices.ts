/**
 * What the planner says about the scenario it opened: a link that could not be
 * opened (and why), a link from another model version, a saved scenario that
 * is gone. Made on the server as data, worded here in the page's language.
 */
import type { MessageKey, MessageParams } from '../../i18n/messages';
import type { LinkNotice, LinkProblem } from '../../scenario/urlCodec';

type Showing = 'link' | 'default';

export type PlannerNotice =
	| LinkNotice
	| { code: 'linkProblem'; problem: LinkProblem }
	| { code: 'savedMissing'; showing: Showing }
	| { code: 'storeUnavailable'; showing: Showing }
	| { code: 'savedModelVersion'; savedVersion: string; currentVersion: string }
	| {
			code: 'savedChanged';
			name: string;
			linkVersion: number;
			currentVersion: number;
			/** ISO time of the current version. */
			time: string;
	  };

type Translate = (key: MessageKey, params?: MessageParams) => string;
type TimeText = (iso: string) => string;

/** Why a link cannot be opened, in the page's language: the param and what it allows. */
export function linkProblemText(problem: LinkProblem, t: Translate): string {
	switch (problem.code) {
		case 'notAChoice':
			return t('scenarios.link.notAChoice', { ...problem, allowed: problem.allowed.join(', ') });
		default: {
			const { code, ...params } = problem;
			return t(`scenarios.link.${code}`, params);
		}
	}
}

/** A notice in the page's language, and whether it is a warning (the numbers are not the link's). */
export function plannerNoticeText(
	notice: PlannerNotice,
	t: Translate,
	time: TimeText
): { text: string; warning: boolean } {
	switch (notice.code) {
		case 'savedChanged':
			return {
				text: t('scenarios.link.savedChanged', { ...notice, time: time(notice.time) }),
				warning: true
			};
		case 'linkProblem':
			return {
				text: t('scenarios.link.cannotOpen', { reason: linkProblemText(notice.problem, t) }),
				warning: true
			};
		case 'savedMissing':
			return { text: t(`scenarios.link.savedMissing.${notice.showing}`), warning: true };
		case 'storeUnavailable':
			return { text: t(`scenarios.link.storeUnavailable.${notice.showing}`), warning: true };
		case 'migrated':
			return { text: t('scenarios.link.migrated', notice), warning: false };
		case 'modelVersion':
			return { text: t('scenarios.link.modelVersion', notice), warning: false };
		case 'noModelVersion':
			return { text: t('scenarios.link.noModelVersion', notice), warning: false };
		case 'savedModelVersion':
			return { text: t('scenarios.link.savedModelVersion', notice), warning: false };
	}
}
