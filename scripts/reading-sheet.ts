/**
 * Writes the generator's raw questions for an article (before any review) as a Markdown sheet a
 * blind reader can judge, one numbered item per question, without the generator's ids or notes.
 * Usage: npm run sheet -- <article.md> [--out <sheet.md>] [--explain]
 * With --explain, the sheet ends with every claim the generator read, its facts, and what became of
 * each question it allowed (asked, not selected, or the filter that refused it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFrontMatter } from '../src/lib/content/front-matter';
import { generateBank, GenerateError, type ClaimTrace } from '../src/lib/generate/index';
import { Article, ArticleMeta, type Question } from '../src/lib/schema';
import { questionTypeLabels } from '../src/lib/schema/question-types';

function fail(message: string): never {
	console.error(`sheet: ${message}`);
	process.exit(1);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const explainAsked = args.includes('--explain');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
if (!file) fail('name an article, e.g. npm run sheet -- my-article.md --out sheet.md');

let article: Article;
try {
	const { data, body } = parseFrontMatter(readFileSync(file, 'utf8'));
	const meta = ArticleMeta.parse(data);
	article = Article.parse({ ...meta, id: basename(file, '.md'), body });
} catch (error) {
	fail(`${file}: ${(error as Error).message}`);
}

let questions: Question[];
let explained: ClaimTrace[] = [];
try {
	const { report } = generateBank(article, { explain: explainAsked });
	questions = report.raw;
	explained = report.explained ?? [];
} catch (error) {
	if (error instanceof GenerateError) fail(error.message);
	throw error;
}

function item(q: Question, n: number): string {
	const lines = [`### ${n}. ${questionTypeLabels[q.type]}`, '', `**Prompt:** ${q.prompt}`, ''];
	switch (q.type) {
		case 'mcq':
		case 'cloze':
			if (q.options) lines.push(`**Options:** ${q.options.map((o) => `(${o})`).join(' ')}`, '');
			break;
		case 'matching':
			lines.push(
				`**Left:** ${q.pairs.map((p) => p.left).join(' · ')}`,
				'',
				`**Right (shown shuffled):** ${q.pairs.map((p) => p.right).join(' · ')}`,
				''
			);
			break;
		case 'ordering':
			lines.push(`**Items (shown shuffled):** ${[...q.items].sort().join(' · ')}`, '');
	}
	const key =
		q.type === 'matching'
			? q.pairs.map((p) => `${p.left} → ${p.right}`).join('; ')
			: q.type === 'ordering'
				? q.items.join(' → ')
				: q.answer;
	lines.push(`**Key:** ${key}`, '');
	if ((q.type === 'cloze' && !q.options) || q.type === 'short_answer')
		lines.push(
			`**Typed answers also accepted:** ${q.accept.length ? q.accept.map((a) => `"${a}"`).join(', ') : '(only the key)'}`,
			''
		);
	return lines.join('\n');
}

// What the grader forgives in every typed answer (src/lib/grading/normalize.ts), so a reader
// judges the accepted answers as a learner meets them.
const grading =
	'Typed answers are graded forgivingly: case, punctuation, accents and a leading "the"/"a" are ignored; numbers may be typed in words or digits ("two million" = "2,000,000"), "%" as "percent", dates in either order ("8 Sept" = "September 8"); a form of address before a name ("Mr", "Dr", "Sir") is ignored; "USA", "US" and "America" are "the United States", "UK" and "Britain" "the United Kingdom", "UAE" "the United Arab Emirates", "Holland" "the Netherlands", a US state’s short form ("Fla.", "Calif.") the state; small typos in longer words are forgiven, but numbers must be exact.';

function trace(c: ClaimTrace): string {
	const lines = [
		`### Sentence ${c.sentence + 1} (salience ${c.salience.toFixed(2)})`,
		'',
		`> ${c.text}`,
		''
	];
	if (c.source) lines.push(`Said by: ${c.source}`, '');
	if (c.clause)
		lines.push(
			`Clause: [${c.clause.subject}] [${c.clause.verb}]${c.clause.object ? ` [${c.clause.object}]` : ''}`,
			''
		);
	for (const f of c.facts)
		lines.push(`- fact: ${f.answer} (${f.kind}, ${f.position}, weight ${f.weight})`);
	for (const q of c.questions) lines.push(`- ${q.outcome}: ${q.form}: ${q.prompt} → ${q.answer}`);
	return lines.join('\n') + '\n';
}

const counts = new Map<string, number>();
for (const q of questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
const sheet = [
	`# Questions generated from “${article.title}”`,
	'',
	`${questions.length} questions: ${[...counts].map(([t, c]) => `${questionTypeLabels[t as Question['type']]} ${c}`).join(', ')}.`,
	'',
	grading,
	'',
	...questions.map((q, i) => item(q, i + 1)),
	...(explainAsked ? ['', '## How each claim was read', '', ...explained.map(trace)] : [])
].join('\n');

if (out) {
	writeFileSync(out, sheet + '\n');
	console.log(`${file} → ${out} (${questions.length} questions)`);
} else console.log(sheet);
