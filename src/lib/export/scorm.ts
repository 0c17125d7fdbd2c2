import { strToU8, zipSync } from 'fflate';
import type { SharedSet } from '../share/set-link';
import { hash32 } from '../util/hash';
import { slugify, type ExportPackage } from './items';
import { xmlText } from './markup';

/** The player built from the app's question views (`src/scorm-player/`): one script, one stylesheet. */
export interface PlayerFiles {
	js: string;
	css: string;
}

/** The launch page, the files it loads, in the order the manifest lists them. */
export const scormFiles = ['index.html', 'player.js', 'player.css'] as const;

/**
 * JSON inside a `<script>` element: `<`, `>` and `&` written as escapes, so no text (a "</script>"
 * or "<!--" in a question) can end the element or be read as markup; JSON.parse reads them back.
 */
export function scriptJson(data: unknown): string {
	return JSON.stringify(data).replace(
		/[<>&\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

function launchPage(shared: SharedSet): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlText(shared.set.title)}</title>
<link rel="stylesheet" href="player.css">
</head>
<body>
<main id="player"><noscript><p>This activity needs JavaScript.</p></noscript></main>
<script type="application/json" id="factdeck-set">${scriptJson(shared)}</script>
<script src="player.js"></script>
</body>
</html>
`;
}

/**
 * The SCORM 1.2 manifest (CAM 2.3): one organisation with one item, launching one SCO whose
 * files are all listed, with the set's pass mark as the mastery score.
 */
function manifest(shared: SharedSet, id: string): string {
	const title = xmlText(shared.set.title);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
 xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
 xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
 xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
<metadata>
<schema>ADL SCORM</schema>
<schemaversion>1.2</schemaversion>
</metadata>
<organizations default="ORG-${id}">
<organization identifier="ORG-${id}">
<title>${title}</title>
<item identifier="ITEM-${id}" identifierref="SCO-${id}" isvisible="true">
<title>${title}</title>
<adlcp:masteryscore>${shared.set.passMark}</adlcp:masteryscore>
</item>
</organization>
</organizations>
<resources>
<resource identifier="SCO-${id}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${scormFiles.map((f) => `<file href="${f}"/>`).join('\n')}
</resource>
</resources>
</manifest>
`;
}

/**
 * A SCORM 1.2 package (a zip) of a teacher's set for an LMS: `imsmanifest.xml`, a launch page
 * holding the set, and the player, which needs nothing but its own files: no network, relative
 * paths only, nothing kept in the browser (the LMS keeps the attempt).
 */
export function toScorm(shared: SharedSet, player: PlayerFiles): ExportPackage {
	const slug = slugify(shared.set.title);
	const id = `factdeck-${shared.set.id}-${hash32(JSON.stringify(shared)).toString(36)}`;
	const files: Record<string, Uint8Array> = {
		'imsmanifest.xml': strToU8(manifest(shared, id)),
		'index.html': strToU8(launchPage(shared)),
		'player.js': strToU8(player.js),
		'player.css': strToU8(player.css)
	};
	return {
		fileName: `${slug}-scorm12.zip`,
		mimeType: 'application/zip',
		bytes: zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>
	};
}
