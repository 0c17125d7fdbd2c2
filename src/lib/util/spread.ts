/**
 * Puts the first item of each fact before the second of any, keeping the order otherwise; facts
 * in `covered` count as already having one.
 */
export function spreadOverFacts<T>(
	items: readonly T[],
	factOf: (item: T) => string,
	covered: Iterable<string> = []
): T[] {
	const seen = new Set(covered);
	const first: T[] = [];
	const rest: T[] = [];
	for (const item of items) {
		const fact = factOf(item);
		if (seen.has(fact)) rest.push(item);
		else {
			seen.add(fact);
			first.push(item);
		}
	}
	return [...first, ...rest];
}
