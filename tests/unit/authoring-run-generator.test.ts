import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GeneratorError, runGenerator } from '../../src/lib/authoring/run-generator';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank, Review, type Stage } from '../../src/lib/generate/index';
import { Article } from '../../src/lib/schema/article';

const { data, body } = parseFrontMatter(
	readFileSync('tests/fixtures/articles/harbour-city-cup-final.md', 'utf8')
);
const article = Article.parse({ ...(data as object), id: 'cup-final', body });

/** True when `value` holds only what JSON and structured clone both carry the same. */
function isPlainJson(value: unknown): boolean {
	if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
	if (Array.isArray(value)) return value.every(isPlainJson);
	if (typeof value !== 'object') return false;
	return (
		Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isPlainJson)
	);
}

describe('runGenerator without a Worker (the fallback)', () => {
	it('is available in this environment only as the fallback', () => {
		expect(typeof Worker).toBe('undefined');
	});

	it('gives what generateBank gives, with the review applied, and reports every stage in order', async () => {
		const first = generateBank(article).report.raw[0]!;
		const review = Review.parse({ version: 1, decisions: { [first.id]: { action: 'reject' } } });
		const stages: [Stage, number][] = [];
		const result = await runGenerator(article, {
			review,
			onProgress: (stage, fraction) => stages.push([stage, fraction])
		});
		expect(result).toEqual(generateBank(article, { review }));
		expect(result.report.rejectedByReview).toEqual([first.id]);
		// Each stage in order; reading the sentences reports as it goes.
		const order = stages.map(([s]) => s).filter((s, i, all) => s !== all[i - 1]);
		expect(order).toEqual(['segment', 'facts', 'questions', 'review', 'done']);
		const fractions = stages.map(([, f]) => f);
		expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
		expect(fractions.at(-1)).toBe(1);
	});

	it('returns plain JSON, which a worker can post without losing anything', async () => {
		const result = await runGenerator(article);
		expect(isPlainJson(result)).toBe(true);
		expect(JSON.parse(JSON.stringify(result))).toEqual(result);
		expect(isPlainJson({ at: new Date() })).toBe(false);
	});

	it('rejects with a GeneratorError marked refused when the generator turns the article down', async () => {
		const empty = { ...article, body: 'Big News Today\n\nAnother Heading Here' };
		const error: unknown = await runGenerator(empty).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(GeneratorError);
		expect(error).toMatchObject({ refused: true, message: expect.stringMatching(/no sentences/) });
	});

	it('stops when aborted, before or during the run', async () => {
		const before = new AbortController();
		before.abort();
		await expect(runGenerator(article, { signal: before.signal })).rejects.toMatchObject({
			name: 'AbortError'
		});
		const during = new AbortController();
		const stages: Stage[] = [];
		const run = runGenerator(article, {
			signal: during.signal,
			onProgress: (stage) => {
				stages.push(stage);
				if (stage === 'facts') during.abort();
			}
		});
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		expect(stages).toEqual(['segment', 'facts']);
	});
});

describe('runGenerator with a Worker', () => {
	/** A stand-in worker that answers each request with the generator's own result. */
	class FakeWorker {
		static made: FakeWorker[] = [];
		onmessage: ((event: MessageEvent) => void) | null = null;
		onerror: ((event: ErrorEvent) => void) | null = null;
		runs = 0;
		terminated = false;
		constructor() {
			FakeWorker.made.push(this);
		}
		postMessage(request: { article: Article }) {
			this.runs++;
			queueMicrotask(() => {
				if (this.terminated) return;
				const result = generateBank(request.article);
				this.onmessage?.({ data: { type: 'result', result } } as MessageEvent);
			});
		}
		terminate() {
			this.terminated = true;
		}
	}

	/** The module afresh, holding no worker from an earlier test. */
	async function fresh() {
		vi.resetModules();
		vi.stubGlobal('Worker', FakeWorker);
		return (await import('../../src/lib/authoring/run-generator')).runGenerator;
	}

	afterEach(() => {
		vi.unstubAllGlobals();
		FakeWorker.made = [];
	});

	it('runs again on the worker that answered, so saving a bank starts on a warm one', async () => {
		const runGenerator = await fresh();
		const first = await runGenerator(article);
		const second = await runGenerator(article);
		expect(second).toEqual(first);
		expect(FakeWorker.made).toHaveLength(1);
		expect(FakeWorker.made[0]).toMatchObject({ runs: 2, terminated: false });
	});

	it('ends a stopped run’s worker and has a fresh one ready for the next', async () => {
		const runGenerator = await fresh();
		const stop = new AbortController();
		const run = runGenerator(article, { signal: stop.signal });
		stop.abort();
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		expect(FakeWorker.made).toHaveLength(2);
		expect(FakeWorker.made[0]!.terminated).toBe(true);
		await runGenerator(article);
		expect(FakeWorker.made).toHaveLength(2);
		expect(FakeWorker.made[1]).toMatchObject({ runs: 1, terminated: false });
	});
});
