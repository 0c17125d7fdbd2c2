// How a response made of several parts (matched pairs, an order) reads, line by line. Zod-free, so
// the traits of matching and ordering can share it on any page.

export interface ResponseLines {
	numbered: boolean;
	lines: string[];
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

const isPair = (p: unknown): p is { left: string; right: string } =>
	!!p &&
	typeof p === 'object' &&
	typeof (p as { left?: unknown }).left === 'string' &&
	typeof (p as { right?: unknown }).right === 'string';

/** Matched pairs as "A → b" lines ("(none)" for a left item left unmatched); undefined if not pairs. */
export function pairLines(response: string): ResponseLines | undefined {
	const pairs = parseJson(response);
	return Array.isArray(pairs) && pairs.every(isPair)
		? { numbered: false, lines: pairs.map((p) => `${p.left} → ${p.right || '(none)'}`) }
		: undefined;
}

/** An order as numbered lines; undefined if the response is not a list of items. */
export function orderLines(response: string): ResponseLines | undefined {
	const order = parseJson(response);
	return Array.isArray(order) && order.every((item) => typeof item === 'string')
		? { numbered: true, lines: order }
		: undefined;
}
