// The teacher's set on /teach: which questions, which settings, and the link that carries it.
import { questionTypes, type QuestionType } from '../schema/question-types';
import type { TeachBank } from './set-build';
import { seededRandom } from '../util/random';
import { localDay } from './due';
import {
	draftChanged,
	drawQuestions,
	newestWins,
	pickConflicts,
	setId,
	setProblem,
	swapFor,
	type DraftFields
} from './set-build';
import { encodeSetLink, type SharedSet } from './set-link';
import type { SetDraft, TeacherSet } from './teacher-sets';

/** Where the set being built is kept between visits (share/teacher-sets.ts in the app). */
export interface DraftStore {
	load(): Promise<SetDraft | undefined>;
	save(draft: SetDraft): Promise<void>;
	clear(): Promise<void>;
	/** A kept set, to edit. */
	kept(setId: string): Promise<TeacherSet | undefined>;
}

export interface SetBuilderOptions {
	/** The built-in banks. */
	builtIn: () => TeachBank[];
	/** The banks made on this device, read when the page runs. */
	readLocalBanks: () => Promise<{ banks: TeachBank[]; problems: string[] }>;
	/** The address that opens a set link's fragment. */
	linkFor: (fragment: string) => string;
	/**
	 * Keeps a shared set on this device, so it can be found again and its results read back: a
	 * new version of `of` when the builder was editing that set.
	 */
	keep: (set: SharedSet, link: string, of?: TeacherSet) => Promise<TeacherSet>;
	/** Keeps the set being built across reloads; without it nothing is kept. */
	drafts?: DraftStore;
	/** Makes the link's QR code ready, or throws when the link is too long for one. */
	qr: (link: string) => Promise<string>;
	copy: (text: string) => Promise<void>;
	now: () => Date;
	randomBytes: (count: number) => Uint8Array;
}

export interface SetItem {
	key: string;
	bankId: string;
	question: TeachBank['questions'][number];
	/** Its fact's statement, or '' when the bank has none. */
	fact: string;
}

const key = (bankId: string, id: string) => `${bankId}/${id}`;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class SetBuilder {
	#options: SetBuilderOptions;

	/** False until the page runs: picking and drawing need its script. */
	ready = $state(false);
	localBanks = $state<TeachBank[]>([]);
	localProblem = $state('');
	chosenBanks = $state<string[]>([]);
	chosenTypes = $state<QuestionType[]>([...questionTypes]);
	/** A fact's key, or '' for every fact. */
	factFilter = $state('');
	/** The picked questions' keys, in the order picked: the set's order. */
	picked = $state<string[]>([]);
	drawCount = $state(10);

	title = $state('');
	instructions = $state('');
	order = $state<'fixed' | 'shuffled'>('shuffled');
	mode = $state<'quiz' | 'flashcards'>('quiz');
	feedback = $state<'immediate' | 'end'>('immediate');
	due = $state('');
	passMark = $state(60);
	attempts = $state<number | undefined>(undefined);

	previewing = $state(false);
	shared = $state<SharedSet>();
	link = $state('');
	qr = $state('');
	qrError = $state('');
	error = $state('');
	copied = $state('');

	/** The kept set this one will be a new version of, when editing. */
	editing = $state<TeacherSet>();
	/** Said once the page runs: a set in progress brought back, or a set opened to edit. */
	notice = $state('');
	/** Set when the set being built cannot be kept on this device. */
	draftError = $state('');
	/** Picked questions a kept draft or set names that no bank here has any more. */
	missing = $state(0);
	/** False until what was kept has been read, so nothing is written over it before. */
	#keeping = false;
	/** The form as the page opened it, while what was kept is being read: changes since then win. */
	#opened?: DraftFields;
	/** Set when a kept set was read back over changes the teacher made while it loaded. */
	#changedMeanwhile = false;
	/** The last write of the draft, so a caller can wait for it. */
	#writing: Promise<void> = Promise.resolve();
	/** The draft as it was when last shared: kept in My sets, so not kept again as a draft. */
	#sharedDraft = '';

	/** The teacher's day, for the due date's earliest choice. */
	get today(): string {
		return localDay(this.#options.now());
	}

	constructor(options: SetBuilderOptions) {
		this.#options = options;
	}

	#builtIn() {
		return this.#options.builtIn();
	}

	readonly banks = $derived([...this.#builtIn(), ...this.localBanks]);
	readonly localIds = $derived(this.localBanks.map((b) => b.id));
	readonly allItems: SetItem[] = $derived(
		this.banks.flatMap((bank) =>
			bank.questions.map((question) => ({
				key: key(bank.id, question.id),
				bankId: bank.id,
				question,
				fact: bank.facts.find((f) => f.id === question.factId)?.statement ?? ''
			}))
		)
	);
	/** The facts of the chosen banks, to filter by. */
	readonly facts = $derived(
		this.banks
			.filter((b) => this.chosenBanks.includes(b.id))
			.flatMap((b) => b.facts.map((f) => ({ ...f, key: key(b.id, f.id) })))
	);
	/** The questions that pass the bank, type and fact filters. */
	readonly candidates = $derived(
		this.allItems.filter(
			(item) =>
				this.chosenBanks.includes(item.bankId) &&
				this.chosenTypes.includes(item.question.type) &&
				(!this.factFilter || key(item.bankId, item.question.factId) === this.factFilter)
		)
	);
	readonly pickedItems = $derived(
		this.picked
			.map((k) => this.allItems.find((item) => item.key === k))
			.filter((item) => item !== undefined)
	);

	/** Picked questions that test one fact, or whose prompt gives another's answer away. */
	readonly conflicts = $derived(pickConflicts(this.pickedItems));

	/**
	 * Chooses every built-in bank, then reads the banks on this device and chooses them too; a
	 * `wanted` bank (arriving from its page) is chosen alone. Then opens the kept set `edit`, or
	 * brings back the set that was being built.
	 */
	async start(wanted?: string, edit?: string) {
		this.#opened = $state.snapshot(this.draft);
		this.chosenBanks = this.#builtIn().map((b) => b.id);
		this.ready = true;
		try {
			const result = await this.#options.readLocalBanks();
			this.localBanks = result.banks;
			if (result.problems.length) this.localProblem = result.problems.join(' ');
			if (wanted && this.banks.some((b) => b.id === wanted)) this.chosenBanks = [wanted];
			else this.chosenBanks = [...this.chosenBanks, ...this.localBanks.map((b) => b.id)];
		} catch (error) {
			this.localProblem = `Banks made on this device could not be read: ${error instanceof Error ? error.message : String(error)}`;
		}
		await this.#restore(edit);
		this.#opened = undefined;
	}

	async #restore(edit?: string) {
		const drafts = this.#options.drafts;
		if (!drafts) return;
		try {
			const kept = edit ? await drafts.kept(edit) : undefined;
			const found = await drafts.load();
			// A set being built with changes not shared yet is never replaced without a word.
			const draft = found && (found.title.trim() || found.picked.length) ? found : undefined;
			const back = async (d: SetDraft) => {
				const of = d.editing ? await drafts.kept(d.editing) : undefined;
				this.#fill(d, of);
				return d.title.trim() ? `“${d.title.trim()}”` : 'The set';
			};
			if (kept && (!draft || draft.editing === kept.shared.set.id)) {
				this.edit(kept);
				// Changes to this very set, made before a reload, are brought back over it.
				if (draft) this.notice = `${await back(draft)} you were editing is back, as you left it.`;
			} else if (kept && draft) {
				const what = await back(draft);
				this.notice = `${what} you were building is back, as you left it: share it, or start a new set, before editing “${kept.shared.set.title}” from My sets.`;
			} else {
				if (edit) this.notice = 'That set is not kept on this device any more.';
				if (draft) {
					const what = await back(draft);
					const before = edit ? `${this.notice} ` : '';
					this.notice = `${before}${what} you were building is back, as you left it.`;
				}
			}
			if (this.#opened && this.#changedMeanwhile) {
				this.notice = `${this.notice} The changes you made while it was loading are kept.`.trim();
			}
			this.#keeping = true;
			// Changes made while the kept set was being read are kept now.
			this.keepDraft();
		} catch (error) {
			this.draftError = `The set you were building could not be read: ${message(error)}`;
		}
	}

	/** Opens a kept set to change it; sharing it then makes its next version. */
	edit(kept: TeacherSet) {
		const { set, questions } = kept.shared;
		this.#fill(
			{
				...set,
				v: 1,
				due: set.due ?? '',
				picked: questions.map((q) => key(q.bankId, q.question.id)),
				savedAt: kept.savedAt
			},
			kept
		);
		this.notice = `Editing “${set.title}” (version ${kept.edition}). Sharing it makes version ${kept.edition + 1}, with its own link; the results of version ${kept.edition} stay on the results page.`;
	}

	#fill(kept: Omit<SetDraft, 'editing'>, of: TeacherSet | undefined) {
		// Read back while the teacher was already changing the form: their newest changes win.
		const known = this.allItems.map((item) => item.key);
		const mine = $state.snapshot(this.draft);
		const draft = this.#opened ? newestWins(this.#opened, mine, kept) : kept;
		if (this.#opened) {
			if (draftChanged(this.#opened, mine)) this.#changedMeanwhile = true;
			// From now on the teacher's changes are what differs from the set just read.
			this.#opened = { ...kept, picked: kept.picked.filter((k) => known.includes(k)) };
		}
		this.title = draft.title;
		this.instructions = draft.instructions;
		this.order = draft.order;
		this.mode = draft.mode;
		this.feedback = draft.feedback;
		this.due = draft.due;
		this.passMark = draft.passMark;
		this.attempts = draft.attempts;
		this.picked = draft.picked.filter((k) => known.includes(k));
		this.missing = draft.picked.length - this.picked.length;
		this.editing = of;
		this.#reset();
	}

	/** The set being built, as it is kept between visits. */
	readonly draft: SetDraft = $derived({
		v: 1,
		title: this.title,
		instructions: this.instructions,
		order: this.order,
		mode: this.mode,
		feedback: this.feedback,
		due: this.due,
		passMark: this.passMark,
		...(this.attempts ? { attempts: this.attempts } : {}),
		picked: this.picked,
		...(this.editing ? { editing: this.editing.shared.set.id } : {}),
		// Stamped when written.
		savedAt: '1970-01-01T00:00:00.000Z'
	});

	/**
	 * Keeps the set being built, as it is now. Written at once (IndexedDB carries out writes in
	 * the order asked), so a reload or a closed tab right after a change loses nothing.
	 */
	keepDraft() {
		if (!this.#keeping || !this.#options.drafts) return;
		this.#writing = this.#writeDraft();
	}

	/** Waits for the last write of the draft. */
	async flushDraft() {
		await this.#writing;
	}

	async #writeDraft() {
		const drafts = this.#options.drafts;
		try {
			if (JSON.stringify(this.draft) === this.#sharedDraft) await drafts?.clear();
			else await drafts?.save({ ...this.draft, savedAt: this.#options.now().toISOString() });
			this.draftError = '';
		} catch (error) {
			this.draftError = `The set you are building is not being kept on this device (${message(error)}): share it before you leave.`;
		}
	}

	/** Empties the builder for a new set and forgets the one kept. */
	async startOver() {
		await this.#writing;
		this.#fill(
			{
				v: 1,
				title: '',
				instructions: '',
				order: 'shuffled',
				mode: 'quiz',
				feedback: 'immediate',
				due: '',
				passMark: 60,
				picked: [],
				savedAt: this.#options.now().toISOString()
			},
			undefined
		);
		this.notice = '';
		try {
			await this.#options.drafts?.clear();
		} catch (error) {
			this.draftError = `The set you were building could not be forgotten: ${message(error)}`;
		}
	}

	/** True for a bank made on this device. */
	isLocal(bankId: string): boolean {
		return this.localIds.includes(bankId);
	}

	/** Picks a question (at the end of the set) or unpicks it. */
	toggle(k: string, on: boolean) {
		this.picked = on
			? [...this.picked.filter((p) => p !== k), k]
			: this.picked.filter((p) => p !== k);
		this.#reset();
	}

	/** Moves a picked question one place up (-1) or down (1) in the set's order. */
	move(k: string, by: -1 | 1) {
		const from = this.picked.indexOf(k);
		const to = from + by;
		if (from < 0 || to < 0 || to >= this.picked.length) return;
		const next = [...this.picked];
		[next[from], next[to]] = [next[to]!, next[from]!];
		this.picked = next;
		this.#reset();
	}

	/**
	 * Puts another question in the place of `k`: one matching the filters if any fits, else any
	 * of the chosen banks, never one in conflict with the rest. False when none fits.
	 */
	swap(k: string): boolean {
		const pool = [
			...this.candidates,
			...this.allItems.filter((item) => this.chosenBanks.includes(item.bankId))
		];
		const other = swapFor(k, this.pickedItems, pool);
		if (!other) return false;
		this.picked = this.picked.map((p) => (p === k ? other.key : p));
		this.#reset();
		return true;
	}

	/** Adds `drawCount` questions drawn at random from the candidates. */
	draw() {
		const seed = this.#options.randomBytes(4).reduce((n, b) => n * 256 + b, 0);
		const drawn = drawQuestions(
			this.candidates,
			this.pickedItems,
			this.drawCount,
			seededRandom(seed)
		);
		this.picked = [...this.picked, ...drawn.map((c) => c.key)];
		this.#reset();
	}

	clear() {
		this.picked = [];
		this.#reset();
	}

	/** A change to the picked questions makes the shared link out of date. */
	#reset() {
		this.shared = undefined;
		this.link = '';
		this.qr = '';
	}

	/** The set as its link carries it, or nothing (and the error) when it is not ready. */
	build(): SharedSet | undefined {
		this.error =
			setProblem(this.title, this.pickedItems.length, { date: this.due, today: this.today }) ?? '';
		if (this.error) return undefined;
		return {
			v: 1,
			set: {
				id: setId(this.title, this.#options.randomBytes(3)),
				title: this.title.trim(),
				instructions: this.instructions.trim(),
				order: this.order,
				mode: this.mode,
				feedback: this.feedback,
				...(this.due ? { due: this.due } : {}),
				passMark: this.passMark,
				...(this.attempts ? { attempts: this.attempts } : {})
			},
			questions: this.pickedItems.map((item) => {
				const { quote, ...question } = item.question;
				return {
					bankId: item.bankId,
					question,
					quote,
					...(item.fact ? { statement: item.fact } : {})
				};
			}),
			createdAt: this.#options.now().toISOString()
		};
	}

	/** Makes the set's link, keeps the set on this device and draws its QR code. */
	async share() {
		const set = this.build();
		if (!set) return;
		try {
			const builtIn = this.#builtIn().map((b) => b.id);
			const fragment = await encodeSetLink(set, (bankId) => builtIn.includes(bankId));
			this.link = this.#options.linkFor(fragment);
			this.shared = set;
			const of = this.editing;
			const kept = await this.#options.keep(set, this.link, of);
			// Changed and shared again, it becomes the next version of this one.
			this.editing = kept;
			this.#sharedDraft = JSON.stringify(this.draft);
			this.notice = of
				? `Shared as version ${kept.edition} of “${set.set.title}”. The results of version ${of.edition} stay on the results page.`
				: '';
			await this.#drawQr();
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	async #drawQr() {
		this.qr = '';
		this.qrError = '';
		try {
			this.qr = await this.#options.qr(this.link);
		} catch {
			this.qrError =
				'This set is too large for a QR code. Share the link instead, or pick fewer questions.';
		}
	}

	async copy(text: string, what: string) {
		try {
			await this.#options.copy(text);
			this.copied = `${what} copied.`;
		} catch {
			this.copied = 'Copying is not allowed here: select the link and copy it.';
		}
	}
}
