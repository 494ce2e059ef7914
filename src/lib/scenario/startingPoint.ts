/**
 * Whether a start index on screen is the city government's recorded figure. The study gives
 * no index of BPKAD's own: the default, illustrative roster is calibrated to Kota Bontang's
 * 2021 IPASN (every agency of the city), so a projection that starts from it starts from the
 * city's 71.59. A roster the agency enters itself is scored on its own and starts elsewhere;
 * its start needs no note. Compared as the pages print it (two decimals).
 */
import { BONTANG } from './bontang';

export function isCityStartingPoint(year: number, value: number): boolean {
	return (
		year === BONTANG.startYear &&
		Math.round(value * 100) === Math.round(BONTANG.observedIndex * 100)
	);
}
