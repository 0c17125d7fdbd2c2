import { exportsOf } from '../question-types/exports';
import { slugify, type ExportFile, type ExportItem } from './items';

/** Quizlet's import splits cards on line breaks and term from definition on tabs, so neither may appear inside. */
export function quizletField(value: string): string {
	return value.replace(/[\t\r\n]+/g, ' ').trim();
}

/** Term TAB definition, one card a line: Quizlet's default import settings. */
export function toQuizlet(title: string, items: readonly ExportItem[]): ExportFile {
	const lines = items.flatMap(({ question }) => {
		const card = exportsOf(question).quizlet;
		return card
			? [[question.prompt, card.definition(question).join('; ')].map(quizletField).join('\t')]
			: [];
	});
	return {
		fileName: `${slugify(title)}-quizlet.txt`,
		mimeType: 'text/plain;charset=utf-8',
		text: lines.join('\n') + '\n'
	};
}
