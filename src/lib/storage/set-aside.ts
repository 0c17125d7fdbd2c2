// Every record set aside in any of Factdeck's databases, for the progress page to list and to
// download: nothing unreadable is ever deleted, and this is how a learner gets it back out.
import { databases, storeOf, type DatabaseId } from './database';
import { recordStore, type SetAside } from './record-store';

export interface SetAsideRecord extends SetAside {
	/** The database it is kept in. */
	database: string;
}

/** The records set aside in every database (or those of `ids`), database by database. */
export async function listSetAside(
	ids = Object.keys(databases) as DatabaseId[]
): Promise<SetAsideRecord[]> {
	const lists = await Promise.all(
		ids.map(async (id) =>
			(await recordStore(() => storeOf(id)).quarantined()).map((item) => ({
				...item,
				database: databases[id].name
			}))
		)
	);
	return lists.flat();
}

/** The records set aside, as a JSON file a learner can keep or send for help. */
export function setAsideFile(records: readonly SetAsideRecord[], now: Date) {
	return {
		fileName: `factdeck-set-aside-${now.toISOString().slice(0, 10)}.json`,
		text: JSON.stringify(
			{ format: 'factdeck-set-aside', exportedAt: now.toISOString(), records },
			null,
			'\t'
		)
	};
}
