// Each registered type's draft editor, found by folder (`<type>/Editor.svelte`); only
// DraftQuestion imports this, so the study pages never load an editor.
import type { Component } from 'svelte';
import type { EditorProps } from './editor-types';
import { folderOf } from './folders';

const editors = import.meta.glob<{ default: Component<EditorProps, object, 'fields'> }>(
	'./*/Editor.svelte',
	{ eager: true }
);

export function editorOf(type: string): Component<EditorProps, object, 'fields'> {
	const editor = editors[`./${folderOf(type)}/Editor.svelte`];
	if (!editor) throw new Error(`question type "${type}" has no Editor.svelte`);
	return editor.default;
}
