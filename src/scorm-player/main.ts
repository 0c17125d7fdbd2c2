// The SCORM package's player: the set written into its launch page, played with the app's own
// question views, reporting to the LMS that launched it.
import { mount } from 'svelte';
import '../app.css';
import { findApi, type ApiWindow } from '$lib/share/scorm/lms';
import { SharedSet } from '$lib/share/set-schema';
import Player from './Player.svelte';

const target = document.getElementById('player');
const text = document.getElementById('factdeck-set')?.textContent ?? '';
let data: unknown;
try {
	data = JSON.parse(text);
} catch {
	data = undefined;
}
const parsed = SharedSet.safeParse(data);
if (target) {
	mount(Player, {
		target,
		props: parsed.success
			? { shared: parsed.data, api: findApi(window as unknown as ApiWindow) }
			: { problem: 'This package’s questions cannot be read. Download it again from Factdeck.' }
	});
}
