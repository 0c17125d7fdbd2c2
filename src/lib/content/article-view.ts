import type { Span } from '../schema';

export interface Block {
	kind: 'paragraph' | 'heading';
	start: number;
	end: number;
}

export interface Segment {
	start: number;
	end: number;
	/** How many of the given spans cover this piece of text. */
	cover: number;
	/** Set on the first segment of a span, so `#s-<start>` links land on it. */
	anchor?: string;
}

export const anchorFor = (span: Pick<Span, 'start'>) => `s-${span.start}`;

/** A line with no sentence-ending punctuation reads as a sub-heading, like "Space collaboration pact inked". */
function isHeading(line: string): boolean {
	return (
		line.length <= 90 && !/[.!?:;,"”’)]$/.test(line) && !/^["“‘]/.test(line) && !line.includes('\n')
	);
}

/** Splits an article body into blocks at blank lines, keeping exact offsets into the body. */
export function blocks(body: string): Block[] {
	const result: Block[] = [];
	const separator = /\n\s*\n/g;
	let start = 0;
	const push = (end: number) => {
		const text = body.slice(start, end);
		const lead = text.length - text.trimStart().length;
		const trimmed = text.trim();
		if (trimmed) {
			const s = start + lead;
			result.push({
				kind: isHeading(trimmed) ? 'heading' : 'paragraph',
				start: s,
				end: s + trimmed.length
			});
		}
	};
	for (const match of body.matchAll(separator)) {
		push(match.index);
		start = match.index + match[0].length;
	}
	push(body.length);
	return result;
}

/** Cuts a block into runs of text, each covered by the same number of spans. */
export function segments(block: Pick<Block, 'start' | 'end'>, spans: readonly Span[]): Segment[] {
	const inside = spans.filter((s) => s.end > block.start && s.start < block.end);
	const cuts = new Set([block.start, block.end]);
	for (const s of inside) {
		cuts.add(Math.max(s.start, block.start));
		cuts.add(Math.min(s.end, block.end));
	}
	const starts = new Set(inside.map((s) => s.start));
	const points = [...cuts].sort((a, b) => a - b);
	const result: Segment[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const start = points[i]!;
		const end = points[i + 1]!;
		const cover = inside.filter((s) => s.start <= start && s.end >= end).length;
		result.push({
			start,
			end,
			cover,
			...(starts.has(start) ? { anchor: anchorFor({ start }) } : {})
		});
	}
	return result;
}

/** The distinct source spans of a bank's questions, with how many questions cite each. */
export function citedSpans(
	questions: readonly { source: Span }[]
): (Span & { questions: number })[] {
	const bySpan = new Map<string, Span & { questions: number }>();
	for (const { source } of questions) {
		const key = `${source.start}:${source.end}`;
		const entry = bySpan.get(key) ?? { ...source, questions: 0 };
		entry.questions += 1;
		bySpan.set(key, entry);
	}
	return [...bySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The body offsets of a selection made in text rendered with `data-start` on every run (see
 * ArticleText's `selectable`); undefined when the selection is empty or leaves that text.
 */
export function selectionSpan(selection: Selection | null, root: Element): Span | undefined {
	if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
	const range = selection.getRangeAt(0);
	const offset = (node: Node, within: number): number | undefined => {
		const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
		const run = element?.closest<HTMLElement>('[data-start]');
		if (!run || !root.contains(run) || node.nodeType !== Node.TEXT_NODE) return undefined;
		return Number(run.dataset.start) + within;
	};
	const start = offset(range.startContainer, range.startOffset);
	const end = offset(range.endContainer, range.endOffset);
	if (start === undefined || end === undefined || end <= start) return undefined;
	return { start, end };
}
