/**
 * What the planner's e2e tests do to the page: open it once its first projection is shown,
 * move a slider as a drag does, wait for the projection a change asked for, read the headline.
 */
import type { Page } from 'playwright-core';

export async function openPlanner(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForSelector('[data-testid="results"][data-ready="true"]');
}

/** The number of the newest projection the page has asked its worker for. */
export async function latestRequest(page: Page): Promise<number> {
	return Number(await page.getAttribute('[data-testid="results"]', 'data-latest-request'));
}

/** Waits until the page shows the projection of its newest request (after `before`). */
export async function waitForProjection(page: Page, before: number): Promise<void> {
	await page.waitForFunction((previous) => {
		const results = document.querySelector<HTMLElement>('[data-testid="results"]');
		const latest = Number(results?.dataset.latestRequest);
		return latest > previous && Number(results?.dataset.shownRequest) >= latest;
	}, before);
}

/** Runs `action` and waits until the page shows the projection it asked for. */
export async function andProjection(page: Page, action: () => Promise<void>): Promise<void> {
	const before = await latestRequest(page);
	await action();
	await waitForProjection(page, before);
}

/** Sets a range input's value and fires the input event, as a drag does; waits for the projection. */
export async function drag(page: Page, name: RegExp, value: number): Promise<void> {
	await andProjection(page, () =>
		page
			.getByRole('slider', { name })
			.first()
			.evaluate((element, v) => {
				const input = element as HTMLInputElement;
				input.value = String(v);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				input.dispatchEvent(new Event('change', { bubbles: true }));
			}, value)
	);
}

/** The headline index as the page writes it. */
export const kpiIndex = (page: Page) =>
	page.locator('[data-testid="kpi-index"] .kpi-value').first().innerText();
