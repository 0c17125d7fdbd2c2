import nlp from 'compromise';

/** One word of a sentence, with compromise's part-of-speech tags and exact offsets. */
export interface Token {
	text: string;
	/** Lower case, as compromise normalises it ("zealand's" for "Zealand’s"). */
	normal: string;
	start: number;
	end: number;
	tags: ReadonlySet<string>;
	/** Punctuation and space written before and after the word. */
	pre: string;
	post: string;
	chunk: string;
}

/** A run of tokens: `first` and `last` are token indices, `start` and `end` text offsets. */
export interface Phrase {
	first: number;
	last: number;
	start: number;
	end: number;
	text: string;
}

export interface VerbGroup extends Phrase {
	infinitive: string;
	/** compromise's form: "simple-past", "simple-present", "passive-past", "simple-future", … */
	form: string;
	/** Auxiliaries before the main verb ("will", "had been"), "" for none. */
	auxiliary: string;
	negative: boolean;
	/** Token index of the main (last) verb. */
	main: number;
}

export interface Parse {
	text: string;
	tokens: Token[];
	/** Noun phrases as compromise chunks them, in order. */
	nouns: Phrase[];
	verbs: VerbGroup[];
}

interface Term {
	text: string;
	normal?: string;
	pre: string;
	post: string;
	tags: string[];
	/** compromise's chunk: "Noun", "Verb", "Adjective", "Pivot". */
	chunk?: string;
	offset: { start: number; length: number };
}

/** Tokens located in `text`: compromise's offsets are trusted only where the text agrees. */
function tokensOf(text: string, sentences: { terms: Term[] }[]): Token[] {
	const tokens: Token[] = [];
	let cursor = 0;
	for (const s of sentences)
		for (const t of s.terms) {
			if (!t.text) continue;
			let start = t.offset.start;
			if (text.slice(start, start + t.text.length) !== t.text) {
				start = text.indexOf(t.text, cursor);
				if (start < 0) continue;
			}
			cursor = start + t.text.length;
			tokens.push({
				text: t.text,
				normal: (t.normal ?? t.text).toLowerCase(),
				start,
				end: start + t.text.length,
				tags: new Set(t.tags),
				pre: t.pre,
				post: t.post,
				chunk: t.chunk ?? ''
			});
		}
	return tokens;
}

/** The token range covering offsets [start, end), or undefined when no token starts there. */
function rangeOf(tokens: Token[], start: number, end: number): [number, number] | undefined {
	let first = -1;
	let last = -1;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (t.end <= start) continue;
		if (t.start >= end) break;
		if (first < 0) first = i;
		last = i;
	}
	return first < 0 ? undefined : [first, last];
}

export function phrase(parse: Pick<Parse, 'text' | 'tokens'>, first: number, last: number): Phrase {
	const start = parse.tokens[first]!.start;
	const end = parse.tokens[last]!.end;
	return { first, last, start, end, text: parse.text.slice(start, end) };
}

const cache = new Map<string, Parse>();

/**
 * Parses one sentence with compromise, once: every later stage reads these tokens, noun phrases
 * and verb groups instead of asking compromise again. The last few hundred parses are kept, as
 * a sentence and its clauses are read more than once.
 */
export function parse(text: string): Parse {
	const known = cache.get(text);
	if (known) return known;
	const parsed = parseNow(text);
	cache.set(text, parsed);
	if (cache.size > 500) cache.delete(cache.keys().next().value!);
	return parsed;
}

function parseNow(text: string): Parse {
	const doc = nlp(text);
	// "Traynor tentatively scheduled Jackson's sentencing for July 31": compromise reads the verb
	// after an adverb as an adjective, leaving the sentence no verb, and so no claim at all.
	if (!doc.match('#Verb').text().trim())
		doc.match('#Noun #Adverb [/^[a-z]{3,}ed$/] (#Noun|#Determiner)', 0).tag('PastTense');
	// "Australian-born actor Rod Taylor … died", "died at age 84": a birthplace before its noun
	// and an age are no verbs; read as verbs, they leave the sentence without its subject.
	if (/-born\b/.test(text)) doc.match('[born] #Noun', 0).if('#Hyphenated').tag('Adjective');
	if (/\bat age \d/.test(text)) doc.match('at [age] #Value', 0).tag('Noun');
	const tokens = tokensOf(
		text,
		doc.json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[]
	);
	const retagged = pluralNounsAfterNouns(tokens);
	const base = { text, tokens };
	// Noun phrases from compromise's chunks: as good as doc.nouns() at a third of the cost.
	const nouns: Phrase[] = [];
	let first = -1;
	for (let i = 0; i <= tokens.length; i++) {
		const t = tokens[i];
		const inNoun = t?.chunk === 'Noun';
		if (inNoun && first < 0) first = i;
		const ends = !inNoun || /[,;:.!?()“”"—–]/.test(t!.post);
		if (first >= 0 && ends) {
			const last = inNoun ? i : i - 1;
			if (last >= first) nouns.push(phrase(base, first, last));
			first = -1;
		}
	}
	const verbs: VerbGroup[] = [];
	for (const v of doc.verbs().json({ offset: true, terms: { offset: true } }) as {
		terms: Term[];
		verb: {
			infinitive: string;
			auxiliary: string;
			negative: boolean;
			grammar: { form?: string; copula?: boolean };
		};
	}[]) {
		const verbTerms = v.terms.filter((t) => t.tags.includes('Verb'));
		const first = verbTerms[0];
		const last = verbTerms[verbTerms.length - 1];
		if (!first || !last) continue;
		const range = rangeOf(tokens, first.offset.start, last.offset.start + last.offset.length);
		if (!range) continue;
		if (retagged.has(range[1])) continue;
		// "the hotly-contested presidential race": a participle joined by its hyphen to the adverb
		// before it, before the noun it describes, is an adjective, not the sentence's verb.
		const before = tokens[range[0] - 1];
		const after = tokens[range[1] + 1];
		if (
			range[0] === range[1] &&
			before?.post === '-' &&
			/\p{Ll}ly$/u.test(before.text) &&
			(has(after, 'Noun') || has(after, 'Adjective'))
		)
			continue;
		// "glided" for "glided": a past form compromise could not take back to its infinitive is
		// no infinitive ("did … glided"); left empty, so nothing is built on it.
		const infinitive = v.verb.infinitive || last.text.toLowerCase();
		const unknownPast =
			v.verb.grammar.form === 'simple-past' &&
			/ed$/.test(infinitive) &&
			infinitive === last.text.toLowerCase();
		verbs.push({
			...phrase(base, range[0], range[1]),
			infinitive: unknownPast ? '' : infinitive,
			form: v.verb.grammar.copula ? 'copula' : (v.verb.grammar.form ?? 'other'),
			auxiliary: (v.verb.auxiliary ?? '').trim(),
			negative: !!v.verb.negative,
			main: range[1]
		});
	}
	return { text, tokens, nouns, verbs };
}

/** Verbs that follow a noun as the sentence's verb ("Voigt says", "the team has"). */
const verbsAfterNouns =
	/^(?:says|has|is|was|does|goes|gets|makes|takes|plans|wants|needs|seems|remains|becomes|adds|calls|tells|shows|means|leads|runs|uses|looks|comes|gives)$/;

/**
 * compromise reads a plural noun after a noun as a verb when the sentence already has one:
 * "compiled years of field surveys about …", "has the largest deforestation rates in the
 * world". Such a word, between a common noun and a preposition, after the
 * sentence's verb, is made a noun again. Returns the token indices changed.
 */
function pluralNounsAfterNouns(tokens: Token[]): Set<number> {
	const changed = new Set<number>();
	let verbSeen = false;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		const prev = tokens[i - 1];
		const next = tokens[i + 1];
		if (
			verbSeen &&
			prev &&
			t.tags.has('PresentTense') &&
			/[^s]s$/.test(t.normal) &&
			!verbsAfterNouns.test(t.normal) &&
			prev.tags.has('Noun') &&
			!prev.tags.has('ProperNoun') &&
			!prev.tags.has('Pronoun') &&
			!/[,;:—–(]/.test(prev.post) &&
			next?.tags.has('Preposition') &&
			next.normal !== 'to' &&
			!/[,;:.!?)]/.test(t.post)
		) {
			const tags = new Set([...t.tags].filter((x) => !/Verb|Tense|Infinitive/.test(x)));
			tags.add('Noun').add('Plural');
			tokens[i] = { ...t, tags, chunk: 'Noun' };
			changed.add(i);
		}
		// "the 100 and 200-meter dashes", "three runs": after a number, a word in "-s" is counted,
		// not done.
		if (
			!changed.has(i) &&
			prev &&
			t.tags.has('PresentTense') &&
			/[^s]s$/.test(t.normal) &&
			(prev.tags.has('Value') ||
				(prev.tags.has('Unit') && prev.tags.has('Hyphenated')) ||
				/^(?:dozens|hundreds|thousands)$/i.test(prev.text))
		) {
			const tags = new Set([...t.tags].filter((x) => !/Verb|Tense|Infinitive/.test(x)));
			tags.add('Noun').add('Plural');
			tokens[i] = { ...t, tags, chunk: 'Noun' };
			changed.add(i);
			continue;
		}
		// "in enclosed public places": a participle inside a phrase is not the sentence's verb.
		const inPhrase = prev && /Preposition|Determiner|Adjective/.test([...prev.tags].join(' '));
		if (t.tags.has('Verb') && !changed.has(i) && !inPhrase) verbSeen = true;
	}
	return changed;
}

export const has = (t: Token | undefined, tag: string): boolean => !!t && t.tags.has(tag);
