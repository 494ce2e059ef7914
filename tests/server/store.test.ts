import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_DATABASE_PATH, getScenarioRepository } from '../../src/lib/server/store';
import { makeTempDir, removeTempDir } from './harness';

let dir: string;
const saved = process.env.DATABASE_PATH;

beforeAll(async () => {
	dir = makeTempDir('ipasn-store-');
	process.env.DATABASE_PATH = join(dir, 'sub', 'store.db');
});

afterAll(async () => {
	getScenarioRepository().close();
	if (saved === undefined) delete process.env.DATABASE_PATH;
	else process.env.DATABASE_PATH = saved;
	removeTempDir(dir);
});

it('opens one repository per process, lazily, at DATABASE_PATH', async () => {
	expect(existsSync(join(dir, 'sub'))).toBe(false);
	const repository = getScenarioRepository();
	expect(existsSync(join(dir, 'sub', 'store.db'))).toBe(true);
	expect(getScenarioRepository()).toBe(repository);
	const created = await repository.create({ name: 'via the store' });
	expect(await getScenarioRepository().get(created.id)).toEqual(created);
});

it('defaults to ./data/ipasn.db', async () => {
	expect(DEFAULT_DATABASE_PATH).toBe('./data/ipasn.db');
});
