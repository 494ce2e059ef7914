/**
 * Scenarios' targets for a chart: one line per distinct target (value and year), naming every
 * scenario that has it, so equal targets are drawn once and none is left out.
 */

export interface ScenarioTarget {
	key: string;
	label: string;
	target: { value: number; year: number };
}

export interface TargetGroup {
	/** Stable key of the group: its scenarios' keys. */
	key: string;
	value: number;
	year: number;
	/** The scenarios with this target, in the order given. */
	keys: string[];
	labels: string[];
}

/** The distinct targets of `scenarios`, in the order their first scenario comes. */
export function targetGroups(scenarios: readonly ScenarioTarget[]): TargetGroup[] {
	const groups = new Map<string, TargetGroup>();
	for (const s of scenarios) {
		const id = `${s.target.value}@${s.target.year}`;
		const group = groups.get(id);
		if (group) {
			group.keys.push(s.key);
			group.labels.push(s.label);
		} else {
			groups.set(id, {
				key: '',
				value: s.target.value,
				year: s.target.year,
				keys: [s.key],
				labels: [s.label]
			});
		}
	}
	return [...groups.values()].map((g) => ({ ...g, key: g.keys.join('|') }));
}
