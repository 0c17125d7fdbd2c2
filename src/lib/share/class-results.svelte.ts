import type { UseStore } from 'idb-keyval';
import { ShareError } from './codec';
import {
	decodeResultCode,
	decodeResultCodes,
	encodeResultCode,
	parseResultFile,
	type SetResult
} from './result-code';
import { newResults, studentKey } from './results';
import { loadTeacherResults, saveTeacherResults } from './teacher-sets';

/** Something that was not added, and why. */
export interface ResultProblem {
	source: string;
	message: string;
}

/** A file as the results page reads it (a browser `File` is one). */
export interface ResultFileInput {
	name: string;
	text(): Promise<string>;
}

const describe = (error: unknown) => (error instanceof ShareError ? error.message : String(error));

/** A result code named in a problem: its start is enough to find it in what was pasted. */
export const codeSource = (code: string) => (code.length > 24 ? `${code.slice(0, 24)}…` : code);

/** Splits results into those for `setId` and a problem for each one sent for another set. */
export function resultsForSet(
	setId: string,
	found: readonly SetResult[]
): { accepted: SetResult[]; problems: ResultProblem[] } {
	const accepted: SetResult[] = [];
	const problems: ResultProblem[] = [];
	for (const result of found) {
		if (result.setId === setId) accepted.push(result);
		else {
			problems.push({
				source: result.student,
				message: `This result is for another set ("${result.setId}"), not "${setId}".`
			});
		}
	}
	return { accepted, problems };
}

/**
 * The results a teacher has added for one set, kept on this device as their codes. Codes and
 * files that cannot be read, or are for another set, are listed as problems and stored nowhere.
 */
export class ClassResults {
	results = $state.raw<SetResult[]>([]);
	errors = $state.raw<ResultProblem[]>([]);
	message = $state('');

	#store: UseStore | undefined;

	constructor(store?: UseStore) {
		this.#store = store;
	}

	/** Shows the results stored for `setId`; codes that no longer decode are left out. */
	async load(setId: string | undefined) {
		this.results = [];
		this.errors = [];
		if (!setId) return;
		const saved = await loadTeacherResults(setId, this.#store);
		const decoded = await Promise.allSettled(saved.map((code) => decodeResultCode(code)));
		this.results = decoded.flatMap((d) => (d.status === 'fulfilled' ? [d.value] : []));
	}

	/**
	 * Keeps the results for `setId`; everything else is listed with `problems`. A result already
	 * in the table (or `repeated` in what was pasted) is counted as already added, not added twice.
	 */
	async add(
		setId: string,
		found: readonly SetResult[],
		problems: readonly ResultProblem[] = [],
		repeated = 0
	) {
		const sorted = resultsForSet(setId, found);
		this.errors = [...problems, ...sorted.problems];
		const { fresh: accepted, held } = newResults(this.results, sorted.accepted);
		const already = repeated + held;
		if (accepted.length) {
			this.results = [...this.results, ...accepted];
			await this.#save(setId);
		}
		this.message = addedMessage(accepted.length, already);
	}

	/** Adds the codes pasted; true when every one of them could be read. */
	async addCodes(setId: string, pasted: string): Promise<boolean> {
		const decoded = await decodeResultCodes(pasted);
		await this.add(
			setId,
			decoded.results,
			decoded.errors.map((e) => ({ source: codeSource(e.code), message: e.message })),
			decoded.duplicates
		);
		return decoded.errors.length === 0;
	}

	async addFiles(setId: string, files: Iterable<ResultFileInput>) {
		const found: SetResult[] = [];
		const problems: ResultProblem[] = [];
		for (const file of files) {
			try {
				found.push(await parseResultFile(await file.text()));
			} catch (e) {
				problems.push({ source: file.name, message: describe(e) });
			}
		}
		await this.add(setId, found, problems);
	}

	/** Shows one problem that is not about a result, such as a set link that cannot be read. */
	fail(source: string, error: unknown) {
		this.errors = [{ source, message: describe(error) }];
	}

	/** Removes every result of one student (all attempts), here and in storage. */
	async removeStudent(setId: string, student: string) {
		const key = studentKey(student);
		this.results = this.results.filter((r) => studentKey(r.student) !== key);
		await this.#save(setId);
		this.message = `Removed the results of ${student.trim()}.`;
	}

	async clear(setId: string) {
		this.results = [];
		await saveTeacherResults(setId, [], this.#store);
		this.message = 'Removed all results of this set.';
	}

	async #save(setId: string) {
		const codes = await Promise.all(this.results.map((r) => encodeResultCode(r)));
		await saveTeacherResults(setId, codes, this.#store);
	}
}

/** What an addition did, in the teacher's words. */
export function addedMessage(added: number, already: number): string {
	const results = (n: number) => `${n} result${n === 1 ? '' : 's'}`;
	if (already === 0) return `Added ${results(added)}.`;
	const was = already === 1 ? 'was' : 'were';
	if (added === 0) {
		return already === 1
			? 'This result was already added: it is in the table once.'
			: `These ${already} results were already added: each is in the table once.`;
	}
	return `Added ${results(added)}; ${already} ${was} already added.`;
}
