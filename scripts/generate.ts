/**
 * Generates `questions/banks/<slug>.json` from `questions/articles/<slug>.md`, applying
 * `questions/reviews/<slug>.json` when it exists. Usage: npm run generate -- <article.md> [...]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseFrontMatter } from '../src/lib/content/front-matter';
import { generateBank, GenerateError, Review, serializeBank } from '../src/lib/generate/index';
import { Article, ArticleMeta } from '../src/lib/schema/article';

function fail(message: string): never {
	console.error(`generate: ${message}`);
	process.exit(1);
}

function loadArticle(path: string): Article {
	if (!existsSync(path)) fail(`${path} does not exist`);
	const slug = basename(path).replace(/\.md$/, '');
	let document;
	try {
		document = parseFrontMatter(readFileSync(path, 'utf8'));
	} catch (error) {
		fail(`${path}: ${(error as Error).message}`);
	}
	const meta = ArticleMeta.safeParse(document.data);
	if (!meta.success)
		fail(
			`${path}: front matter: ${meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
		);
	const article = Article.safeParse({ ...meta.data, id: slug, body: document.body });
	if (!article.success)
		fail(
			`${path}: ${article.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`
		);
	return article.data;
}

function loadReview(path: string): Review | undefined {
	if (!existsSync(path)) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		fail(`${path} is not valid JSON: ${(error as Error).message}`);
	}
	const review = Review.safeParse(data);
	if (!review.success)
		fail(
			`${path}: ${review.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
		);
	return review.data;
}

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0)
	fail('name an article, e.g. npm run generate -- questions/articles/kishida-biden-summit.md');

for (const file of files) {
	const path = resolve(file);
	const article = loadArticle(path);
	const root = resolve(dirname(path), '..');
	const reviewPath = join(root, 'reviews', `${article.id}.json`);
	const bankPath = join(root, 'banks', `${article.id}.json`);
	const review = loadReview(reviewPath);
	const started = performance.now();
	let result;
	// A long article takes a while: say how far the work has got, on stderr, every tenth.
	const long = article.body.split(/\s+/).length > 3000;
	let shown = -1;
	const onProgress = (stage: string, fraction: number) => {
		const tenth = Math.floor(fraction * 10);
		if (!long || tenth === shown) return;
		shown = tenth;
		console.error(`  ${stage} … ${Math.round(fraction * 100)}%`);
	};
	try {
		result = generateBank(article, review ? { review, onProgress } : { onProgress });
	} catch (error) {
		if (error instanceof GenerateError) fail(`${file}: ${error.message}`);
		throw error;
	}
	const ms = performance.now() - started;
	mkdirSync(dirname(bankPath), { recursive: true });
	writeFileSync(bankPath, serializeBank(result.bank));
	const { bank, report } = result;
	const types = Object.entries(report.counts)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([t, n]) => `${t} ${n}`)
		.join(', ');
	console.log(`${file} → ${relative(process.cwd(), bankPath)} (${ms.toFixed(0)} ms)`);
	console.log(
		`  facts: ${report.facts}; paragraphs covered: ${report.paragraphs.covered}/${report.paragraphs.total}`
	);
	console.log(`  questions: ${bank.questions.length} (${types})`);
	console.log(
		`  before review: ${report.raw.length}; filtered automatically: ${report.filtered.length}`
	);
	if (review) {
		console.log(
			`  review: ${report.rejectedByReview.length} rejected, ${report.editedByReview.length} edited${report.addedByReview.length ? `, ${report.addedByReview.length} added` : ''}`
		);
	}
	for (const warning of bank.warnings) console.log(`  warning: ${warning}`);
	if (report.unmatchedDecisions.length) {
		console.log(
			`  review decisions that no longer match a question (${report.unmatchedDecisions.length}):`
		);
		for (const id of report.unmatchedDecisions) console.log(`    ${id}`);
	}
}
