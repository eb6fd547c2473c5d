/**
 * Rewrites only the `ocop` values of a product file. Serialising a whole YAML document again would
 * re-quote, re-wrap and re-order what the cooperative wrote (and `price: 45.000` would become 45),
 * so the file is edited as text: the YAML parser gives the exact place of each `ocop` value, and
 * only those characters change. Comments, order, quoting, other fields, the body and the file's
 * line ends stay byte for byte. A value to clear is left blank (`decision:`), which the check reads
 * as not set. Undefined when the front matter cannot be edited safely (a YAML error, `ocop` not a
 * map): the caller leaves the file alone and says so.
 */
import { isMap, isScalar, parseDocument, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { yamlText } from '../content/template.ts';
import { OCOP_FIELDS, type OcopText } from './recognition.ts';

/** Where the front matter's YAML is in a file's text: after the opening `---` line, up to the closing one. */
function frontMatter(text: string): { start: number; end: number } | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = open[0].length;
  const match = close.exec(text);
  return match ? { start: open[0].length, end: match.index } : undefined;
}

/** The front matter's YAML document, parsed as text (every scalar a string). */
function parse(text: string) {
  const range = frontMatter(text);
  if (!range) return undefined;
  const yaml = text.slice(range.start, range.end);
  const doc = parseDocument(yaml, { schema: 'failsafe' });
  if (doc.errors.length > 0) return undefined;
  if (doc.contents !== null && !isMap(doc.contents)) return undefined;
  return { range, yaml, map: doc.contents as YAMLMap<Scalar, unknown> | null };
}

/** The product file's `ocop` as text; `null` when it has none; undefined when it cannot be read. */
export function readOcop(text: string): OcopText | null | undefined {
  const parsed = parse(text);
  if (!parsed) return undefined;
  const value = parsed.map?.get('ocop', true) as unknown;
  if (value === undefined || (isScalar(value) && String(value.value ?? '').trim() === '')) return null;
  if (!isMap(value)) return undefined;
  const ocop: OcopText = {};
  for (const field of OCOP_FIELDS) {
    const v = value.get(field, true) as unknown;
    if (v === undefined) continue;
    if (!isScalar(v)) return undefined;
    const s = String(v.value ?? '').trim();
    if (s) ocop[field] = s;
  }
  return ocop;
}

/** A value inside a flow map `{ … }`: commas and brackets need quotes there too. */
const flowText = (value: string) => (/[,[\]{}]/.test(value) ? JSON.stringify(value) : yamlText(value));

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/** The file with its `ocop` set to `target` (blank fields cleared), or undefined when it cannot be edited. */
export function setOcop(text: string, target: OcopText): string | undefined {
  const parsed = parse(text);
  if (!parsed) return undefined;
  const { yaml, map, range } = parsed;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: Array<{ from: number; to: number; text: string }> = [];
  const wanted = OCOP_FIELDS.filter((f) => target[f]);
  const lines = (indent: string) => wanted.map((f) => `${indent}${f}: ${yamlText(target[f]!)}`);
  const pair = map?.items.find((p: Pair<Scalar, unknown>) => isScalar(p.key) && p.key.value === 'ocop');
  const value = pair?.value;
  if (!pair) {
    edits.push({ from: yaml.length, to: yaml.length, text: [`ocop:`, ...lines('  ')].map((l) => l + nl).join('') });
  } else if (isScalar(value) && String(value.value ?? '').trim() === '' && value.range) {
    const keyAt = pair.key.range![0];
    const indent = ' '.repeat(keyAt - lineStart(yaml, keyAt) + 2);
    const colon = yaml.indexOf(':', pair.key.range![1]) + 1;
    edits.push({
      from: colon,
      to: value.range[1],
      text: lines(indent)
        .map((l) => nl + l)
        .join(''),
    });
  } else if (isMap(value) && value.flow && value.range) {
    const kept = value.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : []));
    const keys = [
      ...kept.filter((k) => !(OCOP_FIELDS as readonly string[]).includes(k) || target[k as keyof OcopText]),
      ...wanted.filter((f) => !kept.includes(f)),
    ];
    const entry = (k: string) => {
      const own = target[k as keyof OcopText] ?? String((value.get(k, true) as Scalar | undefined)?.value ?? '');
      return `${k}: ${flowText(own)}`;
    };
    edits.push({ from: value.range[0], to: value.range[1], text: `{ ${keys.map(entry).join(', ')} }` });
  } else if (isMap(value)) {
    const pairs = value.items as Array<Pair<Scalar, unknown>>;
    const last = pairs.at(-1);
    const missing: string[] = [];
    for (const field of OCOP_FIELDS) {
      const own = pairs.find((p) => isScalar(p.key) && p.key.value === field);
      const desired = target[field] ?? '';
      if (!own) {
        if (desired) missing.push(field);
        continue;
      }
      if (!isScalar(own.value) || !own.value.range || !own.key.range) return undefined;
      if (String(own.value.value ?? '').trim() === desired) continue;
      const colon = yaml.indexOf(':', own.key.range[1]) + 1;
      edits.push({ from: colon, to: own.value.range[1], text: desired ? ` ${yamlText(desired)}` : '' });
    }
    if (missing.length && last?.key?.range) {
      const keyAt = last.key.range[0];
      const indent = ' '.repeat(keyAt - lineStart(yaml, keyAt));
      const end = (last.value as Scalar | undefined)?.range?.[1] ?? last.key.range[1];
      const eol = yaml.indexOf('\n', end);
      const at = eol < 0 ? yaml.length : eol + 1;
      const text = missing.map((f) => `${indent}${f}: ${yamlText(target[f as keyof OcopText]!)}`).join(nl);
      edits.push({ from: at, to: at, text: eol < 0 ? nl + text + nl : text + nl });
    } else if (missing.length) return undefined;
  } else return undefined;
  let out = yaml;
  for (const edit of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, edit.from) + edit.text + out.slice(edit.to);
  const result = text.slice(0, range.start) + out + text.slice(range.end);
  const check = readOcop(result);
  return check && OCOP_FIELDS.every((f) => (check[f] ?? '') === (target[f] ?? '')) ? result : undefined;
}
