import type { EntityKind } from '../../schema/bank';
import type { AnchoredDate } from '../dates';

export interface Mention {
	kind: EntityKind;
	/** Exactly the characters of the mention in the text searched. */
	text: string;
	start: number;
	end: number;
	/** Identity across the article, e.g. `person:fumio kishida` or `place:japan`. */
	key: string;
	/** How options and answers show it: "Fumio Kishida", "Japan", "Friday". */
	display: string;
	/** Where a title before the name starts ("U.S. President Joe Biden"). */
	outerStart?: number;
	/** Set when the text only refers to the person ("the prime minister"). */
	reference?: boolean;
	anchored?: AnchoredDate;
	/** For durations and quantities: the number and the words around it. */
	amount?: Amount;
}

export interface Amount {
	value: number;
	/** Text before the number ("about ", "$"). */
	prefix: string;
	/** Text after the number ("-minute", " hours", " billion yen"). */
	suffix: string;
	/** The number was written in words ("two"). */
	words: boolean;
	/** The counted or measured noun ("people", "hours", "percent"), lower case. */
	unit?: string;
}

export interface Person {
	key: string;
	name: string;
	surname: string;
	/** Other ways the article writes the name on its own ("Xi" for "Xi Jinping"). */
	aliases: string[];
	role?: string;
	/** "Dr", "Prof", "Mrs Justice": how the article addresses them, without the full stop. */
	honorific?: string;
	/** "KC": rank letters the article writes after the name. */
	postNominal?: string;
	/** How the article refers back to them ("She found that …"), once it has. */
	pronoun?: 'he' | 'she';
	/** What a given name usually says ("Serena", "Rafael"), when the article says nothing. */
	nameGender?: 'he' | 'she';
}
