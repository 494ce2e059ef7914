/**
 * What a printed brief needs besides the projection: the day it was made, in the agency's
 * time zone (Bontang is on WITA, UTC+8), so the date does not depend on the server's zone.
 */
export const AGENCY_TIME_ZONE = 'Asia/Makassar';

/** Today in the agency's time zone, as `YYYY-MM-DD`. */
export function agencyToday(now: Date = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: AGENCY_TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(now);
}

/** The query of a share link without the page's own params (`lang`), for the planner link. */
export function scenarioQuery(params: URLSearchParams): string {
	const copy = new URLSearchParams(params);
	copy.delete('lang');
	return copy.toString();
}
