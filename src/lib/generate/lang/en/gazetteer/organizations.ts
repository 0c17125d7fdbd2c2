/** Well-known organisations, with the short form news copy often uses. */
export const organizations: readonly (readonly [name: string, short?: string])[] = [
	['Group of Seven', 'G7'],
	['Group of 20', 'G20'],
	['North Atlantic Treaty Organization', 'NATO'],
	['United Nations', 'UN'],
	['European Union', 'EU'],
	['International Monetary Fund', 'IMF'],
	['World Bank'],
	['World Health Organization', 'WHO'],
	['World Trade Organization', 'WTO'],
	['National Aeronautics and Space Administration', 'NASA'],
	['European Space Agency', 'ESA'],
	['Japan Aerospace Exploration Agency', 'JAXA'],
	['Federal Reserve', 'Fed'],
	['European Central Bank', 'ECB'],
	['Bank of Japan', 'BOJ'],
	['Bank of England'],
	['Association of Southeast Asian Nations', 'ASEAN'],
	['Organisation for Economic Co-operation and Development', 'OECD'],
	['International Olympic Committee', 'IOC'],
	['FIFA'],
	['UEFA']
];

/** Last words of organisation names ("Ministry", "University", "FC"). */
export const organizationHeads: readonly string[] = [
	'Agency',
	'Association',
	'Authority',
	'Bank',
	'Board',
	'Club',
	'Commission',
	'Committee',
	'Company',
	'Corp.',
	'Corporation',
	'Council',
	'Department',
	'FC',
	'Federation',
	'Foundation',
	'Group',
	'Inc.',
	'Institute',
	'League',
	'Ltd.',
	'Ministry',
	'Observatory',
	'Office',
	'Organization',
	'Organisation',
	'Party',
	'Service',
	'United',
	'University'
];

/** Last words of named documents, laws and programmes. */
export const documentHeads: readonly string[] = [
	'Accord',
	'Act',
	'Agreement',
	'Bill',
	'Charter',
	'Convention',
	'Declaration',
	'Initiative',
	'Law',
	'Pact',
	'Plan',
	'Program',
	'Programme',
	'Protocol',
	'Regulations',
	'Report',
	'Strategy',
	'Treaty'
];

/** Nouns that name a mission or programme after a capitalised name ("the Artemis manned lunar mission"). */
export const programmeNouns: readonly string[] = [
	'mission',
	'program',
	'programme',
	'project',
	'probe',
	'telescope'
];
