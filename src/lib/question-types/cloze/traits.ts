import type { QuestionTraits } from '../types';
import type { ClozeQuestion } from '.';

export default {
	type: 'cloze',
	label: 'Fill in the gap',
	prompt: { gapped: true },
	answerForm: (q) => (q.options ? 'choice' : 'typed'),
	choices: (q) => q.options ?? [],
	cardHints: () => [],
	describeResponse: (_q, response) => response,
	editor: { options: true },
	fromSelection: { idSuffix: 'cloze', prompt: (gapped) => gapped, needsContext: true }
} satisfies QuestionTraits<'cloze', ClozeQuestion>;
