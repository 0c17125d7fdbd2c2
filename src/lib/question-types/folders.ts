/** A type's folder: its name in lowercase-kebab (`true_false` → `true-false`). */
export function folderOf(type: string): string {
	return type.replace(/_/g, '-');
}
