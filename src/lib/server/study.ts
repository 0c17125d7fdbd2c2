import { error } from '@sveltejs/kit';
import { studyDataOf } from '$lib/study/study-data';
import { bankPayload } from './content';

/** What the quiz and review pages need: the questions, each with its source sentence quoted. */
export function studyData(id: string) {
	const payload = bankPayload(id);
	if (!payload) error(404, `No bank "${id}"`);
	return studyDataOf(payload.bank, payload.article);
}
