// Checks what a teacher pasted on /teach/new before the generator sees it. Imports only the
// schemas and the generator's segmenter (which is free of compromise), so the page stays light.
import { segment } from '../generate/segment';
import { Article } from '../schema/article';
import { pastedControls } from '../util/checks';
import { findMarkup } from '../util/markup';
import { slugify as slug } from '../util/slug';

export interface PasteInput {
	title: string;
	publisher: string;
	/** YYYY-MM-DD */
	published: string;
	body: string;
	byline?: string;
	url?: string;
}

export type PasteField = 'title' | 'publisher' | 'published' | 'body' | 'url' | 'byline';

export interface PasteProblem {
	field: PasteField;
	message: string;
}

export type PasteResult = { ok: true; article: Article } | { ok: false; problems: PasteProblem[] };

/** The longest body accepted; the generator reads the first 150,000 characters of longer ones. */
export const maxPastedBody = 200_000;
/** The longest title, publisher or byline: anything longer is the body pasted in the wrong box. */
export const maxPastedLine = 300;
export const maxSlugLength = 60;
/** As the generator's input check: a body with fewer letters than this share is not prose. */
const minLetterShare = 0.4;

function shorten(text: string, max = 40): string {
	const oneLine = text.replace(/\s+/g, ' ');
	return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** The markup or script in `text`, if any, as a message for the teacher. */
export function markupIn(text: string): string | undefined {
	const found = findMarkup(text);
	if (!found) return undefined;
	return found.kind === 'markup'
		? `The text contains HTML markup (${shorten(found.text)}). Paste the article's text, not its page source.`
		: `The text contains HTML entities (${found.text}). Paste the article's text, not its page source.`;
}

/** The first control character (or lone surrogate) in `text`, as a message for the teacher. */
export function controlIn(text: string): string | undefined {
	const { count, first } = pastedControls(text);
	if (count === 0) return undefined;
	const code = text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0');
	return `The text contains ${count === 1 ? 'a control character' : `${count.toLocaleString('en-US')} control characters`} (U+${code} at character ${(first + 1).toLocaleString('en-US')}) that ${count === 1 ? 'is' : 'are'} not text. Copy the article's text again, or type it.`;
}

/**
 * \r\n and \r become \n, lines lose trailing blanks, runs of blank lines become one, ends trimmed.
 * Text copied from many pages has one line per paragraph and no blank lines at all: when most long
 * lines end a sentence, each line is a paragraph.
 */
export function normalizeBody(body: string): string {
	const text = body
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t]+$/gm, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	if (text.includes('\n\n')) return text;
	// Hard-wrapped text (lines ending mid-sentence) stays as it is: only whole-paragraph lines split.
	const lines = text.split('\n').filter((l) => l.trim().split(/\s+/).length > 6);
	const ended = lines.filter((l) => /[.!?:"”’)]$/.test(l.trim())).length;
	return lines.length > 1 && ended * 2 >= lines.length ? text.replace(/\n+/g, '\n\n') : text;
}

const normalizeLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A bank id for `title`: lowercase ASCII words joined by hyphens, at most 60 characters. */
export const slugify = (title: string, max = maxSlugLength): string =>
	slug(title, { max, fallback: 'article', transliterate: true });

/** `slug`, or `slug-2`, `slug-3`… : the first not in `taken`, still at most 60 characters. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
	if (!taken.has(slug)) return slug;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const base = slug.slice(0, maxSlugLength - suffix.length).replace(/-+$/, '');
		const candidate = `${base}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

function dateProblem(published: string): string | undefined {
	if (!published) return 'Enter the date the article was published, as YYYY-MM-DD.';
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
	if (!match)
		return `Write the date as YYYY-MM-DD (for example 2024-05-01), not “${shorten(published)}”.`;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (
		year < 1000 ||
		date.getUTCFullYear() !== year ||
		date.getUTCMonth() !== month - 1 ||
		date.getUTCDate() !== day
	)
		return `${published} is not a real day.`;
	return undefined;
}

function urlProblem(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return 'The link must be a full web address, starting with https:// or http://.';
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
		return 'The link must be a web address starting with https:// or http://.';
	if (!Article.shape.url.safeParse(url).success) return 'The link is not a valid web address.';
	return undefined;
}

function lineProblems(field: PasteField, label: string, value: string, required: boolean) {
	const problems: PasteProblem[] = [];
	if (!value) {
		if (required) problems.push({ field, message: `Enter the ${label}.` });
		return problems;
	}
	if (value.length > maxPastedLine)
		problems.push({
			field,
			message: `The ${label} is ${value.length.toLocaleString('en-US')} characters long; the limit is ${maxPastedLine}.`
		});
	const control = controlIn(value);
	if (control) problems.push({ field, message: control });
	const markup = markupIn(value);
	if (markup) problems.push({ field, message: markup });
	return problems;
}

function bodyProblems(body: string, hints: { title: string; byline?: string }): PasteProblem[] {
	const problems: PasteProblem[] = [];
	const add = (message: string) => problems.push({ field: 'body', message });
	if (!body) {
		add("Paste the article's text.");
		return problems;
	}
	if (body.length > maxPastedBody) {
		add(
			`The text is ${body.length.toLocaleString('en-US')} characters long; the limit is ${maxPastedBody.toLocaleString('en-US')}. Paste one article at a time.`
		);
		return problems;
	}
	const control = controlIn(body);
	if (control) add(control);
	const markup = markupIn(body);
	if (markup) add(markup);
	if (control || markup) return problems;
	const letters = body.match(/\p{L}/gu)?.length ?? 0;
	if (letters < body.length * minLetterShare) {
		add(
			`The text does not look like an article: only ${Math.round((100 * letters) / body.length)}% of it is letters.`
		);
		return problems;
	}
	// The same segmenter and hints as generateBank, so what passes here has sentences there.
	if (segment(body, hints).sentences.length === 0)
		add(
			"The text has no sentences to draw questions from, only headings or captions. Paste the article's paragraphs, with their full stops."
		);
	return problems;
}

/**
 * Checks a pasted article and lists every problem, each for the field it is in; when there is
 * none, returns the Article with a fresh id (a slug of the title not in `takenIds`).
 */
export function checkPaste(input: PasteInput, takenIds: ReadonlySet<string>): PasteResult {
	const title = normalizeLine(input.title ?? '');
	const publisher = normalizeLine(input.publisher ?? '');
	const published = (input.published ?? '').trim();
	const byline = normalizeLine(input.byline ?? '');
	const url = (input.url ?? '').trim();
	const body = normalizeBody(input.body ?? '');
	const problems: PasteProblem[] = [
		...lineProblems('title', "article's title", title, true),
		...lineProblems('publisher', 'publisher (the newspaper or site)', publisher, true),
		...lineProblems('byline', 'byline', byline, false)
	];
	const date = dateProblem(published);
	if (date) problems.push({ field: 'published', message: date });
	if (url) {
		const problem = urlProblem(url);
		if (problem) problems.push({ field: 'url', message: problem });
	}
	problems.push(...bodyProblems(body, { title, ...(byline ? { byline } : {}) }));
	if (problems.length) return { ok: false, problems };
	const parsed = Article.safeParse({
		id: uniqueSlug(slugify(title), takenIds),
		title,
		publisher,
		published,
		...(byline ? { byline } : {}),
		language: 'en',
		...(url ? { url } : {}),
		body
	});
	if (!parsed.success) {
		// Not expected after the checks above; still, never hand the generator an invalid article.
		const issue = parsed.error.issues[0];
		const field = String(issue?.path[0] ?? 'body');
		return {
			ok: false,
			problems: [
				{
					field: (['title', 'publisher', 'published', 'url', 'byline'].includes(field)
						? field
						: 'body') as PasteField,
					message: issue?.message ?? 'The article is not valid.'
				}
			]
		};
	}
	return { ok: true, article: parsed.data };
}
