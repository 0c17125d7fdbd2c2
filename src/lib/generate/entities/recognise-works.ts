import {
	documentHeads,
	months,
	offenceHeads,
	programmeNouns,
	weekdays,
	workNouns
} from '../lang/en/gazetteer';
import { alternation, cap, nonNameWords } from './patterns';
import { articleLead, fixed, trimLead, type Recogniser } from './recogniser';
import type { Mention } from './types';

// Quotations, titles of works, clock times, documents and programmes: claimed before any name
// is looked for, so no half of them is read as one.
/** What a prize is awarded in or for: "the Nobel Prize in Physics", "the Oscar for Best Actress". */
const prizeFields = String.raw`Physics|Chemistry|Medicine|Physiology or Medicine|Literature|Peace|Economics|Economic Sciences|Fiction|Poetry|Journalism|Best\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?`;

/** Whether a mention is an offence someone is found guilty of, acquitted of or charged with. */
export const isOffence = (m: Mention | undefined): m is Mention => !!m?.key.startsWith(offenceKey);
const offenceKey = 'charge:';

/** One offence: "culpable homicide", "second-degree murder", "obstruction of justice". */
const offence = String.raw`(?:(?:first|second|third)[- ]degree\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:${offenceHeads.join('|')})(?:\s+of\s+(?:justice|a\s+minor|office|power))?(?![\p{L}-])`;

/** Whether a mention is the title of a work: a film, a book, a song the article names in quotes. */
export const isWork = (m: Mention | undefined): boolean => !!m?.key.startsWith(workKey);
const workKey = 'work:';

/** One word of a title: capitalised, a number, or a small word between them ("Men of Honor"). */
const titleWord = String.raw`(?:[\p{Lu}\d][\p{L}\d'’.!?&-]*|of|the|a|an|and|in|on|to|for|at|with|from|by|or|is|are|was|my|your|our|it|me|you)`;

export const workRecognisers: readonly Recogniser[] = [
	{
		// "the 1990 psychological thriller “Misery,”", "his role in “The Godfather”": a work named
		// in quotation marks after what it is, one name to ask whole with other works as options.
		name: 'title of a work',
		pattern: fixed(
			new RegExp(
				String.raw`\b(?:${workNouns.join('|')}|role in|roles in|starred in|starring in|appeared in|directed|wrote|released|titled|called|entitled)\s+([“"])(\p{Lu}[\p{L}\d'’.!?&-]*(?:\s+${titleWord}){0,7}?)([,.]?)([”"])`,
				'gu'
			)
		),
		read: (m, ctx) => {
			// "“Brian's Song.”": the sentence's full stop is inside the marks, not the title's.
			const title = m[2]!.replace(/[.,]$/, '');
			// A title ends on a word of its own, not on "the" or "of".
			if (/\s(?:of|the|a|an|and|in|on|to|for|at|with|from|by|or)$/.test(title)) return;
			const start = m.index + m[0].length - m[4]!.length - m[3]!.length - m[2]!.length;
			ctx.push({
				kind: 'document',
				start,
				end: start + title.length,
				key: `${workKey}${title.toLowerCase().replace(/[’']/g, "'")}`,
				display: title
			});
			ctx.claim(start - m[1]!.length, start + m[2]!.length + m[3]!.length + m[4]!.length);
		}
	},
	{
		// Quotations are claimed first: what people say is asked as a quote, not mined for entities.
		name: 'quotation',
		pattern: fixed(/“[^”]+”|"[^"]+"/gu),
		read: (m, ctx) => ctx.claim(m.index, m.index + m[0].length)
	},
	{
		// "published Monday in the journal Cancer", "in the journal Nature Medicine": the journal
		// a study appeared in, one name to ask whole.
		name: 'journal named',
		pattern: fixed(
			/\b(?<=[Jj]ournal\s+)(\p{Lu}[\p{L}-]*(?:\s+(?:of|and|&|for|in|the|\p{Lu}[\p{L}-]*)){0,6})/gu
		),
		read: (m, ctx) => {
			const name = m[1]!.replace(/(?:\s+(?:of|and|&|for|in|the))+$/, '');
			// "the journal Science on Thursday": a weekday or month after it is no part of its name.
			const words = name.split(/\s+/);
			const cut = words.findIndex((w) => weekdays.includes(w) || months.includes(w));
			const title = (cut >= 0 ? words.slice(0, cut) : words)
				.join(' ')
				.replace(/(?:\s+(?:of|and|&|for|in|the))+$/, '');
			if (!title) return;
			ctx.push({
				kind: 'document',
				start: m.index,
				end: m.index + title.length,
				key: `journal:${title.toLowerCase()}`,
				display: title
			});
		}
	},
	{
		// "Proceedings of the National Academy of Sciences" is a journal: no half of it is asked.
		name: 'journal title',
		pattern: fixed(
			/\b(?:Proceedings|Journal|Annals|Bulletin|Transactions|Archives) of (?:the )?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|for|on|the)\s+)*\p{Lu}[\p{L}-]*)*/gu
		),
		read: (m, ctx) => ctx.claim(m.index, m.index + m[0].length)
	},
	{
		// "touched down at 10:28 p.m.", "lifted off at 6:02 a.m. EDT": a time of day the article
		// gives to the minute is a fact of when, asked whole; its value is minutes after midnight.
		name: 'time of day',
		pattern: fixed(
			/(?<![\d:.])(\d{1,2}):(\d\d)\s*([ap])\.?m\.?(?:\s+(?:[ECMP][DS]T|GMT|UTC|BST))?(?![\p{L}\d])/giu
		),
		read: (m, ctx) => {
			const hours = Number(m[1]);
			const minutes = Number(m[2]);
			if (hours < 1 || hours > 12 || minutes > 59) return ctx.claim(m.index, m.index + m[0].length);
			const text = m[0];
			const value = (hours % 12) * 60 + minutes + (m[3]!.toLowerCase() === 'p' ? 720 : 0);
			const pushed = ctx.push({
				kind: 'quantity',
				start: m.index,
				end: m.index + text.length,
				key: `quantity:${text.toLowerCase()}`,
				display: text,
				amount: { value, prefix: '', suffix: text.slice(m[1]!.length), words: false, unit: 'clock' }
			});
			if (!pushed) ctx.claim(m.index, m.index + text.length);
		}
	},
	{
		// Clock times ("1:45 pm", "1433 AEST") and fractions ("2 1/2 minutes") are read whole or not
		// at all.
		name: 'clock time or fraction',
		pattern: fixed(
			/\b\d{1,2}:\d\d\s*(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2,4}T)?(?![\p{L}\d])|\b\d{1,2}\.\d\d\s*(?:[ap]\.?m\.?)(?![\p{L}\d])|\b\d{3,4}\s*(?:GMT|UTC|BST|EST|EDT|CST|CDT|PST|PDT|AEST|AEDT|ACST|AWST|NZST|NZDT|IST|CET|CEST|WIB|SAST|EAT|WAT|hours|hrs)\b|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m)(?![\p{L}])|\b\d+\s+\d\/\d+\s+\p{L}+|\b\d+\/\d+\b/gu
		),
		read: (m, ctx) => ctx.claim(m.index, m.index + m[0].length)
	},
	{
		// "one hour, 59 minutes and 40.2 seconds", "2 hours 1 minute 39 seconds": one time, read
		// whole or not at all; no part of it is a fact of its own.
		name: 'time in parts',
		pattern: fixed(
			/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:hours?|hrs?|minutes?|mins?),?\s+(?:and\s+)?(?:[\d.]+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:minutes?|mins?|seconds?|secs?)(?:,?\s+(?:and\s+)?[\d.]+\s+(?:seconds?|secs?))?\b/giu
		),
		read: (m, ctx) => ctx.claim(m.index, m.index + m[0].length)
	},
	{
		// "8 years, 4 months to 25 years", "two years and six months": one span in two parts,
		// never half of it.
		name: 'span in parts',
		pattern: fixed(
			/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:years?|months?|weeks?),?\s+(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:months?|weeks?|days?)\b/giu
		),
		read: (m, ctx) => ctx.claim(m.index, m.index + m[0].length)
	},
	{
		name: 'article of a treaty',
		pattern: fixed(
			new RegExp(
				`(?:Article|Section|Chapter|Clause)\\s+\\d+[A-Za-z]?\\s+of\\s+the\\s+(?:${cap}\\s+)*(?:${alternation(documentHeads)})\\b`,
				'gu'
			)
		),
		read: (m, ctx) =>
			void ctx.push({
				kind: 'document',
				start: m.index,
				end: m.index + m[0].length,
				key: `document:${m[0].toLowerCase()}`,
				display: m[0]
			})
	},
	{
		// A statute's year belongs to its name: "the Working Time Regulations 1998".
		name: 'named document',
		pattern: fixed(
			new RegExp(
				`(?:${cap}\\s+){1,5}(?:${alternation(documentHeads)})\\b(?:\\s+(?:19|20)\\d\\d\\b)?`,
				'gu'
			)
		),
		read: (m, ctx) => {
			let [t, start] = trimLead(m[0], m.index, articleLead);
			if (t.split(/\s+/).length < 2) return;
			[t, start] = trimLead(t, start, /^[\p{L}.-]+[’']s\s+/u);
			if (t.split(/\s+/).length < 2) return;
			ctx.push({
				kind: 'document',
				start,
				end: start + t.length,
				key: `document:${t.toLowerCase()}`,
				display: t
			});
		}
	},
	{
		// Prizes and contests: "the Nobel Prize for Literature", "the Australian Open", "the World
		// Cup", "the Presidential Medal of Freedom", "the International Tennis Hall of Fame Open":
		// one named thing, asked whole, never in halves.
		name: 'prize or contest',
		pattern: fixed(
			new RegExp(
				`(?:(?:${cap}\\s+){1,4}Hall\\s+of\\s+Fame\\s+|(?:${cap}\\s+(?:&\\s+)?){1,4})(?:Prizes?|Awards?|Medal|Trophy|Cup|Open|Championships?|Games|Olympics|Grand\\s+Prix|Marathon|Festival|Biennale|Bowl|Series|Masters)(?![\\p{L}\\p{N}-])(?:\\s+(?:in|for)\\s+(?:${prizeFields})\\b|\\s+of\\s+(?!the\\b)${cap})?`,
				'gu'
			)
		),
		read: (m, ctx) => {
			// "The Australian Open" at a sentence's start, "In the World Cup": not the name's words.
			const [t, start] = trimLead(
				m[0],
				m.index,
				/^(?:(?:The|A|An|In|At|On|For|By|From|With|And|But)\s+)+/
			);
			if (t.split(/\s+/).length < 2 || nonNameWords.has(t.split(/\s+/)[0]!)) return;
			ctx.push({
				kind: 'event',
				start,
				end: start + t.length,
				key: `event:${t.toLowerCase()}`,
				display: t
			});
		}
	},
	{
		// What someone is found guilty of, acquitted or cleared of, charged with: "acquitted
		// Clinton of perjury and obstruction of justice", "guilty of culpable homicide". A list
		// of offences is one answer.
		name: 'offence',
		pattern: fixed(
			new RegExp(
				String.raw`(?<=\b(?:guilty|acquitted|acquit|acquits|convicted|convict|cleared|clears|clear|accused|charged|indicted|suspected)\s+(?:[\p{L}'’.]+\s+){0,4}?(?:of|with)\s+)${offence}(?:(?:,\s+|,?\s+and\s+)${offence})*`,
				'gu'
			)
		),
		read: (m, ctx) => {
			const t = m[0];
			// "guilty of conspiracy, obstruction of justice, and making false statements": a list
			// that goes on past what is read would be asked in part.
			// "… of premeditated murder and the lesser charge of murder" names its own charge.
			const rest = ctx.text.slice(m.index + t.length);
			if (
				/^,?\s+(?:and|or)\s/.test(rest) &&
				!/^\s+and\s+the\s+(?:\p{Ll}+\s+)?charges?\b/u.test(rest)
			)
				return;
			ctx.push({
				kind: 'thing',
				start: m.index,
				end: m.index + t.length,
				key: `${offenceKey}${t.toLowerCase()}`,
				display: t
			});
		}
	},
	{
		// Missions and programmes: "the Artemis manned lunar mission".
		name: 'programme',
		pattern: fixed(
			new RegExp(
				`\\bthe\\s+(\\p{Lu}[\\p{L}\\p{N}-]+)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${programmeNouns.join('|')})\\b`,
				'gu'
			)
		),
		read: (m, ctx) => {
			const name = m[1]!;
			if (nonNameWords.has(name)) return;
			const start = m.index + m[0].indexOf(name, 4);
			ctx.push({
				kind: 'event',
				start,
				end: start + name.length,
				key: `event:${name.toLowerCase()}`,
				display: name
			});
		}
	}
];
