import {
	cardKeyParts,
	keys,
	readRecord,
	type QuarantineRecord,
	type RecordKind,
	type RecordOf
} from './records';
import { reportNewerVersion } from './newer-version';
import { applyDueChanges } from './progress-due-index';
import { dropFigures } from './progress-card-figures';
import type { Entry, Transact } from './progress-transaction';

// Repair: records read as invalid are moved to quarantine (their cards' due index entries with
// them, their banks' figures dropped), migrated ones rewritten at today's version, newer ones left alone.

export interface Quarantined {
	key: string;
	error: string;
}

export interface Repair {
	key: string;
	kind: RecordKind;
}

export function progressRepair(transact: Transact) {
	/** Moves records still invalid to quarantine and rewrites migrated ones at today's version. */
	async function repair(items: Repair[], now: Date): Promise<void> {
		if (!items.length) return;
		try {
			await transact('readwrite', (s, guard) => {
				/** Facts whose card was quarantined, by bank: their due index entries go too. */
				const dropped = new Map<string, string[]>();
				for (const { key, kind } of items) {
					const req = s.get(key);
					req.onsuccess = guard(() => {
						if (req.result === undefined) return;
						const read = readRecord(kind, req.result);
						if (read.ok) {
							if (read.migrated) s.put(read.value, key);
							return;
						}
						// Written by a newer version: not ours to move.
						if (read.newer) return;
						const parts = kind === 'card' ? cardKeyParts(key) : undefined;
						if (parts)
							dropped.set(parts.bankId, [...(dropped.get(parts.bankId) ?? []), parts.factId]);
						const record: QuarantineRecord = {
							v: 1,
							key,
							raw: req.result,
							error: read.error,
							quarantinedAt: now.toISOString()
						};
						s.put(record, keys.quarantine(key));
						s.delete(key);
					});
				}
				// Requests complete in order: every card above has been looked at when these arrive.
				const banks = new Set(items.flatMap((i) => cardKeyParts(i.key)?.bankId ?? []));
				for (const bankId of banks) {
					const req = s.get(keys.dueIndex(bankId));
					req.onsuccess = guard(() => {
						const facts = dropped.get(bankId) ?? [];
						// The bank's figures may count a card set aside: rebuilt when next read.
						if (facts.length) dropFigures(s, guard, bankId);
						applyDueChanges(
							s,
							req.result,
							bankId,
							facts.map((factId) => [factId, null] as const)
						);
					});
				}
			});
		} catch {
			// Repair is housekeeping: the valid records were already returned.
		}
	}

	/** Valid records of `kind` among `entries`; the others are queued for repair. */
	function validEntries<K extends RecordKind>(
		kind: K,
		entries: Entry[],
		repairs: Repair[],
		quarantined: Map<string, Quarantined>
	) {
		const out: { key: string; value: RecordOf<K> }[] = [];
		for (const { key, value } of entries) {
			const read = readRecord(kind, value);
			if (read.ok) {
				out.push({ key, value: read.value });
				if (read.migrated) repairs.push({ key, kind });
			} else if (read.newer) {
				reportNewerVersion(key);
			} else {
				repairs.push({ key, kind });
				quarantined.set(keys.quarantine(key), { key, error: read.error });
			}
		}
		return out;
	}

	return { repair, validEntries };
}
