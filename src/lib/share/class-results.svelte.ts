import type { UseStore } from 'idb-keyval';
import { ShareError } from './codec';
import {
	decodeResultCode,
	decodeResultCodes,
	encodeResultCode,
	readResultFile,
	type SetResult
} from './result-code';
import type { SharedSet } from './set-schema';
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
 * The results a teacher has added for one set, every attempt of every student, kept on this device
 * as the codes they came in. Codes and files that cannot be read, or are for another set, are
 * listed as problems and stored nowhere. Version-2 codes read beside their set: `sets` are the
 * sets the page knows, so a code for another of them is named as such.
 */
export class ClassResults {
	results = $state.raw<SetResult[]>([]);
	errors = $state.raw<ResultProblem[]>([]);
	message = $state('');

	#store: UseStore | undefined;
	/** The code of each entry of `results`, in the same order. */
	#codes: string[] = [];
	/** Stored codes that could not be read here (a set not open): kept, never dropped by a save. */
	#unread: string[] = [];

	constructor(store?: UseStore) {
		this.#store = store;
	}

	/** Shows the results stored for `setId`; codes that cannot be read here stay stored. */
	async load(setId: string | undefined, sets: readonly SharedSet[] = []) {
		this.results = [];
		this.errors = [];
		this.#codes = [];
		this.#unread = [];
		if (!setId) return;
		const saved = await loadTeacherResults(setId, this.#store);
		const decoded = await Promise.allSettled(saved.map((code) => decodeResultCode(code, sets)));
		const results: SetResult[] = [];
		decoded.forEach((d, i) => {
			if (d.status === 'fulfilled') {
				results.push(d.value);
				this.#codes.push(saved[i]!);
			} else this.#unread.push(saved[i]!);
		});
		this.results = results;
	}

	/**
	 * Keeps the results for `setId`; everything else is listed with `problems`. A result already
	 * in the table (or `repeated` in what was pasted) is counted as already added, not added twice.
	 * `codes` are the codes the results came in (else each is written as a version-1 code).
	 */
	async add(
		setId: string,
		found: readonly SetResult[],
		problems: readonly ResultProblem[] = [],
		repeated = 0,
		codes?: readonly string[]
	) {
		const sorted = resultsForSet(setId, found);
		this.errors = [...problems, ...sorted.problems];
		const { fresh: accepted, held } = newResults(this.results, sorted.accepted);
		const already = repeated + held;
		if (accepted.length) {
			const added = await Promise.all(
				accepted.map(async (r) => codes?.[found.indexOf(r)] ?? (await encodeResultCode(r)))
			);
			this.results = [...this.results, ...accepted];
			this.#codes = [...this.#codes, ...added];
			await this.#save(setId);
		}
		this.message = addedMessage(accepted.length, already);
	}

	/** Adds the codes pasted; true when every one of them could be read. */
	async addCodes(setId: string, pasted: string, sets: readonly SharedSet[] = []): Promise<boolean> {
		const decoded = await decodeResultCodes(pasted, sets);
		await this.add(
			setId,
			decoded.results,
			decoded.errors.map((e) => ({ source: codeSource(e.code), message: e.message })),
			decoded.duplicates,
			decoded.codes
		);
		return decoded.errors.length === 0;
	}

	async addFiles(setId: string, files: Iterable<ResultFileInput>, sets: readonly SharedSet[] = []) {
		const found: SetResult[] = [];
		const codes: string[] = [];
		const problems: ResultProblem[] = [];
		for (const file of files) {
			try {
				const read = await readResultFile(await file.text(), sets);
				found.push(read.result);
				codes.push(read.code);
			} catch (e) {
				problems.push({ source: file.name, message: describe(e) });
			}
		}
		await this.add(setId, found, problems, 0, codes);
	}

	/** Shows one problem that is not about a result, such as a set link that cannot be read. */
	fail(source: string, error: unknown) {
		this.errors = [{ source, message: describe(error) }];
	}

	/** Removes every result of one student (all attempts), here and in storage. */
	async removeStudent(setId: string, student: string) {
		const key = studentKey(student);
		const keep = this.results.map((r) => studentKey(r.student) !== key);
		this.results = this.results.filter((_, i) => keep[i]);
		this.#codes = this.#codes.filter((_, i) => keep[i]);
		await this.#save(setId);
		this.message = `Removed the results of ${student.trim()}.`;
	}

	async clear(setId: string) {
		this.results = [];
		this.#codes = [];
		this.#unread = [];
		await saveTeacherResults(setId, [], this.#store);
		this.message = 'Removed all results of this set.';
	}

	async #save(setId: string) {
		await saveTeacherResults(setId, [...this.#codes, ...this.#unread], this.#store);
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
