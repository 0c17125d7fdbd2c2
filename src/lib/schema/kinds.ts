// Zod-free, so the classic schemas and their zod/mini copies share one list.
/** What an entity in an article is: the kind of answer a fact asks for. */
export const entityKinds = [
	'person',
	'role',
	'place',
	'organization',
	'date',
	'weekday',
	'month',
	'duration',
	'quantity',
	'document',
	'event',
	'thing'
] as const;

/** What a fact is about. */
export const factKinds = [
	'who',
	'what',
	'where',
	'when',
	'duration',
	'quantity',
	'quote',
	'role'
] as const;
