// Each registered type's export lines, found by folder (`<type>/export.ts`) so the registry's
// pure list stays free of export code; only src/lib/export imports this.
import type { QuestionExports } from './export-types';
import { folderOf } from './folders';
import { registry } from './registry';
import type { QuestionBase } from './types';

const modules = import.meta.glob<{ default: QuestionExports }>('./*/export.ts', { eager: true });

/** Export lines by type, for the registered types that have an `export.ts`. */
export const exportsByType: ReadonlyMap<string, QuestionExports> = /* @__PURE__ */ new Map(
	registry.flatMap((m) => {
		const found = modules[`./${folderOf(m.type)}/export.ts`];
		return found ? [[m.type, found.default] as const] : [];
	})
);

export function exportsOf(question: QuestionBase): QuestionExports {
	const lines = exportsByType.get(question.type);
	if (!lines) throw new Error(`question type "${question.type}" has no export lines`);
	return lines;
}
