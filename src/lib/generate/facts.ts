import nlp from 'compromise';
import type { EntityKind, FactKind } from '../schema/bank';
import { collectPeople, findMentions, tenseNear, type Mention, type Person } from './entities';
import type { Segmented, Sentence } from './segment';
import { containsWord, hashHex, joinNames, normalize } from './text';

export interface Verb {
	start: number;
	end: number;
	text: string;
	infinitive: string;
	/** simple-past, simple-present, copula, or other (auxiliaries, passives, ...). */
	form: 'past' | 'present' | 'copula' | 'other';
}

/** One sentence after pronouns and descriptions have been replaced by names. */
export interface Analysed {
	sentence: Sentence;
	statement: string;
	mentions: Mention[];
	/** Where the grammatical subject sits in `statement`. */
	subject?: { start: number; end: number; people: Person[] };
	verb?: Verb;
	/** Notes such as "“The U.S. president” is Joe Biden." for explanations. */
	resolutions: string[];
	attribution?: string;
	quote?: { text: string; speaker: Person };
	/** For "X said (that) …": the original wording, asked as "Who said that …?". */
	reported?: { statement: string; question?: string; people: Person[] };
}

export interface FactDraft {
	id: string;
	kind: FactKind;
	statement: string;
	answer: string;
	answerKind: EntityKind;
	attribution?: string;
	sentence: Sentence;
	analysed: Analysed;
	/** The answer's place in `statement`, when it is a span of it. */
	span?: { start: number; end: number };
	/** Only a true/false statement fits: the answer alone could be many things ("boost _____"). */
	statementOnly?: boolean;
	mention?: Mention;
	/** Answers are people: for "who" facts and quotes. */
	people?: Person[];
	/** A wh-question asking for the answer, when the sentence allows a clean one. */
	question?: string;
}

export interface FactContext {
	people: Person[];
	published: string;
	sentences: Sentence[];
	analysed: Analysed[];
}

const groupReference =
	/^(?:[Tt]he two leaders|[Tt]he leaders|[Bb]oth leaders|[Tt]he two men|[Tt]he two women|[Tt]hey)\b/;
const singleReference = /^(?:He|She)\b/;
const thingReference =
	/^It\b(?!\s+(?:is|was|has been|will be)\s+(?:expected|likely|unclear|not|possible|said|thought|believed))/;

interface State {
	lastGroup: Person[];
	lastPerson?: Person;
	/** A short non-person subject ("The probe") that a following "It" refers to. */
	lastThing?: string;
	block?: number;
}
const skipAdverbs = new Set([
	'also',
	'then',
	'later',
	'now',
	'jointly',
	'both',
	'further',
	'again',
	'currently',
	'still',
	'even',
	'first'
]);
const sayVerbs =
	'said|says|stressed|added|told reporters|noted|explained|warned|insisted|declared|wrote|argued|claimed|predicted|announced|estimated|stated';

function shortName(p: Person): string {
	return p.surname;
}

interface Term {
	text: string;
	start: number;
	end: number;
	tags: string[];
}

function termsOf(text: string): { terms: Term[]; verbs: Verb[] } {
	const doc = nlp(text);
	const terms: Term[] = [];
	for (const s of doc.json({ offset: true, terms: { offset: true } }) as {
		terms: { text: string; tags: string[]; offset: { start: number; length: number } }[];
	}[]) {
		for (const t of s.terms)
			terms.push({
				text: t.text,
				tags: t.tags,
				start: t.offset.start,
				end: t.offset.start + t.offset.length
			});
	}
	const verbs: Verb[] = [];
	for (const v of doc.verbs().json({ offset: true }) as {
		text: string;
		offset: { start: number; length: number };
		verb: { infinitive: string; auxiliary: string; grammar: { form: string; copula: boolean } };
	}[]) {
		let clean = v.text.replace(/[.,;:!?"”’]+$/u, '');
		let start = v.offset.start;
		for (;;) {
			const adverb = /^([\p{L}]+)\s+/u.exec(clean);
			if (!adverb || !skipAdverbs.has(adverb[1]!.toLowerCase()) || !/\s/.test(clean)) break;
			clean = clean.slice(adverb[0].length);
			start += adverb[0].length;
		}
		const form = v.verb.grammar.copula
			? 'copula'
			: v.verb.auxiliary || /\s/.test(clean)
				? 'other'
				: v.verb.grammar.form === 'simple-past'
					? 'past'
					: v.verb.grammar.form === 'simple-present'
						? 'present'
						: 'other';
		verbs.push({
			start,
			end: start + clean.length,
			text: clean,
			infinitive: v.verb.infinitive,
			form
		});
	}
	return { terms, verbs };
}

/**
 * Resolves references, finds subject and verb. `state` carries the last people named so that
 * "He" and "the two leaders" in later sentences become names.
 */
function analyse(sentence: Sentence, people: Person[], published: string, state: State): Analysed {
	// Pronouns reach back within the paragraph only: across paragraphs the guess is too often wrong.
	if (state.block !== sentence.block) {
		state.block = sentence.block;
		delete state.lastPerson;
		delete state.lastThing;
	}
	let statement = sentence.statement ?? sentence.text;
	const resolutions: string[] = [];
	const find = (text: string) =>
		findMentions(text, { people, published, tense: (i) => tenseNear(text, i) });

	// Quotations with a speaker: “…,” Kishida said. / “…,” said Kishida, who …
	const quoteMatch =
		/^[“"](.+?)[,.!?]?[”"],?\s+(.+?)\s+(said|says|stressed|added|noted|explained|warned|insisted|declared|wrote|told reporters)\b(.*)$/u.exec(
			statement
		) ??
		/^[“"](.+?)[,.!?]?[”"],?\s+(said|says|stressed|added|noted|explained|warned|insisted|declared)\s+(.+?)(?:,\s+(?:who|the)\b.*)?\.$/u.exec(
			statement
		);
	let quote: Analysed['quote'];
	if (quoteMatch) {
		const speakerText =
			/^(said|says|stressed|added|noted|explained|warned|insisted|declared)$/.test(quoteMatch[2]!)
				? quoteMatch[3]!
				: quoteMatch[2]!;
		const speakers = find(speakerText).filter((m) => m.kind === 'person');
		let speaker =
			speakers.length === 1 ? people.find((p) => p.key === speakers[0]!.key) : undefined;
		if (!speaker && /^(he|she)$/i.test(speakerText.trim())) {
			speaker = state.lastPerson;
			if (speaker) speaker.pronoun ??= speakerText.trim().toLowerCase() as 'he' | 'she';
		}
		if (speaker) {
			quote = { text: quoteMatch[1]!, speaker };
			state.lastPerson = speaker;
		}
	}

	// Subject references after an optional leading phrase ("Regarding Taiwan, …, the two leaders …").
	const replaceAt = (start: number, length: number, replacement: string) => {
		statement = statement.slice(0, start) + replacement + statement.slice(start + length);
	};
	const starts = [0, ...[...statement.matchAll(/, /g)].map((m) => (m.index ?? 0) + 2)];
	const outsideQuotes = (i: number) =>
		(statement.slice(0, i).match(/[“”"]/g)?.length ?? 0) % 2 === 0;
	for (const at of starts) {
		if (!outsideQuotes(at)) continue;
		const rest = statement.slice(at);
		const group = groupReference.exec(rest);
		if (group && state.lastGroup.length >= 2) {
			const names = joinNames(state.lastGroup.map(shortName));
			resolutions.push(`“${group[0]}” refers to ${joinNames(state.lastGroup.map((p) => p.name))}.`);
			replaceAt(at, group[0].length, names);
			break;
		}
		const thing = thingReference.exec(rest);
		if (thing && state.lastThing && at === 0) {
			resolutions.push(`“It” refers to ${state.lastThing.replace(/^The /, 'the ')}.`);
			replaceAt(at, thing[0].length, state.lastThing);
			break;
		}
		const single = singleReference.exec(rest);
		if (single && state.lastPerson) {
			state.lastPerson.pronoun ??= single[0].toLowerCase() as 'he' | 'she';
			resolutions.push(`“${single[0]}” refers to ${state.lastPerson.name}.`);
			replaceAt(at, single[0].length, shortName(state.lastPerson));
			break;
		}
	}
	let mentions = find(statement);
	// Descriptions of one person ("the prime minister") become the surname.
	for (const m of [...mentions].reverse()) {
		if (!m.reference || !outsideQuotes(m.start)) continue;
		const person = people.find((p) => p.key === m.key)!;
		resolutions.push(`“${m.text}” refers to ${person.name}.`);
		replaceAt(m.start, m.end - m.start, shortName(person));
	}
	mentions = find(statement);

	const { verbs } = termsOf(statement);
	let subject: Analysed['subject'];
	let verb: Verb | undefined;
	for (const at of [0, ...[...statement.matchAll(/, /g)].map((m) => (m.index ?? 0) + 2)]) {
		if (!outsideQuotes(at)) continue;
		let i = at;
		const group: Person[] = [];
		for (;;) {
			const m = mentions.find((x) => (x.outerStart ?? x.start) === i && x.kind === 'person');
			if (!m) break;
			group.push(people.find((p) => p.key === m.key)!);
			const joiner = /^(?:,\s+|\s+and\s+|,\s+and\s+)/.exec(statement.slice(m.end));
			if (
				joiner &&
				mentions.some(
					(x) => (x.outerStart ?? x.start) === m.end + joiner[0].length && x.kind === 'person'
				)
			) {
				i = m.end + joiner[0].length;
				continue;
			}
			i = m.end;
			break;
		}
		const candidate = group.length ? i : undefined;
		let after = candidate ?? (at === 0 ? -1 : undefined);
		if (after === undefined) continue;
		if (after === -1) {
			// A subject that is not a person: the words before the first verb, if short and plain.
			const comma = statement.indexOf(',') < 0 ? statement.length : statement.indexOf(',');
			const first = verbs.find((v) => v.start < comma && v.form !== 'present') ?? verbs[0];
			if (!first || first.start === 0) continue;
			const before = statement.slice(0, first.start).trim();
			if (/,/.test(before) || before.split(/\s+/).length > 8) continue;
			after = first.start;
		}
		let j = after;
		for (;;) {
			const w = /^\s*([\p{L}]+)/u.exec(statement.slice(j));
			if (w && skipAdverbs.has(w[1]!.toLowerCase())) j += w[0].length;
			else break;
		}
		const next = verbs.find((v) => v.start >= j && statement.slice(j, v.start).trim() === '');
		if (!next) continue;
		subject = {
			start: at,
			end: candidate ?? statement.slice(0, after).trimEnd().length,
			people: group
		};
		verb = next;
		break;
	}
	if (subject && subject.people.length >= 2) state.lastGroup = subject.people;
	if (subject && subject.people.length === 1) state.lastPerson = subject.people[0];
	if (subject && !subject.people.length) {
		const text = statement.slice(subject.start, subject.end).trim();
		if (/^The\s+[\p{Ll}\p{Lu}-]+(?:\s+[\p{Ll}-]+)?$/u.test(text)) state.lastThing = text;
	}
	const personsNamed = mentions.filter((m) => m.kind === 'person');
	// The only person named, or one who opens the sentence ("Mrs Justice Helen Carrow said …"), is
	// whom a following "She" means.
	const opener =
		personsNamed.length === 1 && (personsNamed[0]!.outerStart ?? personsNamed[0]!.start) === 0;
	if ((!subject || opener) && personsNamed.length === 1)
		state.lastPerson = people.find((p) => p.key === personsNamed[0]!.key);

	// Reported speech: "The prime minister said the Hiroshima summit will …" is the speaker's claim.
	let attribution: string | undefined;
	let reported: Analysed['reported'];
	if (subject && subject.people.length && verb && !quote) {
		// "said the summit will …" reports a claim; "stressed the importance of …" does not, unless "that" follows.
		const said =
			new RegExp(`^(?:said|says|told reporters)\\s+(?:that\\s+)?`).exec(
				statement.slice(verb.start)
			) ?? new RegExp(`^(?:${sayVerbs})\\s+that\\s+`).exec(statement.slice(verb.start));
		if (said && !/^[“"]/.test(statement.slice(verb.start + said[0].length))) {
			// "Pryce said he was relieved": the pronoun after the verb is the speaker's.
			const self = /^(he|she)\b/.exec(statement.slice(verb.start + said[0].length));
			if (self && subject.people.length === 1)
				subject.people[0]!.pronoun ??= self[1] as 'he' | 'she';
			attribution = joinNames(subject.people.map((p) => p.name));
			reported = {
				statement,
				question: whoQuestion({ sentence, statement, mentions, resolutions, subject, verb }),
				people: subject.people
			};
			const clause = dropSecondThat(statement.slice(verb.start + said[0].length));
			const prefix = `According to ${joinNames(subject.people.map(shortName))}, `;
			statement = prefix + clause;
			mentions = find(statement);
			subject = undefined;
			verb = undefined;
		}
	}
	const analysed: Analysed = { sentence, statement, mentions, resolutions };
	if (subject) analysed.subject = subject;
	if (verb) analysed.verb = verb;
	if (attribution) analysed.attribution = attribution;
	if (quote) analysed.quote = quote;
	if (reported) analysed.reported = reported;
	return analysed;
}

/**
 * "X said A and that B" becomes "According to X, A and B": without "said" the second "that" hangs.
 * A "that" followed by its verb ("and that was a relief") is a pronoun and stays, as does anything
 * inside quotation marks.
 */
function dropSecondThat(clause: string): string {
	return clause.replace(
		/([,;]?\s+(?:and|but|or))\s+that\s+(?!(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|meant|means|made|makes|seemed|seems)\b)/gu,
		(all, joiner: string, at: number) =>
			(clause.slice(0, at).match(/[“”"]/g)?.length ?? 0) % 2 === 0 ? `${joiner} ` : all
	);
}

const kindOf: Partial<Record<EntityKind, FactKind>> = {
	person: 'who',
	place: 'where',
	date: 'when',
	weekday: 'when',
	month: 'when',
	duration: 'duration',
	quantity: 'quantity',
	document: 'what',
	event: 'what',
	organization: 'what'
};
const priority: EntityKind[] = [
	'weekday',
	'month',
	'date',
	'duration',
	'quantity',
	'document',
	'event',
	'place',
	'organization',
	'person'
];

/** Possessive owners ("Japan’s efforts") make weak questions: ask them last. */
function rank(a: Analysed, m: Mention): number {
	const possessive = /^[’']s\b/.test(a.statement.slice(m.end));
	return priority.indexOf(m.kind) + (possessive ? 20 : 0);
}

function stripEnd(text: string): string {
	return text.replace(/[.!?]+$/u, '').trim();
}

/** "Who also agreed to …?" reads badly: drop the linking adverb. */
function whoQuestion(a: Analysed): string | undefined {
	if (!a.subject || !a.verb) return undefined;
	let predicate = stripEnd(a.statement.slice(a.verb.start));
	if (/[“”"]/.test(predicate)) return undefined;
	// "Who did not say whether …?" is true of everyone the article does not quote on it.
	if (/^(?:did not|didn’t|didn't|does not|do not|declined to|refused to|never)\b/.test(predicate))
		return undefined;
	predicate = predicate.replace(/^(?:also|then|later|jointly|both)\s+/, '');
	// "…, a spokesperson said" belongs to the sentence, not to the question.
	predicate = predicate.replace(
		/,\s+(?:(?:a|an|the)\s+)?[\p{L} ]{1,40}\s(?:said|says|added|reported)$/u,
		''
	);
	return `Who ${predicate}?`;
}

const wh: Partial<Record<EntityKind, (m: Mention) => string | undefined>> = {
	weekday: () => 'On which day',
	month: () => 'In which month',
	date: () => 'When',
	place: () => 'Where',
	duration: () => 'How long'
};

const preps: Partial<Record<EntityKind, RegExp>> = {
	weekday: /\b(on)\s+$/,
	month: /\b(in)\s+$/,
	date: /\b(at|in|on|by)\s+$/,
	place: /\b(at|in)\s+$/,
	duration: /\b(for)\s+$/
};

/** "When did Kishida and Biden meet at the White House in Washington?" from the statement. */
function adjunctQuestion(a: Analysed, m: Mention): string | undefined {
	const word = wh[m.kind]?.(m);
	if (!word || !a.subject || !a.verb) return undefined;
	if (a.verb.form !== 'past' || m.start < a.verb.end) return undefined;
	const between = a.statement.slice(a.verb.end, m.start);
	// The answer must belong to the main verb, not to a clause inside it.
	if (
		/\b(when|which|who|that|after|before|because|while|where|to|including|as|and)\b|,/.test(between)
	)
		return undefined;
	const prep = preps[m.kind]?.exec(between);
	let removeStart = m.start;
	if (prep) removeStart = m.start - prep[0].length;
	else if (!(
		m.kind === 'duration' &&
		/^(last|take|run|continue)$/.test(a.verb.infinitive) &&
		!between.trim()
	))
		return undefined;
	const tail = a.statement.slice(m.end);
	// "the revision at the end of last year of …": the phrase sits inside a noun phrase.
	if (!/^(?:\s*[.,]|\s*$|\s+(?:on|in|at)\s)/.test(tail)) return undefined;
	const keepTail = stripEnd(tail.split(',')[0] ?? '');
	const subject = a.statement.slice(a.subject.start, a.subject.end).trim();
	const object = (a.statement.slice(a.verb.end, removeStart) + ' ' + keepTail)
		.replace(/\s+/g, ' ')
		.trim();
	const asked = a.statement.slice(a.verb.end, removeStart) + keepTail;
	if (
		m.kind === 'place' &&
		a.mentions.some((x) => x !== m && x.kind === 'place' && asked.includes(x.text))
	)
		return undefined;
	// Only a common noun loses its capital: "the summit talks", "unemployment", but "Harbour City".
	const named =
		a.mentions.some((x) => (x.outerStart ?? x.start) === a.subject!.start) ||
		/^[A-Z]{2,}\b|^I\b/.test(subject);
	const lowered = named ? subject : subject.charAt(0).toLowerCase() + subject.slice(1);
	return `${word} did ${lowered} ${a.verb.infinitive}${object ? ' ' + object : ''}?`;
}

function factId(statement: string, answer: string): string {
	return `f-${hashHex(`${normalize(statement)}|${normalize(answer)}`)}`;
}

export function extractFacts(
	segmented: Segmented,
	published: string,
	extraNames: readonly string[] = [],
	/** Told how many sentences are read, every few sentences: the slow part of a long article. */
	onSentences?: (done: number, total: number) => void
): {
	facts: FactDraft[];
	context: FactContext;
} {
	const people = collectPeople([...extraNames, ...segmented.sentences.map((s) => s.text)]);
	const state: State = { lastGroup: [] };
	const total = segmented.sentences.length;
	const analysed = segmented.sentences.map((s, i) => {
		if (onSentences && i > 0 && i % 25 === 0) onSentences(i, total);
		return analyse(s, people, published, state);
	});
	const facts: FactDraft[] = [];
	const seen = new Set<string>();
	const add = (f: Omit<FactDraft, 'id'>) => {
		const id = factId(f.statement, f.answer);
		if (seen.has(id)) return;
		seen.add(id);
		facts.push({ ...f, id });
	};
	for (const a of analysed) {
		const base = {
			sentence: a.sentence,
			analysed: a,
			...(a.attribution ? { attribution: a.attribution } : {})
		};
		if (a.quote) {
			const q = a.quote;
			add({
				...base,
				kind: 'quote',
				statement: `${q.speaker.name} said: “${q.text.replace(/[,]$/, '')}.”`.replace(
					/([.!?])\.”$/,
					'$1”'
				),
				answer: q.speaker.name,
				answerKind: 'person',
				attribution: q.speaker.name,
				people: [q.speaker]
			});
			continue;
		}
		if (a.reported) {
			add({
				...base,
				kind: 'who',
				statement: a.reported.statement,
				answer: joinNames(a.reported.people.map((p) => p.name)),
				answerKind: 'person',
				people: a.reported.people,
				question: a.reported.question
			} as Omit<FactDraft, 'id'>);
		}
		if (a.subject?.people.length && a.verb) {
			const names = a.subject.people;
			add({
				...base,
				kind: 'who',
				statement: a.statement,
				answer: joinNames(names.map((p) => p.name)),
				answerKind: 'person',
				span: { start: a.subject.start, end: a.subject.end },
				people: names,
				question: whoQuestion(a)
			} as Omit<FactDraft, 'id'>);
		}
		const subjectRange = a.subject ? [a.subject.start, a.subject.end] : [0, 0];
		const counts = new Map<string, number>();
		for (const m of a.mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
		const candidates = a.mentions
			.filter((m) => kindOf[m.kind] && !(m.start >= subjectRange[0]! && m.end <= subjectRange[1]!))
			// An answer named twice in the sentence would stay visible in the prompt.
			.filter((m) => counts.get(m.key) === 1)
			// A list item and its lead-in share one statement: each asks only about its own words.
			.filter((m) => !a.sentence.statement || containsWord(a.sentence.text, m.text))
			.filter((m) => m.kind !== 'person' || (!!a.subject && !m.reference))
			.filter((m) => !/^According to/.test(a.statement) || m.start > a.statement.indexOf(','))
			.sort((x, y) => rank(a, x) - rank(a, y) || x.start - y.start)
			.slice(0, 3);
		for (const m of candidates) {
			const answerPeople = m.kind === 'person' ? [personOf(people, m)] : undefined;
			add({
				...base,
				kind: kindOf[m.kind]!,
				statement: a.statement,
				answer: m.text.replace(/^The /, 'the '),
				answerKind: m.kind,
				span: { start: m.start, end: m.end },
				mention: m,
				...(answerPeople ? { people: answerPeople } : {}),
				question: adjunctQuestion(a, m)
			} as Omit<FactDraft, 'id'>);
		}
	}
	// A paragraph with no fact yet still says something: ask for the object of its first clear clause.
	const covered = new Set(facts.map((f) => f.sentence.block));
	for (const a of analysed) {
		if (covered.has(a.sentence.block) || !a.verb || !a.subject || a.quote) continue;
		const object = objectAfter(a.statement, a.verb);
		if (!object) continue;
		add({
			sentence: a.sentence,
			analysed: a,
			kind: 'what',
			statement: a.statement,
			answer: object.text,
			answerKind: 'thing',
			span: { start: object.start, end: object.end },
			// A bare noun ("boost cooperation") has too many plausible fillers for a gap.
			...(/\s/.test(object.text) ? {} : { statementOnly: true })
		});
		covered.add(a.sentence.block);
	}
	// Roles: "Prime Minister Fumio Kishida" states that Kishida is prime minister.
	for (const p of people) {
		if (!p.role) continue;
		const s = segmented.sentences.find(
			(x) => x.text.includes(`${p.role} ${p.name}`) || x.text.includes(`${p.role} ${p.surname}`)
		);
		const a = s && analysed[s.index];
		if (!s || !a) continue;
		add({
			sentence: s,
			analysed: a,
			kind: 'role',
			statement: roleStatement(p.name, p.role),
			answer: p.role,
			answerKind: 'role',
			people: [p]
		});
	}
	return { facts, context: { people, published, sentences: segmented.sentences, analysed } };
}

function personOf(people: Person[], m: Mention): Person {
	return people.find((p) => p.key === m.key)!;
}

/** The noun phrase right after the verb ("issued a joint statement after …" gives "a joint statement"). */
function objectAfter(
	statement: string,
	verb: Verb
): { text: string; start: number; end: number } | undefined {
	const rest = statement.slice(verb.end);
	const m =
		/^\s+(?:to\s+[\p{Ll}]+\s+)?((?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:after|before|in|on|at|for|with|among|to|of|during)\b|[,.])/u.exec(
			rest
		);
	if (!m) return undefined;
	const start = verb.end + m[0].indexOf(m[1]!);
	return { text: m[1]!, start, end: start + m[1]!.length };
}

const jobTitles =
	/(?:^|\s)(striker|goalkeeper|midfielder|defender|forward|coach|manager|captain|economist|researcher|scientist|astronaut|spokesperson|spokesman|spokeswoman|director|judge|councillor|councilor|councilmember|councilwoman|councilman)$/i;

/** "Fumio Kishida is the Prime Minister." / "Kofi Mensah is a striker." */
export function roleStatement(name: string, role: string): string {
	if (jobTitles.test(role) && !/\s/.test(role.trim())) return `${name} is a ${role.toLowerCase()}.`;
	// "City Manager" is one capitalised title; "Harbour City coach" keeps its lower-case head.
	if (jobTitles.test(role) && !/^(?:\p{Lu}\p{Ll}+\s+)+\p{Lu}\p{Ll}+$/u.test(role))
		return `${name} is the ${role.replace(jobTitles, (m) => m.toLowerCase())}.`;
	return `${name} is the ${role}.`;
}
