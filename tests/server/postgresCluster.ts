/**
 * vitest globalSetup: one throwaway PostgreSQL cluster per test run, for the tests that run
 * the PostgreSQL store (each test file creates its own database in it, see postgresTest.ts).
 * Debian's `postgresql` package provides the programs (`.ci/run` installs it); the cluster
 * lives in a temporary directory, listens on a free port on 127.0.0.1 (trust authentication,
 * socket in the same directory) and is stopped and removed when the run ends.
 *
 * Without the programs the run does not fail here (unit tests need no database): the tests
 * that need PostgreSQL fail, saying how to install it. `TEST_POSTGRES_URL` points the tests at
 * a server of your own instead (a superuser's URL: they create databases).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A superuser's URL of the run's PostgreSQL server, or '' when there is none. */
		postgresUrl: string;
		/** Why there is none (the message the tests that need one fail with). */
		postgresProblem: string;
	}
}

/** A port nobody listens on (harness.ts has one too; this file runs outside the test workers). */
function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.on('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))
			);
		});
	});
}

/** initdb and pg_ctl: POSTGRES_BIN, else Debian's newest /usr/lib/postgresql/N/bin, else PATH. */
function findBinDir(): string | null {
	const candidates: string[] = [];
	if (process.env.POSTGRES_BIN) candidates.push(process.env.POSTGRES_BIN);
	const debian = '/usr/lib/postgresql';
	if (existsSync(debian)) {
		const versions = readdirSync(debian)
			.filter((v) => /^\d+$/.test(v))
			.sort((a, b) => Number(b) - Number(a));
		candidates.push(...versions.map((v) => join(debian, v, 'bin')));
	}
	for (const dir of candidates) if (existsSync(join(dir, 'initdb'))) return dir;
	const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
	const found = onPath.stdout.trim();
	return onPath.status === 0 && found ? join(found, '..') : null;
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
	const provided = process.env.TEST_POSTGRES_URL;
	if (provided) {
		project.provide('postgresUrl', provided);
		project.provide('postgresProblem', '');
		return undefined;
	}
	const bin = findBinDir();
	if (!bin) {
		project.provide('postgresUrl', '');
		project.provide(
			'postgresProblem',
			'PostgreSQL is not installed: the tests of the PostgreSQL store need initdb and pg_ctl ' +
				'(Debian: `apt-get install postgresql`; .ci/run installs it). Or set POSTGRES_BIN to ' +
				'their directory, or TEST_POSTGRES_URL to a server of your own.'
		);
		return undefined;
	}

	// PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
	const asRoot = process.getuid?.() === 0;
	const owner = asRoot ? 'postgres' : userInfo().username;
	const dir = mkdtempSync(join(tmpdir(), 'ipasn-pg-'));
	if (asRoot) {
		const uid = Number(execFileSync('id', ['-u', owner], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', owner], { encoding: 'utf8' }).trim());
		chownSync(dir, uid, gid);
	}
	const runAsOwner = (program: string, args: string[]) => {
		const [command, fullArgs] = asRoot
			? ['runuser', ['-u', owner, '--', join(bin, program), ...args]]
			: [join(bin, program), args];
		const result = spawnSync(command, fullArgs, { encoding: 'utf8', timeout: 60_000 });
		if (result.status !== 0) {
			throw new Error(
				`${program} failed (${result.status ?? result.error?.message}):\n${result.stdout}${result.stderr}`
			);
		}
	};

	const data = join(dir, 'data');
	const port = await freePort();
	runAsOwner('initdb', [
		'-D',
		data,
		'-U',
		'postgres',
		'-A',
		'trust',
		'-E',
		'UTF8',
		'--no-locale',
		'--no-sync'
	]);
	// Several app servers per test file, each with a pool: room for all of them. The cluster
	// is thrown away after the run and never crashes in a test, so fsync buys nothing here.
	const options = [
		`-p ${port}`,
		`-k ${dir}`,
		"-c listen_addresses='127.0.0.1'",
		'-c max_connections=400',
		'-c fsync=off'
	].join(' ');
	runAsOwner('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);

	project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
	project.provide('postgresProblem', '');
	return () => {
		try {
			runAsOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
