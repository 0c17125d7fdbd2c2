// Each registered type's answering view, found by folder (`<type>/View.svelte`); only
// QuestionView imports this, so the editors and export lines stay out of the study pages.
import type { Component } from 'svelte';
import { folderOf } from './folders';
import type { ViewProps } from './view-types';

const views = import.meta.glob<{ default: Component<ViewProps> }>('./*/View.svelte', {
	eager: true
});

export function viewOf(type: string): Component<ViewProps> {
	const view = views[`./${folderOf(type)}/View.svelte`];
	if (!view) throw new Error(`question type "${type}" has no View.svelte`);
	return view.default;
}
