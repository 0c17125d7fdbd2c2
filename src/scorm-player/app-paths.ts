// `$app/paths` inside the SCORM player, which is no SvelteKit app: it has no pages of its own,
// and the links the shared components could build (to an article page) are never shown in it.
export const base = '';
export const assets = '';

export function resolve(path: string): string {
	return path;
}
