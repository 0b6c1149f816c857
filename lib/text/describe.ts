import { say, type Message } from './message';

const TYPE_NAMES: Readonly<Record<string, string>> = { string: '文字', number: '数字', boolean: '布尔值', bigint: '整数' };

/** A front matter value as an error message names it: `a list`, `string "no"`, `nothing`. */
export function describeValue(value: unknown): Message {
  if (value === null || value === undefined) return say('nothing', '空值');
  if (Array.isArray(value)) return say('a list', '列表');
  if (typeof value === 'object') return say('a mapping', '键值表');
  const shown = JSON.stringify(value) ?? String(value);
  return say(`${typeof value} ${shown}`, `${TYPE_NAMES[typeof value] ?? typeof value} ${shown}`);
}
