import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * Serves a static build the way a plain static host does: `/x` from `x.html`, `/x/` from
 * `x/index.html`, everything else as a file. Usage: tsx static-server.ts <dir> <port> [basePath]
 */
const [dir = 'build', port = '4173', base = ''] = process.argv.slice(2);
const root = resolve(dir);
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8'
};

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

createServer((request, response) => {
	const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
	if (!pathname.startsWith(base + '/') && pathname !== base) {
		response.writeHead(404).end('Not found');
		return;
	}
	const relative = normalize(pathname.slice(base.length) || '/');
	const candidates = relative.endsWith('/')
		? [join(root, relative, 'index.html')]
		: [join(root, relative), join(root, `${relative}.html`)];
	const file = candidates.find((path) => path.startsWith(root) && isFile(path));
	if (!file) {
		response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1', () => {
	console.log(`Serving ${root} at http://127.0.0.1:${port}${base}/`);
});
