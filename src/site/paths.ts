/**
 * The site's page paths now live in src/paths/ (below both the site and the notices); this re-export
 * keeps imports written against the old place working.
 */
export * from '../paths/index.js';
