import nlp from 'compromise';
import { demonyms, placeHeads, pluralTitles } from '../lang/en/gazetteer';
import { commonSources, surnameFirst } from '../lang/en/words';
import {
	apposition,
	honorificWords,
	judicialAddress,
	namePart,
	namesBeforeShortForms,
	nonNameWords,
	organizationHeadWords,
	orgNames,
	placeNames,
	pluralTitlePattern,
	postNominalPattern,
	titledPattern,
	titlePrefix,
	titleWords
} from './patterns';
import { editDistance } from '../../util/edit-distance';
import { capitalize, escapeRegExp } from '../text';
import type { Person } from './types';

// People: who the article names, with their titles, so later mentions can be resolved.

export function cleanName(text: string): string {
	return (
		text
			// "Julian Alaphilippe (Deceuninck-QuickStep)": the team in brackets is no part of the name.
			.replace(/\s*\([^()]*\)?$/u, '')
			.replace(/[’']s$/u, '')
			.replace(/[.,;:!?"“”’)-]+$/u, (m) => (/^\p{Lu}\.$/u.test(text.slice(-2)) ? m : ''))
			.trim()
	);
}

/** The family name: the last word, or the first in a Chinese or Korean name ("Xi Jinping"). */
export function surnameOf(tokens: readonly string[]): string {
	if (tokens.length >= 2 && tokens.length <= 3 && surnameFirst.has(tokens[0]!)) return tokens[0]!;
	// "Andre van der Merwe", "Louis van Tilborgh": the family name starts at its particle.
	// "Luigi Di Maio", "Marine Le Pen": a particle written with a capital too.
	const particle = tokens.findIndex(
		(t, i) =>
			i > 0 && (nameParticles.has(t) || /^(?:Di|De|Da|Del|Della|Van|Von|Le|La|Du|Dos|Das)$/.test(t))
	);
	if (particle > 0 && particle < tokens.length - 1) return tokens.slice(particle).join(' ');
	// "David Bennett Jr", "Martin Luther King III": the generation is no family name.
	const last = tokens[tokens.length - 1]!;
	if (tokens.length >= 3 && /^(?:Jr|Sr|II|III|IV)\.?$/.test(last))
		return tokens[tokens.length - 2]!;
	return last;
}

/**
 * Two names with the same given name whose family names differ by a letter or two, as a
 * reporter misspells one ("Schniderjans", "Schniederjans"): the same person.
 */
function misspelt(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== 2 || b.length !== 2 || a[0] !== b[0]) return false;
	const [x, y] = [a[1]!, b[1]!];
	if (x === y || x.length < 6 || y.length < 6 || x[0] !== y[0]) return false;
	return editDistance(x.toLowerCase(), y.toLowerCase(), 2) <= 2;
}

const prizeWordAfterName =
	/^\s+(?:Prize|Prizes|Award|Awards|Medal|Trophy|Foundation|Fellowship|Scholarship|Lecture|Memorial|Institute|Center|Centre|Stadium|Hall|Building|Bridge|Airport|Library|Museum|Theatre|Theater|Cup|Bowl|Classic|Invitational|Park|Action|Forum)\b|^(?:\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:ward|wards|constituency|division|parish|township|district|neighbourhood|neighborhood|area|estate)\b/u;

/** "the Department of Environmental Conservation": a name after a body's "of" is the body's. */
const bodyOfBefore =
	/\b(?:Department|Ministry|Office|Bureau|Institute|University|College|School|Board|Council|Commission|Agency|Division|Society|Museum|Bank|Church|Academy|Federation|Association|Secretary|Minister)\s+(?:of|for)\s+(?:the\s+)?$/u;

/**
 * Whether every time `name` is written in `texts` it is part of a thing's name: it goes on with
 * the word of a prize's or a building's name, or comes after a body's "of".
 */
function onlyInThingNames(texts: readonly string[], name: string): boolean {
	if (!name.includes(' ')) return false;
	let seen = 0;
	for (const text of texts) {
		let at = text.indexOf(name);
		while (at >= 0) {
			seen++;
			const before = text.slice(Math.max(0, at - 40), at);
			if (!prizeWordAfterName.test(text.slice(at + name.length)) && !bodyOfBefore.test(before))
				return false;
			at = text.indexOf(name, at + name.length);
		}
	}
	return seen > 0;
}

/** Finds the people an article names, with their titles, so later mentions can be resolved. */
export function collectPeople(texts: readonly string[]): Person[] {
	const found: Person[] = [];
	// "Anti Terrorism Squad (ATS)": words a short form spells are a body, whoever they sound like.
	const bodies = texts.flatMap((t) => namesBeforeShortForms(t).map((b) => b.name));
	const add = (rawName: string, role?: string, honorific?: string, postNominal?: string) => {
		// "Abdel Fattah el-Sisi", "Bashar al-Assad", "Sheikh Athbi Al-Fahad Al-Sabah": a family
		// name opened by a small particle is the name's end, though the parse stopped before it.
		const particle = texts
			.map((t) =>
				new RegExp(
					`(?<![\\p{L}])${escapeRegExp(rawName)}\\s+((?:al|el|Al|El|bin|ibn|ben|van|von|de|da|di|du|dos|das|der|den|ter|le|la)-\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:al|el|Al|El)-\\p{Lu}[\\p{L}'’-]+)*)`,
					'u'
				).exec(t)
			)
			.find(Boolean)?.[1];
		if (particle) rawName = `${rawName} ${particle}`;
		// "Datuk Seri Dr S. Subramaniam", "Tan Sri Muhyiddin": Malaysian forms of address.
		const bare = cleanName(rawName).replace(malayAddress, '');
		if (!bare) return;
		if (bodies.some((b) => b.includes(bare))) return;
		// "13-time Roland Garros champion": a place a list knows, though named after someone.
		if (placeNames.has(bare)) return;
		// "the John Llewellyn Rhys Prize": a name only ever written as part of a prize's or a
		// building's is the thing's, not a person in the story.
		if (onlyInThingNames(texts, bare)) return;
		const tokens = bare.split(/\s+/);
		// "Mrs Justice Helen Carrow" from compromise: the forms of address are not the name.
		while (tokens.length > 2 && honorificWords.has(tokens[0]!.replace(/\.$/, ''))) tokens.shift();
		// "CDC Director Dr. Tom Frieden": a title's full stop is no part of it.
		while (tokens.length > 2 && titleWords.has(tokens[0]!.replace(/\.$/, ''))) tokens.shift();
		// "Minister for Road Transport and Highways Nitin Gadkari": the portfolio's last word is
		// not a first name.
		while (tokens.length > 2 && portfolioWords.has(tokens[0]!)) tokens.shift();
		// "Veteran Ken Loach": a word that describes the person is no part of the name.
		while (tokens.length > 2 && describingWords.test(tokens[0]!)) tokens.shift();
		if (describingWords.test(tokens[0]!)) return;
		// "Best Picture Oscar", "Best Actress": an award's category names nobody.
		if (tokens[0] === 'Best') return;
		// "the Supplementary Budget", "Grocery Vouchers": a measure's name names nobody.
		if (
			/^(?:Budget|Vouchers?|Fund|Scheme|Package|Plan|Programme|Program|Act|Bill|Grant|Levy|Tax|Policy|Initiative|Project|Strategy|Payout|Rebate|Subsidy)$/.test(
				tokens[tokens.length - 1]!
			)
		)
			return;
		// "Cinema Without Borders": a preposition inside names a body, not a person.
		if (tokens.some((t) => /^(?:Without|With|For|Of|And|The|Against|Under|Over|Beyond)$/.test(t)))
			return;
		// "South Bihar", "North Korea": a point of the compass opens a place, not a name; "a Black
		// Minneapolis resident": a word for people describes, it names nobody.
		if (
			compassWords.has(tokens[0]!) ||
			/^(?:Black|White|Asian|Hispanic|Latino|Latina|Native)$/.test(tokens[0]!)
		)
			return;
		// "Sri Lankan refugees": a nationality of two words names nobody.
		if (demonymWords.has(tokens.join(' '))) return;
		// "the Secretary General", "Director General": a title after a title names nobody; nor
		// does "U.S. Attorney", a title after a country.
		if (tokens.every((t) => titleWords.has(t) || /^(?:General|General's)$/.test(t))) return;
		if (
			titleWords.has(tokens[tokens.length - 1]!) &&
			tokens
				.slice(0, -1)
				.every((t) =>
					/^(?:U\.?S\.?|U\.?K\.?|US|UK|State|Federal|District|Deputy|Assistant|Acting)$/.test(t)
				)
		)
			return;
		// "Premier League", "Kennedy Space Center": the last word says it is no person. "A K
		// Mittal": a letter standing alone before the name is an initial, not the article.
		const words = /^(?:\p{Lu}\s)+\p{Lu}\p{Ll}/u.test(bare)
			? tokens.filter((t) => t.length > 1)
			: tokens;
		if (
			words.some(
				(t) =>
					nonNameWords.has(t) ||
					organizationHeadWords.has(t) ||
					placeHeads.includes(t) ||
					notNameHeads.has(t)
			) ||
			/^(?:Mount|Mt|Lake|Fort|Port|Cape|Puerto|Porto|Santa|Santo|San|Sao|São|Ciudad|Isla|Rio|Río|Cabo|Punta|Lago|Sierra|Bahia|Bahía|Kota|Kuala|Kampung|Kampong|Pulau|Bandar|Sungai|Bukit|Hurricane|Typhoon|Cyclone|Storm|Tropical)$/.test(
				tokens[0]!
			)
		)
			return;
		// "Royal Oak Officers", "Fylde Residents": a place's people, in capitals, are no one person.
		if (tokens.length > 1 && commonSources.has(tokens[tokens.length - 1]!.toLowerCase())) return;
		const name = tokens.join(' ');
		// "Kim Jong" read apart from "Kim Jong Il": the longer name is the person's.
		if (found.some((p) => p.name.startsWith(`${name} `) && p.name.split(/\s+/).length === 3))
			return;
		const surname = koreanName.test(name) ? tokens[0]! : surnameOf(tokens);
		// "Grace Mugabe" beside "Robert Mugabe": one family name, two people.
		const given = (t: readonly string[]) => {
			const first = t[0]!.replace(/\.$/, '');
			if (honorificWords.has(first) || titleWords.has(first)) return '';
			return t.length >= 2 && surnameOf(t) === t[t.length - 1] ? t[0]! : '';
		};
		const same = found.find(
			(p) =>
				(p.surname === surname &&
					!(
						given(tokens) &&
						given(p.name.split(/\s+/)) &&
						given(tokens).replace(/\.$/, '') !== given(p.name.split(/\s+/)) &&
						!given(p.name.split(/\s+/)).startsWith(given(tokens).replace(/\.$/, ''))
					)) ||
				(tokens.length === 1 && p.aliases.includes(name)) ||
				// "Xuan Phuc" inside "Nguyen Xuan Phuc", either found first: one person.
				(tokens.length >= 2 && (p.name.endsWith(` ${name}`) || name.endsWith(` ${p.name}`))) ||
				// "Ollie Schniderjans" and "Ollie Schniederjans": one person, once misspelt.
				misspelt(tokens, p.name.split(/\s+/))
		);
		if (same) {
			// The misspelt form is theirs too: "Schniederjans" alone is the same person.
			if (misspelt(tokens, same.name.split(/\s+/)))
				same.aliases = [...new Set([...same.aliases, name, tokens[1]!])];
			// A longer name wins, unless it is longer by a title ("Councillor Aisha Brennan").
			const titled = tokens.some((t) => titleWords.has(t) || honorificWords.has(t));
			if (tokens.length > same.name.split(/\s+/).length && !titled) {
				same.name = name;
				same.surname = surname;
				same.key = `person:${name.toLowerCase()}`;
				same.aliases = koreanName.test(name) ? [name, tokens[0]!] : aliasesOf(tokens);
			}
			if (role && !same.role) same.role = role;
			if (honorific && !same.honorific) same.honorific = honorific;
			if (postNominal && !same.postNominal) same.postNominal = postNominal;
			return;
		}
		found.push({
			key: `person:${name.toLowerCase()}`,
			name,
			surname,
			aliases: koreanName.test(name) ? [name, tokens[0]!] : aliasesOf(tokens),
			...(role ? { role } : {}),
			...(honorific ? { honorific } : {}),
			...(postNominal ? { postNominal } : {})
		});
	};
	for (const text of texts) {
		for (const m of text.matchAll(pluralTitlePattern)) {
			const role = pluralTitles.find(([p]) => p === m[1])![1];
			add(m[2]!, role);
			add(m[3]!, role);
		}
		for (const m of text.matchAll(titledPattern)) {
			const role = m[1]!.trim();
			if (judicialAddress.test(role)) {
				add(m[2]!, 'Judge', role);
				continue;
			}
			// "Dr." and similar are honorifics, not roles worth asking about.
			const honorific = /^(Dr|Prof)\.?$/.exec(role)?.[1];
			add(m[2]!, honorific ? undefined : capitalize(role), honorific);
		}
		for (const m of text.matchAll(postNominalPattern)) {
			// "Labour MP Stephen Kinnock", "Tory MP Ada Lind": a party and its member's rank,
			// before the member's name, are nobody's name.
			if (
				/^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(m.index + m[0].length)) ||
				/^(?:Labour|Conservative|Tory|Liberal|Democrat|Republican|Green|Labor|Independent|SNP|DUP)$/.test(
					m[1]!
				)
			)
				continue;
			add(m[1]!, undefined, undefined, m[2]);
		}
		// "Ana Ruiz, the chief economist at Northbank," gives a role by apposition.
		for (const m of text.matchAll(apposition)) add(m[1]!, `${m[2]}${m[3] ?? ''}`.trim());
		// "Andre van der Merwe": a family name with its particle, which compromise cuts off.
		for (const m of text.matchAll(particleName)) add(m[1]!);
		// "Kim Jong Il", "Moon Jae-in": a Korean name, family name first, in three parts.
		for (const m of text.matchAll(koreanNames)) add(m[1]!);
		// "Pistorius’s uncle Arnold", "her son Hunter": a relative named by one name.
		for (const m of text.matchAll(kinNamed)) add(m[2]!, m[1]!);
		// "said D.C. Rogers, Clay County director": a name with initials, by the verb of saying.
		for (const m of text.matchAll(initialsName)) add(m[1] ?? m[2]!);
		for (const m of text.matchAll(bareInitialsName)) add(m[1]!);
		// "E.L. Doctorow, the renowned author …", "J.K. Rowling wrote": two initials or more
		// before a family name, wherever the name stands; "U.S. Steel" and "D.C. Council" are no one.
		for (const m of text.matchAll(initialedName))
			if (!abbreviatedPlaces.test(m[1]!) && !notFamilyNames.test(m[2]!))
				add(`${m[1]!.trim()} ${m[2]}`);
		// "A cousin of Curtis’, Viva Hardigg, declined …": a role, then the name between commas.
		for (const m of text.matchAll(roleThenName))
			add(m[2]!, m[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase()).replace(/[’']$/u, ''));
		for (const m of text.matchAll(callingThenName)) add(m[2]!, m[1]!);
	}
	// compromise finds untitled names; one pass over the whole text is much cheaper than one a sentence.
	const all = texts.join('\n');
	// A few sentences at a time: compromise's cost grows faster than the text it is given.
	const names: { text: string }[] = [];
	for (let i = 0; i < texts.length; i += 20)
		names.push(
			...(nlp(texts.slice(i, i + 20).join('\n'))
				.people()
				.json() as { text: string }[])
		);
	// "Jessica Ennis-Hill": a first name compromise knows, then a double family name, is a person
	// even where compromise reads the last part ("Hill") as a place's.
	for (const m of all.matchAll(
		/(?<![\p{L}’'-])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)(?![\p{L}-])/gu
	))
		if (/^(?:FirstName|MaleName|FemaleName)$/.test(lexicon[m[1]!.toLowerCase()] ?? ''))
			names.push({ text: `${m[1]} ${m[2]}` });
	for (const p of names) {
		let name = cleanName(p.text.replace(titlePrefix, ''));
		// "Mia Hansen-Love’s": compromise stops at the hyphen of a double family name.
		const double = new RegExp(
			`(?<![\\p{L}])${escapeRegExp(name)}(-\\p{Lu}\\p{Ll}+)(?![\\p{L}-])`,
			'u'
		).exec(all);
		if (double) name += double[1];
		// "Kim Hak-ui", "Moon Jae-in": a Korean given name's second syllable after its hyphen.
		const syllable = surnameFirst.has(name.split(/\s+/)[0]!)
			? new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(-\\p{Ll}+)(?![\\p{L}-])`, 'u').exec(all)
			: null;
		if (syllable) name += syllable[1];
		// "Cowboy Carter" (an album): a name opening with a calling names nobody.
		if (lexicon[name.split(/\s+/)[0]!.toLowerCase()] === 'Actor') continue;
		if (fullName.test(name)) add(name);
	}
	// "Beyonce", "Rihanna": a one-word name that compromise knows as a person's, standing alone.
	for (const m of all.matchAll(
		/(?<![\p{L}’'-]\s?)\b(\p{Lu}\p{Ll}{2,}|\p{Lu}{3,})\b(?!\s+\p{Lu})/gu
	)) {
		const word = m[1]!.charAt(0) + m[1]!.slice(1).toLowerCase();
		if (lexicon[word.toLowerCase()] !== 'Person') continue;
		// "Mission Control, Houston": a city a list knows is no singer's name.
		if (placeNames.has(word)) continue;
		if (found.some((p) => p.name === word || p.name.split(/\s+/).includes(word))) continue;
		found.push({ key: `person:${word.toLowerCase()}`, name: word, surname: word, aliases: [word] });
	}
	// "girlfriend Reeva Steenkamp … shot Steenkamp dead": a two-word name whose last word the
	// article also uses alone is a person compromise did not know. Words standing alone (no
	// capitalised word beside them) are counted once for the whole text.
	const alone = new Map<string, number>();
	for (const m of all.matchAll(
		/(?<![\p{Lu}][\p{L}'’-]*\s)(?<![\p{L}])(\p{Lu}\p{Ll}+)(?![\p{L}]|\s+\p{Lu})/gu
	))
		alone.set(m[1]!, (alone.get(m[1]!) ?? 0) + 1);
	for (const m of all.matchAll(
		/(?<=\p{Ll}[\s,]*\s)(\p{Lu}\p{Ll}{1,}(?:\s+\p{Lu}\p{Ll}{1,}){1,2})(?![\p{L}-])/gu
	)) {
		const tokens = m[1]!.split(/\s+/);
		if (
			tokens.some(
				(t) =>
					nonNameWords.has(t) ||
					titleWords.has(t) ||
					organizationHeadWords.has(t) ||
					placeHeads.includes(t)
			)
		)
			continue;
		// "first lady Grace Mugabe" beside "Robert Mugabe": a known family name, another person.
		const last = tokens[tokens.length - 1]!;
		if (
			(alone.get(last) ?? 0) > 0 ||
			found.some((p) => p.surname === last) ||
			nameLike(tokens, all, m.index! + m[0].length)
		)
			add(m[1]!);
	}
	// "Mads Würtz Schmidt (Katusha-Alpecin), Tim Wellens (Lotto Soudal), Toms Skujins
	// (Trek-Segafredo) and Simon Clarke (EF Education First)": a list of names, each with its
	// team in brackets; when one of them is a person, so are the others.
	const item = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\s+\([^()]{2,40}\)`;
	for (const run of all.matchAll(
		new RegExp(String.raw`(?:${item}(?:,\s+|,?\s+and\s+)){2,}${item}`, 'gu')
	)) {
		const members = [...run[0].matchAll(/(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+\(/gu)].map(
			(m) => m[1]!
		);
		if (!members.some((n) => found.some((p) => p.name === n))) continue;
		for (const n of members)
			if (!n.split(/\s+/).some((t) => nonNameWords.has(t) || organizationHeadWords.has(t))) add(n);
	}
	// "Lasith Malinga removed …": two words no dictionary has, or names, opening a sentence
	// before its verb.
	for (const m of all.matchAll(
		/(?:^|\n|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?=\s+\p{Ll})/gu
	)) {
		const tokens = m[1]!.split(/\s+/);
		if (tokens.some((t) => nonNameWords.has(t) || titleWords.has(t))) continue;
		if (nameLike(tokens, all, m.index! + m[0].length)) add(m[1]!);
	}
	// "Claudio Ranieri's men went top …" opens a sentence: a first name compromise knows and a
	// family name the article uses alone.
	for (const m of all.matchAll(
		/(?:^|\n|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?=['’]s\b|\s+\p{Ll}|[,.])/gu
	)) {
		const [first, last] = [m[1]!, m[2]!];
		if ((alone.get(last) ?? 0) === 0 || nonNameWords.has(first) || titleWords.has(first)) continue;
		if (nlp(first).has('#FirstName')) add(`${first} ${last}`);
	}
	// "Mo Yan … Mo was born in 1955": a name whose first word the article uses alone, and never
	// its last, is written family name first.
	for (const p of found) {
		const tokens = p.name.split(/\s+/);
		if (tokens.length !== 2 || p.surname === tokens[0]) continue;
		if ((alone.get(tokens[0]!) ?? 0) > 0 && (alone.get(tokens[1]!) ?? 0) === 0) {
			p.surname = tokens[0]!;
			p.aliases = [...new Set([...p.aliases, tokens[0]!])];
		}
	}
	// A family name two people share ("Bachelet") stands for the one the article names first, so
	// the people are listed in the order the article first writes their full names.
	const firstUse = (p: Person) => {
		const at = all.search(new RegExp(`(?<![\\p{L}])${escapeRegExp(p.name)}(?![\\p{L}])`, 'u'));
		return at < 0 ? Infinity : at;
	};
	const order = new Map(found.map((p, i) => [p, i]));
	found.sort((a, b) => firstUse(a) - firstUse(b) || order.get(a)! - order.get(b)!);
	// "James Cook University": a name that only ever opens a body's name is no person, nor is
	// "the massive Brent Spar platform" or "the one-man play Mistero Buffo".
	for (const p of found) {
		const tokens = p.name.split(/\s+/);
		const given = p.surname === tokens[0] ? tokens[1] : tokens.length > 1 ? tokens[0] : undefined;
		const tag = given ? lexicon[given.toLowerCase()] : undefined;
		if (tag === 'MaleName') p.nameGender = 'he';
		else if (tag === 'FemaleName') p.nameGender = 'she';
		// "His daughter Felicia", "his wife, Carol": a kinship word says which she or he they are.
		const kin = new RegExp(
			`\\b(daughter|wife|mother|sister|widow|granddaughter|niece|aunt|girlfriend|son|husband|father|brother|widower|grandson|nephew|uncle|boyfriend),?\\s+${escapeRegExp(p.name)}(?![\\p{L}])`,
			'u'
		).exec(all)?.[1];
		if (kin && !p.pronoun)
			p.pronoun = /^(?:son|husband|father|brother|widower|grandson|nephew|uncle|boyfriend)$/.test(
				kin
			)
				? 'he'
				: 'she';
	}
	return found.filter((p) => {
		const uses = [
			...all.matchAll(
				new RegExp(
					`(?<![\\p{L}])${escapeRegExp(p.name)}(?![\\p{L}])(\\s+\\p{Lu}\\p{Ll}+)?(\\s+\\p{Ll}+)?`,
					'gu'
				)
			)
		];
		// "Prof. Andre" read apart from "Andre van der Merwe": one person, the longer name.
		if (
			!/\s/.test(p.name) &&
			found.some((o) => o !== p && o.name.startsWith(`${p.name} `) && o.surname.includes(' '))
		)
			return false;
		const untitled = !p.role && !p.honorific && !p.postNominal;
		const thing = (u: RegExpMatchArray) =>
			untitled &&
			((!u[1] && thingAfterName.test(u[2]?.trim() ?? '')) ||
				thingBeforeName.test(all.slice(Math.max(0, u.index! - 40), u.index)));
		// "spokeswoman for World Vision", "World Vision's relief manager": named only as someone's
		// employer, a name is a body's.
		const employer = (u: RegExpMatchArray) =>
			worksFor.test(all.slice(Math.max(0, u.index! - 60), u.index)) ||
			employs.test(all.slice(u.index! + p.name.length, u.index! + p.name.length + 60));
		if (untitled && uses.length && uses.every(employer)) return false;
		// "the post-Fascist Alleanza Nazionale", "the once-dominant Christian Democrats": a
		// described body, never a person written that way.
		if (
			untitled &&
			uses.length &&
			uses.every((u) =>
				/\b[Tt]he\s+\p{Ll}+-\p{L}+\s+$/u.test(all.slice(Math.max(0, u.index! - 40), u.index))
			)
		)
			return false;
		// "portrayed such heroic figures as Moses, … and Judah Ben-Hur", "played an elderly Josef
		// Mengele": a part an actor played is no one in the story.
		if (
			untitled &&
			uses.length &&
			uses.every((u) => playedPart.test(all.slice(Math.max(0, u.index! - 120), u.index)))
		)
			return false;
		// "will join the APEC Summit on Friday in Da Nang": a name only ever written as where
		// something happens is a place's.
		if (
			untitled &&
			uses.length &&
			uses.every(
				(u) =>
					/\b(?:in|at|near|outside|across|throughout)\s+$/.test(
						all.slice(Math.max(0, u.index! - 12), u.index)
					) && !/^['’]/.test(all.slice(u.index! + p.name.length))
			)
		)
			return false;
		// "Stoke Mandeville Hospital … runs Stoke Mandeville and two other hospitals": a name that
		// heads a body's name and never does or says anything is the body's.
		if (
			untitled &&
			uses.some((u) => u[1] && bodyHeads.has(u[1].trim())) &&
			!uses.some(
				(u) =>
					!u[1] &&
					/^\s+(?:said|says|told|added|was|is|has|had|will|would|won|died|wrote|became|took)$/.test(
						u[2] ?? ''
					)
			)
		)
			return false;
		return !uses.length || uses.some((u) => (!u[1] || !bodyHeads.has(u[1].trim())) && !thing(u));
	});
}

const staffNouns =
	'spokes(?:wo)?man|spokesperson|director|manager|officer|head|chief|workers?|staff|volunteers?|employees?|analyst|economist|researcher|scientist|professor|fellow|chairman|chairwoman|founder|executive|representative|officials?|coordinator|adviser|advisor|consultant';
/** "a spokeswoman for ", "the chief economist at ": a body's name comes next. */
const worksFor = new RegExp(`\\b(?:${staffNouns})\\s+(?:for|at|with)\\s+(?:the\\s+)?$`, 'i');
/** "'s communication relief manager": what follows a body's name. */
const employs = new RegExp(`^['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${staffNouns})\\b`, 'u');

/** "the Brent Spar platform": a thing's name before the noun it names. */
const thingAfterName =
	/^(?:platform|rig|ship|vessel|tanker|ferry|liner|oilfield|reactor|spacecraft|probe|telescope|satellite|rocket|building|skyscraper|dam|pipeline|painting|sculpture|play|film|novel|album|party|movement|coalition|alliance|bloc|faction|government|administration|campaign|group|foundation|hospital|clinic|school|college|university|station|airport|hotel|prison|park|bridge)$/;
/** "the one-man play Mistero Buffo", "the tanker Exxon Valdez": a noun naming the thing after it. */
const thingBeforeName =
	/\b(?:play|film|movie|novel|book|album|song|opera|painting|poem|musical|series|ship|vessel|tanker|ferry|liner|boat|yacht|submarine|platform|rig|spacecraft|probe|satellite)\s+$/;

const bodyHeads = new Set([...organizationHeadWords, ...placeHeads]);
/** Lower-case words inside a family name: "van der Merwe", "de la Cruz", "bin Salman". */
const nameParticles = new Set([
	'van',
	'von',
	'der',
	'den',
	'de',
	'du',
	'da',
	'di',
	'del',
	'della',
	'la',
	'le',
	'ter',
	'ten',
	'bin',
	'ibn',
	'al'
]);
const particleName =
	/\b(\p{Lu}\p{Ll}+\s+(?:van|von|de|du|da|di|del|della|ter|ten|bin|ibn|al)(?:\s+(?:der|den|de|la|le))?\s+\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu;
/** "Kim Jong Il", "Ban Ki-moon": the common Korean family names, then a given name in two parts. */
const koreanFamily = 'Kim|Lee|Park|Moon|Roh|Yoon|Choi|Chung|Jung|Kang|Cho|Han|Ban|Shin|Hwang|Oh';
const koreanNames = new RegExp(
	`\\b((?:${koreanFamily})\\s+\\p{Lu}\\p{Ll}+(?:\\s+|-)\\p{Lu}\\p{Ll}*)(?![\\p{L}'’-]|\\s+\\p{Lu})`,
	'gu'
);
const koreanName = new RegExp(`^(?:${koreanFamily})\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}*$`, 'u');
/** "Veteran Ken Loach", "the late John Smith": words that describe a person before the name. */
const describingWords =
	/^(?:Veteran|Legendary|Former|Late|Young|Rookie|Superstar|Star|Outgoing|Incoming|Embattled|Disgraced|Acting|Interim|Retired|Ousted|Jailed|Exiled|Fugitive|Billionaire|Millionaire|Tycoon|Mogul|Dutchman|Dutchwoman|Englishman|Englishwoman|Frenchman|Frenchwoman|Irishman|Irishwoman|Scotsman|Scotswoman|Welshman|Welshwoman|Countryman|Compatriot|Briton|Brit|Scot|Kiwi|Aussie)$/;
const kinNamed =
	/\b(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{Ll}+[’']s)\s+(uncle|aunt|brother|sister|son|daughter|father|mother|wife|husband|cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother|widow|widower)\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})/gu;
const initialedName =
	/(?<![\p{L}.])((?:\p{Lu}\.\s?){2,3})(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)\b(?!\s+\p{Lu})/gu;
/** Initials that are places or bodies, never a person's: "U.S.", "D.C.", "L.A.". */
const abbreviatedPlaces =
	/^(?:U\.\s?S\.|U\.\s?K\.|U\.\s?N\.|E\.\s?U\.|D\.\s?C\.|L\.\s?A\.|N\.\s?Y\.|N\.\s?J\.|N\.\s?C\.|S\.\s?C\.|U\.\s?A\.\s?E\.|P\.\s?M\.|A\.\s?M\.|B\.\s?C\.|A\.\s?D\.|U\.\s?S\.\s?A\.)\s?$/u;
/** Words after initials that name a body or a thing, not a family. */
const notFamilyNames =
	/^(?:Army|Navy|Senate|Congress|Government|Department|Court|Police|Open|Steel|Airways|Dollar|Embassy|Treasury|Marines|Forces|Attorney|President|House|Council|Office|Agency|Bank|Times|News|Post|Company|Corporation|Group|Inc|Ltd|Street|Road|Avenue|Capitol|Mayor|Governor|Secretary|Consulate|Soccer|Football|League|Championships?)$/u;
const initialsName =
	/(?<=\b(?:said|says|told|added)\s)((?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}+)(?=[\s,.])|\b((?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}+)(?=,?\s+(?:said|says|told)\b)/gu;
/** "Railway Board Chairman A K Mittal said", "Manager (Solapur) K Madhusudhan said": initials with no full stops, after a title. */
const bareInitialsName =
	/(?<=(?:\p{Lu}\p{Ll}+|\))\s)((?:\p{Lu}\s){1,3}\p{Lu}\p{Ll}{2,})(?=,?\s+(?:said|says|told|added)\b)/gu;
/** Words before the part an actor played, in the same sentence: "portrayed … as", "played". */
const playedPart =
	/\b(?:portray(?:ed|s|ing)?|play(?:ed|s|ing)?|roles?\s+(?:of|as|such as)|starred as|starring as|figures as|characters? (?:of|such as)|in the role of|as the character)\b(?:(?!\b(?:said|says|told|tells|added|according|by|with)\b)[^.!?;])*$/;
/** "legendary Oscar-winning actor Charlton Heston": a calling written before a name. */
const callingThenName =
	/\b(actor|actress|singer|songwriter|author|novelist|poet|playwright|filmmaker|director|rapper|comedian|musician|composer|painter|sculptor|footballer|cricketer|golfer|boxer|athlete|sprinter|broadcaster|presenter|journalist|businessman|businesswoman|billionaire|entrepreneur|physicist|astronaut|designer|chef)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?![\p{L}'’-])/gu;
const roleThenName =
	/\b(?:[Aa]n?|[Tt]he)\s+((?:cousin|relative|friend|neighbou?r|brother|sister|son|daughter|father|mother|wife|husband|uncle|aunt|nephew|niece|spokes(?:man|woman|person)|lawyer|attorney)\s+of\s+[^,;“”"]{2,40}),\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),/gu;
const demonymWords = new Set(demonyms);
/**
 * Malaysian forms of address before a name, with a doctor's title after them: "Datuk Seri Dr",
 * "Tan Sri", "Tunku". "Sri" alone opens given names ("Sri Mulyani") and stays.
 */
const malayAddress =
	/^(?:(?:Tan\s+Sri|Toh\s+Puan|Dat(?:uk|o['’]?)(?:\s+(?:Seri|Sri|Paduka))?|Datin(?:\s+Seri)?|Tun|Tunku|Tengku)(?:\s+|$))+(?:(?:Dr\.?|Haji|Hajah|Ir\.?)(?:\s+|$))?/u;

/** Last words of places and things that read like names ("Grafton Street", "Apple Computer"). */
const notNameHeads = new Set(
	'Album Vocal Picture Actress Dal Samaj Morcha Sena Summit Conference Forum Sciences Prizes Games Championships Olympics Railway Divisional Base Security Intelligence Staff Assembly Electric Dynamics Pictures Studios Records Films Entertainment Holdings Motors Airlines Airways Street Road Avenue Station Zoo Cafe Cabin Chapel Division Area Union Coast Institution Computer National Carta Hall Square Bridge Park Hotel Tower Airport Harbour Harbor Market Mall Arena Stadium Club Cup League Prize Award Awards Prison Jail Court Hospital Church Cathedral School College Lander Rover Probe Orbiter Telescope Spacecraft Satellite Shuttle Capsule Rocket Mission Series Festival Expo Democratic Republican Socialist Communist Conservative Liberal Progressive Nationalist Unionist Party Movement Alliance Front Fire Complex Blaze Wildfire Outbreak Scandal Albion Rovers Wanderers Athletic Hotspur Argyle Times Post Tribune Gazette Chronicle Telegraph Herald Examiner Inquirer Observer Courier Dispatch Bulletin Journal Magazine'.split(
		' '
	)
);
const lexicon = (
	nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }
).world().model.one.lexicon;

/**
 * Two words that can only be a person's name: each a name compromise knows or a word no
 * dictionary of it has ("Virat Kohli", "Thisara Perera"), neither a place or a body we know,
 * and not the first half of a phrase ("Saltire flags").
 */
function nameLike(tokens: readonly string[], text: string, end: number): boolean {
	if (tokens.length !== 2) return false;
	const run = tokens.join(' ');
	if (placeNames.has(run) || orgNames.has(run) || notNameHeads.has(tokens[1]!)) return false;
	const start = end - run.length;
	// "the Sistine Chapel", "the Gulf Coast": a person's name takes no article.
	if (/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) return false;
	// "Cape Town", "Tamil Nadu": places and bodies compromise knows in their sentence.
	const sentence = text.slice(
		Math.max(0, text.lastIndexOf('\n', start), text.lastIndexOf('. ', start)),
		end + 40
	);
	if (nlp(sentence).match(run).has('(#Place|#Organization)')) return false;
	const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
	if (next && nlp(next).has('#Noun') && !nlp(next).has('#Verb')) return false;
	return tokens.every((t) => {
		if (placeNames.has(t) || orgNames.has(t) || demonymWords.has(t)) return false;
		const tag = lexicon[t.toLowerCase()];
		return tag === undefined || /Name$|^Person$/.test(tag);
	});
}

/** Words that end a ministry's name ("Minister of Health", "… Roads and Highways"). */
const portfolioWords = new Set(
	(
		'Affairs Agriculture Aviation Commerce Communications Culture Defence Defense Development ' +
		'Education Energy Environment Finance Fisheries Forests Health Highways Housing Industry ' +
		'Information Infrastructure Interior Labour Labor Mines Planning Power Railways Resources ' +
		'Science Security Shipping Sports Technology Telecommunications Tourism Trade Transport ' +
		'Welfare Works'
	).split(' ')
);
const compassWords = new Set(
	'North South East West Northern Southern Eastern Western Central Upper Lower'.split(' ')
);

/** Two or three capitalised words, the last maybe double-barrelled: "Ellen Johnson-Sirleaf". */
const fullName = new RegExp(String.raw`^(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}(?:${namePart})$`, 'u');

/** Every form of a name that may stand alone: the full name, the family name, the last word. */
function aliasesOf(tokens: readonly string[]): string[] {
	const forms = [tokens.join(' '), surnameOf(tokens), tokens[tokens.length - 1]!];
	// "el-Sisi" is also "Sisi".
	const bare = /^(?:al|el)-(\p{Lu}[\p{L}'’-]+)$/u.exec(tokens[tokens.length - 1]!)?.[1];
	if (bare) forms.push(bare);
	return [...new Set(forms.filter((f) => f.length > 1))];
}
