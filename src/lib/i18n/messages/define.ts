import type { Lang } from '../lang';

/**
 * A bundle of messages in both languages. The English side must have exactly
 * the keys of the Indonesian side, so a missing translation is a type error.
 * `{name}` in a message is replaced by the parameter of that name.
 */
export function defineMessages<K extends string>(
	messages: Record<'id', Record<K, string>> & Record<'en', Record<K, string>>
): Record<Lang, Record<K, string>> {
	return messages;
}
