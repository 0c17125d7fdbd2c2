import type { Tense } from '../dates';
import type { Token } from '../parse';
import type { Mention, Person } from './types';

// What a recogniser is: a pattern and a reader that claims spans of the text it matches.

export interface FindOptions {
	people: readonly Person[];
	published: string;
	/** The tense around a position: "to be held in May" points forward, "met on Friday" back. */
	tense: Tense | ((index: number) => Tense);
	/** The text's tokens, when parsed: lets a quantity check that its unit is a noun. */
	tokens?: readonly Token[];
}

export interface Context {
	text: string;
	options: FindOptions;
	tenseAt: (i: number) => Tense;
	/** Claims a span for a mention; false when it overlaps one already found. */
	push: (m: Omit<Mention, 'text'>) => boolean;
	/** Claims a span without a mention (a quotation, a title). */
	claim: (start: number, end: number) => void;
	people: PeopleIndex;
	/** The capitalised runs compromise tagged as places, as one pattern. */
	taggedPlaces: RegExp;
	/** The capitalised runs compromise tagged as organisations, as one pattern. */
	taggedOrganizations: RegExp;
}

export interface Recogniser {
	name: string;
	pattern: (ctx: Context) => RegExp;
	read: (m: RegExpExecArray, ctx: Context) => void;
}

export const fixed = (re: RegExp) => () => re;

export interface PeopleIndex {
	/** Every alias of every person, longest first, as one pattern. */
	forms: RegExp;
	byForm: Map<string, Person>;
}

/** "Japan’s National Security Strategy": a possessive owner is not part of the name. */
export function trimLead(text: string, start: number, lead: RegExp): [string, number] {
	const m = lead.exec(text);
	return m ? [text.slice(m[0].length), start + m[0].length] : [text, start];
}

export const articleLead = /^(?:The|A|An|In|On|At|Under|With|By|For|the)\s+/;
