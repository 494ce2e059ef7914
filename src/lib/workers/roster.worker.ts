/// <reference lib="webworker" />
/**
 * Reads roster files off the main thread: a 50,000-row file takes a tenth of a second or
 * more to parse (a workbook much longer), which would freeze the page. Nothing leaves the
 * browser from here. exceljs is fetched by this worker, and only for a workbook.
 */
import {
	runRosterCheck,
	type RosterCheckRequest,
	type RosterCheckResponse
} from './rosterProtocol';

self.onmessage = async (event: MessageEvent<RosterCheckRequest>) => {
	const { id } = event.data;
	const response: RosterCheckResponse = { id, check: await runRosterCheck(event.data) };
	self.postMessage(response);
};
