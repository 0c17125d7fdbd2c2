import type { Question } from '../schema/bank';
import { gap } from '../schema/gap';
import { slugify, type ExportFile, type ExportItem } from './items';

/**
 * Text as Moodle's GIFT reader wants it: the backslash and `~ = # { } :` escaped, line breaks
 * written as `\n` so each question stays one block.
 */
export function giftEscape(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\n');
}

// Moodle reads a leading "%n%" on an answer as its weight; "%" cannot be escaped.
const looksWeighted = /^%-*\d/;

/** A multiple-choice option: `=` right (never weighed), `~` wrong. */
function choice(option: string, answer: string): string {
	if (option === answer) return `=${giftEscape(option)}`;
	return `${looksWeighted.test(option) ? '~%0%' : '~'}${giftEscape(option)}`;
}

/**
 * An accepted short answer, or the left side of a matching pair. Moodle takes any `=` list that
 * contains "->" for a matching question, and "->" cannot be escaped, so it becomes "→".
 */
function typed(text: string, weighed = true): string {
	const escaped = giftEscape(text.replace(/->/g, '→'));
	return `${weighed && looksWeighted.test(text) ? '=%100%' : '='}${escaped}`;
}

function answerBlock(question: Question, answers: string[]): string {
	return `{${answers.join(' ')} ####${giftEscape(question.explanation)}}`;
}

/** The question line after its name: text and answers in GIFT's notation. */
function giftBody(question: Question): string {
	const prompt = giftEscape(question.prompt);
	switch (question.type) {
		case 'mcq':
			return `${prompt} ${answerBlock(
				question,
				question.options.map((o) => choice(o, question.answer))
			)}`;
		case 'true_false':
			return `${prompt} ${answerBlock(question, [question.answer === 'True' ? 'T' : 'F'])}`;
		case 'short_answer':
			return `${prompt} ${answerBlock(
				question,
				[question.answer, ...question.accept].map((a) => typed(a))
			)}`;
		case 'cloze': {
			// GIFT's "missing word" format: the answers stand where the gap was.
			const at = question.prompt.indexOf(gap);
			const before = giftEscape(question.prompt.slice(0, at));
			const after = giftEscape(question.prompt.slice(at + gap.length));
			const answers = question.options
				? question.options.map((o) => choice(o, question.answer))
				: [question.answer, ...question.accept].map((a) => typed(a));
			return `${before}${answerBlock(question, answers)}${after}`;
		}
		case 'matching':
			return `${prompt} ${answerBlock(
				question,
				question.pairs.map((p) => `${typed(p.left, false)} -> ${giftEscape(p.right)}`)
			)}`;
		case 'ordering':
			// GIFT has no ordering type: a matching question pairs each position with its item.
			return `${prompt} ${answerBlock(
				question,
				question.items.map((item, i) => `=${i + 1} -> ${giftEscape(item)}`)
			)}`;
	}
}

/** Line comments must stay on one line. */
function comment(text: string): string {
	return `// ${text.replace(/\s+/g, ' ').trim()}`;
}

/** Moodle's GIFT format: one question a block, blank lines between, named by question id. */
export function toGift(title: string, items: readonly ExportItem[]): ExportFile {
	const slug = slugify(title);
	const blocks = [
		[comment(`Factdeck: ${title}`), `$CATEGORY: factdeck/${slug}`].join('\n'),
		...items.map(({ question, quote }) =>
			[comment(`Source: ${quote}`), `::${giftEscape(question.id)}::${giftBody(question)}`].join(
				'\n'
			)
		)
	];
	return {
		fileName: `${slug}-gift.txt`,
		mimeType: 'text/plain;charset=utf-8',
		text: blocks.join('\n\n') + '\n'
	};
}
