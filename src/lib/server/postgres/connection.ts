/**
 * How the PostgreSQL store connects: `DATABASE_URL` (postgres:// or postgresql://) names the
 * server and database, `DATABASE_POOL_SIZE` how many connections each app server keeps at
 * most. Several app servers share one database, so the pool sizes of all of them together
 * must stay under the server's `max_connections` (100 by default).
 */

/** Connections per app server when `DATABASE_POOL_SIZE` is not set. */
export const DEFAULT_POOL_SIZE = 10;

/** Whether `url` names a PostgreSQL database rather than anything else. */
export function isPostgresUrl(url: string): boolean {
	return /^postgres(ql)?:\/\//i.test(url.trim());
}

/**
 * The URL as it may appear in a log or an error message: the password replaced by `***`
 * (and a URL that does not even parse shown only by its scheme).
 */
export function redactDatabaseUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return `${url.split(':')[0]}://… (not a valid URL)`;
	}
}

/** `DATABASE_POOL_SIZE` read strictly: a whole number from 1 to 1000, or the default. */
export function poolSizeOf(value: string | undefined): number {
	if (value === undefined || value.trim() === '') return DEFAULT_POOL_SIZE;
	const size = Number(value);
	if (!Number.isInteger(size) || size < 1 || size > 1000) {
		throw new Error(
			`DATABASE_POOL_SIZE must be a whole number from 1 to 1000 (connections per app server); got "${value}".`
		);
	}
	return size;
}
