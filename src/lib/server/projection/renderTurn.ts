/**
 * Heavy pages take turns to render. A compare or meeting page's server render (Svelte's SSR of
 * its charts and the data serialised into it) is one synchronous block of 20–40 ms even when
 * its projections are kept; four visitors reloading such pages in a loop would otherwise
 * render back to back and hold the event loop for 100 ms and more, so every other request
 * (an API read, say) waits that long.
 *
 * A load calls `takeRenderTurn()` last, when its data is ready: the page renders at once if no
 * other heavy page is rendering, else when its turn comes. Turns are handed on in a later
 * turn of the event loop (`setImmediate`), after Node has read what arrived meanwhile, so
 * another request waits for at most one heavy render. The turn ends on its own after the
 * render (SvelteKit renders in the same turn of the event loop as the load's last step), so a
 * load that fails after taking it cannot keep it.
 */
const waiting: Array<() => void> = [];
let taken = false;

function give(): void {
	taken = true;
	// Runs after this turn of the event loop: after the render that follows the load.
	setImmediate(() => {
		taken = false;
		const next = waiting.shift();
		// The next turn starts in the next loop iteration, after pending I/O has been read.
		if (next) setImmediate(() => (taken ? waiting.unshift(next) : (give(), next())));
	});
}

/** Resolves when this request may render; call it as a heavy page load's last step. */
export function takeRenderTurn(): Promise<void> {
	if (!taken && waiting.length === 0) {
		give();
		return Promise.resolve();
	}
	return new Promise((resolve) => waiting.push(resolve));
}
