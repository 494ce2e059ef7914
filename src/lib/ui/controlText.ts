/**
 * Message keys for the spec fields that name a unit or a group. Written as total maps, so a
 * new unit or group in `inputSpecs.ts` is a type error here until it has a message.
 */
import type { MessageKey } from '../i18n/messages';
import type { InputGroup, InputUnit } from '../scenario/inputSpecs';

export const UNIT_KEYS: Record<Exclude<InputUnit, 'choice' | 'formula'>, MessageKey> = {
	percent: 'planner.unit.percent',
	percentPerYear: 'planner.unit.percentPerYear',
	rupiah: 'planner.unit.rupiah',
	placesPerYear: 'planner.unit.placesPerYear',
	peoplePerYear: 'planner.unit.peoplePerYear',
	jp: 'planner.unit.jp',
	sd: 'planner.unit.sd',
	months: 'planner.unit.months',
	years: 'planner.unit.years',
	year: 'planner.unit.year',
	index: 'planner.unit.index',
	ratio: 'planner.unit.ratio'
};

export const GROUP_KEYS: Record<InputGroup, MessageKey> = {
	budget: 'planner.group.budget',
	coverage: 'planner.group.coverage',
	training: 'planner.group.training',
	education: 'planner.group.education',
	planning: 'planner.group.planning',
	ceiling: 'planner.group.ceiling',
	costs: 'planner.group.costs',
	trainingHours: 'planner.group.trainingHours',
	effects: 'planner.group.effects',
	dynamics: 'planner.group.dynamics',
	workforce: 'planner.group.workforce',
	scoring: 'planner.group.scoring'
};
