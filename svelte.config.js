import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// The handle hook refuses cross-site form posts itself (src/lib/server/guard/csrf.ts, the
		// same rule as SvelteKit's), so that the API can answer them in JSON: SvelteKit's own check
		// answers in plain text before any hook runs.
		csrf: { trustedOrigins: ['*'] },
		// Hashes, not nonces: a page's HTML stays the same for every visitor, so it can be cached.
		// SvelteKit adds the hashes of its inline scripts to script-src and sends the policy as a
		// header (frame-ancestors works only there).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style="" attributes (chart positions, the layout's wrapper); style
				// elements and sheets come only from this server.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				// Chart images are drawn from blob: SVG; icons may be data: URLs.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
