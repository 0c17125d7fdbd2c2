import { functionWords } from './words';

/** English: the one language the generator writes questions in today. */
export const english = {
	tag: 'en',
	name: 'English',
	functionWords,
	minFunctionWordShare: 0.15
} as const;
