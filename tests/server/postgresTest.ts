/**
 * Fresh PostgreSQL databases for tests, in the run's throwaway cluster (postgresCluster.ts):
 * each call creates a new, empty database and returns its URL. Fails, saying how to install
 * PostgreSQL, when the run has no server: the PostgreSQL tests never skip.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';

/** The run's server, as a superuser URL; throws the setup's explanation when there is none. */
export function postgresServerUrl(): string {
	const url = inject('postgresUrl');
	if (!url) throw new Error(inject('postgresProblem') || 'no PostgreSQL server for the tests');
	return url;
}

/** A connection for a test to read or change a database directly (end it when done). */
export function connectTo(url: string): postgres.Sql {
	return postgres(url, { max: 2, onnotice: () => {}, unref_sockets: true });
}

/** Creates an empty database and returns its URL. */
export async function createTestDatabase(label = 'test'): Promise<string> {
	const server = postgresServerUrl();
	const name = `ipasn_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
	const admin = connectTo(server);
	try {
		await admin.unsafe(`CREATE DATABASE ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(server);
	url.pathname = `/${name}`;
	return url.toString();
}
