/**
 * All messages, merged from one bundle per area so that areas can grow
 * independently. Add a bundle: create it with `defineMessages` and list it here.
 */
import type { Lang } from '../lang';
import { agency } from './agency';
import { busy } from './busy';
import { charts } from './charts';
import { common } from './common';
import { compare } from './compare';
import { data } from './data';
import { decide } from './decide';
import { errors } from './errors';
import { exports } from './exports';
import { fit } from './fit';
import { guard } from './guard';
import { inputGuard } from './inputGuard';
import { kpi } from './kpi';
import { meeting } from './meeting';
import { model } from './model';
import { page } from './page';
import { planner } from './planner';
import { scenarios } from './scenarios';
import { why } from './why';
import { workshop } from './workshop';

const BUNDLES = [
	common,
	page,
	planner,
	charts,
	kpi,
	model,
	fit,
	scenarios,
	compare,
	exports,
	data,
	decide,
	agency,
	meeting,
	errors,
	workshop,
	why,
	busy,
	guard,
	inputGuard
] as const;

type KeysOf<B> = B extends Record<Lang, Record<infer K, string>> ? K : never;
export type MessageKey = KeysOf<(typeof BUNDLES)[number]>;

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = {
	id: Object.assign({}, ...BUNDLES.map((b) => b.id)),
	en: Object.assign({}, ...BUNDLES.map((b) => b.en))
};

export type MessageParams = Record<string, string | number>;

/** The message in the language, with `{name}` replaced by `params.name`. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
	const text = MESSAGES[lang][key] ?? MESSAGES.id[key] ?? key;
	return params ? text.replace(/\{(\w+)\}/g, (m, name) => String(params[name] ?? m)) : text;
}
