/// <reference lib="webworker" />
/**
 * Reads roster files off the main thread: a 50,000-row file takes a tenth of a second or
 * more to parse, which would freeze the page. Nothing leaves the browser from here.
 */
import {
	checkRosterText,
	type RosterCheckRequest,
	type RosterCheckResponse
} from './rosterProtocol';

self.onmessage = (event: MessageEvent<RosterCheckRequest>) => {
	const { id, text, units } = event.data;
	const response: RosterCheckResponse = { id, check: checkRosterText(text, units) };
	self.postMessage(response);
};
