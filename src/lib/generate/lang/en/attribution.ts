import { sayVerbs, tagVerbs } from './words';

// How English says who said something ("…, officials said."), and the pronouns a sentence opens with.

export const quoteTag = new RegExp(
	String.raw`^[“"](.+?)[,.!?]?[”"],?\s+(?:(.+?)\s+(${tagVerbs.join('|')})|(${tagVerbs.join('|')})\s+(.+?))(?:,\s+(?:who|the|a|an|adding)\b.*?)?(?:\s+(?:on|in|at|after|before|during)\s+[^,]{1,40})?\.$`,
	'u'
);
export const quoteLead = new RegExp(
	String.raw`^(.+?)\s+(?:${sayVerbs.join('|')})(?:\s+\w+){0,3}:\s+[“"](.+)[”"]$`,
	'u'
);
// "…, officials said.", "…, Manish Kumar, an official with the state, told reporters."
export const trailingTag = new RegExp(
	String.raw`^(.{20,}?),\s+(?!(?:before|after|when|while|as|until|since|because|if|once|and|but|or|though|although)\s)(?![^,]*\b(?:was|were|is|are|had|have|has|been)\s+\S+$)((?:(?:the|a|an)\s+)?[\p{L}.’'\- ]{2,60}?)\s+(?:${tagVerbs.join('|')})(?:\s+(?:reporters|journalists|the media|the press|(?:the\s+)?\p{Lu}[\p{L}’']+(?:\s+\p{Lu}[\p{L}’']+){0,3}))?(?:\s+(?:on|in|at|late|early|last)\s+[\p{L}\d ]{1,30})?\.$`,
	'u'
);
// "…, Manish Kumar, an official with the state of Bihar, told reporters.": the name speaks.
export const trailingTagApposed = new RegExp(
	String.raw`^(.{20,}?),\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+(?:the|a|an)\s+[^,“”"]{3,100},\s+(?:${tagVerbs.join('|')})(?:\s+(?:reporters|journalists|the media|the press|(?:the\s+)?\p{Lu}[\p{L}’']+(?:\s+\p{Lu}[\p{L}’']+){0,3}))?(?:\s+(?:on|in|at|late|early|last)\s+[\p{L}\d ]{1,30})?\.$`,
	'u'
);
// "…, said Prime Minister John Key.": never "told" (who is told is not who speaks), and the
// speaker is a name or a noun phrase, not a clause ("said most injuries were reported …").
export const trailingTagInverted = new RegExp(
	String.raw`^(.{20,}?),\s+(?:${tagVerbs.filter((v) => v !== 'told' && v !== 'wrote').join('|')})\s+((?:(?:the|a|an)\s+)?(?![^.]*\b(?:was|were|is|are|had|have|has|will|would|could)\b)[\p{L}.’'\- ]{2,60}?)\.$`,
	'u'
);
// "D.K. Pathak, a railroad official who was on the train, said most injuries were …".
export const leadingTagWithApposition =
	/^(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|chief|minister|spokesman|spokeswoman|leader|head|secretary|official)){0,6}),\s+(?:a|an|the)\s+[^,“”"]{3,120},\s+(?:said|says|told reporters|added|explained|warned)\s+(?:that\s+)?([^“”"]{15,})$/u;
export const according = /^(.{20,}?),\s+according to\s+([^,]{2,60})\.$/u;
export const accordingLead = /^According to\s+([^,]{2,60}),\s+(.+)$/u;

export const pronounSubject =
	/^(He|She|They|It)\s+(?!is\s+(?:expected|likely|unclear|possible|thought|believed|not)\b)/;
export const possessiveLead = /^(His|Her|Their|Its)\s+/;
