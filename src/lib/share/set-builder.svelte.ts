// The teacher's set on /teach: which questions, which settings, and the link that carries it.
import { questionTypes, type QuestionType } from '../schema/question-types';
import type { TeachBank } from './set-build';
import { seededRandom } from '../util/random';
import { localDay } from './due';
import { drawQuestions, pickConflicts, setId, setProblem, swapFor } from './set-build';
import { encodeSetLink, type SharedSet } from './set-link';

export interface SetBuilderOptions {
	/** The built-in banks. */
	builtIn: () => TeachBank[];
	/** The banks made on this device, read when the page runs. */
	readLocalBanks: () => Promise<{ banks: TeachBank[]; problems: string[] }>;
	/** The address that opens a set link's fragment. */
	linkFor: (fragment: string) => string;
	/** Keeps a shared set on this device, so its results can be read back later. */
	keep: (set: SharedSet, link: string) => Promise<void>;
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
	 * `wanted` bank (arriving from its page) is chosen alone.
	 */
	async start(wanted?: string) {
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
			const fragment = await encodeSetLink(set);
			this.link = this.#options.linkFor(fragment);
			this.shared = set;
			await this.#options.keep(set, this.link);
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
