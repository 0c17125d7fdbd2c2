import type { Tense } from '../../dates';

// Tested before the past marker, whose "\w{3,}ed" would read "scheduled for" as past; "was
// ordered to report to prison on Feb. 9" points forward from the order.
const futureMarker =
	/\b(will|would|shall|expects?|expected|to be held|to take place|is (?:expected|scheduled|set|due) to|are (?:expected|scheduled|set|due) to|(?:scheduled|set) for|due (?:on|by|in)|plans? to|(?:is|are|was|were) planning|planned for|(?:ordered|told|asked|summoned|required|instructed|directed) to (?!have\b)\p{L}+|next|upcoming|coming|begins?|starts?|resumes?|opens?)\b/iu;
const pastMarker = /\b(was|were|had|did|said|met|told|\w{3,}ed)\b/i;

/**
 * The tense governing a position in a sentence: the nearest clause before it that shows either
 * tense decides ("…will publish its results in the journal in June"; "…would attempt a second,
 * deeper sample in April"); past when none does.
 */
export function tenseNear(text: string, index: number): Tense {
	const clauses = text.slice(0, index).split(/[,;]|\b(?:when|after|before|which|who)\b/);
	for (let i = clauses.length - 1; i >= 0; i--) {
		const clause = clauses[i] ?? '';
		if (futureMarker.test(clause)) return 'future';
		if (pastMarker.test(clause)) return 'past';
	}
	return 'past';
}
