import type { AssignedSet } from '../schema/set';
import { describeIssues, pack, ShareError, unpack, withoutSpaces } from './codec';
import {
	readReference,
	resolveReference,
	shareQuestion,
	toReference,
	type BankSource,
	type LoadBank
} from './set-reference';
import {
	mixedLinkPrefix,
	referenceLinkPrefix,
	setLinkLimits,
	setLinkPrefix,
	SharedSet,
	type SharedSetInput
} from './set-schema';

export type { BankSource, LoadBank } from './set-reference';
export {
	mixedLinkPrefix,
	referenceLinkPrefix,
	setLinkLimits,
	setLinkPrefix,
	SharedQuestion,
	SharedSet,
	SharedSetInfo,
	type SharedSetInput
} from './set-schema';

const messages = {
	notALink: 'This is not a Factdeck set link. Ask your teacher to send the link again.',
	newer:
		'This set was made by a newer version of Factdeck. Reload the page to update, then open the link again.',
	encoding:
		'This set link is damaged (it contains characters a link cannot have). Copy the whole link again.',
	damaged: 'This set link is damaged or cut short. Copy the whole link again.',
	tooBig: 'This set link is too large to open.',
	needsBanks: "This set link names its bank's questions, which cannot be read here."
};

/**
 * The link fragment for a set: `s2.` + base64url(deflate-raw(JSON)) of a reference when every
 * question comes from a bank `builtIn` names (the student's device reads them from the site);
 * `s3.` and a reference that carries the other questions whole when only some do; else `s1.` and
 * the whole set. Throws ShareError when the payload is invalid or the link would be too large to
 * open.
 */
export async function encodeSetLink(
	payload: SharedSetInput,
	builtIn: (bankId: string) => boolean = () => false
): Promise<string> {
	const parsed = SharedSet.safeParse(payload);
	if (!parsed.success) {
		throw new ShareError(`This set cannot be shared: ${describeIssues(parsed.error)}.`);
	}
	const reference = toReference(parsed.data, builtIn);
	if (reference?.[0] === 2) return referenceLinkPrefix + (await pack(reference));
	const prefix = reference ? mixedLinkPrefix : setLinkPrefix;
	const fragment = prefix + (await pack(reference ?? parsed.data));
	if (fragment.length - prefix.length > Math.ceil((setLinkLimits.compressed * 4) / 3)) {
		throw new ShareError(
			'This set is too large for a link. Remove some questions or shorten the instructions.'
		);
	}
	return fragment;
}

/** The fragment part of a pasted link or fragment, without whitespace a mail client added. */
export function fragmentOf(text: string): string {
	const hash = text.indexOf('#');
	return withoutSpaces(hash >= 0 ? text.slice(hash + 1) : text);
}

/** True when two links (whole addresses or fragments) carry the same set link. */
export const sameSetLink = (a: string, b: string): boolean => fragmentOf(a) === fragmentOf(b);

/**
 * Reads a set link: a fragment (`s1.…`, `s2.…`, `s3.…`), with or without `#`, or a whole URL. A
 * reference (`s2.`, `s3.`) is resolved with `loadBank`. Throws ShareError with a message for the student for
 * anything it cannot open.
 */
export async function decodeSetLink(fragment: string, loadBank?: LoadBank): Promise<SharedSet> {
	const text = fragmentOf(fragment);
	const version = /^s(\d{1,6})\./.exec(text);
	if (!version) throw new ShareError(messages.notALink);
	if (version[0] === referenceLinkPrefix || version[0] === mixedLinkPrefix) {
		const data = await unpack(text.slice(version[0].length), setLinkLimits, messages);
		const reference = readReference(data, version[0] === mixedLinkPrefix);
		if (!loadBank) throw new ShareError(messages.needsBanks);
		return resolveReference(reference, loadBank);
	}
	if (version[0] !== setLinkPrefix) {
		throw new ShareError(Number(version[1]) > 3 ? messages.newer : messages.notALink);
	}
	const data = await unpack(text.slice(setLinkPrefix.length), setLinkLimits, messages);
	if (data && typeof data === 'object' && 'v' in data && typeof data.v === 'number' && data.v > 1) {
		throw new ShareError(messages.newer);
	}
	const parsed = SharedSet.safeParse(data);
	if (!parsed.success) {
		throw new ShareError(`This set link cannot be used: ${describeIssues(parsed.error)}.`);
	}
	return parsed.data;
}

/**
 * The link payload for a set: each item's full question, its fact's statement and the quoted
 * source sentence. Throws ShareError naming the first item it cannot find.
 */
export function buildSharedSet(
	set: AssignedSet,
	banks: (bankId: string) => BankSource | undefined,
	now: Date
): SharedSet {
	const questions = set.items.map(({ bank: bankId, question: questionId }) => {
		const source = banks(bankId);
		if (!source) throw new ShareError(`The bank "${bankId}" is not loaded.`);
		const shared = shareQuestion(source, questionId);
		if (!shared) throw new ShareError(`The bank "${bankId}" has no question "${questionId}".`);
		return shared;
	});
	const { id, title, instructions, order, mode, feedback, due, passMark, attempts } = set;
	const info = { id, title, instructions, order, mode, feedback, due, passMark, attempts };
	const parsed = SharedSet.safeParse({ v: 1, set: info, questions, createdAt: now.toISOString() });
	if (!parsed.success) {
		throw new ShareError(`This set cannot be shared: ${describeIssues(parsed.error)}.`);
	}
	return parsed.data;
}
