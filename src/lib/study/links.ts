import { resolve } from '$app/paths';

/** Where a bank's pages live: built-in banks have their own prerendered pages, local ones share three. */
export interface BankLinks {
	/** The bank's page, with its article; a source anchor may follow after `#`. */
	bank: string;
	quiz: string;
	review: string;
}

export function builtInLinks(id: string): BankLinks {
	return {
		bank: resolve('/banks/[id]', { id }),
		quiz: resolve('/banks/[id]/quiz', { id }),
		review: resolve('/banks/[id]/review', { id })
	};
}

/** A bank made on this device: its id travels in the query, read by the page once it runs. */
export function localLinks(id: string): BankLinks {
	const query = `?id=${encodeURIComponent(id)}`;
	return {
		bank: resolve('/mine/bank') + query,
		quiz: resolve('/mine/quiz') + query,
		review: resolve('/mine/review') + query
	};
}
