// Keeps the teacher's review on this device a moment after each change, so a reload, a crash or a
// closed tab loses none of it, without writing on every keystroke: a change still waiting is
// written at once when the page is hidden or left.
import { flushOnHide, type HideEvents } from '../storage/flush-on-hide';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class DraftKeeper {
	/** Set when keeping failed: leaving would then lose the review. */
	error = $state('');
	#save: () => Promise<void> | undefined;
	#delay: number;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#events: HideEvents | undefined;
	/** Stops listening for the page being hidden; set while a change waits. */
	#unlisten: (() => void) | undefined;

	/**
	 * `save` writes the review, or returns nothing when there is none to keep. `events` stands in
	 * for the page's (tests).
	 */
	constructor(save: () => Promise<void> | undefined, delay = 300, events?: HideEvents) {
		this.#save = save;
		this.#delay = delay;
		this.#events = events;
	}

	/** Keeps the review `delay` milliseconds after the last change, or when the page goes. */
	schedule() {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#write(), this.#delay);
		this.#unlisten ??= this.#events
			? flushOnHide(() => void this.flush(), this.#events)
			: flushOnHide(() => void this.flush());
	}

	/** Keeps a change still waiting to be kept now. */
	async flush() {
		if (this.#timer === undefined) return;
		clearTimeout(this.#timer);
		await this.#write();
	}

	/** Forgets a change waiting to be kept: the review is saved or dropped. */
	cancel() {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#stopListening();
	}

	#stopListening() {
		this.#unlisten?.();
		this.#unlisten = undefined;
	}

	async #write() {
		this.#timer = undefined;
		this.#stopListening();
		const saving = this.#save();
		if (!saving) return;
		try {
			await saving;
			this.error = '';
		} catch (e) {
			this.error = `Your review is not being kept on this device (${message(e)}): save the bank before you leave.`;
		}
	}
}
