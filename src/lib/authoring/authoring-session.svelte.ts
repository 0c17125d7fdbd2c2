// The teacher's session on /teach/new: paste an article, generate, review, save. The page wires
// it to markup; the DOM (focus, scrolling, selections) stays there, asked for through `focus`.
import { tick } from 'svelte';
import { plural } from '../format';
import type { Span } from '../schema/article';
import { takenBankIds, takenMeanwhile } from './bank-ids';
import { AdditionForm, PastedArticle } from './authoring-forms.svelte';
import { loadAuthoringModel, type AuthoringModel } from './authoring-model';
import type { Draft, Outcome, QuestionEdit, QuestionStatus } from './draft';
import { DraftKeeper } from './draft-keeper.svelte';
import type { PasteProblem } from './paste';

export type AuthoringPhase = 'paste' | 'working' | 'review' | 'saving';
/** What the page focuses when the session moves on: the error box, the progress, the review. */
export type FocusTarget = 'errors' | 'working' | 'review';

export interface AuthoringOptions {
	/** The built-in banks' ids: a new bank takes another. */
	builtInBanks: () => readonly string[];
	load?: () => Promise<AuthoringModel>;
	now: () => Date;
	focus?: (target: FocusTarget) => void | Promise<void>;
}

export interface SavedBankSummary {
	id: string;
	title: string;
	questions: number;
}

export const stageLabels: Record<string, string> = {
	segment: 'Reading the sentences',
	facts: 'Finding the facts',
	questions: 'Writing questions',
	review: 'Checking them',
	done: 'Done'
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class AuthoringSession {
	#options: AuthoringOptions;
	#model: AuthoringModel | undefined = undefined;
	#createdAt: string | undefined;
	#arrivalId: string | undefined;
	#pendingSaved: { draft: Draft; createdAt?: string | undefined } | undefined;
	/** Stops a generation the teacher no longer wants. */
	#stopping: AbortController | undefined;
	#keeper: DraftKeeper;

	phase = $state<AuthoringPhase>('paste');
	readonly paste: PastedArticle;
	problems = $state<PasteProblem[]>([]);
	stage = $state('segment');
	fraction = $state(0);
	error = $state('');
	/** What the status region says. */
	announcement = $state('');
	/** The teacher's decisions; the model's functions change it in place. */
	draft = $state<Draft>();
	/** Set when an existing local bank is being edited: saving replaces it. */
	editingId = $state<string>();
	/** An unsaved review found on arrival, offered before anything else. */
	pending = $state<{ title: string; questions: number; savedAt: string }>();
	activeId = $state<string>();
	filter = $state<'all' | QuestionStatus>('all');

	readonly addition = new AdditionForm();

	readonly entries = $derived(
		this.draft && this.#model ? this.#model.draft.draftQuestions(this.draft) : []
	);
	readonly shown = $derived(
		this.filter === 'all' ? this.entries : this.entries.filter((e) => e.status === this.filter)
	);
	readonly counts = $derived(
		this.entries.reduce((acc, e) => ((acc[e.status] += 1), acc), {
			kept: 0,
			rejected: 0,
			edited: 0,
			added: 0
		} as Record<QuestionStatus, number>)
	);
	readonly active = $derived(this.entries.find((e) => e.question.id === this.activeId));
	/** Each question's place in the whole list, whatever the filter shows. */
	readonly numbers: Record<string, number> = $derived(
		Object.fromEntries(this.entries.map((e, i) => [e.question.id, i]))
	);
	readonly highlights = $derived(
		this.entries.filter((e) => e.status !== 'rejected').map((e) => e.question.source)
	);

	constructor(options: AuthoringOptions) {
		this.#options = options;
		this.#keeper = new DraftKeeper(() => this.#saveDraft());
		this.paste = new PastedArticle(this.#now().slice(0, 10));
	}

	/** The time now, as an ISO string. */
	#now = () => this.#options.now().toISOString();
	#slot = () => this.editingId ?? 'new';
	async #getModel(): Promise<AuthoringModel> {
		return (this.#model ??= await (this.#options.load ?? loadAuthoringModel)());
	}
	async #focus(target: FocusTarget) {
		await this.#options.focus?.(target);
	}

	/** Says `text` in the status region, even when it is what was said last. */
	async announce(text: string) {
		this.announcement = '';
		await tick();
		this.announcement = text;
	}

	async #takenIds(m: AuthoringModel): Promise<Set<string>> {
		const { banks } = await m.store.listLocalBanks();
		return takenBankIds(this.#options.builtInBanks(), banks, this.editingId);
	}

	/** Checks the pasted article and turns it into a draft to review. */
	async generate() {
		this.pending = undefined;
		this.problems = [];
		this.error = '';
		let m: AuthoringModel;
		try {
			m = await this.#getModel();
		} catch (e) {
			this.error = `The generator could not load: ${message(e)}`;
			return;
		}
		const checked = m.paste.checkPaste(
			this.paste.input,
			this.editingId ? takenBankIds(this.#options.builtInBanks(), []) : await this.#takenIds(m)
		);
		if (!checked.ok) {
			this.problems = checked.problems;
			await this.#focus('errors');
			return;
		}
		const article = this.editingId ? { ...checked.article, id: this.editingId } : checked.article;
		this.phase = 'working';
		this.stage = 'segment';
		this.fraction = 0;
		await this.#focus('working');
		this.#stopping = new AbortController();
		try {
			const result = await m.run.runGenerator(article, {
				onProgress: (stage, at) => this.#progress(stage, at),
				signal: this.#stopping.signal
			});
			this.draft = m.draft.createDraft(article, result);
			void this.#keeper.keep();
			await this.#enterReview();
		} catch (e) {
			this.phase = 'paste';
			if (e instanceof DOMException && e.name === 'AbortError') {
				void this.announce('Generation stopped. Nothing was saved.');
				return;
			}
			this.error = message(e);
			await this.#focus('errors');
		}
	}

	/** Stops a generation still running. */
	stop() {
		this.#stopping?.abort();
	}

	#progress(next: string, at: number) {
		if (next !== this.stage) void this.announce(`${stageLabels[next] ?? next}…`);
		this.stage = next;
		this.fraction = at;
	}

	/**
	 * On arrival: an unsaved review of this bank (or of a new one) is offered first; else a bank
	 * named in the address (`id`) is opened for editing.
	 */
	async arrive(id: string | undefined) {
		this.#arrivalId = id;
		try {
			const m = await this.#getModel();
			const found = await m.drafts.loadDraft(id ?? 'new');
			if (found.found && 'problem' in found) this.error = found.problem;
			if (found.found && 'saved' in found) {
				const { saved } = found;
				this.#pendingSaved = saved;
				this.pending = {
					title: saved.draft.article.title,
					questions: m.draft.keptCount(saved.draft),
					savedAt: saved.savedAt
				};
				return;
			}
		} catch (e) {
			this.error = `Your unsaved work could not be read: ${message(e)}`;
		}
		if (id) await this.#reopen(id);
	}

	/** Goes on with the unsaved review offered on arrival. */
	resume() {
		const saved = this.#pendingSaved;
		if (!saved) return;
		const { draft } = saved;
		this.pending = undefined;
		this.editingId = this.#arrivalId;
		this.#createdAt = saved.createdAt;
		this.paste.fill(draft.article);
		this.draft = draft;
		void this.#enterReview();
	}

	/** Drops the unsaved review offered on arrival; a bank named in the address opens instead. */
	async discardPending() {
		this.pending = undefined;
		const id = this.#arrivalId;
		try {
			await (await this.#getModel()).drafts.discardDraft(id ?? 'new');
		} catch (e) {
			this.error = `The unsaved review could not be discarded: ${message(e)}`;
		}
		if (id) await this.#reopen(id);
	}

	/** Set when keeping the review on this device failed: leaving would then lose it. */
	get keepError() {
		return this.#keeper.error;
	}

	/** Resolves once every change made so far is kept on this device. */
	kept() {
		return this.#keeper.settled();
	}

	#saveDraft() {
		const model = this.#model;
		if (!this.draft || !model) return undefined;
		return model.drafts.saveDraft({
			version: 1,
			slot: this.#slot(),
			savedAt: this.#now(),
			...(this.#createdAt ? { createdAt: this.#createdAt } : {}),
			draft: $state.snapshot(this.draft)
		});
	}

	/**
	 * Drops the review. A new bank goes back to the paste form; for a saved bank being edited,
	 * which stays as it was, returns its id to go back to.
	 */
	async startOver(): Promise<string | undefined> {
		// The discard comes after every keep already started, so none of them brings it back.
		await this.#keeper.settled();
		try {
			await this.#model?.drafts.discardDraft(this.#slot());
		} catch (e) {
			this.error = `The review could not be discarded: ${message(e)}`;
			return undefined;
		}
		this.draft = undefined;
		if (this.editingId) return this.editingId;
		this.phase = 'paste';
		void this.announce('Review discarded.');
		return undefined;
	}

	/** Opens a bank made earlier, with the teacher's decisions as they were saved. */
	async #reopen(id: string) {
		this.phase = 'working';
		try {
			const m = await this.#getModel();
			const record = await m.store.getLocalBank(id);
			if (!record)
				throw new Error(
					`There is no bank “${id}” on this device (it may have been deleted). You can make a new one below.`
				);
			this.editingId = id;
			this.#createdAt = record.createdAt;
			this.paste.fill(record.article);
			this.#stopping = new AbortController();
			const result = await m.run.runGenerator(record.article, {
				onProgress: (stage, at) => this.#progress(stage, at),
				signal: this.#stopping.signal
			});
			const next = m.draft.createDraft(record.article, result);
			const lost = m.draft.loadReview(next, record.review);
			this.draft = next;
			if (lost.length)
				this.error = `Some of your earlier decisions no longer apply: ${lost.join('; ')}`;
			await this.#enterReview();
		} catch (e) {
			this.phase = 'paste';
			this.error = message(e);
			await this.#focus('errors');
		}
	}

	#inBank() {
		return this.entries.filter((e) => e.status !== 'rejected').length;
	}

	async #enterReview() {
		this.phase = 'review';
		const inBank = this.#inBank();
		const total = this.entries.length;
		void this.announce(
			`${plural(inBank, 'question')} ready to review${inBank < total ? ` (${total - inBank} rejected)` : ''}.`
		);
		await this.#focus('review');
	}

	/** Applies one of the model's changes; returns its message when it was refused. */
	#change(outcome: Outcome, note: string): string | undefined {
		if (!outcome.ok) {
			void this.announce(outcome.message);
			return outcome.message;
		}
		void this.#keeper.keep();
		void this.announce(`${note} ${plural(this.#inBank(), 'question')} in the bank.`);
		return undefined;
	}

	/** The number a question shows, counted over the whole list. */
	numberOf(id: string): number {
		return (this.numbers[id] ?? 0) + 1;
	}

	/** Rejects a generated question, or removes one the teacher added. */
	reject(id: string) {
		const entry = this.entries.find((e) => e.question.id === id);
		if (!this.draft || !this.#model || !entry) return;
		const number = this.numberOf(id);
		if (entry.status === 'added')
			this.#change(this.#model.draft.removeAddition(this.draft, id), `Question ${number} removed.`);
		else this.#change(this.#model.draft.reject(this.draft, id), `Question ${number} rejected.`);
	}

	restore(id: string) {
		if (!this.draft || !this.#model) return;
		this.#change(
			this.#model.draft.restore(this.draft, id),
			`Question ${this.numberOf(id)} restored.`
		);
	}

	/** Saves the teacher's edit of a question; returns why it was refused, if it was. */
	saveEdit(id: string, fields: QuestionEdit): string | undefined {
		if (!this.draft || !this.#model) return 'Nothing to edit.';
		const model = this.#model.draft;
		const entry = this.entries.find((e) => e.question.id === id);
		if (entry) {
			if (model.unchanged(entry.question, fields)) {
				void this.announce('No changes.');
				return undefined;
			}
			const problem = model.gapAnswerProblem(entry.question, entry.quote, fields.answer);
			if (problem) return problem;
		}
		return this.#change(
			model.edit(this.draft, id, fields),
			`Question ${this.numberOf(id)} changed.`
		);
	}

	/** Takes words selected in the article as the answer of the next question added. */
	select(span: Span) {
		if (this.phase !== 'review' || !this.draft) return;
		this.addition.take(span, this.draft.article.body);
	}

	/** Adds the question the add form describes; returns its id, or nothing when refused. */
	add(): string | undefined {
		if (!this.draft || !this.#model) return undefined;
		this.addition.problem = '';
		const result = this.#model.draft.addFromForm(this.draft, this.addition.value);
		if (!result.ok) {
			this.addition.problem = result.message;
			return undefined;
		}
		this.filter = 'all';
		this.#change(result, `Question ${this.entries.length} added at the end of the list.`);
		this.addition.clear();
		this.activeId = result.id;
		return result.id;
	}

	/** Saves the draft as a bank on this device; what was saved, or nothing when it was not. */
	async saveBank(): Promise<SavedBankSummary | undefined> {
		const model = this.#model;
		const draft = this.draft;
		if (!draft || !model) return undefined;
		this.error = '';
		this.phase = 'saving';
		await this.#keeper.settled();
		let saved: SavedBankSummary;
		try {
			const built = await model.draft.buildBank(draft);
			if (!built.ok) throw new Error(built.message);
			const { bank } = built.result;
			const taken = this.editingId
				? undefined
				: takenMeanwhile(bank.id, await this.#takenIds(model));
			if (taken) throw new Error(taken);
			const now = this.#now();
			await model.store.saveLocalBank({
				version: 1,
				id: bank.id,
				article: draft.article,
				review: built.review,
				bank,
				createdAt: this.#createdAt ?? now,
				updatedAt: now
			});
			saved = { id: bank.id, title: bank.title, questions: bank.questions.length };
		} catch (e) {
			this.phase = 'review';
			this.error = `The bank was not saved: ${message(e)}`;
			await this.#focus('errors');
			return undefined;
		}
		// The bank is saved: the kept review is not needed, and failing to drop it loses nothing.
		await model.drafts.discardDraft(this.#slot()).catch(() => undefined);
		return saved;
	}
}
