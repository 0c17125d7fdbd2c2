// Runs the generator off the page's main thread. Loaded by run-generator.ts as a module worker;
// it must not import $app, svelte or anything that touches the DOM.
import { generateBank, GenerateError } from '../generate/index';
import type { GenerateRequest, WorkerMessage } from './worker-protocol';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<GenerateRequest>) => void) | null;
	postMessage(message: WorkerMessage): void;
};

scope.onmessage = (event) => {
	const { article, review } = event.data;
	try {
		const result = generateBank(article, {
			...(review ? { review } : {}),
			// The page is free while this runs, so each stage shows as it starts.
			onProgress: (stage, fraction) => scope.postMessage({ type: 'progress', stage, fraction })
		});
		scope.postMessage({ type: 'result', result });
	} catch (error) {
		scope.postMessage({
			type: 'error',
			message: error instanceof Error ? error.message : String(error),
			refused: error instanceof GenerateError
		});
	}
};
