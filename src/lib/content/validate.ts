import { Article, ArticleMeta, AssignedSet, Bank, Review, slugPattern, type Span } from '../schema';
import type { z } from '../schema/zod-mini';
import { parseFrontMatter } from './front-matter';

export interface SourceFile {
	/** Path as shown to the author, e.g. `questions/banks/x.json`. */
	path: string;
	text: string;
}

export interface Problem {
	file: string;
	/** A JSON path such as `questions[3].options`, or `(file)` for the file as a whole. */
	path: string;
	message: string;
}

export interface Content {
	articles: Map<string, Article>;
	banks: Map<string, Bank>;
	sets: Map<string, AssignedSet>;
}

export interface ContentFiles {
	articles: SourceFile[];
	banks: SourceFile[];
	sets: SourceFile[];
	/** Editors' decisions on generated banks; optional for callers that have none. */
	reviews?: SourceFile[];
}

export function formatProblem(problem: Problem): string {
	return `${problem.file} › ${problem.path}: ${problem.message}`;
}

/** `['questions', 3, 'options']` becomes `questions[3].options`. */
export function formatPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(root)';
	return path
		.map((key, index) =>
			typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`
		)
		.join('');
}

function slugOf(path: string): string {
	return (
		path
			.split('/')
			.pop()
			?.replace(/\.[^.]+$/, '') ?? path
	);
}

function zodProblems(file: string, error: z.core.$ZodError): Problem[] {
	return error.issues.map((issue) => ({
		file,
		path: formatPath(issue.path),
		message: issue.message
	}));
}

function parseJson(file: SourceFile, problems: Problem[]): unknown {
	try {
		return JSON.parse(file.text);
	} catch (error) {
		problems.push({
			file: file.path,
			path: '(file)',
			message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`
		});
		return undefined;
	}
}

function checkSlug(file: SourceFile, extension: string, problems: Problem[]): string | undefined {
	const name = file.path.split('/').pop() ?? '';
	if (!name.endsWith(extension)) {
		problems.push({ file: file.path, path: '(file)', message: `expected a ${extension} file` });
		return undefined;
	}
	const slug = slugOf(file.path);
	if (!slugPattern.test(slug)) {
		problems.push({
			file: file.path,
			path: '(file)',
			message: 'the file name must be lowercase letters, digits and single hyphens'
		});
		return undefined;
	}
	return slug;
}

function parseArticleFile(file: SourceFile, problems: Problem[]): Article | undefined {
	const slug = checkSlug(file, '.md', problems);
	if (!slug) return undefined;
	let document;
	try {
		document = parseFrontMatter(file.text);
	} catch (error) {
		problems.push({ file: file.path, path: '(file)', message: (error as Error).message });
		return undefined;
	}
	const meta = ArticleMeta.safeParse(document.data);
	if (!meta.success) problems.push(...zodProblems(file.path, meta.error));
	const article = Article.safeParse({ ...(meta.data ?? {}), id: slug, body: document.body });
	if (!article.success) {
		// Front-matter problems were reported above; report only what the body adds.
		if (meta.success) problems.push(...zodProblems(file.path, article.error));
		else if (!document.body)
			problems.push({ file: file.path, path: 'body', message: 'the article has no body' });
		return undefined;
	}
	return article.data;
}

function checkSpan(span: Span, body: string, file: string, path: string, problems: Problem[]) {
	if (span.end > body.length) {
		problems.push({
			file,
			path,
			message: `offsets ${span.start}–${span.end} fall outside the article body (${body.length} characters)`
		});
	} else if (!body.slice(span.start, span.end).trim()) {
		problems.push({
			file,
			path,
			message: `offsets ${span.start}–${span.end} select only blank space`
		});
	}
}

function checkBank(bank: Bank, file: string, articles: Map<string, Article>, problems: Problem[]) {
	const article = articles.get(bank.article);
	if (!article) {
		problems.push({
			file,
			path: 'article',
			message: `names the article "${bank.article}", but articles/${bank.article}.md is missing or invalid`
		});
	}
	const factIds = new Set<string>();
	bank.facts.forEach((fact, i) => {
		if (factIds.has(fact.id))
			problems.push({ file, path: `facts[${i}].id`, message: `duplicate fact id "${fact.id}"` });
		factIds.add(fact.id);
		if (article) checkSpan(fact.source, article.body, file, `facts[${i}].source`, problems);
	});
	const questionIds = new Set<string>();
	bank.questions.forEach((question, i) => {
		if (questionIds.has(question.id)) {
			problems.push({
				file,
				path: `questions[${i}].id`,
				message: `duplicate question id "${question.id}"`
			});
		}
		questionIds.add(question.id);
		if (!factIds.has(question.factId)) {
			problems.push({
				file,
				path: `questions[${i}].factId`,
				message: `no fact has the id "${question.factId}"`
			});
		}
		if (article) checkSpan(question.source, article.body, file, `questions[${i}].source`, problems);
	});
}

function checkSet(set: AssignedSet, file: string, banks: Map<string, Bank>, problems: Problem[]) {
	const seen = new Set<string>();
	set.items.forEach((item, i) => {
		const key = `${item.bank}/${item.question}`;
		if (seen.has(key))
			problems.push({ file, path: `items[${i}]`, message: `"${key}" is listed twice` });
		seen.add(key);
		const bank = banks.get(item.bank);
		if (!bank) {
			problems.push({
				file,
				path: `items[${i}].bank`,
				message: `no bank has the id "${item.bank}"`
			});
		} else if (!bank.questions.some((q) => q.id === item.question)) {
			problems.push({
				file,
				path: `items[${i}].question`,
				message: `bank "${item.bank}" has no question "${item.question}"`
			});
		}
	});
}

function parseJsonFiles<T>(
	files: SourceFile[],
	schema: z.ZodMiniType<T>,
	problems: Problem[]
): Map<string, { value: T; file: string }> {
	const parsed = new Map<string, { value: T; file: string }>();
	for (const file of files) {
		const slug = checkSlug(file, '.json', problems);
		const data = parseJson(file, problems);
		if (!slug || data === undefined) continue;
		const result = schema.safeParse(data);
		if (!result.success) {
			problems.push(...zodProblems(file.path, result.error));
			continue;
		}
		const id = (result.data as { id?: string }).id ?? slug;
		if (id !== slug) {
			problems.push({
				file: file.path,
				path: 'id',
				message: `the id "${id}" must match the file name "${slug}"`
			});
			continue;
		}
		parsed.set(slug, { value: result.data, file: file.path });
	}
	return parsed;
}

/**
 * Parses and cross-checks every content file. It never stops at the first problem:
 * the caller gets all of them, one per line once formatted.
 */
export function validateContent(files: ContentFiles): { content: Content; problems: Problem[] } {
	const problems: Problem[] = [];
	const articles = new Map<string, Article>();
	for (const file of files.articles) {
		const article = parseArticleFile(file, problems);
		if (article) articles.set(article.id, article);
	}
	const parsedBanks = parseJsonFiles(files.banks, Bank, problems);
	const banks = new Map<string, Bank>();
	for (const [id, { value, file }] of parsedBanks) {
		const before = problems.length;
		checkBank(value, file, articles, problems);
		if (problems.length === before) banks.set(id, value);
	}
	const parsedSets = parseJsonFiles(files.sets, AssignedSet, problems);
	const sets = new Map<string, AssignedSet>();
	for (const [id, { value, file }] of parsedSets) {
		const before = problems.length;
		checkSet(value, file, new Map([...parsedBanks].map(([k, v]) => [k, v.value])), problems);
		if (problems.length === before) sets.set(id, value);
	}
	const reviews = parseJsonFiles(files.reviews ?? [], Review, problems);
	for (const [slug, { file, value }] of reviews) {
		const article = articles.get(slug);
		if (!article) {
			problems.push({
				file,
				path: '(file)',
				message: `reviews the article "${slug}", but articles/${slug}.md is missing or invalid`
			});
			continue;
		}
		// An added question's offsets point into the article, which the review file cannot check alone.
		(value.additions ?? []).forEach(({ fact, question }, i) => {
			for (const [path, span] of [
				['fact.source', fact.source],
				['question.source', question.source]
			] as const) {
				if (span.end > article.body.length)
					problems.push({
						file,
						path: `additions[${i}].${path}.end`,
						message: `${span.end} is past the end of the article body (${article.body.length} characters)`
					});
			}
		});
	}
	return { content: { articles, banks, sets }, problems };
}

/** A heading line and then one line per problem. */
export function describeProblems(root: string, problems: readonly Problem[]): string {
	const heading = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${root}/:`;
	return [heading, ...problems.map(formatProblem)].join('\n');
}

export class ContentError extends Error {
	constructor(
		readonly root: string,
		readonly problems: Problem[]
	) {
		super(describeProblems(root, problems));
		this.name = 'ContentError';
	}
}
