// Messages between the page (run-generator.ts) and generate.worker.ts. Types only: both sides
// import it without pulling in the other's code.
import type { GenerateResult, Stage } from '../generate/index';
import type { Article } from '../schema/article';
import type { Review } from '../schema/review';

export interface GenerateRequest {
	article: Article;
	review?: Review;
}

export type WorkerMessage =
	| { type: 'progress'; stage: Stage; fraction: number }
	| { type: 'result'; result: GenerateResult }
	/** `refused`: the generator turned the article down (a GenerateError); else it crashed. */
	| { type: 'error'; message: string; refused: boolean };
