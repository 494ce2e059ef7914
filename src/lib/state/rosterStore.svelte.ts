/**
 * The planner's own roster, kept in this browser only: parsed and checked off the main
 * thread (the roster worker), stored in IndexedDB (localStorage when IndexedDB is unavailable
 * and the roster is small), and read back through the same check, so a store that was
 * tampered with or damaged is refused rather than trusted. Nothing here talks to the server.
 *
 * One store per tab (`rosterStore`): the data page fills it, the planner reads it. On the
 * server it stays empty (`status` 'idle'); `load()` is called from `onMount`.
 */
import type { Roster, Unit } from '../engine/roster';
import { MAX_ROSTER_ROWS, writeRosterCsv } from '../rosterFiles/csv';
import { withRowNumberIds } from '../rosterFiles/personalIds';
import RosterWorker from '../workers/roster.worker?worker';
import {
	runRosterCheck,
	type RosterCheck,
	type RosterCheckRequest,
	type RosterCheckResponse
} from '../workers/rosterProtocol';

/** Where a roster came from: a file the planner chose, or the counts table. */
export type RosterSource = { kind: 'file'; name: string } | { kind: 'counts' };

/** Where the roster is kept; `memory` when the browser would not store it (it is lost on reload). */
export type RosterStorage = 'indexeddb' | 'localstorage' | 'memory';

export interface OwnRoster {
	roster: Roster;
	fingerprint: string;
	source: RosterSource;
	/** ISO time it was imported or generated. */
	savedAt: string;
	/** The planner projects with it (otherwise it is kept but the illustrative data are used). */
	inUse: boolean;
}

/** What the page is waiting for: a file being read (its size), counts, or the stored roster. */
export type RosterWork =
	{ kind: 'file'; name: string; bytes: number } | { kind: 'counts' | 'load' };

/** The stored form: the roster as canonical CSV plus its units, checked again on every load. */
interface StoredRoster {
	v: 1;
	csv: string;
	units: Unit[];
	fingerprint: string;
	source: RosterSource;
	savedAt: string;
	inUse: boolean;
}

const DB_NAME = 'ipasn-simulator';
const DB_STORE = 'roster';
const DB_KEY = 'own';
const LOCAL_KEY = 'ipasn.roster.v1';
/** localStorage holds about 5 million characters per site; stay well under it. */
const LOCAL_MAX_CHARS = 1_500_000;

// ---------------------------------------------------------------- structural check

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

function isUnits(x: unknown): x is Unit[] {
	if (!Array.isArray(x) || x.length === 0 || x.length > MAX_ROSTER_ROWS) return false;
	const ids: Record<string, true> = Object.create(null);
	for (const u of x) {
		if (!isRecord(u) || Object.keys(u).length !== 2) return false;
		if (typeof u.id !== 'string' || !/^[a-z0-9_]{1,1000}$/.test(u.id) || ids[u.id]) return false;
		if (typeof u.name !== 'string' || u.name.trim() === '' || u.name.length > 1000) return false;
		ids[u.id] = true;
	}
	return true;
}

function isSource(x: unknown): x is RosterSource {
	if (!isRecord(x)) return false;
	if (x.kind === 'counts') return Object.keys(x).length === 1;
	return (
		x.kind === 'file' &&
		Object.keys(x).length === 2 &&
		typeof x.name === 'string' &&
		x.name.length <= 300
	);
}

/** The shape of a stored roster; its content is then checked by parsing the CSV again. */
function isStoredRoster(x: unknown): x is StoredRoster {
	return (
		isRecord(x) &&
		x.v === 1 &&
		typeof x.csv === 'string' &&
		isUnits(x.units) &&
		typeof x.fingerprint === 'string' &&
		/^fnv1a64-[0-9a-f]{16}-\d+$/.test(x.fingerprint) &&
		isSource(x.source) &&
		typeof x.savedAt === 'string' &&
		!Number.isNaN(Date.parse(x.savedAt)) &&
		typeof x.inUse === 'boolean'
	);
}

// ---------------------------------------------------------------- storage

function openDb(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(DB_STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
		request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
	});
}

async function withStore<T>(
	mode: IDBTransactionMode,
	use: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await openDb();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(DB_STORE, mode);
			const request = use(tx.objectStore(DB_STORE));
			tx.oncomplete = () => resolve(request.result);
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
	} finally {
		db.close();
	}
}

/** The stored record and where it was, from IndexedDB or else localStorage; null when none. */
async function readStored(): Promise<{ value: unknown; where: RosterStorage } | null> {
	try {
		const value = await withStore('readonly', (s) => s.get(DB_KEY));
		if (value !== undefined) return { value, where: 'indexeddb' };
	} catch (error) {
		console.warn('Reading the roster from IndexedDB failed:', error);
	}
	try {
		const text = localStorage.getItem(LOCAL_KEY);
		return text === null ? null : { value: JSON.parse(text), where: 'localstorage' };
	} catch {
		// Unreadable JSON counts as a damaged store: the check refuses it.
		return { value: null, where: 'localstorage' };
	}
}

async function writeStored(record: StoredRoster): Promise<RosterStorage> {
	try {
		await withStore('readwrite', (s) => s.put(record, DB_KEY));
		try {
			localStorage.removeItem(LOCAL_KEY);
		} catch {
			// No localStorage: nothing to clean up.
		}
		return 'indexeddb';
	} catch (error) {
		console.warn('Storing the roster in IndexedDB failed:', error);
	}
	if (record.csv.length <= LOCAL_MAX_CHARS) {
		try {
			localStorage.setItem(LOCAL_KEY, JSON.stringify(record));
			return 'localstorage';
		} catch (error) {
			console.warn('Storing the roster in localStorage failed:', error);
		}
	}
	return 'memory';
}

async function removeStored(): Promise<void> {
	try {
		await withStore('readwrite', (s) => s.delete(DB_KEY));
	} catch (error) {
		console.warn('Removing the roster from IndexedDB failed:', error);
	}
	try {
		localStorage.removeItem(LOCAL_KEY);
	} catch {
		// No localStorage: nothing stored there.
	}
}

// ---------------------------------------------------------------- the checker

/** Distributes `Omit` over a union (the request kinds). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Runs the checks in the roster worker; on the main thread if no worker can run. */
class RosterChecker {
	private worker: Worker | null = null;
	private nextId = 1;
	private readonly waiting = new Map<
		number,
		{ request: RosterCheckRequest; resolve: (check: RosterCheck) => void }
	>();
	private broken = false;

	/** A roster CSV (stored or generated from counts). */
	check(text: string, units?: Unit[]): Promise<RosterCheck> {
		return this.run({ kind: 'text', text, units });
	}

	/** A chosen file's bytes; `sheet` picks a workbook's sheet. */
	checkFile(bytes: ArrayBuffer, sheet?: number): Promise<RosterCheck> {
		return this.run({ kind: 'file', bytes, sheet });
	}

	private run(body: WithoutId<RosterCheckRequest>): Promise<RosterCheck> {
		const request = { ...body, id: this.nextId++ } as RosterCheckRequest;
		const worker = this.ensureWorker();
		if (!worker) return runRosterCheck(request);
		return new Promise((resolve) => {
			this.waiting.set(request.id, { request, resolve });
			// The bytes are copied, not transferred: if the worker fails, the page reads them again.
			worker.postMessage(request);
		});
	}

	private ensureWorker(): Worker | null {
		if (this.worker || this.broken || typeof Worker === 'undefined') return this.worker;
		try {
			const worker = new RosterWorker();
			worker.onmessage = (event: MessageEvent<RosterCheckResponse>) => {
				const waiting = this.waiting.get(event.data.id);
				this.waiting.delete(event.data.id);
				waiting?.resolve(event.data.check);
			};
			worker.onerror = (event) => {
				// A worker that cannot start (or crashed): finish the waiting checks here.
				console.error('The roster worker failed:', event.message);
				event.preventDefault();
				this.broken = true;
				this.worker?.terminate();
				this.worker = null;
				const waiting = [...this.waiting.values()];
				this.waiting.clear();
				for (const { request, resolve } of waiting) void runRosterCheck(request).then(resolve);
			};
			this.worker = worker;
		} catch (error) {
			console.error('The roster worker could not start:', error);
			this.broken = true;
		}
		return this.worker;
	}
}

// ---------------------------------------------------------------- the store

export class RosterStore {
	/** The stored roster, in use or not; null when there is none. */
	own = $state.raw<OwnRoster | null>(null);
	/** `idle` until `load()` (always on the server), `ready` once storage was read. */
	status = $state<'idle' | 'loading' | 'ready'>('idle');
	/** Work in progress, for a "processing…" status. */
	work = $state.raw<RosterWork | null>(null);
	/** Where the roster is kept (null when there is none). */
	storage = $state<RosterStorage | null>(null);
	/** The stored roster was refused on load (damaged or changed outside the app) and removed. */
	rejectedOnLoad = $state(false);
	/** Parsing and validating the last roster, milliseconds (also measured by the benchmark). */
	lastParseMs = $state<number | null>(null);

	/** The roster the planner projects with: the own roster when in use, else none (illustrative). */
	readonly active: OwnRoster | null = $derived(this.own?.inUse ? this.own : null);

	private readonly checker = new RosterChecker();
	private csv = '';
	/** Raised by every change, so a slow load never overwrites a newer import. */
	private generation = 0;
	private loading: Promise<void> | null = null;

	/** Reads the stored roster once (later calls wait for the same reading). */
	load(): Promise<void> {
		this.loading ??= this.readStorage();
		return this.loading;
	}

	private async readStorage(): Promise<void> {
		const generation = this.generation;
		this.status = 'loading';
		try {
			const found = await readStored();
			if (found === null || generation !== this.generation) return;
			const stored = found.value;
			if (!isStoredRoster(stored)) {
				await this.refuseStored(generation);
				return;
			}
			this.work = { kind: 'load' };
			const check = await this.checker.check(stored.csv, stored.units);
			if (generation !== this.generation) return;
			if (!check.ok || check.fingerprint !== stored.fingerprint) {
				await this.refuseStored(generation);
				return;
			}
			this.csv = check.csv;
			this.lastParseMs = check.parseMs;
			this.own = {
				roster: check.roster,
				fingerprint: check.fingerprint,
				source: stored.source,
				savedAt: stored.savedAt,
				inUse: stored.inUse
			};
			this.storage = found.where;
		} catch (error) {
			console.error('Reading the stored roster failed:', error);
		} finally {
			if (generation === this.generation) this.work = null;
			this.status = 'ready';
		}
	}

	private async refuseStored(generation: number): Promise<void> {
		await removeStored();
		if (generation === this.generation) this.rejectedOnLoad = true;
	}

	/**
	 * Reads a roster file — CSV in any encoding, an Excel workbook (.xlsx; `sheet` picks the
	 * sheet, 0-based) or BKN's PIP ASN file — in the worker, by its bytes. A valid one replaces
	 * the stored roster and is put in use; an invalid one changes nothing. Either way the check
	 * (errors, notices, the workbook's sheets) is returned.
	 */
	async importFile(file: File, sheet?: number): Promise<RosterCheck> {
		this.work = { kind: 'file', name: file.name, bytes: file.size };
		try {
			const check = await this.checker.checkFile(await file.arrayBuffer(), sheet);
			if (check.ok) this.accept(check, { kind: 'file', name: file.name.slice(0, 300) });
			this.lastParseMs = check.parseMs;
			return check;
		} finally {
			this.work = null;
		}
	}

	/** Puts a generated roster (from counts) in use, through the same check as a file. */
	async importGenerated(roster: Roster): Promise<RosterCheck> {
		this.work = { kind: 'counts' };
		try {
			const check = await this.checker.check(writeRosterCsv(roster), roster.units);
			if (check.ok) this.accept(check, { kind: 'counts' });
			return check;
		} finally {
			this.work = null;
		}
	}

	private accept(check: Extract<RosterCheck, { ok: true }>, source: RosterSource): void {
		this.generation++;
		this.csv = check.csv;
		this.rejectedOnLoad = false;
		this.own = {
			roster: check.roster,
			fingerprint: check.fingerprint,
			source,
			// A timestamp written once, not reactive state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			savedAt: new Date().toISOString(),
			inUse: true
		};
		void this.persist();
	}

	/**
	 * Replaces every person's id of the own roster with their row number (a server refuses to
	 * store ids that look like NIPs), through the same check as a file; the source stays.
	 * Returns the roster now in use, or null when there is none or the check failed.
	 */
	async renumberIds(): Promise<OwnRoster | null> {
		const own = this.own;
		if (!own) return null;
		const roster = withRowNumberIds(own.roster);
		const check = await this.checker.check(writeRosterCsv(roster), roster.units);
		if (!check.ok || this.own !== own) return null;
		this.accept(check, own.source);
		return this.own;
	}

	/** Uses the own roster in the planner, or goes back to the illustrative data (keeping it). */
	setInUse(inUse: boolean): void {
		if (!this.own || this.own.inUse === inUse) return;
		this.generation++;
		this.own = { ...this.own, inUse };
		void this.persist();
	}

	/** Removes the roster from this browser; the planner goes back to the illustrative data. */
	async clear(): Promise<void> {
		this.generation++;
		this.own = null;
		this.csv = '';
		this.storage = null;
		await removeStored();
	}

	private async persist(): Promise<void> {
		const own = this.own;
		if (!own) return;
		const generation = this.generation;
		const where = await writeStored({
			v: 1,
			csv: this.csv,
			units: own.roster.units.map((u) => ({ id: u.id, name: u.name })),
			fingerprint: own.fingerprint,
			source: own.source,
			savedAt: own.savedAt,
			inUse: own.inUse
		});
		if (generation === this.generation) this.storage = where;
	}
}

/** The tab's roster store (empty on the server, where nothing calls `load()`). */
export const rosterStore = new RosterStore();
