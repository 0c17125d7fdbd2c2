// Runs generateBank for a page: in a module Web Worker where there is one, so a long article does
// not freeze the page, else on the main thread with a pause between stages. The generator (and
// compromise) load only when needed: in the worker, or through the dynamic import below.
import type { GenerateResult, Stage } from '../generate/index';
import type { Article } from '../schema/article';
import type { Review } from '../schema/review';
import type { GenerateRequest, WorkerMessage } from './worker-protocol';

export interface RunGeneratorOptions {
	review?: Review;
	onProgress?: (stage: Stage, fraction: number) => void;
	signal?: AbortSignal;
}

/** The generator refused the article (`refused`: show the message) or failed (a bug). */
export class GeneratorError extends Error {
	constructor(
		message: string,
		readonly refused: boolean
	) {
		super(message);
		this.name = 'GeneratorError';
	}
}

const abortError = () => new DOMException('The generator was stopped.', 'AbortError');

/** A copy holding only JSON values: a Svelte $state proxy cannot be posted to a worker. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

let spare: Worker | undefined;

const newWorker = () =>
	new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });

function takeWorker(): Worker {
	const worker = spare ?? newWorker();
	spare = undefined;
	return worker;
}

/**
 * Starts a worker ahead of the first run, so its file (and compromise) is loaded, and cached by
 * the service worker for offline use, before the teacher asks for questions.
 */
export function prepareGenerator(): void {
	if (typeof Worker === 'undefined' || spare) return;
	try {
		keepSpare(newWorker());
	} catch {
		spare = undefined;
	}
}

/** Keeps an idle worker for the next run; one that fails while it waits is dropped. */
function keepSpare(worker: Worker): void {
	spare = worker;
	worker.onmessage = null;
	worker.onerror = (event) => {
		event.preventDefault();
		worker.terminate();
		if (spare === worker) spare = undefined;
	};
}

/** Turns `article` into a bank, applying `review`; rejects with GeneratorError or an AbortError. */
export function runGenerator(
	article: Article,
	options: RunGeneratorOptions = {}
): Promise<GenerateResult> {
	if (options.signal?.aborted) return Promise.reject(abortError());
	const request: GenerateRequest = {
		article: plain(article),
		...(options.review ? { review: plain(options.review) } : {})
	};
	if (typeof Worker === 'undefined') {
		// Only outside a browser (unit tests): the browser build drops this branch, and with it a
		// second copy of the generator and compromise that every visitor would otherwise download.
		if (import.meta.env.SSR) return runHere(request, options);
		return Promise.reject(
			new GeneratorError('this browser cannot run the generator: it has no Web Workers', false)
		);
	}
	return new Promise<GenerateResult>((resolve, reject) => {
		const worker = takeWorker();
		/** `reuse`: the worker answered and is idle, so it is kept for the next run. */
		const finish = (reuse: boolean) => {
			options.signal?.removeEventListener('abort', onAbort);
			// The next run (saving the bank runs the generator again) starts on a loaded worker;
			// one that has already run starts warm, so saving takes a fraction of the first run.
			if (reuse && !spare) keepSpare(worker);
			else {
				worker.terminate();
				prepareGenerator();
			}
		};
		const onAbort = () => {
			finish(false);
			reject(abortError());
		};
		options.signal?.addEventListener('abort', onAbort, { once: true });
		worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
			const message = event.data;
			if (message.type === 'progress') options.onProgress?.(message.stage, message.fraction);
			else {
				finish(true);
				if (message.type === 'result') resolve(message.result);
				else reject(new GeneratorError(message.message, message.refused));
			}
		};
		worker.onerror = (event) => {
			event.preventDefault();
			finish(false);
			reject(
				new GeneratorError(
					`the generator could not run: ${event.message || 'its worker did not start'}`,
					false
				)
			);
		};
		worker.postMessage(request);
	});
}

/** The fallback where there is no Worker: the same generator on this thread. */
async function runHere(request: GenerateRequest, options: RunGeneratorOptions) {
	const { generateBankAsync, GenerateError } = await import('../generate/index');
	let result: GenerateResult;
	try {
		result = await generateBankAsync(request.article, {
			...(request.review ? { review: request.review } : {}),
			onProgress: (stage, fraction) => {
				if (!options.signal?.aborted) options.onProgress?.(stage, fraction);
			}
		});
	} catch (error) {
		if (error instanceof GenerateError) throw new GeneratorError(error.message, true);
		throw error;
	}
	if (options.signal?.aborted) throw abortError();
	return result;
}
