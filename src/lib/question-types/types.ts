import type { z } from '../schema/zod-mini';

/** The shape every question shares, whatever its type. */
export interface QuestionBase {
	id: string;
	type: string;
	prompt: string;
	answer: string;
	accept: string[];
	explanation: string;
	factId: string;
	source: { start: number; end: number };
}

export interface GradeResult {
	correct: boolean;
	/** The right answer as shown to the learner. */
	expected: string;
	/** Which accepted answer the response was taken as, when it was right. */
	matched?: string;
}

/**
 * How a learner answers: picks one of the choices (shuffled), judges a statement (choices in a
 * fixed order), types the answer, or arranges parts (matching, ordering).
 */
export type AnswerForm = 'choice' | 'verdict' | 'typed' | 'arranged';

/**
 * What one question type is and how it reads, free of zod and of grading, so any page can list,
 * set and describe questions cheaply: its label, how its prompt is set, its answer form, how a
 * response reads, what the draft editor and the add-question form may do with it.
 */
export interface QuestionTraits<T extends string = string, Q extends QuestionBase = QuestionBase> {
	type: T;
	label: string;
	/** How the prompt is set: a cloze shows its gap as a blank; `kicker` is a line above it. */
	prompt: { gapped: boolean; kicker?: string };
	answerForm(question: Q): AnswerForm;
	/** The choices a learner picks from, in stored order; empty when there are none. */
	choices(question: Q): readonly string[];
	/** What a flashcard lists under the prompt before it is turned over. */
	cardHints(question: Q): readonly string[];
	/** A stored response as a person reads it (feedback, answer lists, teacher results). */
	describeResponse(question: Q, response: string): string;
	/**
	 * A response that is several parts (pairs, an order) as lines a person reads one under the
	 * other, `numbered` when their order is the answer; undefined for a one-line response.
	 */
	responseLines?(question: Q, response: string): { numbered: boolean; lines: string[] } | undefined;
	/**
	 * What an author edits in the draft workspace besides prompt, answer and explanation;
	 * `undefined` when the type cannot be edited there.
	 */
	editor: { options: boolean } | undefined;
	/** What to tell an author whose edit breaks a field, where the schema's message would not help. */
	fieldMessages?: Partial<Record<'answer' | 'options', string>>;
	/**
	 * How an author adds one from words selected in an article sentence (the selection is the
	 * answer, `gapped` the sentence with the gap in its place); `undefined` when they cannot.
	 */
	fromSelection:
		| {
				/** Ends the new question's id, after its fact's. */
				idSuffix: string;
				prompt(gapped: string): string;
				/** The gap needs words around it: the selection cannot be the whole sentence. */
				needsContext: boolean;
				/** Set when the author must give options; the message asks for them. */
				optionsRequired?: string;
		  }
		| undefined;
}

/**
 * A question type as registered: its traits, its schema and its grading. Views, editors and
 * export lines live beside it in the same folder, in modules only the pages and exporters that
 * need them load.
 */
export interface QuestionTypeModule<
	T extends string = string,
	Q extends QuestionBase = QuestionBase,
	S extends z.ZodMiniType = z.ZodMiniType<Q, unknown>
> extends QuestionTraits<T, Q> {
	schema: S;
	/** What counts as right. Never throws: a malformed response is wrong. */
	grade(question: Q, response: string): GradeResult;
}
