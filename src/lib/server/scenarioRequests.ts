/**
 * The parts of the scenario endpoints' requests that live outside the JSON body schemas of
 * `savedScenario.ts`: the search term of the list, the version a delete names, and the
 * compile of response-curve formulas (mathjs, so only here on the server).
 */
import { z } from 'zod';
import { singleLineText } from '../scenario/plainText';
import type { Inputs } from '../scenario/scenario';
import { formulaInputProblems } from '../scenario/technicalResponse';
import { invalid, parseWith, readOptionalJson } from './http';

/**
 * A body's response-curve formulas compile and stay in range, or a 400 names the input and
 * says why; checked before anything is stored, so a bad formula changes nothing.
 */
export async function requireUsableFormulas(inputs: Inputs | undefined): Promise<void> {
	if (!inputs) return;
	const problems = await formulaInputProblems(inputs);
	if (problems.length > 0)
		throw invalid(
			problems.map((p) => ({ path: `inputs.${p.id}`, message: p.message.en, text: p.message }))
		);
}

const searchTerm = singleLineText().max(200, 'search is at most 200 characters');

/** `?search=` of GET /api/scenarios; absent means everything. */
export function searchOf(url: URL): string {
	const values = url.searchParams.getAll('search');
	if (values.length > 1) throw invalid([{ path: 'search', message: 'give search only once' }]);
	return parseWith(searchTerm, values[0] ?? '', 'search').trim();
}

const versionText = z
	.string()
	.regex(/^[1-9]\d{0,14}$/, 'version must be a whole number of at least 1, e.g. ?version=3')
	.transform(Number);
const deleteBody = z.object({ version: z.number().int().min(1) }).strict();

/**
 * The version a DELETE names: `?version=N`, or a JSON body `{ "version": N }`; if both are
 * given they must agree. Missing: 400.
 */
export async function versionToDelete(request: Request, url: URL): Promise<number> {
	const query = url.searchParams.get('version');
	const fromQuery = query === null ? undefined : parseWith(versionText, query, 'version');
	const body = await readOptionalJson(request);
	const fromBody = body === undefined ? undefined : parseWith(deleteBody, body).version;
	if (fromQuery !== undefined && fromBody !== undefined && fromQuery !== fromBody) {
		throw invalid([
			{ path: 'version', message: `?version=${fromQuery} and the body's ${fromBody} disagree` }
		]);
	}
	const version = fromQuery ?? fromBody;
	if (version === undefined) {
		throw invalid([
			{
				path: 'version',
				message: 'say which version you are deleting: ?version=N (the version you last read)'
			}
		]);
	}
	return version;
}
