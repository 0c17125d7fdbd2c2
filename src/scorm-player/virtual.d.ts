// Built by `factdeck:scorm-player` in vite.config.ts: the player's one script and stylesheet.
declare module 'virtual:scorm-player' {
	export const playerJs: string;
	export const playerCss: string;
}
