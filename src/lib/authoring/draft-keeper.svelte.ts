// Keeps the teacher's review on this device as each decision is made, so a reload, a crash or a
// closed tab loses none of it. Every change starts its write in the same turn (nothing waits for
// a quiet moment that a closing tab would never reach), and IndexedDB commits writes to one store
// in the order they started, so the last change is what stays.

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class DraftKeeper {
	/** Set when keeping failed: leaving would then lose the review. */
	error = $state('');
	#save: () => Promise<void> | undefined;
	/** Settles once every write started so far is over. */
	#writing: Promise<unknown> = Promise.resolve();

	/** `save` writes the review, or returns nothing when there is none to keep. */
	constructor(save: () => Promise<void> | undefined) {
		this.#save = save;
	}

	/** Starts keeping the review as it is now; resolves once that write is over. */
	keep(): Promise<void> {
		const saving = this.#save();
		if (!saving) return Promise.resolve();
		const done: Promise<void> = saving.then(
			() => {
				this.error = '';
			},
			(e: unknown) => {
				this.error = `Your review is not being kept on this device (${message(e)}): save the bank before you leave.`;
			}
		);
		this.#writing = Promise.all([this.#writing, done]);
		return done;
	}

	/** Waits for every write started so far, e.g. before the kept review is dropped. */
	async settled(): Promise<void> {
		await this.#writing;
	}
}
