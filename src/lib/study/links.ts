import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/** Where a bank's pages live: built-in banks have their own prerendered pages, local ones share three. */
export interface BankLinks {
	/** The bank's page, with its article; a source anchor may follow after `#`. */
	bank: ResolvedPathname;
	quiz: ResolvedPathname;
	review: ResolvedPathname;
}

/** A resolved page address with a fragment after it: still a resolved address. */
export function withFragment(href: ResolvedPathname, fragment: string): ResolvedPathname {
	return `${href}#${fragment}` as ResolvedPathname;
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
	const query = `id=${encodeURIComponent(id)}`;
	return {
		bank: resolve(`/mine/bank?${query}`),
		quiz: resolve(`/mine/quiz?${query}`),
		review: resolve(`/mine/review?${query}`)
	};
}
