/** A scenario's years problem (`checkYears`) in the page's language. */
import type { MessageKey, MessageParams } from '../i18n/messages';
import type { YearsProblem } from '../scenario/scenario';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export function yearsProblemText(problem: YearsProblem, t: Translate): string {
	const { id: _id, code, ...params } = problem;
	void _id;
	return t(`years.${code}`, params);
}
