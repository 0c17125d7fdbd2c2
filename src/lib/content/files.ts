import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFiles, SourceFile } from './validate';

function readFolder(root: string, folder: string): SourceFile[] {
	const dir = join(root, folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => entry.name)
		.sort()
		.map((name) => {
			const path = join(dir, name);
			return { path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') };
		});
}

/** Reads `questions/` (or `$QUESTIONS_DIR`) from disk. Node only: the build, the CLI and the tests use it. */
export const contentRoot = () => process.env.QUESTIONS_DIR || 'questions';

export function readContentFiles(root = contentRoot()): ContentFiles {
	return {
		articles: readFolder(root, 'articles'),
		banks: readFolder(root, 'banks'),
		sets: readFolder(root, 'sets'),
		reviews: readFolder(root, 'reviews')
	};
}
