import { parse as parseYaml, YAMLParseError } from 'yaml';

export interface FrontMatterDocument {
	data: unknown;
	/** The text after the front matter, with surrounding blank space trimmed and line ends as \n. */
	body: string;
}

const fence = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/** Splits a Markdown file into its YAML front matter and its body; throws a readable Error when it cannot. */
export function parseFrontMatter(text: string): FrontMatterDocument {
	const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const match = fence.exec(normalized);
	if (!match) throw new Error('the file must start with front matter between two "---" lines');
	let data: unknown;
	try {
		data = parseYaml(match[1] ?? '');
	} catch (error) {
		const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
		throw new Error(`front matter is not valid YAML: ${reason}`);
	}
	return { data: data ?? {}, body: normalized.slice(match[0].length).trim() };
}
