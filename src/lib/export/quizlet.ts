import { exportsOf } from '../question-types/exports';
import { questionTypeLabels } from '../question-types/traits';
import { slugify, type ExportFile, type ExportItem } from './items';

/** Quizlet's import splits cards on line breaks and term from definition on tabs, so neither may appear inside. */
export function quizletField(value: string): string {
	return value.replace(/[\t\r\n]+/g, ' ').trim();
}

const labelOf = (type: string) =>
	(questionTypeLabels as Record<string, string | undefined>)[type] ?? type;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Term TAB definition, one card a line: Quizlet's default import settings. Each card can be
 * answered from its term alone; a term already written (the same fact asked the same way) is
 * not written twice, and the questions no card can hold (an order to put together) are counted
 * in the notice.
 */
export function toQuizlet(title: string, items: readonly ExportItem[]): ExportFile {
	const terms = new Set<string>();
	const lines: string[] = [];
	const leftOut = new Map<string, number>();
	let repeated = 0;
	for (const { question } of items) {
		const cards = exportsOf(question).quizlet?.cards(question);
		if (!cards?.length) {
			leftOut.set(question.type, (leftOut.get(question.type) ?? 0) + 1);
			continue;
		}
		for (const card of cards) {
			const term = quizletField(card.term);
			const key = term.toLowerCase();
			if (terms.has(key)) {
				repeated++;
				continue;
			}
			terms.add(key);
			lines.push(`${term}\t${quizletField(card.definition)}`);
		}
	}
	const notes = [
		...[...leftOut].map(
			([type, n]) =>
				`${plural(n, 'question', 'questions')} left out (${labelOf(type)}): a term and its definition cannot ask it`
		),
		...(repeated ? [`${plural(repeated, 'repeated card', 'repeated cards')} written once`] : [])
	];
	return {
		fileName: `${slugify(title)}-quizlet.txt`,
		mimeType: 'text/plain;charset=utf-8',
		text: lines.join('\n') + '\n',
		...(notes.length ? { notice: `${notes.join('; ')}.` } : {})
	};
}
