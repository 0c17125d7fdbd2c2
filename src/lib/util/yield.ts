/**
 * Resolves in a new task, after the browser has had the chance to paint and handle input, so one
 * long piece of work becomes two (`scheduler.yield()` where there is one, which keeps its place).
 */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
