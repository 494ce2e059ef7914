/**
 * The status quo a meeting shows on its own slide: each scenario's baseline (`baselineOf`:
 * same seed, roster, years, target and assumptions, every lever at its default) as a scenario
 * of its own, so the slide has the full projection (band and all) that the scenarios' dashed
 * line and "difference from the status quo" refer to.
 */
import { baselineOf } from '../../scenario/resolve';
import type { ScenarioToProject } from '../compare/projectScenarios';

/**
 * One status quo per distinct setup among `scenarios`, in their order: scenarios that share a
 * baseline (and roster) share one status quo. Named `name`, unsaved (no id).
 */
export function statusQuoScenarios(
	scenarios: readonly ScenarioToProject[],
	name: string
): ScenarioToProject[] {
	const seen = new Set<string>();
	const out: ScenarioToProject[] = [];
	for (const s of scenarios) {
		const base = baselineOf({
			schemaVersion: s.schemaVersion,
			modelVersion: s.modelVersion,
			seed: s.seed,
			inputs: s.inputs,
			...(s.agency && { agency: s.agency })
		});
		const fingerprint = s.rosterFingerprint ?? null;
		const key = JSON.stringify([
			base.seed,
			Object.entries(base.inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
			base.agency ?? null,
			fingerprint
		]);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ ...base, id: null, name, rosterFingerprint: fingerprint });
	}
	return out;
}
