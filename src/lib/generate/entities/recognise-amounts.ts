import { anchor } from '../dates';
import { weekdays } from '../lang/en/gazetteer';
import { labelWords, ordinals, smallNumbers } from '../lang/en/words';
import { has } from '../parse';
import {
	hedgeAlternation,
	monthAbbr,
	monthNames,
	numberAlternation,
	currencyCodes,
	currencySign,
	digitNumber,
	timeUnit,
	unitWords
} from './patterns';
import { fixed, type Context, type Recogniser } from './recogniser';
import type { Amount } from './types';

// Dates, durations and amounts: what is left once names have claimed their spans.

function amountOf(num: string, prefix: string, suffix: string, unit?: string): Amount | undefined {
	const value = parseAmount(num);
	if (value === undefined) return undefined;
	return { value, prefix, suffix, words: !/\d/.test(num), ...(unit ? { unit } : {}) };
}

/** Words near a tally that make it a score or a vote: "beat Brazil 7-1", "voted 397-202". */
const contestBefore =
	/\b(?:won|win|wins|winning|beat|beats|beaten|defeated|defeat|lost|lose|loses|losing|drew|draw|voted|vote|votes|scored|score|margin|deadlocked|split|thrashed|thrashing|routed|edged|trounced|final|victory|verdict|majority|at|by)\b[^.;:]{0,40}$/i;
const contestAfter =
	/^\s+(?:victory|win|defeat|loss|vote|margin|decision|majority|verdict|in favou?r|scoreline)\b/i;

/** The year closing a range of days after a day with none: "… and May 29, 2001" ("an" for a typo). */
const rangeEndYear = new RegExp(
	`^\\s*(?:and|an|to|through|until|-|–)\\s+(?:(?:${monthNames}|${monthAbbr})\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${monthNames})),?\\s+(\\d{4})\\b`,
	'u'
);

/** "seventh" → 7, "23rd" → 23; undefined for anything else. */
export function ordinalValue(word: string): number | undefined {
	const digits = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(word);
	if (digits) return Number(digits[1]);
	const i = ordinals.indexOf(word.toLowerCase());
	return i >= 0 ? i + 1 : undefined;
}

/** Units written straight after their number: "11.6mm", "1,420kg", "160km/h", "3.5GHz". */
const gluedUnits =
	'mm|cm|km|m|kg|mg|g|mph|km/h|kph|kmh|ft|mi|ml|kW|MW|GW|kWh|MWh|GWh|GHz|MHz|Hz|GB|MB|TB|mAh|°C|°F';

export const amountRecognisers: readonly Recogniser[] = [
	{
		// "her seventh Australian Open title", "the second known adult", "the fourth-largest
		// bankruptcy", "its 23rd grand slam": a rank that carries the news, asked with its
		// neighbours. Not "first" or "last" (a first is as often idiom as count: "first lady",
		// "for the first time"), not "the 23rd of May", not "second-hand", not a ranked name, not
		// "the 20th century" (a date, whose neighbours may lie ahead of the article).
		name: 'ordinal',
		pattern: fixed(
			new RegExp(
				String.raw`(?<=\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|an? (?:unprecedented|record|record-breaking|historic))\s+)(${ordinals.slice(1).join('|')}|(?!1st)\d{1,3}(?:st|nd|rd|th))(-(?:largest|biggest|highest|lowest|worst|best|busiest|deadliest|richest|oldest|most\s+\p{L}+))?(?=\s+(?!of\b|or\b|and\b|to\b|half\b|quarter\b|hand\b|century\b|centuries\b|millennium\b|in\s+(?:a\s+)?(?:row|line)\b)[\p{L}])`,
				'gu'
			)
		),
		read: (m, ctx) => {
			const value = ordinalValue(m[1]!);
			if (value === undefined || value < 2) return;
			// "the 9th U.S. Circuit Court of Appeals", "the 101st Airborne": a number in a name.
			if (/\d/.test(m[1]!) && /^\s+\p{Lu}/u.test(ctx.text.slice(m.index + m[0].length))) return;
			ctx.push({
				kind: 'quantity',
				start: m.index,
				end: m.index + m[0].length,
				key: `quantity:${m[0].toLowerCase()}`,
				display: m[0],
				amount: {
					value,
					prefix: '',
					suffix: m[2] ?? '',
					words: !/\d/.test(m[1]!),
					unit: 'ordinal'
				}
			});
		}
	},
	{
		// "thrashed Brazil 7-1", "voted 397-202", "deadlocked at 10-2": a score or a tally, asked
		// whole; its wrong options change the first number and keep who led.
		name: 'score or tally',
		pattern: fixed(
			/(?<![\p{L}\p{N}.,$€£¥-])(\d{1,3})([-–])(\d{1,3})(?![\p{L}\p{N}%]|[-–]\d|\.\d)/gu
		),
		read: (m, ctx) => {
			const before = ctx.text.slice(Math.max(0, m.index - 60), m.index);
			const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
			// "6-4 7-5 6-4": set scores in a row are one result, not three facts.
			if (/\d[-–]\d+\s+$/.test(before) || /^\s+\d+[-–]\d/.test(after)) return;
			// "aged 25-30", "pages 10-15", "10-15 years": a range, not a result.
			if (/\b(?:aged|ages|between|from|pages?|chapters?|verses?|rooms?)\s+$/i.test(before)) return;
			if (
				/^\s*(?:-\s*)?(?:years?|months?|weeks?|days?|hours?|minutes?|percent|per cent|people|points|metres|meters|miles|km|kilometres|feet)\b/i.test(
					after
				)
			)
				return;
			if (!contestBefore.test(before) && !contestAfter.test(after)) return;
			// A vote or a jury splits a fixed number of people; a score has no total.
			// "… by a 55-45 vote": the word may follow the tally too.
			const vote =
				/\b(?:vot|jur|deadlock|split|ruled|majority|verdict)\w*\b[^.;:]{0,40}$/i.test(before) ||
				/^\s+(?:vote|votes|verdict|majority)\b/i.test(after) ||
				// "the Senate approved the measure by 56-43": a body's decision split its members.
				/\b(?:approv|pass|adopt|reject|confirm|endors|overr|back)\w*\b[^.;:]{0,40}\bby\s+(?:an?\s+)?$/i.test(
					before
				);
			const amount = amountOf(m[1]!, '', `${m[2]}${m[3]}`, vote ? 'vote' : 'tally');
			if (!amount) return;
			ctx.push({
				kind: 'quantity',
				start: m.index,
				end: m.index + m[0].length,
				key: `quantity:${m[0]}`,
				display: m[0],
				amount
			});
		}
	},
	{
		name: 'day of a month',
		pattern: fixed(
			new RegExp(
				`\\b(?:(?:${monthNames}|${monthAbbr})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${monthNames})(?:\\s+\\d{4})?)(?![\\p{L}\\p{N}])`,
				'gu'
			)
		),
		read: (m, ctx) => {
			// "every March 1", "each May 5": a yearly date, not one day to anchor.
			const yearly = /\b(?:every|each)\s+$/i.test(ctx.text.slice(0, m.index));
			// "between April 26 and May 29, 2001": the range's year is the first day's too.
			const rangeYear = /\d{4}$/.test(m[0])
				? undefined
				: rangeEndYear.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40));
			const day = m[0].replace(/(\d)(?:st|nd|rd|th)/, '$1').replace(/\sof\s/, ' ');
			const anchored = yearly
				? undefined
				: anchor(
						rangeYear ? `${day}, ${rangeYear[1]}` : day,
						ctx.options.published,
						ctx.tenseAt(m.index)
					);
			ctx.push({
				kind: 'date',
				start: m.index,
				end: m.index + m[0].length,
				key: `date:${anchored?.iso ?? m[0]}`,
				display: m[0],
				...(anchored ? { anchored } : {})
			});
		}
	},
	{
		name: 'relative year',
		pattern: fixed(
			/\b(?:the\s+(?:start|beginning|middle|end)\s+of\s+)?(?:last|next|this)\s+year\b/giu
		),
		read: (m, ctx) => {
			const anchored = anchor(m[0], ctx.options.published, ctx.tenseAt(m.index));
			ctx.push({
				kind: 'date',
				start: m.index,
				end: m.index + m[0].length,
				key: `date:${m[0].toLowerCase()}`,
				display: m[0],
				...(anchored ? { anchored } : {})
			});
		}
	},
	{
		name: 'weekday',
		pattern: fixed(new RegExp(`\\b(?:(?:last|next|this)\\s+)?(${weekdays.join('|')})\\b`, 'gu')),
		read: (m, ctx) => {
			const anchored = anchor(m[0], ctx.options.published, ctx.tenseAt(m.index));
			ctx.push({
				kind: 'weekday',
				start: m.index,
				end: m.index + m[0].length,
				key: `weekday:${m[1]!.toLowerCase()}`,
				display: m[0],
				...(anchored ? { anchored } : {})
			});
		}
	},
	{
		name: 'month',
		pattern: fixed(
			new RegExp(
				`\\b(?:in|since|until|by|from|during|of|last|next|this|early|late|mid-)\\s*(${monthNames})(?:\\s+(\\d{4}))?\\b`,
				'gu'
			)
		),
		read: (m, ctx) => {
			const start = m.index + m[0].indexOf(m[1]!);
			const t = ctx.text.slice(start, m.index + m[0].length);
			// "every month from May to October" is a season, not one dated May: no year to anchor it to.
			const recurring =
				!m[2] &&
				/^from\b/i.test(m[0]) &&
				new RegExp(`^\\s+(?:to|until|through)\\s+(?:${monthNames})\\b(?!\\s+\\d{4})`).test(
					ctx.text.slice(m.index + m[0].length)
				);
			const anchored = recurring
				? undefined
				: anchor(m[2] ? `${m[1]} 1, ${m[2]}` : m[1]!, ctx.options.published, ctx.tenseAt(m.index));
			const month =
				m[2] && anchored ? { iso: anchored.iso.slice(0, 7), label: `${m[1]} ${m[2]}` } : anchored;
			ctx.push({
				kind: 'month',
				start,
				end: start + t.length,
				key: `month:${t.toLowerCase()}`,
				display: t,
				...(month ? { anchored: month } : {})
			});
		}
	},
	{
		// "in 1999", "since 2004"; "in 1485, ending the Wars of the Roses" but not "in 1500 homes".
		name: 'year',
		pattern: fixed(
			/\b(?:in|since|until|by|before|after|of|from|to)\s+((?:1[89]|20)\d\d|1[0-7]\d\d(?=[.,;:)]|\s+(?:and|to|at|in|on|when|after|before|during|by|for|with|\p{Lu})\b|\s*$))\b(?![-–%])/gu
		),
		read: (m, ctx) => {
			const start = m.index + m[0].length - 4;
			pushYear(ctx, start, m[1]!);
		}
	},
	{
		// "between 2003 and 2008": both ends of a span of years; not "between 1900 and 2000 units".
		name: 'years between',
		pattern: fixed(
			/\b[Bb]etween\s+((?:1[89]|20)\d\d)\s+and\s+((?:1[89]|20)\d\d)\b(?![-–%]|\s+\p{Ll}+s\b)/gu
		),
		read: (m, ctx) => {
			pushYear(ctx, m.index + m[0].indexOf(m[1]!), m[1]!);
			pushYear(ctx, m.index + m[0].length - 4, m[2]!);
		}
	},
	{
		// "the 1990 psychological thriller", "Coppola's 1972 film", "a 2019 study": a year
		// before what it dates. Not "the 1500 homes", "the 2000 people": a count before a plural.
		name: 'year before a noun',
		pattern: fixed(
			/(?:\b(?:the|a|an|his|her|its|their|our|this|that)|['’]s)\s+((?:19|20)\d\d)\s+(?=(\p{Ll}[\p{Ll}-]*))(?!(?:people|men|women|children|police|staff|cattle|personnel|folk)\b)/gu
		),
		read: (m, ctx) => {
			const next = m[2]!;
			if (
				/s$/.test(next) &&
				!/(?:ss|series|crisis|elections|games|olympics|midterms|playoffs|finals)$/.test(next)
			)
				return;
			const start = m.index + m[0].length - 5;
			pushYear(ctx, start, m[1]!);
		}
	},
	{
		// "about two hours", "a 15-minute tete-a-tete", "three years", "a 12-year-old girl".
		name: 'duration or age',
		pattern: fixed(
			new RegExp(
				`\\b(?:(${hedgeAlternation})\\s+)?(${numberAlternation})(-|\\s+)(${timeUnit})(-old)?\\b`,
				'giu'
			)
		),
		read: (m, ctx) => {
			if (someDay(ctx.text, m.index, m[2]!, m[4]!)) return;
			const prefix = m[1] ? `${m[1]} ` : '';
			const amount = amountOf(m[2]!, prefix, `${m[3]}${m[4]}${m[5] ?? ''}`, m[4]!.toLowerCase());
			if (!amount) return;
			ctx.push({
				kind: m[5] ? 'quantity' : 'duration',
				start: m.index,
				end: m.index + m[0].length,
				key: `${m[5] ? 'quantity' : 'duration'}:${m[0].toLowerCase()}`,
				display: m[0],
				amount
			});
		}
	},
	{
		// "a magnitude 6.3 quake", "the 7.1-magnitude earthquake": the scale goes with the number.
		name: 'magnitude',
		pattern: fixed(/\b[Mm]agnitude[\s-]+(\d(?:\.\d)?)(?![\d.])|\b(\d(?:\.\d)?)[\s-]+magnitude\b/gu),
		read: (m, ctx) => {
			const num = m[1] ?? m[2]!;
			const before = m[1] !== undefined;
			const at = m.index + m[0].indexOf(num);
			const amount = amountOf(
				num,
				before ? m[0].slice(0, at - m.index) : '',
				before ? '' : m[0].slice(at - m.index + num.length),
				'magnitude'
			);
			if (!amount) return;
			ctx.push({
				kind: 'quantity',
				start: m.index,
				end: m.index + m[0].length,
				key: `quantity:magnitude ${num}`,
				display: m[0],
				amount
			});
		}
	},
	{
		// "11.6mm", "70m", "1,420kg", "120km/h": a measure written with its unit glued on. "5m" after
		// a currency sign is money, read by the next recogniser.
		name: 'measure with its unit glued on',
		pattern: fixed(
			new RegExp(
				`(?<![\\p{L}\\p{N}$€£¥.,]|\\d[.,])(?:(${hedgeAlternation})\\s+)?(\\d(?:[\\d,.]*\\d)?)(${gluedUnits})(?![\\p{L}\\p{N}/²³])`,
				'gu'
			)
		),
		read: (m, ctx) => {
			const [all, approx, num, unit] = m;
			const prefix = approx ? `${approx} ` : '';
			const amount = amountOf(num!, prefix, unit!, unit!);
			if (!amount) return;
			ctx.push({
				kind: 'quantity',
				start: m.index,
				end: m.index + all.length,
				key: `quantity:${all.toLowerCase()}`,
				display: all,
				amount
			});
		}
	},
	{
		// "$4.5 billion", "$1bn", "3.2 percent", "42,000 fans", "7.1 magnitude", "three goals".
		name: 'amount',
		pattern: fixed(
			new RegExp(
				// "$US1.002 trillion": no number starts inside another ("002 trillion").
				`(?<![\\p{L}\\p{N}]|\\d[.,])(?:(${hedgeAlternation})\\s+)?(${currencySign})?((?<=[$€£¥₹₦₵R]|Rs\\.?\\s?|${currencyCodes})(?:${digitNumber})|${numberAlternation})(\\s+(?:hundred|thousand|million|billion|trillion)|(?:bn|mn|m|tn|trillion|billion|million)(?![\\p{L}\\p{N}]))?(\\s*%|\\s+(?:percentage points?|percent|per cent)|[\\s-]+[\\p{Ll}]+(?![\\p{L}])(?:\\s+(?:yen|dollars|euros|pounds))?)?`,
				'gu'
			)
		),
		read: (m, ctx) => {
			const [all, approx, currency, num, scale, tail] = m;
			if (!num || (!currency && !tail && !scale)) return;
			// "£10,422,60": digits grouped wrongly, a typo no reader can be sure of.
			if (/,.*,/.test(num) && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(num)) return;
			// "$1bn", "£534m", "$1trillion": a scale glued to its number only after a currency ("5m"
			// alone is a length).
			if (scale && !/^\s/.test(scale) && !currency) return;
			if (!/\d/.test(num) && !currency && !tail) return;
			if (someDay(ctx.text, m.index, num, (tail ?? '').trim())) return;
			// "a 1-0 victory", "won 30-14": a score is two numbers read together, never one alone.
			const at = m.index + all.indexOf(num);
			if (
				/\d\s*[-–]\s*$/.test(ctx.text.slice(Math.max(0, at - 3), at)) ||
				/^\s*[-–]\s*\d/.test(ctx.text.slice(at + num.length, at + num.length + 3))
			)
				return;
			// A year, a date or a clock time is not an amount.
			if (/^(?:1[89]|20)\d\d$/.test(num) && !currency && !scale && !/%|percent/.test(tail ?? ''))
				return;
			// "The iPad 2 features …": a number after a name is part of the name.
			if (!currency && !approx && namesBefore(ctx.text, m.index)) return;
			// "the phase 1 trials", "a Category 4 storm": the number names the phase, counts nothing.
			if (!currency && !approx && labelled(ctx.text, m.index)) return;
			let unitWord = (tail ?? '').replace(/^[\s-]+/, '').trim();
			let shown = all;
			if (unitWord && !/^(%|percent|per cent|percentage)/.test(unitWord)) {
				if (!isUnit(unitWord, m.index + all.length - unitWord.length, ctx, parseAmount(num))) {
					// "$4.5 billion was paid": the number stands alone when a currency or scale gives its unit.
					if (!currency && !scale) return;
					shown = all.slice(0, all.length - (tail?.length ?? 0));
					unitWord = '';
				}
			}
			// "two side boosters": the counted thing is the whole noun compound.
			if (unitWord && !/^(?:%|percent|per cent|percentage)/.test(unitWord) && ctx.options.tokens) {
				let end = m.index + shown.length;
				for (const t of ctx.options.tokens) {
					if (t.start < end) continue;
					const nounLike =
						has(t, 'Noun') ||
						(/^\p{Ll}{3,}s$/u.test(t.text) &&
							!has(t, 'Copula') &&
							!has(t, 'Auxiliary') &&
							!has(t, 'Determiner') &&
							!has(t, 'Preposition'));
					// "15 member states voting in favour": a participle after the noun is no part of it.
					if (
						t.start > end + 1 ||
						!nounLike ||
						has(t, 'Pronoun') ||
						/^(?:its|his|hers|ours|yours|theirs|this|these|those|was|is|has|does)$/.test(
							t.normal
						) ||
						notUnits.test(t.normal) ||
						(end > m.index + shown.length && /ing$/.test(t.normal))
					)
						break;
					if (!/^\s*$/.test(ctx.text.slice(end, t.start))) break;
					// "eight coaches looks like …": after a plural the noun compound has ended.
					const last = ctx.options.tokens.find((x) => x.end === end);
					if (last && has(last, 'Plural') && !/ss$/.test(last.normal)) break;
					end = t.end;
					if (t.post.trim()) break;
				}
				if (end > m.index + shown.length) {
					const extra = ctx.text.slice(m.index + shown.length, end);
					shown += extra;
					unitWord += extra;
				}
			}
			// "103 km per hour", "$15 per hour": the rate is the unit's own.
			if (unitWord && !/^(?:%|percent|per cent|percentage)/.test(unitWord)) {
				const rate =
					/^\s+per\s+(?:hour|minute|second|day|week|month|year|head|person|capita)\b/.exec(
						ctx.text.slice(m.index + shown.length)
					);
				if (rate) {
					shown += rate[0];
					unitWord += rate[0];
				}
			}
			const prefix = `${approx ? `${approx} ` : ''}${currency ?? ''}`;
			const numEnd = all.indexOf(num, prefix.length) + num.length;
			const amount = amountOf(
				num,
				prefix,
				shown.slice(numEnd),
				unitWord ? unitWord.replace(/^%$/, 'percent').toLowerCase() : undefined
			);
			if (!amount) return;
			ctx.push({
				kind: 'quantity',
				start: m.index,
				end: m.index + shown.length,
				key: `quantity:${shown.toLowerCase()}`,
				display: shown,
				amount
			});
		}
	},
	{
		// "climbed past 75", "55 of the 75": a number standing alone, not a year, a time or a fraction.
		name: 'bare number',
		pattern: fixed(
			/(?<![\p{L}\p{N}.,:/$€£¥-])(?:(about|around|nearly|almost|some|roughly|at least|more than|over|only)\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\p{L}\p{N}:/%-]|[.,]\d)/gu
		),
		read: (m, ctx) => {
			const num = m[2]!;
			if (/^(?:1[89]|20)\d\d$/.test(num)) return;
			// "report them to 911", "dial 999": an emergency line's number counts nothing.
			if (
				!m[1] &&
				/^(?:911|999)$/.test(num) &&
				/\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|ring|phoned|to)\s+$/i.test(
					ctx.text.slice(0, m.index)
				) &&
				!/\bfrom\s+\S+\s+to\s+$/i.test(ctx.text.slice(0, m.index))
			)
				return;
			// "a 114 notice", "Route 66": a number naming something, not counting it.
			if (
				/\b(?:an?|[Rr]oute|[Nn]o\.|[Nn]umber|[Cc]ount|[Aa]rticle|[Ss]ection|[Rr]oom|[Pp]latform|[Gg]ate)\s+$/.test(
					ctx.text.slice(0, m.index)
				)
			)
				return;
			// "on April 21 and 22": the second day of a date, no count.
			if (
				new RegExp(
					`\\b(?:${monthNames}|${monthAbbr})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|or|to|through|-|–)\\s*$`,
					'u'
				).test(ctx.text.slice(Math.max(0, m.index - 30), m.index))
			)
				return;
			// "the iPad 2", "Windows 7", "Apollo 11": a number after a name is part of the name.
			if (!m[1] && (namesBefore(ctx.text, m.index) || labelled(ctx.text, m.index))) return;
			const amount = amountOf(num, m[1] ? `${m[1]} ` : '', '');
			if (!amount) return;
			ctx.push({
				kind: 'quantity',
				start: m.index,
				end: m.index + m[0].length,
				key: `quantity:${m[0].toLowerCase()}`,
				display: m[0],
				amount
			});
		}
	}
];

/** "scientists will one day be able to …": "one day" after a modal means some day, not a day. */
function someDay(text: string, at: number, num: string, unit: string): boolean {
	return (
		/^one$/i.test(num) &&
		/^days?$/i.test(unit) &&
		/\b(?:will|would|could|might|may|can|should|to)\s+$/i.test(text.slice(Math.max(0, at - 12), at))
	);
}

const labelBefore = new RegExp(`\\b(?:${labelWords.join('|')})[\\s-]+$`, 'i');

/** Whether a word that labels ("phase", "Category") stands right before `at`. */
function labelled(text: string, at: number): boolean {
	return labelBefore.test(text.slice(Math.max(0, at - 12), at));
}

/** Whether a name ("iPad", "Windows" inside a sentence) stands right before `at`. */
function namesBefore(text: string, at: number): boolean {
	return /(?:\p{Ll}+\p{Lu}[\p{L}]*|(?<=[\p{Ll},;’'"“]\s+|\p{Lu}[\p{L}.]*\s+)\p{Lu}[\p{L}]*)\s+$/u.test(
		text.slice(Math.max(0, at - 40), at)
	);
}

const notUnits =
	/^(?:of|and|or|to|in|on|at|the|a|an|by|for|with|from|as|was|were|is|are|will|have|has|had|percent|who|which|that|times|per|more|less|than|times|its|his|her|their|our|your|my|this|these|those)$/;

/** Whether the word after a number names what is counted: a noun ("fans", "magnitude"), not "of". */
function isUnit(word: string, at: number, ctx: Context, value?: number): boolean {
	if (notUnits.test(word)) return false;
	// "a 114 notice", "Route 66 bus": a number before a singular noun is a label, not a count.
	const tokens = ctx.options.tokens ?? [];
	const index = tokens.findIndex((t) => t.start <= at && t.end > at);
	const token = tokens[index];
	// …unless a plural noun follows it: "two side boosters" counts boosters.
	const compound = has(tokens[index + 1], 'Plural') && !token?.post.trim();
	if (
		value !== undefined &&
		value > 1 &&
		token &&
		has(token, 'Singular') &&
		!unitWords.has(word) &&
		!compound
	)
		return false;
	if (/(?:yen|dollars|euros|pounds)$/.test(word) || unitWords.has(word)) return true;
	// "two-thirds of the world's polar bears": a fraction counts the thing after "of".
	if (/^(?:halves|thirds|quarters|fifths|sixths|eighths|tenths)$/.test(word) && value !== undefined)
		return true;
	if (token) return has(token, 'Noun') && !has(token, 'Pronoun');
	// Without a parse: a plural-looking word.
	return /^\p{Ll}{3,}s$/u.test(word) && !/(?:ss|us|is)$/.test(word);
}

export function parseAmount(text: string): number | undefined {
	const w = smallNumbers.indexOf(text.toLowerCase());
	if (w >= 0) return w;
	// "71,4%": a comma before one or two digits is a decimal comma; "307 804" groups thousands.
	const plain = /^\d+,\d{1,2}$/.test(text)
		? text.replace(',', '.')
		: text.replace(/[,\s\u00a0\u202f]/g, '');
	const n = Number(plain);
	return Number.isFinite(n) ? n : undefined;
}

/** A year the text names at `start`, as a date of its own. */
function pushYear(ctx: Context, start: number, year: string): void {
	ctx.push({
		kind: 'date',
		start,
		end: start + 4,
		key: `date:${year}`,
		display: year,
		anchored: { iso: year, label: year }
	});
}
