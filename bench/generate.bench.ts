import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { parseFrontMatter } from '../src/lib/content/front-matter';
import { generateBank, GenerateError } from '../src/lib/generate/index';
import type { Article } from '../src/lib/schema';
import { summarize, type BenchTable } from './table';

function loadArticles(): Article[] {
	const paths = [
		'questions/articles/kishida-biden-summit.md',
		...readdirSync('tests/fixtures/articles')
			.filter((f) => f.endsWith('.md'))
			.sort()
			.map((f) => `tests/fixtures/articles/${f}`)
	];
	return paths.map((p) => {
		const { data, body } = parseFrontMatter(readFileSync(p, 'utf8'));
		return { ...(data as Omit<Article, 'id' | 'body'>), id: 'bench', body } as Article;
	});
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * About `target` words of news copy: paragraphs of the seed and fixtures in turn, each copy with its
 * numbers shifted so the text never simply repeats.
 */
function buildBody(paragraphs: string[], target: number): string {
	const out: string[] = [];
	let count = 0;
	for (let i = 0; count < target; i++) {
		const round = Math.floor(i / paragraphs.length);
		const p = paragraphs[i % paragraphs.length]!.replace(/\d+/g, (n) => String(Number(n) + round));
		out.push(p);
		count += words(p);
	}
	return out.join('\n\n');
}

function time(fn: () => void, runs: number): number[] {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		samples.push(performance.now() - t);
	}
	return samples;
}

/** The same text without sentence ends: as pasted from a PDF or a transcript. */
const unpunctuated = {
	'no full stops, paragraphs kept': (body: string) => body.replace(/[.!?]+(?=["”’]?(?:\s|$))/g, ''),
	'no punctuation, one block': (body: string) => body.replace(/[.!?,;:]+/g, '').replace(/\s+/g, ' ')
};

/** Generates, and counts a refusal ("no sentences to draw facts from") as finished work. */
function generateOrRefuse(article: Article): void {
	try {
		generateBank(article);
	} catch (error) {
		if (!(error instanceof GenerateError)) throw error;
	}
}

/** Generation cost per 1,000 words as input grows, next to compromise parsing the same text. */
export default async function generateBench(): Promise<BenchTable[]> {
	const articles = loadArticles();
	const seed = articles[0]!;
	const paragraphs = articles
		.flatMap((a) => a.body.split(/\n\n+/))
		.filter((p) => /[.!?]["”’]?$/.test(p));
	// Warm up the JIT and compromise's lexicon before measuring.
	generateBank(seed);
	const seedRuns = summarize(time(() => generateBank(seed), 10));
	// One row a size: generation, compromise on the same text, and how both grow per word.
	const measure = (toBody: (size: number) => string, runsAt: (size: number) => number) => {
		const out: (string | number)[][] = [];
		let base: number | undefined;
		for (const size of [1_000, 5_000, 10_000, 20_000]) {
			const body = toBody(size);
			const n = words(body);
			const article = { ...seed, body };
			const gen = summarize(time(() => generateOrRefuse(article), runsAt(size))).median;
			const raw = summarize(time(() => nlp(body).json(), runsAt(size))).median;
			const perK = gen / (n / 1000);
			// The table prints at the end; a row on stderr as it is measured shows progress on a
			// slow machine, and what was measured if the run is stopped.
			console.error(
				`generate bench: ${n} words, ${gen.toFixed(0)} ms, compromise ${raw.toFixed(0)} ms`
			);
			base ??= perK;
			out.push([
				n.toLocaleString('en-US') + ' words',
				gen,
				perK,
				perK / base,
				raw,
				raw / (n / 1000),
				gen / raw
			]);
		}
		return out;
	};
	const rows = measure(
		(size) => buildBody(paragraphs, size),
		(size) => (size <= 5_000 ? 5 : size <= 10_000 ? 3 : 2)
	);
	const columns = [
		'input',
		'generate ms',
		'ms / 1k words',
		'vs 1k (linear = 1)',
		'compromise ms',
		'compromise ms / 1k words',
		'generate / compromise'
	];
	const tables: BenchTable[] = [];
	for (const [name, strip] of Object.entries(unpunctuated)) {
		const rowsU = measure(
			(size) => strip(buildBody(paragraphs, size)),
			(size) => (size <= 5_000 ? 3 : 2)
		).map((row) => row.slice(0, 6));
		tables.push({
			title: `Question generation, text with ${name} (Node)`,
			columns: columns.slice(0, 6),
			rows: rowsU,
			notes: [
				'The same inputs as above with their sentence ends removed. Passages of more than 80 words without a full stop are cut into pieces that are not read for facts (the bank says so), so the cost per word grows little however the text is punctuated; text with no sentence at all is refused, and the refusal is timed.'
			]
		});
	}
	return [
		{
			title: 'Question generation (Node)',
			columns,
			rows,
			notes: [
				`Seed article (${words(seed.body)} words): median ${seedRuns.median.toFixed(1)} ms, p95 ${seedRuns.p95.toFixed(1)} ms over 10 runs.`,
				'Inputs concatenate distinct paragraphs of the seed and the three fixtures, numbers shifted on each pass.',
				'Inputs over 150,000 characters are truncated with a warning, so 20k words is close to the ceiling.',
				'"compromise" is nlp(text).json() on the same text: the library the generator runs per sentence.'
			]
		},
		...tables
	];
}
