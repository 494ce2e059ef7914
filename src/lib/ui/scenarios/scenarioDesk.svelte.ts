/**
 * Saving and opening scenarios from the planner: the calls to the scenario API,
 * the dialog open at the moment, the list, and what to tell the planner.
 *
 * Nothing saved is ever overwritten without the version it was read at: a save
 * sends the version last read, and a 409 opens the conflict dialog (load
 * theirs, or save mine as a copy). A failed call changes nothing on screen.
 *
 * With an imported roster on screen (see `activeRoster.ts`), a save records its
 * fingerprint; the staff data goes to the server only when the planner ticks
 * "also store the staff data" in the save dialog, and it is stored before the
 * scenario: if that fails, the scenario is not saved either, and the problem says why.
 */
import type { MessageKey, MessageParams } from '../../i18n/messages';
import type { SavedScenario } from '../../scenario/savedScenario';
import { MODEL_VERSION, SCHEMA_VERSION, type Scenario } from '../../scenario/scenario';
import { minimalInputs } from '../../scenario/urlCodec';
import type { Planner } from '../../state/planner.svelte';
import {
	ApiError,
	TOKEN_STORAGE_KEY,
	rosterApi,
	scenarioApi,
	type ApiIssue,
	type RosterApi,
	type RosterPolicy,
	type ScenarioApi
} from '../../state/scenarioApi';
import type { ActiveRoster } from './activeRoster';
import { failureOf, type ApiFailure } from './apiErrorText';
import {
	checkScenarioFileFormulas,
	readScenarioFile,
	type ScenarioFileResult
} from './scenarioFile';

export type NamePurpose = 'save' | 'saveAs' | 'rename' | 'copy';

export type DeskDialog =
	| {
			kind: 'name';
			purpose: NamePurpose;
			name: string;
			description: string;
			note?: MessageKey;
			/** The imported roster on screen: the dialog offers to store it. */
			roster?: ActiveRoster | null;
	  }
	/** "Save" of a saved scenario with an imported roster it does not name yet. */
	| { kind: 'roster'; roster: ActiveRoster }
	| { kind: 'delete'; target: SavedScenario }
	| { kind: 'conflict'; mine: SavedScenario; theirs: SavedScenario }
	| { kind: 'replace'; scenario: Scenario; fileName: string };

type Retry = () => Promise<void>;
type FileError = Extract<ScenarioFileResult, { ok: false }>['error'];

export type DeskProblem =
	| { code: 'unauthorized'; rejected: boolean; retry: Retry }
	| { code: 'invalid'; issues: ApiIssue[]; message: string; retry: Retry }
	| { code: 'tooLarge'; retry: Retry }
	| { code: 'network'; retry: Retry }
	/** `apiCode`: the API's error code ('' when the failure was not an API answer), for `apiErrorText`. */
	| { code: 'other'; status: number; apiCode: string; message: string; retry: Retry }
	/** The staff data could not be stored, so the scenario was not saved either. */
	| {
			code: 'roster';
			reason: 'tooLarge' | 'invalid' | 'network' | 'other';
			status: number;
			apiCode: string;
			message: string;
			retry: Retry;
	  }
	| { code: 'deleteConflict'; name: string; theirs: SavedScenario }
	| { code: 'file'; fileName: string; error: FileError };

export interface DeskMessage {
	key: MessageKey;
	params?: MessageParams;
	/** A second sentence (what became of the staff data). */
	also?: DeskMessage;
}

export interface DeskOptions {
	api?: ScenarioApi;
	rosters?: RosterApi;
	/** The name of a copy of `name`, in the page's language. */
	copyName: (name: string) => string;
}

/** Storing the roster failed: the save stops there. */
class RosterNotStored extends Error {
	constructor(readonly failure: unknown) {
		super(failure instanceof Error ? failure.message : String(failure));
	}
}

const MAX_NAME = 200;
const SEARCH_DELAY_MS = 200;

function storedToken(): string | null {
	try {
		return localStorage.getItem(TOKEN_STORAGE_KEY);
	} catch {
		return null;
	}
}

export class ScenarioDesk {
	dialog = $state.raw<DeskDialog | null>(null);
	busy = $state(false);
	/** The last thing that went right, for a status line. */
	notice = $state.raw<DeskMessage | null>(null);
	/** The last thing that went wrong, with how to try again. */
	problem = $state.raw<DeskProblem | null>(null);

	scenarios = $state.raw<SavedScenario[]>([]);
	listLoaded = $state(false);
	/** Why the list could not be loaded, as data (the page words it: `apiErrorText`). */
	listError = $state.raw<ApiFailure | null>(null);
	search = $state('');
	/** Saved scenarios ticked for Compare and Meeting mode. */
	selected = $state<string[]>([]);
	/** Name and description of an unsaved scenario (one imported from a file). */
	draftName = $state('');
	draftDescription = $state('');
	/** Who could read a roster stored on this server; null until the server has said. */
	rosterAccess = $state<RosterPolicy['readAccess'] | null>(null);

	private readonly planner: Planner;
	private readonly api: ScenarioApi;
	private readonly rosters: RosterApi;
	private readonly copyName: (name: string) => string;
	/** The roster on screen as the bar last said (see `activeRoster.ts` for undefined/null). */
	private roster: ActiveRoster | null | undefined = undefined;
	private policyRequested = false;
	private listRequest = 0;
	private searchTimer: ReturnType<typeof setTimeout> | undefined;

	/** Ids for Compare and Meeting mode: the open saved scenario first, then the ticked ones. */
	readonly viewIds: string[] = $derived.by(() => {
		const open = this.planner.saved?.id;
		return open ? [open, ...this.selected.filter((id) => id !== open)] : [...this.selected];
	});

	constructor(planner: Planner, options: DeskOptions) {
		this.planner = planner;
		this.api = options.api ?? scenarioApi;
		this.rosters = options.rosters ?? rosterApi;
		this.copyName = (name) => options.copyName(name).slice(0, MAX_NAME);
	}

	// ── Saving ───────────────────────────────────────────────────────────────

	/**
	 * Saves the screen: the first save asks for a name, later ones update at the version read.
	 * `roster` is the roster on screen (see `activeRoster.ts`); an imported one the saved
	 * scenario does not name yet is shown first, with the choice to store it.
	 */
	save(roster?: ActiveRoster | null): Promise<void> | void {
		if (roster !== undefined) this.roster = roster;
		const saved = this.planner.saved;
		if (!saved) {
			this.askName('save');
			return;
		}
		const active = this.roster;
		if (active && active.fingerprint !== saved.rosterFingerprint) {
			this.loadRosterPolicy();
			this.dialog = { kind: 'roster', roster: active };
			return;
		}
		return this.update(saved, null);
	}

	/**
	 * The roster dialog of "Save" was confirmed; `store`: the staff data goes to the server too,
	 * `renumber`: with row numbers instead of NIP-like ids.
	 */
	confirmRosterSave(store: boolean, renumber = false): Promise<void> | void {
		this.dialog = null;
		const saved = this.planner.saved;
		if (!saved) {
			this.askName('save');
			return;
		}
		return this.update(saved, store, renumber);
	}

	/** Updates the saved scenario with the screen; `storeRoster` null: no roster choice was offered. */
	private update(
		saved: SavedScenario,
		storeRoster: boolean | null,
		renumber = false
	): Promise<void> {
		const inputs = minimalInputs(this.planner.inputs);
		const seed = this.planner.seed;
		const agency = this.planner.agency ?? null;
		let roster = this.roster;
		const attempt = () =>
			this.call(attempt, async () => {
				if (storeRoster && renumber && roster) roster = await this.renumbered(roster);
				if (storeRoster && roster) await this.storeRoster(roster);
				const next = await this.api.update(saved.id, {
					version: saved.version,
					seed,
					inputs,
					agency,
					modelVersion: MODEL_VERSION,
					...rosterField(roster)
				});
				this.planner.saved = next;
				this.say(
					'scenarios.notice.saved',
					{ name: next.name, version: next.version },
					storeRoster === null ? undefined : rosterNote(roster, storeRoster)
				);
			});
		return attempt();
	}

	/**
	 * Opens the name dialog. `roster`: the roster on screen, as for `save`; an imported one is
	 * offered for storing (except on a rename, which saves no inputs).
	 */
	askName(purpose: NamePurpose, note?: MessageKey, roster?: ActiveRoster | null): void {
		if (roster !== undefined) this.roster = roster;
		const saved = this.planner.saved;
		const name =
			purpose === 'rename'
				? (saved?.name ?? '')
				: purpose === 'copy' && saved
					? this.copyName(saved.name)
					: purpose === 'save' || purpose === 'saveAs'
						? (saved?.name ?? this.draftName)
						: '';
		const description = saved?.description ?? this.draftDescription;
		const offered = purpose === 'rename' ? null : (this.roster ?? null);
		if (offered) this.loadRosterPolicy();
		this.dialog = { kind: 'name', purpose, name, description, note, roster: offered };
	}

	/**
	 * The name dialog was submitted: create (save, save as, copy) or rename. `storeRoster`: the
	 * planner ticked "also store the staff data" (only offered with an imported roster);
	 * `renumber`: with row numbers instead of NIP-like ids (offered when there are some).
	 */
	submitName(
		purpose: NamePurpose,
		name: string,
		description: string,
		storeRoster = false,
		renumber = false
	): Promise<void> {
		this.dialog = null;
		const saved = this.planner.saved;
		if (purpose === 'rename' && saved) {
			const attempt = () =>
				this.call(attempt, async () => {
					const next = await this.api.update(saved.id, {
						version: saved.version,
						name,
						description
					});
					this.planner.saved = next;
					this.say('scenarios.notice.renamed', { name: next.name });
				});
			return attempt();
		}
		const inputs = minimalInputs(this.planner.inputs);
		const seed = this.planner.seed;
		const agency = this.planner.agency;
		let roster = this.roster;
		const attempt = () =>
			this.call(attempt, async () => {
				if (storeRoster && renumber && roster) roster = await this.renumbered(roster);
				if (storeRoster && roster) await this.storeRoster(roster);
				const created = await this.api.create({
					name,
					description,
					seed,
					inputs,
					...(agency && { agency }),
					schemaVersion: SCHEMA_VERSION,
					modelVersion: MODEL_VERSION,
					...rosterField(roster)
				});
				this.planner.saved = created;
				this.draftName = '';
				this.draftDescription = '';
				this.say(
					'scenarios.notice.created',
					{ name: created.name },
					rosterNote(roster, storeRoster)
				);
			});
		return attempt();
	}

	/**
	 * The roster with row numbers for ids when some look like NIPs (the server refuses to store
	 * those), now also the one on screen, so the scenario names the roster that is stored. A
	 * roster without such ids is kept as it is; a failure stops the save.
	 */
	private async renumbered(roster: ActiveRoster): Promise<ActiveRoster> {
		if (!roster.withRowNumbers || !roster.nipIds?.()) return roster;
		const numbered = await roster.withRowNumbers();
		if (!numbered) {
			throw new RosterNotStored(
				new Error('The roster changed while its ids were being replaced; save again.')
			);
		}
		this.roster = numbered;
		return numbered;
	}

	/** Stores the roster (idempotent: a retry stores nothing twice); a failure stops the save. */
	private async storeRoster(roster: ActiveRoster): Promise<void> {
		try {
			await this.rosters.put(roster.fingerprint, {
				csv: roster.csv(),
				units: roster.unitList?.()
			});
		} catch (error) {
			throw new RosterNotStored(error);
		}
	}

	/** Asks the server, once, who could read a stored roster, for the dialog's notice. */
	private loadRosterPolicy(): void {
		if (this.policyRequested) return;
		this.policyRequested = true;
		this.rosters.policy().then(
			(policy) => (this.rosterAccess = policy.readAccess),
			() => {
				// The notice names both cases meanwhile; the next dialog asks again.
				this.policyRequested = false;
			}
		);
	}

	/** The conflict dialog's choices; closing it (Escape) keeps the screen as it is. */
	loadTheirs(theirs: SavedScenario): void {
		this.dialog = null;
		this.planner.load(theirs);
		this.say('scenarios.notice.loadedTheirs', { name: theirs.name, version: theirs.version });
	}

	saveMineAsCopy(): void {
		this.askName('copy');
	}

	// ── The list ─────────────────────────────────────────────────────────────

	/** A copy of a saved scenario as stored (not what is on screen); the author is left blank. */
	duplicate(target: SavedScenario): Promise<void> {
		const attempt = () =>
			this.call(attempt, async () => {
				const copy = await this.api.create({
					name: this.copyName(target.name),
					description: target.description,
					seed: target.seed,
					inputs: target.inputs,
					...(target.agency && { agency: target.agency }),
					schemaVersion: SCHEMA_VERSION,
					modelVersion: target.modelVersion,
					rosterFingerprint: target.rosterFingerprint
				});
				this.say('scenarios.notice.duplicated', { name: copy.name });
			});
		return attempt();
	}

	askDelete(target: SavedScenario): void {
		this.dialog = { kind: 'delete', target };
	}

	/** Deletes at the version the list showed: a scenario changed since is not deleted. */
	confirmDelete(target: SavedScenario): Promise<void> {
		this.dialog = null;
		const attempt = () =>
			this.call(
				attempt,
				async () => {
					try {
						await this.api.remove(target.id, target.version);
						this.say('scenarios.notice.deleted', { name: target.name });
					} catch (error) {
						if (!(error instanceof ApiError) || error.status !== 404) throw error;
						this.say('scenarios.notice.alreadyDeleted', { name: target.name });
					}
					// Its inputs stay on screen, now as an unsaved scenario.
					if (this.planner.saved?.id === target.id) {
						this.draftName = target.name;
						this.draftDescription = target.description;
						this.planner.saved = null;
					}
					this.selected = this.selected.filter((id) => id !== target.id);
				},
				'delete'
			);
		return attempt();
	}

	setSearch(search: string): void {
		this.search = search;
		clearTimeout(this.searchTimer);
		this.searchTimer = setTimeout(() => void this.refresh(), SEARCH_DELAY_MS);
	}

	toggleSelected(id: string, on: boolean): void {
		this.selected = on
			? [...this.selected.filter((x) => x !== id), id]
			: this.selected.filter((x) => x !== id);
	}

	/** Reloads the list; an answer to an older search is dropped. */
	async refresh(): Promise<void> {
		const request = ++this.listRequest;
		try {
			const scenarios = await this.api.list(this.search);
			if (request !== this.listRequest) return;
			this.scenarios = scenarios;
			this.listError = null;
		} catch (error) {
			if (request !== this.listRequest) return;
			this.listError = failureOf(error);
		} finally {
			if (request === this.listRequest) this.listLoaded = true;
		}
	}

	// ── Files ────────────────────────────────────────────────────────────────

	/** Reads a scenario file: a bad one changes nothing and says why. */
	async importFile(file: File): Promise<void> {
		this.notice = null;
		const result = await checkScenarioFileFormulas(readScenarioFile(await file.text()));
		if (!result.ok) {
			this.problem = { code: 'file', fileName: file.name, error: result.error };
			return;
		}
		this.problem = null;
		if (this.planner.dirty)
			this.dialog = { kind: 'replace', scenario: result.scenario, fileName: file.name };
		else this.applyImport(result.scenario, file.name);
	}

	/** Puts an imported scenario on screen as a new, unsaved one named after it. */
	applyImport(scenario: Scenario, fileName: string): void {
		this.dialog = null;
		this.planner.saved = null;
		this.planner.inputs = { ...scenario.inputs };
		this.planner.seed = scenario.seed;
		this.planner.agency = scenario.agency;
		this.draftName = scenario.name ?? '';
		this.draftDescription = scenario.description ?? '';
		this.say('scenarios.imported', { name: scenario.name ?? fileName });
	}

	/** The scenario on screen as a file carries it. */
	fileScenario(fallbackName: string): Scenario {
		const saved = this.planner.saved;
		return {
			...this.planner.scenario,
			name: saved?.name ?? (this.draftName || fallbackName),
			description: saved?.description ?? this.draftDescription
		};
	}

	// ── Errors ───────────────────────────────────────────────────────────────

	/** Stores the planner token in this browser and tries the failed call again. */
	storeToken(token: string, retry: Retry): Promise<void> {
		try {
			localStorage.setItem(TOKEN_STORAGE_KEY, token.trim());
		} catch {
			// Storage unavailable: the retry fails with 401 again and the field stays.
		}
		return retry();
	}

	dismissProblem(): void {
		this.problem = null;
	}

	dismissNotice(): void {
		this.notice = null;
	}

	private say(key: MessageKey, params?: MessageParams, also?: DeskMessage): void {
		this.notice = { key, params, also };
	}

	/** Runs one API call: busy while it runs, the list refreshed after, failures kept as `problem`. */
	private async call(
		retry: Retry,
		action: () => Promise<void>,
		intent: 'write' | 'delete' = 'write'
	): Promise<void> {
		this.busy = true;
		this.problem = null;
		this.notice = null;
		try {
			await action();
		} catch (error) {
			this.fail(error, retry, intent);
		} finally {
			this.busy = false;
			void this.refresh();
		}
	}

	private fail(error: unknown, retry: Retry, intent: 'write' | 'delete'): void {
		if (error instanceof RosterNotStored) {
			this.failRoster(error.failure, retry);
			return;
		}
		if (!(error instanceof ApiError)) {
			const message = error instanceof Error ? error.message : String(error);
			this.problem = { code: 'other', status: 0, apiCode: '', message, retry };
			return;
		}
		const saved = this.planner.saved;
		switch (error.status) {
			case 409:
				if (intent === 'write' && error.current && saved && error.current.id === saved.id) {
					this.dialog = { kind: 'conflict', mine: saved, theirs: error.current };
				} else if (error.current) {
					this.problem = {
						code: 'deleteConflict',
						name: error.current.name,
						theirs: error.current
					};
				} else {
					this.problem = {
						code: 'other',
						status: 409,
						apiCode: error.code,
						message: error.message,
						retry
					};
				}
				return;
			case 404:
				// The scenario on screen was deleted meanwhile: keep its inputs, offer a new save.
				if (intent === 'write' && saved) {
					this.draftName = saved.name;
					this.draftDescription = saved.description;
					this.planner.saved = null;
					this.askName('save', 'scenarios.error.gone');
					return;
				}
				break;
			case 401:
				this.problem = { code: 'unauthorized', rejected: storedToken() !== null, retry };
				return;
			case 400:
				this.problem = { code: 'invalid', issues: error.issues, message: error.message, retry };
				return;
			case 413:
				this.problem = { code: 'tooLarge', retry };
				return;
			case 0:
				this.problem = { code: 'network', retry };
				return;
		}
		this.problem = {
			code: 'other',
			status: error.status,
			apiCode: error.code,
			message: error.message,
			retry
		};
	}

	private failRoster(error: unknown, retry: Retry): void {
		const message = error instanceof Error ? error.message : String(error);
		if (!(error instanceof ApiError)) {
			this.problem = { code: 'roster', reason: 'other', status: 0, apiCode: '', message, retry };
			return;
		}
		if (error.status === 401) {
			this.problem = { code: 'unauthorized', rejected: storedToken() !== null, retry };
			return;
		}
		const reason =
			error.status === 413
				? 'tooLarge'
				: error.status === 0
					? 'network'
					: error.status === 400
						? 'invalid'
						: 'other';
		this.problem = {
			code: 'roster',
			reason,
			status: error.status,
			apiCode: error.code,
			message,
			retry
		};
	}
}

/** The scenario's `rosterFingerprint` for the roster on screen; nothing when the page does not say. */
function rosterField(roster: ActiveRoster | null | undefined): {
	rosterFingerprint?: string | null;
} {
	return roster === undefined ? {} : { rosterFingerprint: roster?.fingerprint ?? null };
}

/** What became of an imported roster's staff data, after a save that offered to store it. */
function rosterNote(
	roster: ActiveRoster | null | undefined,
	stored: boolean
): DeskMessage | undefined {
	if (!roster) return undefined;
	return stored
		? { key: 'scenarios.notice.rosterStored', params: { people: roster.people } }
		: { key: 'scenarios.notice.rosterKept' };
}
