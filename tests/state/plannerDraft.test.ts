import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	isBareAddress,
	markRestored,
	readDraft,
	restoredQuery,
	saveDraft,
	takeRestored
} from '../../src/lib/state/plannerDraft';

/** A tab's sessionStorage, fresh for every test. */
function fakeStorage(): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		clear: () => map.clear(),
		getItem: (key) => map.get(key) ?? null,
		key: (i) => [...map.keys()][i] ?? null,
		removeItem: (key) => void map.delete(key),
		setItem: (key, value) => void map.set(key, String(value))
	};
}

beforeEach(() => vi.stubGlobal('sessionStorage', fakeStorage()));
afterEach(() => vi.unstubAllGlobals());

const SHARE = 'i.trainingBudgetShare=1.2';

describe('which address restores the draft', () => {
	it.each([
		['', true],
		['lang=en', true],
		['id=abc', false],
		[SHARE, false],
		['draws=1000', false],
		['rev=2', false]
	])('"%s" is bare: %s', (query, bare) => {
		expect(isBareAddress(new URLSearchParams(query))).toBe(bare);
	});

	it('a bare address opens the draft, keeping its language', () => {
		saveDraft(SHARE);
		expect(restoredQuery(new URLSearchParams(''))).toBe(SHARE);
		expect(
			new URLSearchParams(restoredQuery(new URLSearchParams('lang=en')) ?? '').get('lang')
		).toBe('en');
	});

	it('an address that names a scenario wins over the draft', () => {
		saveDraft(SHARE);
		expect(restoredQuery(new URLSearchParams('id=abc'))).toBeNull();
		expect(restoredQuery(new URLSearchParams('i.trainingBudgetShare=2'))).toBeNull();
	});
});

describe('the stored draft', () => {
	it('the status quo (an empty link) forgets it', () => {
		saveDraft(SHARE);
		saveDraft('');
		expect(readDraft()).toBeNull();
	});

	it('a value that is no valid share link is dropped', () => {
		sessionStorage.setItem('ipasn.planner.draft.v1', 'i.trainingBudgetShare=banana');
		expect(readDraft()).toBeNull();
		expect(sessionStorage.length).toBe(0);
	});

	it('no storage at all keeps nothing and throws nothing', () => {
		vi.stubGlobal('sessionStorage', undefined);
		expect(() => saveDraft(SHARE)).not.toThrow();
		expect(readDraft()).toBeNull();
	});

	it('"restored" is said once, for the restored address only', () => {
		markRestored(SHARE);
		expect(takeRestored('i.trainingBudgetShare=2')).toBe(false);
		markRestored(SHARE);
		expect(takeRestored(SHARE)).toBe(true);
		expect(takeRestored(SHARE)).toBe(false);
	});
});
