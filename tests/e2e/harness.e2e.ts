/* Checks the e2e harness itself, independently of what the pages show. */
import assert from 'node:assert/strict';
import { describeViolations, runAxe, useApp } from './harness';

const test = useApp();

test('built server serves static files', async ({ page, baseURL }) => {
	const response = await page.goto(`${baseURL}/favicon.svg`);
	assert.equal(response?.status(), 200);
	assert.match(response?.headers()['content-type'] ?? '', /image\/svg\+xml/);
});

test('runAxe passes an accessible page and flags an image without alt text', async ({ page }) => {
	await page.setContent(
		'<!doctype html><html lang="id"><head><title>Uji</title></head>' +
			'<body><main><h1>Uji aksesibilitas</h1><p>Halaman contoh.</p></main></body></html>'
	);
	const clean = await runAxe(page);
	assert.deepEqual(clean, [], describeViolations(clean));

	await page.setContent(
		'<!doctype html><html lang="id"><head><title>Uji</title></head>' +
			'<body><main><h1>Uji</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>'
	);
	const flagged = await runAxe(page);
	assert.ok(
		flagged.some((v) => v.id === 'image-alt'),
		`expected an image-alt violation, got: ${describeViolations(flagged)}`
	);
});
