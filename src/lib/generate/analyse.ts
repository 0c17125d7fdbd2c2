import {
	buildClaim,
	completeClause,
	find,
	fragment,
	peopleIn,
	speakerOf,
	type AnalyseContext,
	type Claim
} from './claim';
import type { Person } from './entities';
import { currencySign } from './entities/patterns';
import {
	according,
	accordingLead,
	leadingTagWithApposition,
	possessiveLead,
	pronounSubject,
	quotedRuns,
	quoteLead,
	quoteTag,
	trailingTag,
	trailingTagApposed,
	trailingTagInverted,
	trailingTagInvertedApposed
} from './lang/en/attribution';
import { clauseStarts, mainClause } from './lang/en/clause';
import { weekdays } from './lang/en/gazetteer';
import { fill } from './lang/en/templates';
import {
	bodysDoing,
	commonSources,
	opinionVerbs,
	peopleOpeners,
	personNouns,
	describedNouns,
	roleNouns,
	sayVerbs,
	subordinators
} from './lang/en/words';
import { has, parse } from './parse';
import type { Sentence } from './segment';
import { capitalize, escapeRegExp, joinNames } from './text';
import { pronounOf } from './distractors/people';

// Claims: each sentence read into what it states and who says so, with "he" and "they" named.

export type { AnalyseContext, Claim } from './claim';

/** "early Monday", "yesterday": when it was said, not part of what was said. */
/**
 * How a later "it" names the thing a subject introduced: "A stencil spray painting by the artist"
 * is "the painting", "a powerful earthquake" "the earthquake"; "the drug" stays itself. Undefined
 * for anything but a determiner, up to three modifiers and a head noun, with at most one phrase
 * after it.
 */
export function thingHead(subject: string): string | undefined {
	const m =
		/^([Tt]he|[Aa]n?)\s+((?:[\p{Ll}\d-]+\s+){0,3})(\p{Ll}{3,})(\s+(?:by|of|from|in|at|with|on|near)\s+[^,;:“”"]{2,60})?$/u.exec(
			subject
		);
	if (!m) return undefined;
	const head = m[3]!;
	// "A man": a person is no "it"; an "-ly" word heads nothing.
	if (/ly$/.test(head) || personNoun.test(head)) return undefined;
	const definite = /^the$/i.test(m[1]!);
	// "The partial skeleton of Homo floresiensis": a definite thing of something is that
	// something's part, and a later "it" as often the something; only a new thing is "it".
	if (definite && m[4]) return undefined;
	if (definite && m[2]!.split(/\s+/).filter(Boolean).length <= 1) return lowerLead(subject);
	return `the ${head}`;
}
const peopleOpener = new RegExp(`^(?:${peopleOpeners.join('|')})\\b`);
const personNoun = new RegExp(`^(?:${personNouns.join('|')})$`, 'i');

/** "sentenced him to", "confined her to": a pronoun as a verb's object, before a preposition or the end. */
// Never after a preposition: "a promising future ahead of her" is about the one the clause is.
const objectPronoun =
	/(?<=\p{Ll}\s)(?<!\b(?:of|for|to|with|about|from|behind|than|like|around|beside|toward|towards|without)\s)(him|her)(?=\s*(?:[.,;]|$)|\s+(?:to|in|on|at|for|with|from|as|and|after|before|until|over|into|under|guilty)\b)/u;

/** "It was the second time …", "it is unclear whether …", "it seems": an "it" that names nothing. */
const expletiveIt =
	/^it\s+(?:(?:is|was|'s|’s|has been|had been|will be|would be|could be|may be|might be)\s+(?:not\s+|now\s+|still\s+|also\s+)?(?:(?:the|a)\s+(?:[\p{L}-]+\s+){0,2}(?:time|day|year|month|week|occasion)\b|(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:game|match|contest|season|night|performance|effort|battle|struggle|fight|experience|story)\b|(?:un)?clear\b|(?:un)?likely\b|(?:im)?possible\b|important\b|necessary\b|difficult\b|hard\b|easy\b|too\s+(?:early|soon|late)\b|time\b|expected\b|thought\b|believed\b|feared\b|hoped\b|estimated\b|understood\b|known\b|true\b|unknown\b)|(?:seems|seemed|appears|appeared|remains|remained|emerged|turned out)\b)/iu;
const dayLead = new RegExp(
	`^(?:(?:early|late|on|last|earlier)\\s+)?(?:${weekdays.join('|')}|today|yesterday)\\s+`,
	'i'
);

interface Memory {
	/** People named in each earlier sentence, most recent last. */
	recent: {
		index: number;
		people: Person[];
		subject: Person[];
		thing?: string;
		plural?: string;
		/** The subject was a person described, not named ("The left-hander shared …"). */
		someone?: boolean;
		/** That person as the article wrote them, when the whole subject was so ("the suspect"). */
		described?: string;
		/** The one person the sentence quotes or reports. */
		speaker?: Person;
		/** The sentence quoted its speaker's own words. */
		quoted?: boolean;
		/** Who the sentence reported, when they are many and unnamed ("MTA officials"). */
		speakers?: string;
		/** Its subject was a "he" or "she" nobody was found for: the people it names are others. */
		unknownSubject?: boolean;
	}[];
	/**
	 * The one person the article is about: the first sentence's subject, whom the title names
	 * ("British actor Terence Stamp has died"), with the calling it gave them ("actor").
	 */
	person?: { who: Person; role?: string };
	/** The plural noun the latest count named ("tornadoes"), for "The second that hit …". */
	counted?: string;
	/** The text of the sentence read last. */
	lastText?: string;
	/**
	 * What the article is about when its first sentence's subject is a named thing ("Sony Corp.",
	 * "The Lord of the Rings: The Return of the King"), and whether it is a body or a thing: later
	 * "the company" or "the film" stands for it.
	 */
	main?: { name: string; body: boolean };
	/**
	 * What the first sentence says was unveiled or launched ("Samsung unveiled its new
	 * smartphone, the Galaxy S4"): a later "it" with no other thing before it is the product.
	 */
	product?: string;
	/** The companies named so far ("Merck & Co."): "the company" is the one, when only one is. */
	companies: Set<string>;
}

/**
 * "unveiled Thursday night its new smartphone, the Galaxy S4", "launched the iPad 2": a named
 * product a first sentence says was shown to the world.
 */
const launchedProduct =
	/\b(?:unveil(?:ed|s)|launch(?:ed|es)|releas(?:ed|es)|introduc(?:ed|es)|debut(?:ed|s)|show(?:ed|s) off|took the wraps off)\s+(?:[^,.;“”"]{0,40}?\b(?:its|their|his|her|a|the)\s+(?:(?:new|latest|long-awaited|much-anticipated|next)\s+)*[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s+)?(the\s+)?(\p{Lu}[\p{L}\d]*(?:\s+(?:\p{Lu}[\p{L}\d]*|\d+[\p{L}]*)){0,3})(?=[\s,.;]|$)/u;

/** When a speaker spoke, after its name: "General Motors on Monday", "the firm late Friday". */
/** "… during a special virtual town hall Thursday evening.": where and when something was said. */
const saidWhere = new RegExp(
	String.raw`\s+(?:during|at|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:town hall|news conference|press conference|conference|briefing|interview|speech|statement|address|rally|hearing)(?:\s+(?:on\s+)?(?:${weekdays.join('|')}|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)?(?=[.!]$)`,
	'u'
);

const speakingWhen = new RegExp(
	`\\s+(?:(?:on|early|late|last|this)\\s+)*(?:${weekdays.join('|')}|yesterday|today|week|night|morning|afternoon|evening)(?:\\s+(?:night|morning|afternoon|evening))?$`,
	'u'
);

/** A company's name, by its form: "Merck & Co.", "Chevron Corp.", "Philip Morris Cos." */
const companyName =
	/(?:\s&\s|\b(?:Co|Corp|Cos|Inc|Ltd|Plc|PLC|LLC)\.?$|\s(?:Company|Corporation|Holdings)$)/;

/** "the Japanese electronics giant", "the new company": a body the article named first. */
const bodyNouns =
	'company|firm|giant|group|corporation|conglomerate|maker|manufacturer|carmaker|automaker|agency|organisation|organization|airline|carrier|retailer|insurer|lender|bank';
/** "the film", "the spacecraft": a thing the article named first. */
const thingNouns =
	'film|movie|book|novel|album|epic|mission|spacecraft|probe|lander|rover|craft|species|dinosaur|drug|vaccine|bill|treaty|agreement|deal|study|report|survey|ship|vessel|plane|aircraft|jet';
const description = (nouns: string) =>
	new RegExp(String.raw`^The\s+((?:[\p{L}-]+\s+){0,3}?)(?:${nouns})(?=\s+\p{Ll}|,)`, 'u');
const bodyDescription = description(bodyNouns);
/** "the first two tornadoes", "Two separate EF-1 tornadoes": things counted, for "the second that …". */
const countedPlural =
	/\b(?:two|three|four|five|\d+)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}{3,}(?:oes|ies|s))\b/u;
/** "It cost $30,000 to launch Mesa’s app": what it cost, and the doing that cost it. */
const itCosts = new RegExp(
	String.raw`^It (cost|costs|will cost|would cost|took|takes|will take) ((?:about |around |nearly |almost |more than |over |some |an estimated )?(?:${currencySign})?\d[\d,.]*(?:\s+(?:million|billion|thousand|hours|days|weeks|months|years|minutes))?) to (\p{Ll}+) ([^,;:“”"]{3,80})\.$`,
	'u'
);
/** "The festival", "The tournament": an event the title may name. */
const titledEvent =
	/^The\s+(festival|summit|conference|tournament|championships?|fair|exhibition|marathon|carnival|concert|expo|convention|games|parade|show)(?=\s+\p{Ll}|,)/u;
const thingDescription = description(thingNouns);

/**
 * "On returning to Santiago, in a speech from the balcony, she …", "Then a 22-year-old student,
 * she herself …": up to three phrases before the subject, none of them a clause of its own;
 * or a short lead with no comma, of lower-case words only: "Under secret surveillance he was
 * seen …", "Five years later he made …"; or a clause of the same person's own: "Although he did
 * not run …, he was elected …".
 */
const pronounAfterLead =
	/^((?:(?:On|In|At|From|After|Before|During|Then|Speaking|Addressing|Returning|Later|Earlier|Outside|Inside|Upon|With|To|Throughout|Instead|Rather|Despite|Following|Having)\b[^,;:“”"]{2,80},\s+)(?:(?!he\b|she\b|they\b)[^,;:“”"]{2,60},\s+){0,2}|(?:Although|Though|While|When|Since|Because|Once|As|If)\s+(?:he|she)\s[^,;:“”"]{2,80},\s+|(?:Under|Throughout|During|After|Before|Within)\s+(?:(?!he\b|she\b)[\p{Ll}\d'’-]+\s+){1,4}|(?:\p{Lu}\p{Ll}+|\d+)\s+(?:years|months|weeks|days)\s+(?:later|earlier)\s+)(he|she)(?:\s+(?:himself|herself))?(?=\s+\p{Ll})/u;

/** "The 54-year-old paediatrician", "The 29-year old": a person described by age. */
const agedSubject = /^The\s+(?:\d+|[\p{Ll}]+(?:-[\p{Ll}]+)?)-year(?:-|\s+)old\b/u;
const agedSubjectWhole = new RegExp(`${agedSubject.source}(?:\\s+[\\p{Ll}-]+){0,2}$`, 'u');

/** "The left-hander", "the 29-year-old", "the former governor": a person described, not named. */
const describedPerson = new RegExp(
	String.raw`^[Tt]he\s+(?:[\p{L}-]+\s+){0,3}?${describedNouns}$`,
	'u'
);
/**
 * "However, for the next three months the disgraced politician, whose …, will be …": a person
 * described, not named, anywhere in the sentence's opening.
 */
const describedWithin = new RegExp(
	String.raw`^[^“”"]{0,60}?\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?${describedNouns}\b(?!\s+\p{Lu}|-)`,
	'u'
);

/** "Their comeback" → "the big carriers’ comeback" (not "carriers’s"), "Its" → "the firm’s". */
const possessiveOf = (name: string) => (/\p{Ll}s$/u.test(name) ? `${name}’` : `${name}’s`);

/** The note an explanation carries for a reference written out: "“He” refers to John Key." */
const refersTo = (text: string, name: string) => fill('refersTo', { text, name });

/** "this medieval city", "this coastal town": the place a dateline names, pointed at. */
const thisPlace =
	/\bthis (?:[\p{Ll}-]+ )?(?:city|town|village|capital|port|island|region|province|state|district|county)\b/u;

/** "The rocket" inside a sentence is "the rocket"; "Falcon Heavy" keeps its capital. */
/** "A short time later, ", "On Friday, ": a time before who said what happened then. */
const timeLead =
	/^(?:(?:A|An)\s+(?:short\s+)?(?:time|while|moment|few\s+\p{Ll}+)\s+(?:later|earlier)|(?:Minutes|Hours|Days|Weeks|Moments|Shortly)\s+(?:later|earlier|after|afterwards)|Later|Earlier|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*,\s+(?=\p{Ll})|^(?:This|Last|Earlier\s+this)\s+(?:week|month|year|morning|afternoon|evening)\s*,\s+|^(?:By\s+(?:noon|midday|nightfall|then|now)|To\s+date|So\s+far|Until\s+now)\s*,\s+/u;

/** A body named by what it is: "the company said it …" speaks of itself. */
const bodyNoun =
	/^the\s+(?:company|firm|district|council|agency|department|ministry|bank|group|board|club|airline|government|university|hospital|school|startup|retailer|carrier|manufacturer|insurer|regulator|authority|commission|utility)$/i;

/** "They also expect …", "They said": a pronoun reporting what they say or think. */
const reporting = new RegExp(
	`^They\\s+(?:also\\s+|now\\s+|further\\s+)?(?:${[...sayVerbs, ...opinionVerbs, ...opinionVerbs.map((v) => `${v}s`), 'project', 'projected', 'expected', 'believed', 'hoped', 'feared', 'say'].join('|')})\\b`
);

/** A source that is many people no name gives: "MTA officials", "the researchers", "police". */
const unnamedMany =
	/^(?:the\s+)?(?:[\p{L}.&-]+\s+){0,3}?(?:officials|researchers|scientists|experts|police|investigators|authorities|analysts|economists|doctors|organisers|organizers|executives|leaders|prosecutors|officers|engineers|forecasters|planners|reports|sources|witnesses|residents|media reports|news reports)$/iu;

function lowerLead(text: string): string {
	return /^(?:The|A|An)\s/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * Splits a sentence into its claim and its source, resolves pronouns and titles to names, and
 * finds the claim's main clause. `memory` carries who was named before, for "He", "They", "It".
 */
function analyseSentence(sentence: Sentence, ctx: AnalyseContext, memory: Memory): Claim[] {
	const original = sentence.statement ?? sentence.text;
	// "But Pistorius …", "And the big driver …": the link to the sentence before goes.
	// "Still, the millennial bug … was responsible", "In Winston-Salem, for example, …": words
	// that tie a sentence to the one before say nothing of its own; "Earlier, Serena Williams
	// ended …" stands alone without its link. "So far, 335 homes …" keeps its "So".
	let text = original
		.replace(
			/^(?:(?:But|And|So(?!\s+(?:did|do|does|is|are|was|were|has|have|had|will|would|can|could|far|much|many|long|too|often)\b)|Yet|Still(?!\s+(?:more|other|others|fewer|less)\b)|Also|Then)\s+|(?:However|What[’']s more|What is more|Meanwhile|Then|Also|Additionally|Finally|Notably|Now|Still|Nevertheless|Nonetheless|Moreover|Furthermore|In addition|Indeed|Essentially|For example|For instance|Earlier|Later|Separately|Elsewhere|Similarly|Likewise|Instead|Afterwards|Previously|On the other hand|By contrast|In contrast|At the same time),\s+|Meanwhile\s+(?=\p{Ll}))(?=\S)/u,
			''
		)
		// "He, however, put a moment of drama …": the pronoun goes on to its verb.
		.replace(
			/^(He|She|It|They),\s+(?:however|though|meanwhile|too|also|in turn),\s+(?=\p{Ll})/u,
			'$1 '
		)
		// "GM, for example, saw sales …": a short subject goes on to its verb with no comma.
		.replace(
			/^(?!(?:In|On|At|For|By|With|From|During|After|Before|Under|Over|Across|Among)\s)([^,]{1,40}),\s+for (?:example|instance),\s+/u,
			'$1 '
		)
		// "ruling, for example, that …": the clause goes on without the comma.
		.replace(/,\s+for (?:example|instance),\s+(?=(?:that|to|which|who|how|whether)\b)/u, ' ')
		.replace(/,\s+for (?:example|instance),\s+/u, ', ');
	// "“I guess the third time was the charm, he said.": a quotation the article forgot to close
	// before its speaker's tag is closed there.
	if (/^[“"][^”"]+,\s+(?:he|she)\s+(?:said|says|added)\.?$/u.test(text))
		text = text.replace(/,\s+(he|she)\s+(said|says|added)\.?$/u, ',” $1 $2.');
	// "… a 7-6, 6-2 victory over sister Venus here on Saturday", "the summit here": where "here"
	// is, the dateline says; the claim reads whole without it (never inside a quotation, and
	// never after a verb of coming or living, "came here").
	text = text.replace(
		/(?<!\b(?:from|to|come|came|comes|coming|arrive|arrived|arrives|arriving|live|lives|lived|living|stay|stays|stayed|back|over|up|down|get|got|out|near|around|is|are|was|were|be|been))\s+here(?=\s+(?:on|at|in|this|last|today|tonight|yesterday|early|late|after|before|during|for|amid)\b|\s*[,.;])/g,
		(found, at: number) => ((text.slice(0, at).match(/[“”"]/g)?.length ?? 0) % 2 === 1 ? found : '')
	);
	// "Two separate EF-1 tornadoes hit … The first that hit the Skyline neighborhood was …": the
	// noun the count before named, written in ("The first tornado that hit").
	const ellipsis = /^The (first|second|third|other|last) (?=that|which)/.exec(text);
	const countedNoun = ellipsis ? memory.counted : undefined;
	if (ellipsis && countedNoun) {
		const one = countedNoun.endsWith('oes')
			? countedNoun.slice(0, -2)
			: countedNoun.endsWith('ies')
				? `${countedNoun.slice(0, -3)}y`
				: countedNoun.slice(0, -1);
		text = `The ${ellipsis[1]} ${one} ${text.slice(ellipsis[0].length)}`;
	}
	// "Mr Samuel Agyekum, the District Chief Executive said the aim is …": the comma that closes
	// a role of capitalised words before the verb, which the writer left out.
	text = text.replace(
		/^((?:(?:Mr|Mrs|Ms|Dr|Prof|Nana|Rev|Reverend)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,4}),\s+(the\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|for)){0,7}(?<=\p{Lu}[\p{L}'’-]*))\s+(?=(?:said|says|urged|called|praised|told|added|noted|announced|explained|stressed)\b)/u,
		'$1, $2, '
	);
	// "It cost $30,000 to launch Mesa’s app": the thing the money went on opens the claim
	// ("Mesa’s app cost $30,000 to launch"), not an empty "it".
	const costs = itCosts.exec(text);
	if (costs) text = `${capitalize(costs[4]!)} ${costs[1]} ${costs[2]} to ${costs[3]}.`;
	// "In this trial, when the two drugs were used …": a lead that only points back at the
	// study the article is about says nothing of its own. "These results … were released at
	// the annual conference": the results the article reports.
	text = text
		.replace(/^In (?:this|that) (?:trial|study|survey|experiment|research),\s+(?=\p{Ll})/u, '')
		.replace(/^These (results|findings)\b/u, 'The $1');
	// "Later Monday it was also announced that AIG will …": the claim is what was announced;
	// "It could be recalled that on June 18, WHO certified …": what is recalled.
	text = text.replace(
		/^(?:[\p{L} ]{0,30}?\s)?it (?:was|has been|had been) (?:also )?(?:announced|reported|confirmed|revealed) that\s+|^It (?:could|can|should|will|may|must) be (?:recalled|remembered|noted) that\s+|^It is (?:also )?worth (?:noting|recalling|remembering) that\s+|^(?:Recall|Remember|Note) that\s+(?=\p{Lu})/iu,
		''
	);
	// "Anambra State Governor, Prof Chukwuma Soludo, has abolished …", "The company's chief
	// executive, Bob Eckert, said …": the name is the subject; the role before it is a fact of its
	// own (asked as "… is the Anambra State Governor").
	const roleFirst =
		/^((?:[Tt]he\s+)?(?:[\p{L}’'-]+\s+){0,5}[\p{L}’'-]+),\s+((?:(?:Prof|Dr|Mr|Mrs|Ms|Sir|Dame|Chief|Alhaji|Engr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}),\s+(?=(?:has|have|had|is|was|will|would|could|said|says|told|also\s+)?\p{Ll})/u.exec(
			text
		);
	const rolePerson = roleFirst ? speakerOf(roleFirst[2]!, ctx) : undefined;
	let roleFact: string | undefined;
	// Only a role ("… State Governor", "the company's chief executive"), not "In a statement,".
	const roleWord =
		/\b(?:governor|minister|president|secretary|chairman|chairwoman|chair|director|chief|executive|officer|spokesman|spokeswoman|spokesperson|mayor|commissioner|leader|head|manager|coach|captain|founder|ambassador|senator|professor|judge|premier)$/i;
	if (roleFirst && rolePerson && roleWord.test(roleFirst[1]!) && !/[“”"]/.test(roleFirst[1]!)) {
		const role = roleFirst[1]!.replace(/^The\s/, 'the ');
		// "Johnson's manager": a possessive is the role's own determiner, "the" would be one too many.
		const determined =
			/^the\s/.test(role) || /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?\s/u.test(role);
		roleFact = `${rolePerson.name} is ${determined ? role : `the ${role}`}.`;
		text = `${rolePerson.name} ${text.slice(roleFirst[0].length)}`;
	}
	// "As many as 43 leaders took oath … Of them, 36 were new faces": the count the sentence
	// before gave is the whole.
	const ofThem = /^Of (?:them|those),\s+/.exec(text);
	const counted = ofThem
		? /\b(\d[\d,]*)\s+([\p{Ll}-]+s)\b/u.exec(memory.lastText ?? '')
		: undefined;
	if (ofThem && counted)
		text = `Of the ${counted[1]} ${counted[2]}, ${text.slice(ofThem[0].length)}`;
	if (text !== original) text = capitalize(text);
	let source: string | undefined;
	let sourcePeople: Person[] = [];
	let quote: Claim['quote'];
	const resolutions: string[] = [];
	// "L’AQUILA, Italy (AP) — … struck this medieval city": the city is the dateline's.
	if (ctx.dateline && sentence.block === ctx.dateline.block) {
		const here = thisPlace.exec(text);
		if (here) {
			text =
				text.slice(0, here.index) + ctx.dateline.place + text.slice(here.index + here[0].length);
			resolutions.push(refersTo(here[0], ctx.dateline.place));
		}
	}
	// A speaker written as a pronoun nobody can be found for: the claim cannot stand alone.
	let unresolved = false;
	const recent = memory.recent.filter((r) => r.index >= sentence.index - 3);
	const lastPeople = [...recent].reverse().find((r) => r.people.length > 0);
	// "He … landed a nomination for his work in Steven Soderbergh’s “The Limey”. He also had …":
	// the people a sentence whose subject was an unknown "he" names are not that "he".
	const lastSingle =
		lastPeople &&
		(lastPeople.subject.length === 1 ||
			(lastPeople.people.length === 1 && !lastPeople.unknownSubject))
			? (lastPeople.subject[0] ?? lastPeople.people[0])
			: undefined;
	const previous = memory.recent[memory.recent.length - 1];
	const adjacent = previous && previous.index === sentence.index - 1 ? previous : undefined;
	// "Legendary British actor Terence Stamp has died … To a whole generation, he will always be
	// remembered as …": with nobody else lately the subject, "he" is the one the article is about.
	const about = memory.person?.who;
	const aboutFallback =
		about &&
		!recent.some((r) => r.subject.some((p) => p.key !== about.key)) &&
		!(adjacent?.someone && !adjacent.subject.some((p) => p.key === about.key))
			? about
			: undefined;
	// "The left-hander shared stands … alongside Dhoni. He missed out on a century": "he" is
	// the one described, whom no name here gives; the last name would be the wrong person.
	const single = adjacent?.someone ? aboutFallback : (lastSingle ?? aboutFallback);
	// "Judge Masipa said that Pistorius had acted … when he fired. She said …": when the last
	// person is known as the other one, "she" is the one other person lately named who can be.
	// A speaker's "she said" after a sentence someone else's words filled is most often the same
	// speaker going on.
	const fitting = (word: string, speaking = false): Person | undefined => {
		const said = word.toLowerCase() as 'he' | 'she';
		const last = speaking ? adjacent?.speaker : undefined;
		if (last && (pronounOf(last) ?? said) === said) return last;
		if (!single) return undefined;
		if ((pronounOf(single) ?? said) === said) return single;
		const named = new Map(recent.flatMap((r) => r.people.map((p) => [p.key, p] as const)));
		const fit = [...named.values()].filter(
			(p) => p.key !== single.key && (pronounOf(p) ?? said) === said
		);
		return fit.length === 1 ? fit[0] : undefined;
	};

	// A quotation that opens here and closes in a later sentence: no part of it stands alone.
	const opens = (text.match(/[“‘]|(?<![\p{L}])"(?=\p{L})/gu) ?? []).length;
	const closes = (text.match(/[”]|(?<=[\p{L}.,!?])"|’(?![\p{L}])/gu) ?? []).length;
	if (opens > closes) unresolved = true;
	const q = quoteTag.exec(text);
	const ql = q ? undefined : quoteLead.exec(text);
	if (q || ql) {
		const speakerText = q ? (q[2] ?? q[5] ?? '') : ql![1]!;
		// "said William Bishop, 11, dressed as Harry Potter": the speaker is the first name.
		let speaker = speakerOf(speakerText.split(',')[0]!, ctx) ?? speakerOf(speakerText, ctx);
		const meant = /^(?:he|she)$/i.test(speakerText.trim())
			? fitting(speakerText.trim())
			: undefined;
		if (!speaker && meant) {
			speaker = meant;
			speaker.pronoun ??= speakerText.trim().toLowerCase() as 'he' | 'she';
			resolutions.push(refersTo(speakerText.trim(), speaker.name));
		}
		if (speaker) quote = { text: q ? q[1]! : ql![2]!, speaker };
	}
	// A sentence of a quotation that runs over several is its speaker's words.
	const run = quote ? undefined : ctx.quoted?.get(sentence.index);
	if (run) {
		let speaker = speakerOf(run.speaker.split(',')[0]!, ctx) ?? speakerOf(run.speaker, ctx);
		const pronoun = run.speaker.trim();
		if (!speaker && /^(?:he|she)$/i.test(pronoun)) {
			speaker = fitting(pronoun, true);
			if (speaker) resolutions.push(refersTo(pronoun, speaker.name));
		}
		if (speaker) {
			quote = { text: run.words, speaker };
			unresolved = false;
		}
	}
	// "“To me it was obvious,” said Ramsey. ¶ “We can't improve survival unless …”": a sentence
	// that is all quotation, right after someone's quoted words, is that speaker going on.
	const wholeQuote = /^[“"]([^“”"]{12,})[”"]$/.exec(text.trim());
	if (!quote && wholeQuote && adjacent?.quoted && adjacent.speaker) {
		quote = { text: wholeQuote[1]!, speaker: adjacent.speaker };
		resolutions.push(fill('quoteGoesOn', { name: adjacent.speaker.name }));
	}
	if (!quote) {
		// "In announcing the easing of travel restrictions, party chief Guenter Schabowski, a new
		// member of the Politburo, said …": what the speaker was doing is no part of what was said.
		const doing = /^(?:In|After|Before|While|When)\s+\p{Ll}+ing\b[^,“”"]{0,80},\s+(?=\p{Lu})/u.exec(
			text
		);
		if (doing && leadingTagWithApposition.test(text.slice(doing[0].length)))
			text = text.slice(doing[0].length);
		const lead = accordingLead.exec(text);
		// "Andrew Vanderburg, the NASA Sagan fellow, said AI helps the team …": a name and who
		// they are before "said" is the speaker; what follows is what was said, never the reverse.
		const namedFirst = leadingTagWithApposition.exec(text);
		const tag =
			lead || namedFirst
				? undefined
				: (trailingTagApposed.exec(text) ??
					trailingTag.exec(text) ??
					trailingTagInverted.exec(text) ??
					trailingTagInvertedApposed.exec(text) ??
					according.exec(text));
		const apposed = lead || tag ? undefined : leadingTagWithApposition.exec(text);
		if (lead) {
			source = lead[1]!;
			text = capitalize(lead[2]!);
		} else if (tag && !/[“”"]/.test(tag[1]!)) {
			source = tag[2]!.trim();
			// "…, another coastguard officer, Sue Kerver said.": the role before the name is hers.
			text = `${tag[1]!.replace(/,\s+(?:another|a|an|the)\s+[\p{Ll}\s-]{3,40}$/u, '')}.`;
		} else if (apposed) {
			source = apposed[1]!;
			text = capitalize(apposed[2]!);
		} else {
			// "Key said (on Friday) (that) the toll would rise", "The commission said Friday that …": a
			// reported claim.
			const said = new RegExp(
				String.raw`^(.{2,80}?),?\s+(?:${sayVerbs.join('|')})(?:\s+(?:(?:on|in|at|late|early|last)\s+[\p{L}\d ]{1,25}?|(?:(?:late|early)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today))?(?:\s+(?:at|in|during)\s+(?:a|an|the)\s+[\p{L} ]{1,30}?)?\s+that\s+(.{15,})$`,
				'u'
			).exec(text);
			// "A short time later, deputies say Nickerson stopped …": the time is the claim's.
			const when = timeLead.exec(text)?.[0] ?? '';
			const bare = said
				? undefined
				: new RegExp(
						// "By noon, Flirtey announced it has made …": a body announcing what it did.
						String.raw`^(.{2,60}?)\s+(?:said|says|say|told reporters|(?:announced|reported|confirmed|revealed|disclosed)(?=\s+(?:it|he|she|they)\s+\p{Ll}))\s+(?!that\b)(.{15,})$`,
						'u'
					).exec(text.slice(when.length));
			const m = said ?? bare;
			// The speaker is a name or a noun phrase: "Later Monday it was also" is no speaker.
			const speakerLike =
				m &&
				!/,/.test(m[1]!.replace(/,$/, '')) &&
				m[1]!.split(/\s+/).length <= 8 &&
				// "Some argued that …": a quantifier alone names nobody to attribute to.
				!/^(?:some|many|most|others|several|few|all|both|one|two|three|a few)$/i.test(
					m[1]!.trim()
				) &&
				!/\b(?:it|was|were|is|are|has|have|had|also|later|earlier|then|could|would|will|may|might|can|should|must)\b/i.test(
					m[1]!
				) &&
				// "While Binance's CEO said FTX has …, the company announced …": a said-clause that
				// opens with "while" is an aside to the sentence, not its source.
				!/^(?:while|although|though|as|when|after|before|if|because|since|whereas|even)\b/i.test(
					m[1]!
				) &&
				// "In a DLA form in 1995 Mr Pounder said …": where it was said is no part of the speaker.
				!/^(?:in|on|at|during|from|under|with|within|through|throughout|over|via)\s/i.test(m[1]!);
			if (m && speakerLike && !/[“”"]/.test(m[2]!.slice(0, 2))) {
				// "… announced that he will not seek re-election during a special virtual town hall
				// Thursday evening": where it was announced is no part of what was.
				m[2] = m[2]!.replace(saidWhere, '');
				// "The company now says that …": when it says so is no part of who says it.
				source = m[1]!.replace(/,$/, '').replace(/\s+(?:now|still|again|too|further)$/i, '');
				// "Bank of America said early Monday it would acquire …": "it" is the speaker.
				// "Moonan said Saturday was the culmination …": a day that is the subject stays.
				let claimText = /^\S+\s+(?:was|is|will|would|has|had|marks|marked)\b/i.test(m[2]!)
					? m[2]!
					: m[2]!.replace(dayLead, '');
				// "said it helped with the handover and that Curtis was released": the second thing
				// said needs its "said"; the claim keeps the first.
				const second = /,?\s+and that\s+\S/.exec(claimText);
				if (second && !/[“”"]/.test(claimText)) claimText = `${claimText.slice(0, second.index)}.`;
				// Only a company or body speaks of itself as "it"; a person's "it" is a thing.
				// …but not "it was the second time that …", "it is not clear whether …": that "it"
				// stands for nobody.
				// "NASA says it was a small asteroid": an "it" that is something is what it tells of.
				const self =
					expletiveIt.test(claimText) ||
					/^it\s+(?:was|is|had been|has been|may have been|might have been|could have been)\s+(?:(?:probably|likely|possibly|almost certainly|most likely)\s+)?(?:not\s+)?(?:a|an)\s/i.test(
						claimText
					)
						? null
						: /^(it|they)\s/i.exec(claimText);
				const body =
					!peopleIn(find(source, ctx), ctx.people).length &&
					(/^\p{Lu}/u.test(source) || bodyNoun.test(source)) &&
					!/^(?:he|she|they|it|we|i|you)$/i.test(source) &&
					// "Officials said it could take years": people speak, and their "it" is no body.
					!source.split(/\s+/).some((w) => commonSources.has(w.toLowerCase()));
				// "Authorities said they had pinpointed …": people of one kind speak of themselves.
				const group =
					self?.[1]!.toLowerCase() === 'they' &&
					/^(?:The\s+)?\p{L}+$/u.test(source) &&
					commonSources.has(source.replace(/^The\s+/, '').toLowerCase());
				if (self && (body || group) && !/[“”"‘’]/.test(claimText)) {
					// "General Motors (GM) on Monday said it would cut …": when it spoke is no part of
					// who "it" is.
					const who = source.replace(speakingWhen, '');
					resolutions.push(refersTo(self[1]!, lowerLead(who)));
					claimText = who + claimText.slice(self[1]!.length);
					// What a company says it will do needs no "According to" itself.
					source = undefined;
				}
				// "To date, the district said it has …": the time is the claim's, before its subject.
				if (bare && when) claimText = `${when}${lowerLead(claimText)}`;
				text = capitalize(claimText);
			}
		}
		// "An HIV-positive man … has become …, his doctors said": the speaker is the claim's own
		// person, whom the article has not named: "doctors", "the man’s family".
		const possessed = source && /^(?:his|her|their)\s+(\p{Ll}+)$/iu.exec(source);
		const someone = possessed && /^An?\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)\b/u.exec(text);
		if (possessed && someone && personNoun.test(someone[1]!)) {
			const noun = possessed[1]!;
			source = /s$/.test(noun) ? noun : `the ${someone[1]}’s ${noun}`;
		}
		// "The biggest barrier, in his opinion, was …": his view, said as it was by him.
		const opinion = source ? undefined : /,\s*in (his|her) (?:opinion|view),\s*/i.exec(text);
		if (opinion && opinion.index > 0) {
			source = opinion[1]!.toLowerCase() === 'his' ? 'he' : 'she';
			text = `${text.slice(0, opinion.index)} ${text.slice(opinion.index + opinion[0].length)}`;
		}
		if (source) {
			const meant = /^(?:he|she)$/i.test(source) ? fitting(source, true) : undefined;
			if (meant) {
				meant.pronoun ??= source.toLowerCase() as 'he' | 'she';
				resolutions.push(refersTo(source, meant.name));
				source = meant.name;
			} else if (/^they$/i.test(source)) {
				const group = [...recent].reverse().find((r) => r.subject.length >= 2)?.subject;
				if (group) {
					resolutions.push(refersTo(source, joinNames(group.map((p) => p.name))));
					source = joinNames(group.map((p) => p.name));
				} else if (adjacent?.speakers) {
					// "MTA officials project that … They also said …": the same officials.
					resolutions.push(refersTo(source, adjacent.speakers));
					source = adjacent.speakers;
				} else unresolved = true;
			} else if (/^it$/i.test(source) && adjacent?.thing && /^\p{Lu}/u.test(adjacent.thing)) {
				resolutions.push(refersTo(source, adjacent.thing));
				source = adjacent.thing;
			} else if (/^(?:it|this|he|she)$/i.test(source)) unresolved = true;
			if (source) sourcePeople = peopleIn(find(source, ctx), ctx.people);
			// A speaker named by title alone ("the prime minister") is written with the name.
			// "Officials said": the capital was the sentence's, not the word's.
			if (source && !sourcePeople.length && /^(?:The|A|An)\s/.test(source))
				source = lowerLead(source);
			const sourceWords = source?.split(/\s+/) ?? [];
			if (
				source &&
				(commonSources.has(sourceWords[0]!.toLowerCase()) ||
					(sourceWords.length === 2 &&
						commonSources.has(sourceWords[1]!) &&
						/^(?:company|government|hospital|council|state|city|federal|military|army|school|university|union|industry|health|fire|rescue|mine|party|court|airline|club|team)$/i.test(
							sourceWords[0]!
						)))
			)
				source = source.charAt(0).toLowerCase() + source.slice(1);
			if (source && sourcePeople.length === 1 && !source.includes(sourcePeople[0]!.surname)) {
				resolutions.push(refersTo(source, sourcePeople[0]!.name));
				source = sourcePeople[0]!.name;
			}
		}
	}

	// "The company will …", "The film, which marks …": the body or thing the article is about.
	let describedMain = false;
	if (!quote && memory.main) {
		const d = (memory.main.body ? bodyDescription : thingDescription).exec(text);
		const other = /\b(?:other|another|new|rival|second|first)\s/.test(d?.[1] ?? '');
		if (d && !other && !text.includes(memory.main.name.replace(/^the /, ''))) {
			resolutions.push(refersTo(d[0], lowerLead(memory.main.name)));
			text = capitalize(memory.main.name) + text.slice(d[0].length);
			describedMain = true;
		}
	}
	// "Newport Folk Festival kicks off Friday … The festival is back to normal this year": an
	// event the title names is the one "the festival" means, the article naming no other first.
	const event = !quote && !describedMain ? titledEvent.exec(text) : null;
	if (event && ctx.title) {
		const head = event[1]!;
		const named = new RegExp(
			String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}${capitalize(head)}\b`,
			'u'
		).exec(ctx.title)?.[0];
		if (named && !/^(?:The|A|An)\s/.test(named)) {
			const name = `the ${named}`;
			resolutions.push(refersTo(event[0], name));
			text = capitalize(name) + text.slice(event[0].length);
		}
	}
	// "Legendary British actor Terence Stamp has died … The actor passed away on Sunday": the
	// calling the article gave the person it is about stands for them.
	const calling = memory.person?.role;
	const called =
		!quote && calling
			? new RegExp(
					`^The\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${escapeRegExp(calling)}|star|legend)(?=\\s+\\p{Ll}|,\\s)`,
					'u'
				).exec(text)
			: null;
	if (called && !/\b(?:other|another|new|former|second|first|fellow)\s/.test(called[0])) {
		const who = memory.person!.who;
		if (!text.includes(who.surname)) {
			resolutions.push(refersTo(called[0], who.name));
			text = who.name + text.slice(called[0].length);
		}
	}
	// "The 54-year-old paediatrician took her oath …": an age and a calling, as the sentence's
	// subject, stand for the one person the sentence before named.
	if (!quote && single && lastPeople?.index === sentence.index - 1) {
		const clause = agedSubject.test(text) ? mainClause(parse(text)) : undefined;
		const subject = clause?.subject.start === 0 ? text.slice(0, clause.subject.end) : '';
		if (clause && agedSubjectWhole.test(subject)) {
			resolutions.push(refersTo(subject, single.name));
			text = single.name + text.slice(subject.length);
		}
	}
	// A pronoun opening the claim (after a short lead such as "In doing so,"): the person (or
	// thing) the sentences before were about.
	let unknownSubject = false;
	if (!quote) {
		// "He's also required to pay back …": the contraction written out, so the pronoun is read.
		text = text
			.replace(
				/^(He|She)['’]s\s+(?=(?:been|got|had|gone|done|made|seen|taken|won|lost|said|told|become|given|spent|left|asked)\b)/u,
				'$1 has '
			)
			.replace(/^(He|She)['’]s\s+(?=\p{Ll})/u, '$1 is ');
		const opening =
			/^(?:In doing so|In the process|As a result|Since then|Last year|This year|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:At|With|Despite|Unlike|Thanks to|Because of|Like)\s[^,;:“”"]{2,50}),\s+(?=(?:he|she|it|they|his|her|its|their)\s)/.exec(
				text
			)?.[0];
		const leadText = opening ?? '';
		// The thing the sentence before was about; else, when no person was, the product the
		// article opened by unveiling ("At 136.6 mm long, it has …", "It also has …").
		const thingBefore =
			adjacent?.thing ??
			(memory.product && !adjacent?.subject.length && !adjacent?.plural
				? memory.product
				: undefined);
		const body = opening ? capitalize(text.slice(opening.length)) : text;
		const pronoun = pronounSubject.exec(body);
		const possessive = possessiveLead.exec(body);
		const word = (pronoun ?? possessive)?.[1];
		let name: string | undefined;
		// "Samour sentenced Holmes to life … He also was sentenced to 3,200 more years": the one
		// a passive befalls is the one the sentence before did it to, not its subject.
		const suffered =
			/^(?:He|She)\s+(?:\p{Ll}+\s+)?(?:was|were|has been|had been|is|will be)\s+(?:\p{Ll}+ly\s+)?(sentenced|convicted|jailed|charged|arrested|acquitted|indicted|fined|imprisoned|cleared|fired|sacked|suspended|banned|beaten|defeated|attacked|shot|stabbed|killed|injured)\b/u.exec(
				body
			)?.[1];
		const did = suffered
			? new RegExp(`\\b${suffered}\\s+(?=\\p{Lu})`, 'u').exec(memory.lastText ?? '')
			: null;
		const object =
			did && adjacent ? (memory.lastText ?? '').slice(did.index + did[0].length) : undefined;
		const sufferer =
			object !== undefined
				? adjacent!.people.filter((p) =>
						[p.name, ...p.aliases].some((form) => object.startsWith(form))
					)
				: undefined;
		if (sufferer) {
			const [one] = sufferer;
			if (
				sufferer.length === 1 &&
				one &&
				(pronounOf(one) ?? pronounGender(word!)) === pronounGender(word!)
			)
				name = one.name;
		} else if (word === 'He' || word === 'She' || word === 'His' || word === 'Her') {
			// "Chief Executive Robert Eckert said he could not guarantee …": he is the speaker.
			// "Maxwell's lawyer Bobbi Sternheim said her client …": the speaker is the name that
			// ends the source, not the one its possessive names.
			const speaker =
				sourcePeople.length === 1
					? sourcePeople[0]!
					: sourcePeople.find((p) => source !== undefined && source.endsWith(p.name));
			const ambiguous = sourcePeople.length > 1 && !speaker;
			if (speaker && (!speaker.pronoun || speaker.pronoun === pronounGender(word))) {
				speaker.pronoun ??= pronounGender(word);
				name = speaker.name;
			} else if (
				!ambiguous &&
				!(speaker && sourcePeople.length > 1) &&
				single &&
				(!single.pronoun || single.pronoun === pronounGender(word))
			) {
				single.pronoun ??= pronounGender(word);
				name = single.name;
			} else if (
				!ambiguous &&
				!speaker &&
				single &&
				single.pronoun &&
				single.pronoun !== pronounGender(word) &&
				fitting(pronounGender(word))
			) {
				// "His daughter Felicia confirmed the news … His most recent role was …": not she, so
				// the one other person lately named who can be "he".
				name = fitting(pronounGender(word))!.name;
			} else if (
				!speaker &&
				!sourcePeople.length &&
				adjacent?.described &&
				!adjacent.people.length
			) {
				// "The suspect took off his shirt … He also used a bandana": "he" is "the suspect",
				// when the sentence before named nobody else he could be ("after sacking her deputy
				// Damian Green … His departure" is Green's).
				name = capitalize(adjacent.described);
			}
		} else if (word === 'They' || word === 'Their') {
			const group =
				adjacent?.subject.length && adjacent.subject.length >= 2 ? adjacent.subject : [];
			// "Adede was charged alongside Ejaz, Mwangi and Kimani. They faced …": all of them.
			const joined =
				group.length < 2 &&
				(adjacent?.people.length ?? 0) >= 2 &&
				/\b(?:alongside|along with|together with)\s/.test(memory.lastText ?? '')
					? // "Mary Wanjiru Mwangi alias Elizabeth Muthoni" is one of them, not two.
						adjacent!.people.filter(
							(p) =>
								!new RegExp(String.raw`\b(?:alias|aka)\s+${escapeRegExp(p.name)}`).test(
									memory.lastText ?? ''
								)
						)
					: [];
			if (group.length >= 2) name = joinNames(group.map((p) => p.name));
			else if (joined.length >= 2) name = joinNames(joined.map((p) => p.name));
			// "MTA officials project that the new stations will … They also expect …": who
			// expects is who projected, not the stations.
			else if (word === 'They' && adjacent?.speakers && reporting.test(body))
				name = capitalize(adjacent.speakers);
			else if (adjacent?.plural) name = capitalize(adjacent.plural);
		} else if (
			(word === 'It' || word === 'Its') &&
			thingBefore &&
			// "Osk said it expects comparable sales could fall": the body that said so, kept as "it".
			!(word === 'It' && source && !sourcePeople.length && bodysDoing.test(body)) &&
			// "It was not known what prompted …": an "it" that names nothing.
			!expletiveIt.test(body) &&
			// "It could take years to …", "It was hard to …": an "it" that stands for what follows.
			// "It means traffic will be controlled": what it means, not what the thing does.
			!/^It\s+(?:(?:could|would|will|may|might|can|does)\s+)?(?:mean|means|meant)\b/u.test(body) &&
			!/^It\s+(?:(?:could|would|will|may|might|can|did|does)\s+)?(?:take|takes|took)\b[^.]*?\bto\s|^It\s+(?:is|was|will be|would be|has been|had been)\s+(?:[\p{Ll}-]+\s+){1,2}?(?:to|that|for)\s/u.test(
				body
			)
		) {
			// "It was Apple's best two-day run": an "it" the sentence then names is no reference to it.
			// "… problems: part of a line collapsed in central China": a later clause may name it.
			const ownClause = body.slice(word.length).split(/,(?!\d{3})|[:;—]/)[0]!;
			// "The iPhone went on sale … It sold 270,000 iPhones": a thing that sells itself is
			// someone else's "it".
			const head = thingBefore.split(/\s+/).pop()!.toLowerCase();
			// "Commuters are getting to test … It took nearly 100 years": a plural is never "it".
			const plural = /\p{Ll}{2,}[^su\W]s$/u.test(thingBefore) && !/news$/i.test(thingBefore);
			if (
				!plural &&
				!ownClause.toLowerCase().includes(thingBefore.toLowerCase()) &&
				!new RegExp(`\\b${escapeRegExp(head)}`, 'i').test(ownClause)
			)
				name = capitalize(thingBefore);
		}
		// "He again broke Rublev to open the second set": whoever "he" is, not the one he acts on.
		// The other person the sentence before named is, when there is one; else nobody.
		if (name && /^(?:He|She)$/.test(word ?? '')) {
			// His own clause only, and not as an owner: "He edged Gore …, until Bateman's putt".
			// "He alleged that despite writing the letter, Modi was not giving him an appointment":
			// what he says, as far as the sentence goes, names others than him too.
			const own = body.slice(word!.length);
			const reported = new RegExp(
				String.raw`^\s+(?:\p{Ll}+\s+)?(?:${sayVerbs.join('|')}|alleged|claimed|insisted|complained)\s+that\b`,
				'u'
			).test(own);
			const rest = reported
				? own
				: own.split(/,|\b(?:who|which|until|while|as|after|before|when|because|but|and)\b/)[0]!;
			const named = (p: Person) =>
				[p.name, ...p.aliases].some((a) =>
					new RegExp(`\\b${escapeRegExp(a)}\\b(?!['’]s?\\b)`).test(rest)
				);
			const chosen = ctx.people.find((p) => p.name === name);
			if (chosen && named(chosen)) {
				const others = (adjacent?.people ?? []).filter(
					(p) =>
						p.key !== chosen.key && !named(p) && (!p.pronoun || p.pronoun === pronounGender(word!))
				);
				const [other] = others;
				name = others.length === 1 && other ? other.name : undefined;
				if (!name) unknownSubject = true;
			}
		}
		if (name) {
			const replaced = possessive ? possessiveOf(name) : name;
			resolutions.push(refersTo(word!, lowerLead(name)));
			text = leadText + (leadText ? lowerLead(replaced) : replaced) + body.slice(word!.length);
		} else if (!word && single) {
			// "On returning to Santiago, in a speech …, she called for …", "Then a 22-year-old
			// student, she herself was …": "he" or "she" as the subject after a longer lead.
			const lead = pronounAfterLead.exec(text);
			const said = lead?.[2] as 'he' | 'she' | undefined;
			// "His daughter Felicia … After The Birds, he had roles in …": not she; the one other
			// person lately named who can be "he".
			const who =
				lead && said && single.pronoun && single.pronoun !== said ? fitting(said) : single;
			if (lead && said && who && (!who.pronoun || who.pronoun === said)) {
				who.pronoun ??= said;
				const subject = lead[0].slice(lead[1]!.length);
				resolutions.push(refersTo(subject, who.name));
				text = lead[1] + who.name + text.slice(lead[0].length);
			} else if (lead && said) unknownSubject = true;
		} else if (!name && /^(?:He|She)$/.test(word ?? '')) unknownSubject = true;
		else if (!word && pronounAfterLead.test(text)) unknownSubject = true;
	}
	// "Rights activist Anna Hazare criticized the bill … The hunger strike by the activist in April":
	// "the activist" is the one the sentence before named as one, written out so a question
	// standing alone says who.
	if (!quote && memory.lastText) {
		const before = memory.lastText;
		text = text.replace(
			new RegExp(String.raw`\b([Tt])he (${roleNouns})\b(?!\s+(?:\p{Lu}|of\b|who\b|[“"]))`, 'gu'),
			(found, t: string, noun: string, at: number) => {
				if ((text.slice(0, at).match(/[“”"]/g)?.length ?? 0) % 2 === 1) return found;
				const named = ctx.people.filter((p) =>
					new RegExp(String.raw`\b${noun}\s+${escapeRegExp(p.name)}\b`, 'i').test(before)
				);
				const [one] = named;
				if (named.length !== 1 || !one || text.includes(one.surname)) return found;
				resolutions.push(refersTo(found, one.name));
				return `${t === 'T' ? capitalize(noun) : noun} ${one.name}`;
			}
		);
	}
	// "The two leaders", "both leaders": the pair the article last named together.
	const pair = [...memory.recent].reverse().find((r) => r.subject.length === 2)?.subject;
	if (pair && !quote) {
		const names = joinNames(pair.map((p) => p.surname));
		text = text.replace(
			/\b(?:[Tt]he two|[Bb]oth|[Tt]he) (?:leaders|men|women|ministers|presidents|heads of state|sides)\b/g,
			(found, at: number) => {
				if ((text.slice(0, at).match(/[“”"]/g)?.length ?? 0) % 2 === 1) return found;
				resolutions.push(refersTo(found, joinNames(pair.map((p) => p.name))));
				return names;
			}
		);
	}
	// "By Tuesday, the company had told …": the one company the article has named.
	if (!quote && !memory.main?.body && memory.companies.size === 1) {
		const [company] = memory.companies;
		const said =
			/(?<![\p{L}])([Tt]he) (?:company|firm|drugmaker|carmaker|automaker)(?![\p{L}-])/u.exec(text);
		if (said && !text.includes(company!) && !/[“”"]/.test(text.slice(0, said.index))) {
			resolutions.push(refersTo(said[0], company!));
			text = text.slice(0, said.index) + company + text.slice(said.index + said[0].length);
		}
	}
	// Titles that stand for one person ("the prime minister") are written as the name.
	const mentions = find(text, ctx);
	const references = mentions.filter((m) => m.reference);
	if (!quote && references.length) {
		for (const m of [...references].reverse()) {
			// "fatally shot the judge, a court reporter and a deputy": who was harmed is seldom the
			// judge the article names as acting now; the title stays as written.
			if (
				/\b(?:shot|killed|murdered|stabbed|attacked|wounded|injured|kidnapped|assaulted|abducted|hit|beat|robbed)\s+(?:\w+\s+){0,2}$/i.test(
					text.slice(Math.max(0, m.start - 40), m.start)
				)
			)
				continue;
			const person = ctx.people.find((p) => p.key === m.key)!;
			resolutions.push(refersTo(m.text, person.name));
			const at = m.start === 0;
			text = text.slice(0, m.start) + (at ? person.name : person.name) + text.slice(m.end);
		}
	}
	// "A court ruled Breivik sane and sentenced him to 21 years", "Judge Zagel confined him":
	// "him" is never its clause's subject; it is the one other person the sentence names, else
	// the one the sentences before were about.
	if (!quote && !/[“”"]/.test(text)) {
		const object = objectPronoun.exec(text);
		const found = object ? find(text, ctx).filter((m) => m.kind === 'person') : [];
		// "Sen. Russell Feingold and Sen. Evan Bayh joined her": everyone the opening names joins.
		const subjectKeys = new Set(
			found
				.filter((m) =>
					/^(?:\p{Lu}[\p{L}.'’-]*\s+|and\s+|,\s*)*$/u.test(text.slice(0, m.outerStart ?? m.start))
				)
				.map((m) => m.key)
		);
		const said = object?.[1] === 'him' ? 'he' : 'she';
		// "Health minister Jeremy Hunt convinced May … to move him": a subject named after its
		// role is the subject too, and "him" is never a woman the sentences before named.
		for (const m of found)
			if (
				/^(?:\p{Lu}[\p{L}.'’-]*\s+)*(?:(?:health|foreign|finance|defence|defense|education|interior|justice|prime|deputy|former|head|team|club|party)\s+)?(?:minister|secretary|coach|manager|chief|president|leader|spokesman|spokeswoman|director|chairman|governor|mayor|senator|captain)\s+$/iu.test(
					text.slice(0, m.outerStart ?? m.start)
				)
			)
				subjectKeys.add(m.key);
		const fits = (p: Person) =>
			!subjectKeys.has(p.key) && (pronounOf(p) ?? p.nameGender ?? said) === said;
		const before = object
			? [
					...new Set(
						found.filter((m) => !subjectKeys.has(m.key) && m.start < object.index).map((m) => m.key)
					)
				]
			: [];
		let who: Person | undefined;
		if (before.length === 1) who = ctx.people.find((p) => p.key === before[0] && fits(p));
		else if (object && !before.length && !/^(?:He|She)\s/.test(text)) {
			const earlier = [...memory.recent]
				.reverse()
				.slice(0, 2)
				.find((r) => r.subject.some(fits))
				?.subject.filter(fits);
			if (earlier?.length === 1) who = earlier[0];
		}
		if (object && who) {
			who.pronoun ??= said;
			resolutions.push(refersTo(object[1]!, who.name));
			// Named already in the sentence: its family name is enough ("sentenced Breivik").
			const written = before.length ? who.surname : who.name;
			text = text.slice(0, object.index) + written + text.slice(object.index + object[1]!.length);
		}
	}
	const whole = parse(text);
	// A sentence with a quotation in it is read whole: its clauses are someone's words.
	const splits = quote || /[“”"]/.test(text) ? [] : clauseStarts(whole);
	const parts: string[] = [];
	let from = 0;
	for (const split of splits) {
		parts.push(text.slice(from, split.joinStart));
		from = split.start;
	}
	parts.push(text.slice(from));
	// Every part must be a whole clause: "… to the barbed wire while other people" is not.
	const whole_ok = parts.every((part) => completeClause(parse(part)));
	if (!whole_ok) parts.splice(0, parts.length, text);
	if (!quote)
		parts.splice(
			0,
			parts.length,
			...parts.flatMap(whenSplit).flatMap(sharedSubject).flatMap(participleSplit)
		);
	const claims = parts.map((part, i) => {
		let t = part
			.trim()
			.replace(/[,;:—–-]+$/u, '')
			.trim();
		t = capitalize(t);
		if (!/[.!?]["”’]?$/u.test(t)) t = `${t}.`;
		// "NSC said the quake was 6.4 but the German Research Centre later downgraded it, while
		// the USGS pegged it at 5.6": a later clause with a named subject of its own is that
		// subject's finding, not the first speaker's.
		// "…, but some Estonian officials indicated the figure might not be precise": a later
		// clause that reports someone's words has its own speaker.
		// "Yahoo said today its quarterly net profit more than doubled, but the stock fell …": how
		// the market took the news is the writer's, not the company's.
		const ownSubject =
			i > 0 &&
			(/^(?:the\s+)?\p{Lu}\p{L}*\s+\p{Lu}/u.test(part.trim()) ||
				/^(?:but\s+|and\s+)?(?:the|its|their)\s+(?:stock|shares|share price|stock price)\s+(?:fell|rose|dropped|climbed|slipped|jumped|gained|tumbled|slid|soared|sank|plunged|surged|edged)\b/u.test(
					part.trim()
				) ||
				new RegExp(
					String.raw`^[^,]{2,60}?\s(?:${[...sayVerbs, 'indicated', 'suggested', 'claimed', 'insisted'].join('|')})\b`,
					'u'
				).test(part.trim()));
		return buildClaim(sentence, parts.length === 1 ? text : t, ctx, {
			source: ownSubject ? undefined : source,
			sourcePeople: ownSubject ? [] : sourcePeople,
			quote,
			resolutions: i === 0 ? resolutions : [...resolutions],
			// "… pegged it at 5.6": a later clause's "it" is a thing the first clause named.
			unresolved: unresolved || (i > 0 && /\b(?:it|them)\b/i.test(part))
		});
	});
	// A later clause rebuilt with its opening words (a pronoun) written out as `name`.
	const restate = (i: number, opening: string, name: string, note: string) => {
		const c = claims[i]!;
		claims[i] = buildClaim(sentence, name + c.text.slice(opening.length), ctx, {
			source,
			sourcePeople,
			quote,
			resolutions: [...c.resolutions, refersTo(opening, note)],
			unresolved
		});
	};
	// "…, and he added …": a later clause's pronoun is the first clause's subject.
	for (let i = 1; i < claims.length; i++) {
		const c = claims[i]!;
		const first = claims[0]!;
		const lead = /^(He|She|They|Their|It|Its|The two leaders|Both leaders|The leaders)\s/.exec(
			c.text
		);
		if (!lead) continue;
		const people = first.subjectPeople;
		const many = /^(?:They|The two leaders|Both leaders|The leaders)$/.test(lead[1]!);
		// "The drug generated $2.5 billion …, and its withdrawal slashed …": "it" is the first
		// clause's subject when that is a thing of a few words.
		const thing =
			/^It/.test(lead[1]!) && !people.length && first.clause
				? first.text.slice(first.clause.subject.start, first.clause.subject.end)
				: '';
		const head = thing && !first.clause!.plural ? thingHead(thing) : undefined;
		// "The Harvey, Glen Mervyn and Waroona dams all supply farms …, but their water levels are
		// at just 12 per cent": "their" is the first clause's things.
		const things =
			/^The(?:y|ir)$/.test(lead[1]!) &&
			first.clause?.plural &&
			// A plural thing, not people: "dams", not "Smith and Jones".
			/\s\p{Ll}+s$/u.test(first.text.slice(0, first.clause.subject.end)) &&
			first.clause.subject.start === 0 &&
			/^(?:The|These|Those)\s/.test(first.text)
				? first.text.slice(0, first.clause.subject.end)
				: '';
		if (things && things.split(/\s+/).length <= 8 && !/[“”"]/.test(things)) {
			restate(i, lead[1]!, lead[1] === 'Their' ? possessiveOf(things) : things, lowerLead(things));
			continue;
		}
		// "An HIV-positive man … has become …, after he received …": "he" is "the man".
		const someone =
			/^(?:He|She)$/.test(lead[1]!) && !people.length && first.clause
				? /^An?\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)\b/u.exec(
						first.text.slice(first.clause.subject.start, first.clause.subject.end)
					)?.[1]
				: undefined;
		if (someone && personNoun.test(someone)) {
			const who = `The ${someone}`;
			restate(i, lead[1]!, who, lowerLead(who));
			continue;
		}
		if (lead[1] === 'Their') continue;
		const name =
			people.length && many === people.length > 1
				? joinNames(people.map((p) => (many && lead[1] !== 'They' ? p.surname : p.name)))
				: head
					? lead[1] === 'Its'
						? possessiveOf(capitalize(head))
						: capitalize(head)
					: undefined;
		if (!name) continue;
		// "… Pistorius had acted …, when he fired": the article calls him "he" from now on.
		if (/^(?:He|She)$/.test(lead[1]!) && people.length === 1)
			people[0]!.pronoun ??= pronounGender(lead[1]!);
		restate(i, lead[1]!, name, name);
	}
	// "the council (which previously had to sell off the NEC …)", "Taiwan, which has faced …":
	// an aside about a named thing is a claim of its own.
	if (!quote)
		for (const m of text.matchAll(
			/(?:,\s+|\s+\()(?:which|who)\s+((?:has|have|had|is|was|are|were|previously|also|will|would)\b[^,()“”"]{5,140}?)(?=\)|,\s+\p{Ll}+\s+(?:said|says)|\.$|$)/gu
		)) {
			const before = whole.nouns.filter(
				(n) => n.end <= m.index && /^\s*[,(]?$/.test(text.slice(n.end, m.index))
			);
			const antecedent = before[before.length - 1];
			if (!antecedent || antecedent.text.split(/\s+/).length > 6) continue;
			// "the council", "Taiwan": a definite thing or a name, not "our warming planet".
			if (
				!/^(?:the|a|an)\s|^\p{Lu}/u.test(antecedent.text) ||
				/^(?:our|their|his|her|its|my)\s/i.test(antecedent.text)
			)
				continue;
			if (/^(?:it|they|he|she|this|that)$/i.test(antecedent.text)) continue;
			// "his first visit to Vietnam, which will include a trip to …": after a preposition the
			// aside may be about the phrase the name ends ("visit"), not the name.
			if (
				/\b(?:of|to|in|for|from|at|on|with|by|into|near|about)\s+$/i.test(
					text.slice(Math.max(0, antecedent.start - 8), antecedent.start)
				)
			)
				continue;
			// "tells the story of Frank, who is attempting …": the aside is about Frank, the name the
			// phrase ends on, not the story; with no name there, about nobody sure.
			let holder = antecedent.text;
			const of = /^(?:.*\s)?of\s+(.+)$/u.exec(holder);
			if (of) {
				if (!/^\p{Lu}/u.test(of[1]!)) continue;
				holder = of[1]!;
			}
			const aside = `${capitalize(holder)} ${m[1]!.trim().replace(/^previously\s+/, '')}.`;
			claims.push(
				buildClaim(sentence, aside, ctx, {
					source: undefined,
					sourcePeople: [],
					quote: undefined,
					resolutions: [...resolutions],
					unresolved
				})
			);
		}
	// "Manish Kumar, an official with the state of Bihar, told reporters": who someone is.
	for (const m of text.matchAll(
		/(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}),\s+((?:a|an|the)\s+[\p{Ll}][^,;()“”"]{3,70}?),/gu
	)) {
		const person = speakerOf(m[1]!, ctx);
		if (!person || /\b(?:who|which|that|said|says|is|was|were|has|had)\b/.test(m[2]!)) continue;
		const role = m[2]!.trim();
		if (role.split(/\s+/).length < 2) continue;
		// "the chief executive", "the chairman": of what, the question would not say.
		if (/^the\s+[\p{Ll}\s-]+$/u.test(role) && !/\s(?:of|at|for|with|in)\s/.test(role)) continue;
		const statement = `${person.name} is ${role}.`;
		const claim = buildClaim(sentence, statement, ctx, {
			source: undefined,
			sourcePeople: [],
			quote: undefined,
			resolutions: [],
			unresolved
		});
		claims.push({ ...claim, restated: statement });
	}
	if (roleFact && !claims.some((c) => c.restated === roleFact)) {
		const claim = buildClaim(sentence, roleFact, ctx, {
			source: undefined,
			sourcePeople: [],
			quote: undefined,
			resolutions: [],
			unresolved
		});
		claims.push({ ...claim, restated: roleFact });
	}
	const main = claims[0]!;
	const clause = main.clause;
	const subjectPeople = main.subjectPeople;
	// Each person once: a sentence read as two claims ("Angela Merkel, a pastor's daughter, …"
	// and "Angela Merkel is a pastor's daughter") still names one person.
	const named = [...new Set(claims.flatMap((c) => peopleIn(c.mentions, ctx.people)))];
	const subjectText = clause?.subject.text ?? '';
	const simpleThing =
		clause &&
		!subjectPeople.length &&
		(/^(?:The|A|An|Its|This)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}$|^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}$/u.test(
			subjectText
		) ||
			// "In the study, researchers looked at …": a bare plural names a group too.
			(/^(?:\p{Ll}[\p{L}-]+\s+){0,2}\p{Ll}[\p{L}-]+[^s\W]s$/u.test(subjectText) &&
				!!clause.plural) ||
			thingHead(subjectText) !== undefined) &&
		// "“We found …”": the speaker's own word names nobody for a later "their".
		!/^(?:He|She|It|They|This|That|We|I|You|These|Those|There|Here|Some|Many|Most|Others)$/.test(
			subjectText
		) &&
		// "The hotly" cut from "The hotly anticipated new product": an adverb heads nothing.
		!/\p{Ll}ly$/u.test(subjectText);
	if (memory.recent.length === 0 && !memory.lastText && !quote) {
		const launched = launchedProduct.exec(main.text);
		if (launched) memory.product = `${launched[1] ? 'the ' : ''}${launched[2]!}`;
	}
	// "Legendary British actor Terence Stamp has died": the first sentence's one subject, whom the
	// title names too, is the person the article is about; "the actor" later is them.
	if (
		memory.recent.length === 0 &&
		!memory.lastText &&
		!quote &&
		clause &&
		subjectPeople.length === 1 &&
		ctx.title &&
		new RegExp(`\\b${escapeRegExp(subjectPeople[0]!.surname)}\\b`, 'u').test(ctx.title)
	) {
		const who = subjectPeople[0]!;
		const at = subjectText.indexOf(who.name);
		const role = at > 0 ? /([\p{Ll}-]{3,})\s+$/u.exec(subjectText.slice(0, at))?.[1] : undefined;
		memory.person = { who, ...(role && describedPerson.test(`the ${role}`) ? { role } : {}) };
	} else if (memory.recent.length === 0 && !memory.lastText && !quote && ctx.title) {
		// "Hollywood is grieving following the death of legendary Oscar-winning actor Charlton
		// Heston": the one person the first sentence names, whom the title names too, with the
		// calling written before the name.
		const inLead = peopleIn(main.mentions, ctx.people);
		// Named in full, not by a word a place shares ("a busy weekend in Newport").
		const who = inLead.length === 1 && main.text.includes(inLead[0]!.name) ? inLead[0]! : undefined;
		if (who && new RegExp(`\\b${escapeRegExp(who.surname)}\\b`, 'u').test(ctx.title)) {
			const at = main.text.indexOf(who.name);
			const role = at > 0 ? /([\p{Ll}-]{3,})\s+$/u.exec(main.text.slice(0, at))?.[1] : undefined;
			memory.person = { who, ...(role && describedPerson.test(`the ${role}`) ? { role } : {}) };
		}
	}
	// The first sentence names what the article is about: a body or a thing, not a person.
	if (memory.recent.length === 0 && !memory.lastText && clause && !subjectPeople.length && !quote) {
		const words = subjectText.split(/\s+/);
		const named =
			words.length <= 10 &&
			!/[,;]/.test(subjectText) &&
			/^(?:The\s+)?\p{Lu}/u.test(subjectText) &&
			words.every((w) => w.length < 4 || /^\p{Lu}/u.test(w)) &&
			// "Officers of the Ostravian Police": a common noun capitalised by the sentence is no name.
			!peopleOpener.test(subjectText) &&
			!/^(?:He|She|It|They|This|That|These|Those)$/.test(subjectText) &&
			// "Unemployment dropped …": one word capitalised by the sentence is a name only when a
			// recogniser named it.
			(words.length > 1 ||
				main.mentions.some(
					(m) =>
						m.kind !== 'quantity' && m.start <= clause.subject.start && m.end >= clause.subject.end
				));
		if (named) {
			const body = main.mentions.some(
				(m) =>
					m.kind === 'organization' &&
					m.start <= clause.subject.start + 4 &&
					m.end >= clause.subject.end - 1
			);
			// "The US House of Representatives has passed a bill …": an institution is a body
			// even when no recogniser named it; "the bill" later is not it.
			const institution =
				/\b(?:House|Senate|Parliament|Congress|Council|Court|Ministry|Department|Government|Party|Union|Assembly|Committee|Commission|Agency|Police|Army|Navy|Board|Bank|Authority|Office|Service|Institute|University|Club|League|Federation)\b/.test(
					subjectText
				);
			memory.main = { name: lowerLead(subjectText), body: body || institution };
		}
	}
	// "Dr Peter Brown of the University of New England …, and his colleagues made …": the team a
	// named person leads, for a "they" after it.
	const team = /^[^.;“”"]{3,160}?,?\s+and (his|her|their) (colleagues|team|co-authors)\s/.exec(
		main.text
	);
	const leader = main.mentions.find((m) => m.kind === 'person' && (m.outerStart ?? m.start) === 0);
	const teamLeader = team && leader ? ctx.people.find((p) => p.key === leader.key) : undefined;
	const mainThing =
		memory.main && (describedMain || subjectText === capitalize(memory.main.name))
			? memory.main.name
			: undefined;
	// "I am excited to play with Messi, Suárez, Sergio Busquets… they are all great players.”":
	// the names a quotation running over several sentences says are no one the story goes on
	// about ("The 31-year-old will fill the void …" is the speaker, not Busquets).
	const quoted =
		!quote && (sentence.text.match(/“/g) ?? []).length !== (sentence.text.match(/”/g) ?? []).length;
	memory.recent.push({
		index: sentence.index,
		people: quote
			? [quote.speaker, ...named]
			: quoted
				? [...sourcePeople]
				: [...sourcePeople, ...named],
		subject: quote
			? [quote.speaker]
			: subjectPeople.length && !quoted
				? subjectPeople
				: sourcePeople,
		...(mainThing ? { thing: mainThing } : {}),
		...(simpleThing && !mainThing && !clause.plural
			? { thing: thingHead(subjectText) ?? lowerLead(subjectText) }
			: {}),
		...(simpleThing && clause.plural ? { plural: lowerLead(subjectText) } : {}),
		// "Dr Peter Brown … and his colleagues made the discovery. They reported …"
		...(team && teamLeader ? { plural: `${teamLeader.name} and ${team[1]} ${team[2]}` } : {}),
		...((clause && !subjectPeople.length && describedPerson.test(subjectText)) ||
		(!quote && !named.length && describedWithin.test(sentence.text)) ||
		// "The suspect took off his shirt … He also used a bandana … He robbed the cashier": an
		// unknown "he" right after one described and unnamed is still that someone.
		(unknownSubject && adjacent?.someone)
			? { someone: true }
			: {}),
		...(clause && !subjectPeople.length && !quote && describedPerson.test(subjectText)
			? { described: lowerLead(subjectText) }
			: {}),
		...(source && !sourcePeople.length && !quote && unnamedMany.test(source)
			? { speakers: lowerLead(source) }
			: !source && !quote && !subjectPeople.length && unnamedMany.test(subjectText)
				? { speakers: lowerLead(subjectText) }
				: {}),
		...(unknownSubject ? { unknownSubject } : {}),
		...(quote
			? { speaker: quote.speaker, quoted: true }
			: sourcePeople.length === 1
				? { speaker: sourcePeople[0] }
				: {})
	});
	if (memory.recent.length > 8) memory.recent.shift();
	for (const c of claims)
		for (const m of c.mentions)
			if (m.kind === 'organization' && companyName.test(m.text)) memory.companies.add(m.text);
	const previousText = memory.lastText;
	memory.lastText = sentence.text;
	memory.counted =
		countedPlural.exec(sentence.text)?.[1] ?? (ellipsis ? memory.counted : undefined);
	return claims
		.filter((c) => !fragment(c.text))
		.map((c) => (previousText ? { ...c, previous: previousText } : c));
}

/**
 * "When John Isner won the longest match …, Isner pulled Mahut in for a hug": what happened, told
 * in the past, is a claim of its own beside the sentence (found at the last comma that opens a
 * main clause).
 */
function whenSplit(part: string): string[] {
	const opening = /^(?:(?:So|And|But)\s+)?[Ww]hen\s+/.exec(part.trim());
	if (!opening) return [part];
	const body = part.trim().slice(opening[0].length);
	const commas = [...body.matchAll(/,\s+/g)].reverse();
	for (const c of commas) {
		const rest = body.slice(c.index! + c[0].length);
		const told = body.slice(0, c.index!);
		if (
			/^(?:who|which|where|whose|at|in|on|after|before|with|for|from|by|to|as|and|but|or)\b/i.test(
				rest
			)
		)
			continue;
		const first = mainClause(parse(told));
		if (!first) continue;
		if (!/past/.test(first.verb.form)) return [part];
		if (!completeClause(parse(rest))) continue;
		// The main clause keeps its "when": "When they played in January, Murray had not broken
		// Djokovic's serve" is not true of every match.
		return [`${capitalize(told)}.`, `When ${body}`];
	}
	return [part];
}

/**
 * "Michelle Bachelet was sworn in as president on Saturday and appealed for national unity": two
 * things one subject did, each a claim with the subject written out. Only past verbs after "and",
 * each half a few words long, outside quotations and asides.
 */
function sharedSubject(part: string): string[] {
	if (/[“”"()]|\s--\s/.test(part)) return [part];
	const p = parse(part.trim());
	const clause = mainClause(p);
	if (!clause || clause.subject.start !== 0 || !/past/.test(clause.verb.form)) return [part];
	const subject = p.text.slice(clause.subject.start, clause.subject.end);
	if (!/^(?:\p{Lu}\p{L}*\s*){2,4}$/u.test(subject)) return [part];
	for (let i = clause.verb.last + 4; i < p.tokens.length - 3; i++) {
		const and = p.tokens[i]!;
		const next = p.tokens[i + 1]!;
		if (and.normal !== 'and' || p.tokens[i - 1]!.post.includes(',')) continue;
		if (!has(next, 'PastTense') || !has(next, 'Verb') || has(next, 'Auxiliary')) continue;
		// "… before a judge ordered him removed and stripped him of his pension": the second verb
		// is the clause's after "before", not the subject's.
		if (
			p.tokens
				.slice(clause.verb.last + 1, i)
				.some((t) =>
					/^(?:before|after|when|while|until|since|because|if|once|where|who|which|that)$/.test(
						t.normal
					)
				)
		)
			return [part];
		const first = p.text.slice(0, and.start).trim().replace(/[,;]$/, '');
		const second = `${subject} ${p.text.slice(next.start).trim()}`;
		return [`${first}.`, second];
	}
	return [part];
}

/** The past forms of the participles that tell what an event did: "killing" → "killed". */
const eventParticiples: Record<string, string> = {
	killing: 'killed',
	injuring: 'injured',
	wounding: 'wounded',
	leaving: 'left',
	forcing: 'forced',
	displacing: 'displaced',
	destroying: 'destroyed',
	damaging: 'damaged',
	stranding: 'stranded',
	flattening: 'flattened',
	toppling: 'toppled'
};
/** Nouns for events that kill, injure or leave people homeless. */
const eventNouns =
	/^(?:quake|earthquake|tremor|aftershock|storm|cyclone|hurricane|typhoon|tornado|twister|flood|floods|flooding|landslide|landslides|mudslide|avalanche|eruption|tsunami|fire|wildfire|blaze|blast|explosion|bombing|attack|attacks|shelling|strike|airstrike|heatwave|drought|outbreak|epidemic|stampede|collision|crash|derailment)$/;
const eventParticiple = new RegExp(`,\\s+(?:${Object.keys(eventParticiples).join('|')})\\s`, 'u');

/**
 * "… after the quake struck L’Aquila before dawn Monday, killing more than 150 people,
 * injuring 1,500 and leaving tens of thousands homeless": what the event did is a claim of its
 * own, with the event as its subject ("The quake killed more than 150 people, injured 1,500 and
 * left tens of thousands homeless"), and the sentence ends before it.
 */
function participleSplit(part: string): string[] {
	const trimmed = part.trim();
	if (/[“”"()]/.test(trimmed)) return [part];
	const at = eventParticiple.exec(trimmed);
	if (!at) return [part];
	const head = trimmed.slice(0, at.index);
	const p = parse(head);
	// The last finite verb before the comma, and the words before it back to a clause's start.
	const verb = [...p.verbs]
		.reverse()
		.find((v) => v.form !== 'infinitive' && !has(p.tokens[v.first], 'Gerund'));
	if (!verb || verb.first === 0) return [part];
	let first = verb.first;
	while (
		first > 0 &&
		!/[,;:—–]/.test(p.tokens[first - 1]!.post) &&
		!subordinators.has(p.tokens[first - 1]!.normal) &&
		!/^(?:and|but|or|that|who|which)$/.test(p.tokens[first - 1]!.normal)
	)
		first--;
	const subjectTokens = p.tokens.slice(first, verb.first);
	if (
		subjectTokens.length === 0 ||
		subjectTokens.length > 9 ||
		!subjectTokens.some((t) => has(t, 'Noun') && !has(t, 'Pronoun')) ||
		/^(?:it|they|this|that|he|she|which|who)$/i.test(subjectTokens[0]!.text)
	)
		return [part];
	// Only an event does what the participles tell: "the quake killed", never "the airliner
	// killed" or "eight coaches injured" (the crash did).
	const preposition = subjectTokens.findIndex((t, k) => k > 0 && has(t, 'Preposition'));
	const headWord = subjectTokens[(preposition > 0 ? preposition : subjectTokens.length) - 1]!;
	if (!eventNouns.test(headWord.normal)) return [part];
	const subject = head.slice(subjectTokens[0]!.start, subjectTokens[subjectTokens.length - 1]!.end);
	const did = trimmed
		.slice(at.index + 1)
		.trim()
		.replace(
			new RegExp(
				`(^|,\\s+(?:and\\s+)?|\\s+and\\s+)(${Object.keys(eventParticiples).join('|')})\\b`,
				'gu'
			),
			(_, lead: string, word: string) => `${lead}${eventParticiples[word]!}`
		);
	const claim = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${did}`;
	if (!completeClause(parse(claim))) return [part];
	return [`${head}.`, claim];
}

function pronounGender(word: string): 'he' | 'she' {
	return word === 'He' || word === 'His' ? 'he' : 'she';
}

/** A reader that keeps who was named so far: give it the article's sentences in order. */
export function analyser(ctx: AnalyseContext): (sentence: Sentence) => Claim[] {
	const memory: Memory = { recent: [], companies: new Set() };
	return (sentence) => analyseSentence(sentence, ctx, memory);
}

/** Reads every sentence in order. */
export function analyse(sentences: readonly Sentence[], ctx: AnalyseContext): Claim[] {
	const read = analyser({ ...ctx, quoted: ctx.quoted ?? quotedRuns(sentences) });
	return sentences.flatMap(read);
}
