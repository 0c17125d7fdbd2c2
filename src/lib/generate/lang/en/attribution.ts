import { sayVerbs, tagVerbs } from './words';

// How English says who said something ("…, officials said."), and the pronouns a sentence opens with.

/** Who was told, after "told": "reporters", "the press", "The Associated Press", "Reuters". */
const toldWhom = String.raw`(?:reporters|journalists|the media|the press|(?:a|the)\s+(?:news\s+|press\s+)?(?:conference|briefing)|lawmakers|parliament|supporters|(?:the\s+)?\p{Lu}[\p{L}’']+(?:\s+\p{Lu}[\p{L}’']+){0,3})`;
/** When a trailing tag was said, and the sentence's end: "…, officials said on Monday." */
const tagWhen = String.raw`(?:\s+(?:on|in|at|late|early|last)\s+[\p{L}\d ]{1,30})?\.$`;
/**
 * Verbs that never put their speaker after them in "…, said Prime Minister John Key.": who is
 * told is not who speaks, and what is confirmed, reported or announced follows the verb.
 */
const notInvertedTagVerbs = new Set([
	'told',
	'wrote',
	'confirmed',
	'reported',
	'announced',
	'declared'
]);
const invertedTagVerbs = tagVerbs.filter((v) => !notInvertedTagVerbs.has(v));

export const quoteTag = new RegExp(
	String.raw`^[“"](.+?)[,.!?]?[”"],?\s+(?:(.+?)\s+(${tagVerbs.join('|')})(?:(?<=told)\s+${toldWhom})?|(${tagVerbs.join('|')})\s+(.+?))(?:,\s+(?:who|the|a|an|adding|referring|speaking|noting|pointing|explaining|citing|saying)\b.*?)?(?:\s+(?:on|in|at|after|before|during)\s+[^,]{1,40})?\.$`,
	'u'
);
export const quoteLead = new RegExp(
	String.raw`^(.+?)\s+(?:${sayVerbs.join('|')})(?:\s+\w+){0,3}:\s+[“"](.+)[”"]$`,
	'u'
);
// "…, officials said.", "…, Manish Kumar, an official with the state, told reporters."
export const trailingTag = new RegExp(
	String.raw`^(.{20,}?),\s+(?!(?:before|after|when|while|as|until|since|because|if|once|and|but|or|though|although)\s)(?![^,]*\b(?:was|were|is|are|had|have|has|been)\s+\S+$)((?:(?:the|a|an)\s+)?[\p{L}.’'\- ]{2,60}?)\s+(?:${tagVerbs.join('|')})(?:\s+${toldWhom})?${tagWhen}`,
	'u'
);
// "…, Manish Kumar, an official with the state of Bihar, told reporters.": the name speaks.
export const trailingTagApposed = new RegExp(
	String.raw`^(.{20,}?),\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+(?:(?:the|a|an)\s+[^,“”"]{3,100}|(?:chairman|chairwoman|chair|head|director|spokesman|spokeswoman|spokesperson|president|secretary|minister|governor|mayor|chief|commissioner|manager|leader|founder|professor|editor)\s+(?:of|at|for)\s+[^,“”"]{3,100}),\s+(?:${tagVerbs.join('|')})(?:\s+${toldWhom})?${tagWhen}`,
	'u'
);
// "…, said Prime Minister John Key.": never "told" (who is told is not who speaks), nor
// "confirmed" or "reported" ("…, confirmed the find": what is confirmed follows them), and the
// speaker is a name or a noun phrase, not a clause ("said most injuries were reported …").
export const trailingTagInverted = new RegExp(
	String.raw`^(.{20,}?),\s+(?:${invertedTagVerbs.join('|')})\s+((?:(?:the|a|an)\s+)?(?![^.]*\b(?:was|were|is|are|had|have|has|will|would|could)\b)[\p{L}.’'\- ]{2,60}?)\.$`,
	'u'
);
// "The death toll could reach 30, said D.J. Kulkarni, Bombay’s chief fire officer.": the name
// after the verb speaks; who they are follows it.
export const trailingTagInvertedApposed = new RegExp(
	String.raw`^(.{20,}?),\s+(?:${invertedTagVerbs.join('|')})\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+(?:(?:the|a|an|his|her|their)\s+|\p{Lu}[\p{L}.'’-]*[’']s\s+)[^“”"]{3,120}\.$`,
	'u'
);
// "D.K. Pathak, a railroad official who was on the train, said most injuries were …", "Ruth
// Menon, who chairs the campaign, said …".
export const leadingTagWithApposition =
	/^(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|chief|minister|spokesman|spokeswoman|leader|head|secretary|official)){0,6}),\s+(?:a|an|the|who)\s+[^,“”"]{3,120},\s+(?:said|says|told reporters|added|explained|warned)\s+(?:that\s+)?([^“”"]{15,})$/u;
export const according = /^(.{20,}?),\s+according to\s+([^,]{2,60})\.$/u;
export const accordingLead = /^According to\s+([^,]{2,60}),\s+(.+)$/u;

export const pronounSubject =
	/^(He|She|They|It)\s+(?!is\s+(?:expected|likely|unclear|possible|thought|believed|not)\b)/;
export const possessiveLead = /^(His|Her|Their|Its)\s+/;

/**
 * Quotations that run over several sentences: `Jobs said: “Today we're introducing three
 * products. … The second is a revolutionary mobile phone. … Today Apple is going to reinvent the
 * phone,” Jobs exclaimed.` Every sentence of the run is the speaker's words. Returns, by
 * sentence index, who is named as saying them (from the run's opening "X said:" or its closing
 * tag) and the words of that sentence that are quoted.
 */
export function quotedRuns(
	sentences: readonly { index: number; text: string }[]
): Map<number, { speaker: string; words: string }> {
	const out = new Map<number, { speaker: string; words: string }>();
	let run: { from: number; lead?: string; parts: [number, string][] } | undefined;
	for (let i = 0; i < sentences.length; i++) {
		const { index, text } = sentences[i]!;
		const marks = [...text.matchAll(/[“”]|(?<![\p{L}\p{N}])"(?=[\p{L}\p{N}‘'(])|"/gu)].map((m) => ({
			at: m.index,
			open:
				m[0] === '“' || (m[0] === '"' && !/[\p{L}\p{N}.,!?;:…’']$/u.test(text.slice(0, m.index)))
		}));
		if (!run) {
			// A sentence that leaves a quotation open at its end starts a run.
			let depth = 0;
			let lastOpen = -1;
			for (const m of marks) {
				if (m.open) {
					if (depth === 0) lastOpen = m.at;
					depth = 1;
				} else depth = 0;
			}
			if (depth === 1 && lastOpen >= 0) {
				const lead = new RegExp(
					// "Owen Coyle in the post-match press conference said: "…", "Gerald Lim, who is
					// commander of the division, said: "…": where they said it, or who they are, may
					// stand between the speaker and the verb.
					String.raw`(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|[Hh]e|[Ss]he)(?:\s+(?:in|at|during|after|on)\s+[^,:“”"]{2,60}?|,\s+(?:who|the|a|an)\s+[^,:“”"]{2,100},)?\s+(?:${sayVerbs.join('|')})(?:\s+\w+){0,3}:\s*$`,
					'u'
				).exec(text.slice(0, lastOpen))?.[1];
				run = {
					from: i,
					...(lead ? { lead } : {}),
					parts: [[index, text.slice(lastOpen + 1).trim()]]
				};
			}
			continue;
		}
		// A paragraph that goes on with the quotation opens with a quotation mark of its own.
		const close = marks.find((m) => !m.open);
		const reopens = marks.filter((m) => m.open && m.at > 0);
		if (!close) {
			if (reopens.length || i - run.from > 6) run = undefined;
			else run.parts.push([index, text.replace(/^[“"]/, '').trim()]);
			continue;
		}
		if (reopens.some((m) => m.at < close.at)) {
			run = undefined;
			continue;
		}
		run.parts.push([
			index,
			text
				.slice(0, close.at)
				.replace(/^[“"]/, '')
				.replace(/[,;:]\s*$/, '')
				.trim()
		]);
		const after = text.slice(close.at + 1);
		const tag = new RegExp(
			String.raw`^,?\s+(?:(.+?)\s+(?:${tagVerbs.join('|')})|(?:${tagVerbs.join('|')})\s+(.+?))(?:[,.;]|\s+(?:on|in|at|after|before|during|from|to)\s|$)`,
			'u'
		).exec(after);
		const speaker = run.lead ?? tag?.[1] ?? tag?.[2];
		if (speaker && speaker.split(/\s+/).length <= 8)
			for (const [k, words] of run.parts) if (words) out.set(k, { speaker, words });
		run = undefined;
	}
	return out;
}
