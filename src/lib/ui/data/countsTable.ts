/**
 * The rows of the headcounts table: one per category, grouped as the page shows them, each
 * reading and writing one number of a unit's `UnitCounts`; and the problems of
 * `checkCounts` as sentences.
 */
import { EDUCATION_LEVELS, POST_TYPES, SKP_RATINGS } from '../../engine/roster';
import type { MessageKey } from '../../i18n/messages';
import type { CountsIssue, UnitCounts } from '../../rosterFiles/counts';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export type CountsGroupId = 'posts' | 'education' | 'skp' | 'punished' | 'training';

export interface CountsRow {
	/** Stable id, e.g. `posts.structural`, `education.S1`, `technical20Jp`. */
	id: string;
	label: (t: Translate) => string;
	get: (u: UnitCounts) => number;
	set: (u: UnitCounts, value: number) => UnitCounts;
}

export interface CountsGroup {
	id: CountsGroupId;
	title: MessageKey;
	rows: CountsRow[];
	/** The group must add up to the unit's total (post types define it; education, SKP check it). */
	sums: boolean;
}

const POST_LABEL = {
	structural: 'data.baseline.post.structural',
	functional: 'data.baseline.post.functional',
	pelaksana: 'data.baseline.post.pelaksana'
} as const satisfies Record<string, MessageKey>;

const SKP_LABEL = {
	sangat_baik: 'Sangat baik',
	baik: 'Baik',
	cukup: 'Cukup / Butuh perbaikan',
	kurang: 'Kurang',
	buruk: 'Buruk / Sangat kurang'
} as const;

const PUNISHMENT_LABEL = {
	ringan: { id: 'Ringan', en: 'Light (ringan)' },
	sedang: { id: 'Sedang', en: 'Medium (sedang)' },
	berat: { id: 'Berat', en: 'Heavy (berat)' }
} as const;

/** The table's groups, in the order shown (education and SKP best first). */
export function countsGroups(lang: 'id' | 'en'): CountsGroup[] {
	return [
		{
			id: 'posts',
			title: 'data.counts.group.posts',
			sums: false,
			rows: POST_TYPES.map((p) => ({
				id: `posts.${p}`,
				label: (t) => t(POST_LABEL[p]),
				get: (u) => u.posts[p],
				set: (u, v) => ({ ...u, posts: { ...u.posts, [p]: v } })
			}))
		},
		{
			id: 'education',
			title: 'data.counts.group.education',
			sums: true,
			rows: [...EDUCATION_LEVELS].reverse().map((e) => ({
				id: `education.${e}`,
				label: (t) => (e === 'SLTP' ? t('data.counts.SLTP') : e),
				get: (u) => u.education[e],
				set: (u, v) => ({ ...u, education: { ...u.education, [e]: v } })
			}))
		},
		{
			id: 'skp',
			title: 'data.counts.group.skp',
			sums: true,
			rows: [...SKP_RATINGS].reverse().map((r) => ({
				id: `skp.${r}`,
				label: () => SKP_LABEL[r],
				get: (u) => u.skp[r],
				set: (u, v) => ({ ...u, skp: { ...u.skp, [r]: v } })
			}))
		},
		{
			id: 'punished',
			title: 'data.counts.group.punished',
			sums: false,
			rows: (['ringan', 'sedang', 'berat'] as const).map((p) => ({
				id: `punished.${p}`,
				label: () => PUNISHMENT_LABEL[p][lang],
				get: (u) => u.punished[p],
				set: (u, v) => ({ ...u, punished: { ...u.punished, [p]: v } })
			}))
		},
		{
			id: 'training',
			title: 'data.counts.group.training',
			sums: false,
			rows: (['technical20Jp', 'seminar', 'leadership', 'functional'] as const).map((k) => ({
				id: k,
				label: (t) => t(`data.counts.${k}`),
				get: (u) => u[k],
				set: (u, v) => ({ ...u, [k]: v })
			}))
		}
	];
}

/** The name of an issue's field as the table labels it. */
function fieldLabel(field: string | undefined, t: Translate, lang: 'id' | 'en'): string {
	if (!field) return '';
	for (const group of countsGroups(lang)) {
		if (group.id === field) return t(group.title);
		const row = group.rows.find((r) => r.id === field);
		if (row) return row.label(t);
	}
	return field;
}

/** One sentence per problem, naming the unit by position and name. */
export function countsIssueText(
	issue: CountsIssue,
	units: readonly UnitCounts[],
	t: Translate,
	lang: 'id' | 'en',
	n: (x: number) => string
): string {
	const unitName = (k: number | undefined) =>
		k === undefined
			? ''
			: units[k]?.name.trim()
				? `${k + 1} (${units[k].name.trim()})`
				: `${k + 1}`;
	return t(`data.counts.issue.${issue.code}`, {
		unit: unitName(issue.unit),
		other: issue.code === 'unit_name_duplicate' ? unitName(issue.expected) : '',
		field: fieldLabel(issue.field, t, lang),
		count: issue.count === undefined ? '' : n(issue.count),
		expected: issue.expected === undefined ? '' : n(issue.expected)
	});
}
