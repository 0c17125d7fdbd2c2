// Each registered question type's example (src/lib/question-types/<type>/example.ts), so the
// format, grading and schema tests run over every registered type.
import type { QuestionExample } from '../../src/lib/question-types/example-types';
import { folderOf } from '../../src/lib/question-types/folders';
import { registry } from '../../src/lib/question-types/registry';
import { Question } from '../../src/lib/schema/question';

const files = import.meta.glob<{ default: QuestionExample }>(
	'../../src/lib/question-types/*/example.ts',
	{ eager: true }
);

/** `[type, example]` for every registered type, in registry order; throws if one has none. */
export const typeExamples: [string, QuestionExample<Question>][] = registry.map((m) => {
	const file = files[`../../src/lib/question-types/${folderOf(m.type)}/example.ts`];
	if (!file) throw new Error(`question type "${m.type}" has no example.ts`);
	return [m.type, { ...file.default, question: Question.parse(file.default.question) }];
});
