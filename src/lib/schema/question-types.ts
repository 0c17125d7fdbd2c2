// Kept free of zod so pages can import the labels without pulling the schemas into their bundle.
export const questionTypes = [
	'mcq',
	'cloze',
	'true_false',
	'short_answer',
	'matching',
	'ordering'
] as const;
export type QuestionType = (typeof questionTypes)[number];

export const questionTypeLabels: Record<QuestionType, string> = {
	mcq: 'Multiple choice',
	cloze: 'Fill in the gap',
	true_false: 'True or false',
	short_answer: 'Short answer',
	matching: 'Matching',
	ordering: 'Ordering'
};
