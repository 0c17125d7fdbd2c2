// The sets a teacher built on this device, on /teach/sets: found again with their links, copied,
// duplicated and deleted. Editing one happens in the set builder (`SetBuilder.edit`).
import { setId } from './set-build';
import type { SharedSet } from './set-link';
import { groupSeries, type KeptSeries, type TeacherSet } from './teacher-sets';

export interface MySetsOptions {
	list: () => Promise<{ sets: TeacherSet[]; setAside: number }>;
	/** Keeps a new set (a duplicate) as the first of its own series. */
	keep: (shared: SharedSet, link: string) => Promise<TeacherSet>;
	/** Forgets sets and their results. */
	remove: (setIds: string[]) => Promise<void>;
	/** How many result codes are kept for a set. */
	results: (setId: string) => Promise<number>;
	/** The whole link for a set. */
	link: (shared: SharedSet) => Promise<string>;
	copy: (text: string) => Promise<void>;
	now: () => Date;
	randomBytes: (count: number) => Uint8Array;
}

/** One set and its versions, with the result codes kept for every version together. */
export interface SetSeries extends KeptSeries {
	results: number;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class MySets {
	#options: MySetsOptions;
	series = $state<SetSeries[]>();
	setAside = $state(0);
	/** What the last action did, for the status line. */
	message = $state('');
	error = $state('');

	constructor(options: MySetsOptions) {
		this.#options = options;
	}

	async load() {
		try {
			const { sets, setAside } = await this.#options.list();
			const grouped = groupSeries(sets);
			this.series = await Promise.all(
				grouped.map(async (s) => {
					const counts = await Promise.all(
						[s.latest, ...s.earlier].map((t) => this.#options.results(t.shared.set.id))
					);
					return { ...s, results: counts.reduce((a, b) => a + b, 0) };
				})
			);
			this.setAside = setAside;
		} catch (e) {
			this.error = `Your sets could not be read: ${message(e)}`;
			this.series ??= [];
		}
	}

	/** A new set with the same questions and settings: its own id, link and results. */
	async duplicate(of: TeacherSet) {
		this.error = '';
		try {
			const title = `${of.shared.set.title} (copy)`.slice(0, 200);
			const shared: SharedSet = {
				...of.shared,
				set: { ...of.shared.set, id: setId(title, this.#options.randomBytes(3)), title },
				createdAt: this.#options.now().toISOString()
			};
			await this.#options.keep(shared, await this.#options.link(shared));
			await this.load();
			this.message = `“${title}” was added, with its own link. Edit it to change it.`;
		} catch (e) {
			this.error = `The set could not be duplicated: ${message(e)}`;
		}
	}

	/** Forgets a set, every version of it and their results. */
	async remove(series: SetSeries) {
		this.error = '';
		try {
			await this.#options.remove([series.latest, ...series.earlier].map((t) => t.shared.set.id));
			await this.load();
			this.message = `“${series.latest.shared.set.title}” was deleted from this device.`;
		} catch (e) {
			this.error = `The set could not be deleted: ${message(e)}`;
		}
	}

	async copy(link: string, title: string) {
		try {
			await this.#options.copy(link);
			this.message = `The link to “${title}” was copied.`;
		} catch {
			this.message = 'Copying is not allowed here: select the link and copy it.';
		}
	}
}
