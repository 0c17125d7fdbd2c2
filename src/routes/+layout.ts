// Everything is prerendered: the build is static files for any host or CDN.
export const prerender = true;
