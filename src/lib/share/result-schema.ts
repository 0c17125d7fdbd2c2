// A student's result as zod/mini schemas: what a device needs to read saved attempts back.
// Writing and reading result codes (compression, checksums) live in result-code.ts.
import { z } from '../schema/zod-mini';
import { Id, Slug } from '../schema/primitives';
import { plainText } from './text';

/** The prefix of the codes written today: the compact version 3, read beside its set. */
export const resultCodePrefix = 'r3.';
/** Version 2 codes, compact in an earlier layout, still read beside their set. */
export const compactV2CodePrefix = 'r2.';
/** Version 1 codes carried their whole text and still read. */
export const legacyResultCodePrefix = 'r1.';
export const resultCodeLimits = {
	compressed: 32 * 1024,
	decompressed: 256 * 1024,
	student: 80,
	response: 500,
	answers: 200
} as const;

const isoDateTime = z.iso.datetime();

/** One line of plain text: a name that shows the same in a table, a CSV cell and a file name. */
export const studentName = plainText(resultCodeLimits.student).check(
	z.trim(),
	z.minLength(1, 'the student name is missing'),
	z.refine((s) => !/[\n\t]/.test(s), 'must be on one line')
);

export const ResultAnswer = z.strictObject({
	questionId: Id,
	response: plainText(resultCodeLimits.response),
	correct: z.boolean(),
	/** Time spent on the question. */
	ms: z.int().check(z.nonnegative())
});
export type ResultAnswer = z.infer<typeof ResultAnswer>;

/** One student's attempt at a set, as it travels back to the teacher. */
export const SetResult = z
	.strictObject({
		v: z.literal(1),
		setId: Slug,
		student: studentName,
		attempt: z.int().check(z.gte(1), z.lte(10_000)),
		startedAt: isoDateTime,
		finishedAt: isoDateTime,
		score: z.strictObject({
			correct: z.int().check(z.nonnegative()),
			total: z.int().check(z.gte(1), z.lte(resultCodeLimits.answers))
		}),
		answers: z.array(ResultAnswer).check(z.maxLength(resultCodeLimits.answers)),
		/** The device the attempt was made on (version 2 codes); absent when not known. */
		device: z.optional(z.string().check(z.regex(/^[0-9a-f]{6}$/, 'not a device id')))
	})
	.check(
		z.superRefine((result, ctx) => {
			if (result.score.correct > result.score.total) {
				ctx.addIssue({
					code: 'custom',
					message: 'more correct answers than questions',
					path: ['score', 'correct']
				});
			}
			const seen = new Set<string>();
			result.answers.forEach((a, i) => {
				if (seen.has(a.questionId)) {
					ctx.addIssue({
						code: 'custom',
						message: `question "${a.questionId}" is answered twice`,
						path: ['answers', i, 'questionId']
					});
				}
				seen.add(a.questionId);
			});
		})
	);
export type SetResult = z.infer<typeof SetResult>;
export type SetResultInput = z.input<typeof SetResult>;
