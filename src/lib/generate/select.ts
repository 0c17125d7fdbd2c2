import type { Claim } from './analyse';
import type { Candidate, Form } from './questions';
import { containsWord, normalize } from './text';

/** What selection needs to know of each claim. */
export interface RankedClaim {
	claim: Claim;
	salience: number;
	candidates: Candidate[];
	/** A claim of the lead: the article's first paragraph of news. */
	lead?: boolean;
}

export interface SelectOptions {
	/** The article's length in words: the bank grows with it. */
	words: number;
}

/** Forms by how well they test a fact, best first. */
const preference: Form[] = [
	'wh-choice',
	'false',
	'wh-typed',
	'gap-typed',
	'true',
	'gap-choice',
	'quote-choice',
	'quote-typed',
	'quote-false',
	'quote-true'
];
const family = (f: Form) =>
	f.startsWith('gap')
		? 'gap'
		: f.startsWith('wh')
			? 'wh'
			: f === 'quote-choice' || f === 'quote-typed'
				? 'quote'
				: 'tf';
const isTrueFalse = (c: Candidate) => c.question.type === 'true_false';
const isFalse = (c: Candidate) => isTrueFalse(c) && c.question.answer === 'False';

/** How many questions an article of `words` words deserves: about one for every 11 words. */
export function targetSize(words: number): number {
	return Math.max(8, Math.min(90, Math.round(words / 11)));
}

/**
 * Chooses the bank from every candidate: each claim's best question first, in order of what the
 * article is about, then second and third questions, never more than two on one fact, no
 * answer keying more than a tenth of the bank, true/false keys close to half False and few
 * sentences copied as "True".
 */
export function selectQuestions(
	claims: readonly RankedClaim[],
	options: SelectOptions
): Candidate[] {
	const target = targetSize(options.words);
	const minimumSize = 8;
	// The fifth of claims that carry least news (at most 0.5, so a long article keeps its middle).
	const byNews = claims.map((r) => r.salience).sort((a, b) => a - b);
	const quiet = Math.min(0.5, byNews[Math.floor(byNews.length / 5)] ?? 0);
	// An answer three claims or more repeat ("Marlow Ferries") is in front of the reader anyway.
	const texts = claims.map((r) => normalize(r.claim.text));
	const seen = new Map<string, boolean>();
	// …however it is named: "the Fed", "the US Federal Reserve" and "the Fed" again are three.
	const claimsNaming = new Map<string, number>();
	for (const r of claims)
		for (const key of new Set(r.claim.mentions.map((m) => m.key)))
			claimsNaming.set(key, (claimsNaming.get(key) ?? 0) + 1);
	const everywhere = (c: Candidate) => {
		const key = keyOf(c);
		let known = seen.get(key);
		if (known === undefined)
			seen.set(key, (known = texts.filter((t) => containsWord(t, key)).length >= 3));
		return known || (!!c.slot.mention && (claimsNaming.get(c.slot.mention.key) ?? 0) >= 3);
	};
	const ranked = [...claims].filter((c) => c.salience > 0).sort((a, b) => b.salience - a.salience);
	const chosen: Candidate[] = [];
	const perSlot = new Map<string, Candidate[]>();
	const perClaim = new Map<Claim, number>();
	const perAnswer = new Map<string, number>();
	const answerCap = Math.max(2, Math.floor(target / 10));
	const taken = new Set<string>();
	const prompts = new Set<string>();

	// A mix of forms like a teacher's: most choice and true/false, some typed answers.
	const mix: Record<string, number> = {
		mcq: 0.35,
		true_false: 0.3,
		cloze: 0.2,
		short_answer: 0.15
	};
	const typeCounts = new Map<string, number>();
	const kindOf = (c: Candidate) =>
		c.question.type === 'cloze' && c.question.options ? 'mcq' : c.question.type;
	const score = (r: RankedClaim, c: Candidate) => {
		const share = (typeCounts.get(kindOf(c)) ?? 0) / Math.max(1, chosen.length);
		const deficit = (mix[kindOf(c)] ?? 0.1) - share;
		return (
			(r.lead && leadEvent(c) ? 1.3 : 1) *
			r.salience *
			c.slot.weight *
			c.quality *
			(1 - preference.indexOf(c.form) * 0.02) *
			(1 + Math.max(-0.3, Math.min(0.3, deficit)))
		);
	};

	const allowed = (c: Candidate, round: number): boolean => {
		if (taken.has(c.question.id)) return false;
		if (prompts.has(`${c.question.type}|${c.question.prompt}`)) return false;
		const onSlot = (perSlot.get(c.slot.id) ?? []).filter((o) => !isTrueFalse(o));
		// A statement is about the whole claim: one per claim, beside up to two questions a fact.
		if (isTrueFalse(c)) {
			if (chosen.some((o) => isTrueFalse(o) && o.slot.claim === c.slot.claim)) return false;
		} else {
			if (onSlot.length >= 2) return false;
			// Two questions on one fact must ask it differently: not a gap twice.
			if (onSlot.some((o) => family(o.form) === family(c.form))) return false;
		}
		// "How many administrators …?", "_____ led the board …" and "Two administrators led the
		// board …" (True): one fact asked three times over. A third item on one claim's fact
		// waits for the last round, when the article is short of facts.
		if (round < 3) {
			const onClaim = chosen.filter((o) => o.slot.claim === c.slot.claim);
			const asked = onClaim.filter((o) => !isTrueFalse(o));
			if (
				isTrueFalse(c) &&
				asked.length >= 2 &&
				asked.every((o) => o.slot.id === asked[0]!.slot.id)
			)
				return false;
			if (
				!isTrueFalse(c) &&
				onSlot.length >= 1 &&
				onClaim.some((o) => isTrueFalse(o) && !isFalse(o))
			)
				return false;
		}
		if (!isTrueFalse(c) && (perAnswer.get(c.answerKey) ?? 0) >= answerCap) return false;
		// One question must not answer another: "Arsenal twice and Liverpool" beside "How many
		// games did they lose?", a true statement holding a gap's key.
		if (givesAway(c, chosen, everywhere)) return false;
		// Minor facts (a weekday, a month) only once the main ones are asked.
		if (c.slot.weight < 0.45 && round < 2) return false;
		if (c.verbatim && round < 2) return false;
		return true;
	};
	const take = (c: Candidate) => {
		chosen.push(c);
		typeCounts.set(kindOf(c), (typeCounts.get(kindOf(c)) ?? 0) + 1);
		taken.add(c.question.id);
		prompts.add(`${c.question.type}|${c.question.prompt}`);
		perSlot.set(c.slot.id, [...(perSlot.get(c.slot.id) ?? []), c]);
		perClaim.set(c.slot.claim, (perClaim.get(c.slot.claim) ?? 0) + 1);
		if (!isTrueFalse(c)) perAnswer.set(c.answerKey, (perAnswer.get(c.answerKey) ?? 0) + 1);
	};
	const trueFalseBalance = (c: Candidate): boolean => {
		if (!isTrueFalse(c)) return true;
		const tf = chosen.filter(isTrueFalse);
		const falses = tf.filter(isFalse).length;
		const trues = tf.length - falses;
		// Keep False between 40 % and 60 % of the true/false keys as the bank grows.
		if (isFalse(c)) return falses + 1 <= Math.ceil(1.5 * Math.max(trues, 1));
		const verbatim = tf.filter((x) => x.verbatim).length;
		if (c.verbatim && verbatim + 1 > Math.max(1, Math.floor(0.15 * (tf.length + 1)))) return false;
		return trues + 1 <= Math.ceil(1.5 * Math.max(falses, 1)) || trues === 0;
	};

	for (let round = 0; round < 4 && chosen.length < target; round++) {
		for (const r of ranked) {
			if (chosen.length >= target) break;
			if ((perClaim.get(r.claim) ?? 0) > round) continue;
			if ((perClaim.get(r.claim) ?? 0) >= 3) continue;
			// Claims that carry little news are asked only for a paragraph nothing else asks about,
			// or when the bank would otherwise be too small.
			if (
				r.salience < quiet &&
				chosen.length >= minimumSize &&
				chosen.some((c) => c.slot.claim.sentence.block === r.claim.sentence.block)
			)
				continue;
			// Later rounds reach only the claims that carry news.
			if (round >= 2 && r.salience < 0.6) continue;
			const best = r.candidates
				.filter((c) => allowed(c, round) && trueFalseBalance(c))
				.sort((a, b) => score(r, b) - score(r, a))[0];
			if (best) take(best);
		}
	}
	// A tenth of the bank at most for any one answer, now that its size is known.
	const cap = Math.max(1, Math.floor(chosen.length / 10));
	const counts = new Map<string, number>();
	const kept = chosen.filter((c) => {
		if (isTrueFalse(c)) return true;
		const n = (counts.get(c.answerKey) ?? 0) + 1;
		counts.set(c.answerKey, n);
		return n <= cap;
	});
	return balance(kept);
}

/**
 * The lead's event asked in words: "Who became …?", "How many people died …?". A teacher asks
 * who did the thing and how much first, in a question rather than the lead copied with a gap.
 */
const leadEvent = (c: Candidate) =>
	c.form.startsWith('wh') &&
	(c.slot.kind === 'person' ||
		c.slot.kind === 'organization' ||
		c.slot.kind === 'quantity' ||
		c.slot.kind === 'duration');

const keyOf = (c: Candidate) => normalize(c.question.answer);
const promptOf = (c: Candidate) => normalize(c.question.prompt);
/** An answer worth hiding: an amount, a date, a place, not "True" or a word that turns up anywhere. */
const hiddenAnswer = (c: Candidate) =>
	!isTrueFalse(c) &&
	// A person is named all through an article: seeing the name elsewhere tells nothing.
	c.slot.kind !== 'person' &&
	keyOf(c).length >= 3 &&
	!/^(?:the )?\p{Ll}+$/u.test(c.question.answer);

/** Whether `c` and a question already chosen give each other's answers away. */
function givesAway(
	c: Candidate,
	chosen: readonly Candidate[],
	everywhere: (c: Candidate) => boolean
): boolean {
	const hidden = (x: Candidate) => hiddenAnswer(x) && !everywhere(x);
	return chosen.some(
		(o) =>
			(hidden(o) &&
				o.slot.claim !== c.slot.claim &&
				!isFalse(c) &&
				containsWord(promptOf(c), keyOf(o))) ||
			(hidden(c) &&
				o.slot.claim !== c.slot.claim &&
				!isFalse(o) &&
				containsWord(promptOf(o), keyOf(c)))
	);
}

/**
 * Drops true statements (copied ones first) until False keys are at least 40 % of true/false,
 * never below five questions.
 */
function balance(chosen: Candidate[]): Candidate[] {
	const out = [...chosen];
	const share = () => {
		const tf = out.filter(isTrueFalse);
		return { tf: tf.length, falses: tf.filter(isFalse).length };
	};
	for (;;) {
		const { tf, falses } = share();
		// An article that yields only true statements still gets a few: a bank of five or fewer
		// questions keeps its trues rather than none at all.
		if (tf === 0 || falses / tf >= 0.4 || out.length <= 5) break;
		const victim =
			[...out].reverse().find((c) => isTrueFalse(c) && !isFalse(c) && c.verbatim) ??
			[...out].reverse().find((c) => isTrueFalse(c) && !isFalse(c));
		if (!victim) break;
		out.splice(out.indexOf(victim), 1);
	}
	for (;;) {
		const { tf, falses } = share();
		if (tf === 0 || falses / tf <= 0.6) break;
		const victim = [...out].reverse().find(isFalse);
		if (!victim) break;
		out.splice(out.indexOf(victim), 1);
	}
	return out;
}
