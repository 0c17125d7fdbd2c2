// A local bank as the two files the CLI reads: questions/articles/<id>.md and
// questions/reviews/<id>.json. `npm run generate -- questions/articles/<id>.md` then writes the
// same bank to questions/banks/<id>.json.
import type { Article, ArticleMeta, Review } from '../schema';

const metaKeys = [
	'title',
	'publisher',
	'published',
	'byline',
	'photoCredit',
	'photoCaption',
	'dateline',
	'language',
	'url'
] as const satisfies readonly (keyof ArticleMeta)[];

/**
 * A YAML double-quoted scalar: JSON's escapes are YAML's, plus \u escapes for what YAML does not
 * allow unescaped (DEL and C1 controls, U+FFFE/U+FFFF) or may read as a line break or a BOM.
 */
function yamlString(text: string): string {
	return JSON.stringify(text).replace(
		/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** The article as Markdown with front matter that parseFrontMatter reads back to the same meta. */
export function articleMarkdown(article: Article): string {
	// The CLI reads the body trimmed with \n line ends; any other body would shift every offset.
	if (article.body !== article.body.trim() || article.body.includes('\r'))
		throw new Error(
			'articleMarkdown: the body must be trimmed and use \\n line ends, or its offsets would move'
		);
	const lines = ['---'];
	for (const key of metaKeys) {
		const value = article[key];
		if (value === undefined) continue;
		// A checked date or language tag reads the same unquoted, as in the hand-written articles.
		const plainValue = key === 'published' || key === 'language';
		lines.push(`${key}: ${plainValue ? value : yamlString(value)}`);
	}
	lines.push('---', '', article.body, '');
	return lines.join('\n');
}

// Prettier's JSON layout, so an exported review passes `prettier --check` once committed:
// objects one key a line, arrays of strings on one line when they fit in 100 columns.
const printWidth = 100;
const tabWidth = 2;

function printJson(value: unknown, depth: number, column: number, suffix: number): string {
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		const flat = value.every((v) => v === null || typeof v !== 'object');
		if (flat) {
			const line = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
			if (column + line.length + suffix <= printWidth) return line;
		}
		const inner = '\t'.repeat(depth + 1);
		const items = value.map(
			(v, i) =>
				inner + printJson(v, depth + 1, (depth + 1) * tabWidth, i < value.length - 1 ? 1 : 0)
		);
		return `[\n${items.join(',\n')}\n${'\t'.repeat(depth)}]`;
	}
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		if (entries.length === 0) return '{}';
		const inner = '\t'.repeat(depth + 1);
		const items = entries.map(([key, v], i) => {
			const head = `${inner}${JSON.stringify(key)}: `;
			const column = (depth + 1) * tabWidth + head.length - inner.length;
			return head + printJson(v, depth + 1, column, i < entries.length - 1 ? 1 : 0);
		});
		return `{\n${items.join(',\n')}\n${'\t'.repeat(depth)}}`;
	}
	return JSON.stringify(value);
}

/** The review file: JSON with tabs and a final newline, laid out as Prettier would. */
export function reviewJson(review: Review): string {
	return printJson(review, 0, 0, 0) + '\n';
}

export const articleFileName = (article: Pick<Article, 'id'>) => `${article.id}.md`;
export const reviewFileName = (article: Pick<Article, 'id'>) => `${article.id}.json`;

export interface ExportedFile {
	/** Where the file goes in the repository, e.g. `questions/articles/<id>.md`. */
	path: string;
	name: string;
	text: string;
}

/** Both files, named for the repository's questions/ folder. */
export function exportPair(article: Article, review: Review): [ExportedFile, ExportedFile] {
	return [
		{
			path: `questions/articles/${articleFileName(article)}`,
			name: articleFileName(article),
			text: articleMarkdown(article)
		},
		{
			path: `questions/reviews/${reviewFileName(article)}`,
			name: reviewFileName(article),
			text: reviewJson(review)
		}
	];
}
