// Keeps the teacher's review on this device a moment after each change, so a reload, a crash or a
// closed tab loses none of it, without writing on every keystroke.

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class DraftKeeper {
	/** Set when keeping failed: leaving would then lose the review. */
	error = $state('');
	#save: () => Promise<void> | undefined;
	#delay: number;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** `save` writes the review, or returns nothing when there is none to keep. */
	constructor(save: () => Promise<void> | undefined, delay = 300) {
		this.#save = save;
		this.#delay = delay;
	}

	/** Keeps the review `delay` milliseconds after the last change. */
	schedule() {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#write(), this.#delay);
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
	}

	async #write() {
		this.#timer = undefined;
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
