import { z } from '../../schema/zod-mini';
import { hasControlCharacter } from '../../util/checks';
import { findMarkup } from '../../util/markup';
import { NewerVersionError } from '../newer-version';

// One backup file for everything this device holds. Each kind of record is a section (its fields
// in the file, how to read them all, how to merge them in); the sections are listed where the
// stores meet (the progress page), so this module knows none of them.

export const backupFormat = 'factdeck-progress';
/** 1: progress (and the banks made on the device); 2: everything the device holds. */
export const backupVersion = 2;

/** What an import changed, by kind; absent means none. */
export interface ImportCounts {
	reviewsAdded?: number;
	reviewsKnown?: number;
	cardsUpdated?: number;
	settings?: number;
	banks?: number;
	drafts?: number;
	assignments?: number;
	attempts?: number;
	teacherSets?: number;
	setDrafts?: number;
	results?: number;
}

/**
 * How far an import has got: the file checked whole first, then each section saved in turn (a
 * long one record by record).
 */
export interface ImportStep {
	label: string;
	done: number;
	total: number;
}

export interface BackupSection<T extends object> {
	/** The fields this kind fills in the file, with their schemas. */
	fields: { [K in keyof T]: z.ZodMiniType<T[K]> };
	/** What a file without these fields (a version-1 file) holds of them. */
	empty: T;
	/** Everything of this kind on the device, as the file holds it. */
	read(now: Date): Promise<T>;
	/**
	 * The same, a chunk of one list field at a time, its fields in order: what the file is written
	 * from, so a long list is never held whole.
	 */
	stream?(now: Date): AsyncIterable<{ field: keyof T & string; items: unknown[] }>;
	/**
	 * Checks of long fields written by hand, each true exactly when its field's schema accepts the
	 * value (a unit test holds them to it): a file whose long lists pass them is checked without
	 * running zod over every record; one that fails is checked by zod, for its messages.
	 */
	quick?: { [K in keyof T]?: (value: unknown) => boolean };
	/** A rule the schemas cannot express, broken by valid-looking data: said in words. */
	problem?(data: T): string | undefined;
	/**
	 * Merges validated data into the device's, never replacing anything newer; a long merge says
	 * how far it has got through `onProgress` (records written of records to write).
	 */
	merge(
		data: T,
		now: Date,
		onProgress?: (done: number, total: number) => void
	): Promise<ImportCounts>;
}

/** A section among others, its own types forgotten (the list holds sections of every kind). */
export type AnySection = BackupSection<Record<string, unknown>>;
export const section = <T extends object>(s: BackupSection<T>): AnySection =>
	s as unknown as AnySection;

const nothingImported = 'Nothing was imported.';

function describe(error: z.core.$ZodError): string {
	return error.issues
		.slice(0, 5)
		.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`)
		.join('; ');
}

/** Fields a learner typed: kept as they were typed and always shown as text, never checked. */
const typedFields = new Set(['response']);

/**
 * The first string in `value` that is not plain text, as a pasted article is checked: HTML markup,
 * a script address or an HTML entity, or a control character. Its path and what was found.
 */
export function unsafeText(
	value: unknown,
	path: (string | number)[] = []
): { path: string; found: string } | undefined {
	const found = firstUnsafe(value);
	if (!found) return undefined;
	return { path: [...path, ...found.path].join('.'), found: found.found };
}

/** unsafeText's walk: the path is built only on the way back from a find (a file holds millions of strings). */
function firstUnsafe(value: unknown): { path: (string | number)[]; found: string } | undefined {
	if (typeof value === 'string') {
		const markup = findMarkup(value);
		if (markup) return { path: [], found: `HTML ${markup.text.slice(0, 40)}` };
		if (hasControlCharacter(value)) return { path: [], found: 'a control character' };
		return undefined;
	}
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			const found = firstUnsafe(value[i]);
			if (found) return (found.path.unshift(i), found);
		}
		return undefined;
	}
	if (value && typeof value === 'object') {
		for (const key in value) {
			if (!Object.hasOwn(value, key) || typedFields.has(key)) continue;
			const found = firstUnsafe((value as Record<string, unknown>)[key]);
			if (found) return (found.path.unshift(key), found);
		}
	}
	return undefined;
}

/** Records per piece of an exported file. */
const pieceRecords = 500;

/** One item of a list, as `JSON.stringify(file, null, '\t')` writes it two levels down. */
const nested = (value: unknown) => JSON.stringify(value, null, '\t').replace(/\n/g, '\n\t\t');

/** A list of the file already written, chunk by chunk, as jsonPieces writes a list. */
export class ListPieces {
	readonly parts: BlobPart[] = [];
	count = 0;
	/** Adds items at the end (each chunk kept as a Blob, out of the script's memory). */
	add(items: readonly unknown[]): void {
		if (!items.length) return;
		// One stringify of the chunk inside a list of one, so that its items come out two levels
		// deep: the same text as each item's `nested` joined by commas, with no pass per item and
		// no second pass over the text to indent it.
		const whole = JSON.stringify([items], null, '\t');
		const text = (this.count ? ',' : '') + whole.slice('[\n\t['.length, -'\n\t]\n]'.length);
		this.parts.push(typeof Blob === 'undefined' ? text : new Blob([text]));
		this.count += items.length;
	}
}

/**
 * `JSON.stringify(file, null, '\t')` of a flat object whose values may be long lists, cut into
 * pieces: each list written a few hundred records at a time.
 */
export function jsonPieces(file: Record<string, unknown>): BlobPart[] {
	const pieces: BlobPart[] = [];
	const entries = Object.entries(file).filter(([, value]) => value !== undefined);
	if (!entries.length) return ['{}'];
	pieces.push('{');
	entries.forEach(([key, value], i) => {
		const comma = i < entries.length - 1 ? ',' : '';
		const head = `\n\t${JSON.stringify(key)}: `;
		if (value instanceof ListPieces) {
			if (!value.count) pieces.push(`${head}[]${comma}`);
			else pieces.push(`${head}[`, ...value.parts, `\n\t]${comma}`);
			return;
		}
		if (!Array.isArray(value) || value.length === 0) {
			pieces.push(`${head}${JSON.stringify(value, null, '\t').replace(/\n/g, '\n\t')}${comma}`);
			return;
		}
		pieces.push(`${head}[`);
		for (let start = 0; start < value.length; start += pieceRecords) {
			const chunk = value.slice(start, start + pieceRecords).map((item, j) => {
				const last = start + j === value.length - 1;
				return `\n\t\t${nested(item === undefined ? null : item)}${last ? '' : ','}`;
			});
			pieces.push(chunk.join(''));
		}
		pieces.push(`\n\t]${comma}`);
	});
	pieces.push('\n}');
	return pieces;
}

export function createDeviceBackup(sections: readonly AnySection[]) {
	const fields: Record<string, z.ZodMiniType> = {};
	for (const s of sections) {
		for (const [name, schema] of Object.entries(s.fields)) {
			if (name in fields) throw new Error(`Two backup sections fill "${name}".`);
			fields[name] = schema;
		}
	}
	const envelope = {
		format: z.literal(backupFormat),
		exportedAt: z.iso.datetime()
	};
	const quick: Record<string, { check: (value: unknown) => boolean; empty: unknown }> = {};
	for (const s of sections)
		for (const [name, check] of Object.entries(s.quick ?? {}))
			if (check) quick[name] = { check, empty: s.empty[name] };
	const current = z.strictObject({ ...envelope, version: z.literal(backupVersion), ...fields });
	// A version-1 file has some of the fields (progress, and banks when there were any).
	const first = z.strictObject({
		...envelope,
		version: z.literal(1),
		...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, z.optional(v)]))
	});

	/**
	 * The file of everything on this device as a Blob of many short pieces, a few hundred
	 * records each: the same text as `JSON.stringify(file, null, '\t')`, never held as one string.
	 * A section that streams (progress) is read a chunk at a time, each chunk kept as a Blob.
	 */
	async function exportBlob(now: Date): Promise<{ fileName: string; blob: Blob }> {
		const file: Record<string, unknown> = {
			format: backupFormat,
			version: backupVersion,
			exportedAt: now.toISOString()
		};
		for (const s of sections) {
			if (!s.stream) {
				Object.assign(file, await s.read(now));
				continue;
			}
			const lists: Record<string, ListPieces> = {};
			for (const field of Object.keys(s.fields)) lists[field] = new ListPieces();
			for await (const { field, items } of s.stream(now)) lists[field]!.add(items);
			Object.assign(file, lists);
		}
		return {
			fileName: `factdeck-backup-${now.toISOString().slice(0, 10)}.json`,
			blob: new Blob(jsonPieces(file), { type: 'application/json' })
		};
	}

	/** The file of everything on this device, as text (tests, and small files). */
	async function exportText(now: Date): Promise<{ fileName: string; text: string }> {
		const { fileName, blob } = await exportBlob(now);
		return { fileName, text: await blob.text() };
	}

	/**
	 * Checks a whole file (its version, every record's shape, every string for HTML) before
	 * storing anything; throws an Error saying what is wrong in plain words.
	 */
	function validate(text: string): Record<string, unknown> {
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch {
			throw new Error(`This file is not JSON, so it is not a Factdeck backup. ${nothingImported}`);
		}
		const head = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
		if (head.format === backupFormat && typeof head.version === 'number') {
			if (head.version > backupVersion)
				throw new Error(
					`This backup was made by a newer version of Factdeck (backup version ${head.version}; this version reads up to ${backupVersion}). Reload Factdeck to update it, then import the file again. ${nothingImported}`
				);
		}
		const schema = head.version === 1 ? first : current;
		// The long lists that pass their hand checks stand aside (their empty value in their
		// place) while zod checks the rest; any that fails leaves the whole file to zod.
		const checked: Record<string, unknown> = {};
		let rest = data;
		if (data && typeof data === 'object' && !Array.isArray(data)) {
			const fields = { ...(data as Record<string, unknown>) };
			const long = Object.entries(quick).filter(([name]) => Object.hasOwn(fields, name));
			if (long.length && long.every(([name, { check }]) => check(fields[name]))) {
				for (const [name, { empty }] of long) {
					checked[name] = fields[name];
					fields[name] = empty;
				}
				rest = fields;
			}
		}
		const parsed = schema.safeParse(rest);
		if (!parsed.success)
			throw new Error(
				`This file is not a Factdeck progress backup, so nothing was imported (${describe(parsed.error)}).`
			);
		const out: Record<string, unknown> = { ...parsed.data, ...checked };
		for (const s of sections)
			for (const [name, value] of Object.entries(s.empty)) out[name] ??= value;
		const unsafe = unsafeText(out);
		if (unsafe)
			throw new Error(
				`This backup holds something other than plain text (${unsafe.path}: ${unsafe.found}), so it was refused. ${nothingImported}`
			);
		for (const s of sections) {
			const problem = s.problem?.(pick(s, out));
			if (problem)
				throw new Error(`This backup cannot be imported: ${problem}. ${nothingImported}`);
		}
		return out;
	}

	const pick = (s: AnySection, data: Record<string, unknown>) =>
		Object.fromEntries(Object.keys(s.fields).map((name) => [name, data[name]]));

	/**
	 * Validates the whole file, then merges each section in turn; returns what changed. A record
	 * here from a newer version of Factdeck (another tab) is never written over: the import stops
	 * there and says to reload and import again, which adds nothing twice (merges are by item).
	 */
	async function importText(
		text: string,
		now: Date,
		onStep?: (step: ImportStep) => void
	): Promise<ImportCounts> {
		const steps = sections.length + 1;
		onStep?.({ label: 'Checking the file', done: 0, total: steps });
		// Let the page show the step before the checks hold the thread.
		await new Promise((ok) => setTimeout(ok, 0));
		const data = validate(text);
		const total: Record<string, number> = {};
		for (const [i, s] of sections.entries()) {
			const label = 'Saving what it holds';
			onStep?.({ label, done: i + 1, total: steps });
			let counts: ImportCounts;
			try {
				// A long merge has a bar of its own, record by record.
				counts = await s.merge(pick(s, data), now, (done, records) =>
					onStep?.({ label: `${label}: ${done} of ${records} records`, done, total: records })
				);
			} catch (error) {
				if (error instanceof NewerVersionError)
					throw new Error(
						`Part of this backup was not imported: Factdeck was updated in another tab, and what it saved is left as it is. Reload this page and import the file again; nothing is added twice.`,
						{ cause: error }
					);
				throw error;
			}
			for (const [name, n] of Object.entries(counts)) total[name] = (total[name] ?? 0) + (n ?? 0);
		}
		return total;
	}

	return { exportBlob, exportText, validate, importText };
}

export type DeviceBackup = ReturnType<typeof createDeviceBackup>;
