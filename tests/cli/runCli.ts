/**
 * Runs the command line as a person does (`node --import tsx src/cli.ts …`) and
 * collects its exit status and output. Each process costs about half a second,
 * so `runAll` starts several at once.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

export function cli(args: string[]): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
			cwd: ROOT,
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

/** Runs the commands four at a time, keyed by name. */
export async function runAll<K extends string>(
	commands: Record<K, string[]>
): Promise<Record<K, Run>> {
	const entries = Object.entries(commands) as Array<[K, string[]]>;
	const results = {} as Record<K, Run>;
	let next = 0;
	const worker = async () => {
		while (next < entries.length) {
			const [name, args] = entries[next++];
			results[name] = await cli(args);
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return results;
}
