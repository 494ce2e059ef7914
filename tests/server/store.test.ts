/**
 * Which store the environment chooses, that the process opens it once, and that a
 * PostgreSQL store that cannot be opened says so clearly (naming DATABASE_URL without its
 * password) instead of hanging or leaking the secret.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolSizeOf, redactDatabaseUrl } from '../../src/lib/server/postgres/connection';
import { openPostgresScenarioRepository } from '../../src/lib/server/postgres/postgresScenarioRepository';
import {
	DEFAULT_DATABASE_PATH,
	chooseStore,
	getScenarioRepository,
	openScenarioStore
} from '../../src/lib/server/store';
import { freePort, makeTempDir, removeTempDir } from './harness';

let dir: string;
const saved = { path: process.env.DATABASE_PATH, url: process.env.DATABASE_URL };

beforeAll(async () => {
	dir = makeTempDir('ipasn-store-');
	process.env.DATABASE_PATH = join(dir, 'sub', 'store.db');
	delete process.env.DATABASE_URL;
});

afterAll(async () => {
	await getScenarioRepository().close();
	for (const [key, value] of [
		['DATABASE_PATH', saved.path],
		['DATABASE_URL', saved.url]
	] as const) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
	removeTempDir(dir);
});

it('opens one repository per process, lazily, at DATABASE_PATH', async () => {
	expect(existsSync(join(dir, 'sub'))).toBe(false);
	const repository = getScenarioRepository();
	expect(existsSync(join(dir, 'sub', 'store.db'))).toBe(true);
	expect(getScenarioRepository()).toBe(repository);
	expect(await openScenarioStore()).toBe(repository);
	const created = await repository.create({ name: 'via the store' });
	expect(await getScenarioRepository().get(created.id)).toEqual(created);
});

describe('choosing the store', () => {
	it('SQLite at ./data/ipasn.db by default, or at DATABASE_PATH', () => {
		expect(DEFAULT_DATABASE_PATH).toBe('./data/ipasn.db');
		expect(chooseStore({})).toEqual({ kind: 'sqlite', path: './data/ipasn.db' });
		expect(chooseStore({ DATABASE_PATH: '/srv/ipasn.db', DATABASE_URL: '  ' })).toEqual({
			kind: 'sqlite',
			path: '/srv/ipasn.db'
		});
	});

	it('PostgreSQL for a postgres:// or postgresql:// DATABASE_URL (DATABASE_PATH is then unused)', () => {
		for (const url of ['postgres://app@db:5432/ipasn', 'postgresql://app:pw@db/ipasn']) {
			expect(chooseStore({ DATABASE_URL: url, DATABASE_PATH: 'x.db' })).toEqual({
				kind: 'postgres',
				url
			});
		}
	});

	it('any other DATABASE_URL is refused, saying what to write, without its password', () => {
		expect(() => chooseStore({ DATABASE_URL: 'mysql://app:hunter2@db/ipasn' })).toThrow(
			/DATABASE_URL=mysql:\/\/app:\*\*\*@db\/ipasn is not a PostgreSQL URL: write postgres:\/\//
		);
		expect(() => chooseStore({ DATABASE_URL: 'mysql://app:hunter2@db/ipasn' })).not.toThrow(
			/hunter2/
		);
	});

	it('redacts the password of a URL; DATABASE_POOL_SIZE is a whole number from 1', () => {
		expect(redactDatabaseUrl('postgres://app:s3cret@db:5432/ipasn')).toBe(
			'postgres://app:***@db:5432/ipasn'
		);
		expect(redactDatabaseUrl('postgres://db/ipasn')).toBe('postgres://db/ipasn');
		expect(poolSizeOf(undefined)).toBe(10);
		expect(poolSizeOf('25')).toBe(25);
		for (const bad of ['0', '-1', '2.5', 'many']) {
			expect(() => poolSizeOf(bad)).toThrow(/DATABASE_POOL_SIZE must be a whole number/);
		}
	});
});

describe('a PostgreSQL store that cannot be opened', () => {
	it('fails within the connect timeout, naming DATABASE_URL without the password', async () => {
		// Nobody listens on this port.
		const url = `postgres://app:hunter2@127.0.0.1:${await freePort()}/ipasn`;
		const error = await openPostgresScenarioRepository(url).then(
			() => null,
			(e: unknown) => e as Error
		);
		expect(error?.message).toMatch(
			/^Could not open the PostgreSQL store at DATABASE_URL=postgres:\/\/app:\*\*\*@127\.0\.0\.1:\d+\/ipasn: .*ECONNREFUSED/
		);
		expect(error?.message).not.toContain('hunter2');
	});
});
