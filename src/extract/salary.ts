import type { SalaryPeriod } from '../types.js';

export interface SalaryFinding {
  min: number;
  max: number | null;
  currency: string;
  period: SalaryPeriod;
  start: number;
  end: number;
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '￥': 'CNY' };
const CODES = 'USD|EUR|GBP|CAD|AUD|NZD|CHF|INR|JPY|CNY|RMB|SGD|HKD|SEK|NOK|DKK|PLN|ILS|BRL|MXN|ZAR|KRW|TWD';
const PREFIXED = /(?:C\$|A\$|NZ\$|S\$|HK\$|US\$|CA\$|AU\$)/;
/**
 * A currency code. Every code starts with a capital: the lookahead says nothing more, but it halves
 * what V8 spends compiling the patterns below on first use (~2 ms of a cold start).
 */
const CODE = String.raw`(?=[A-Z])(?:${CODES})`;
const CURRENCY = String.raw`(?:${PREFIXED.source}|[$€£¥₹₩￥]|\b${CODE}\b\s?)`;
const AMOUNT = String.raw`(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.\s]\d{3})+(?:\.\d{2}(?!\d))?|\d+(?:\.\d{1,2})?)\s?([kKmM]\b)?`;
const CODE_AFTER = String.raw`(?:\s?${CODE}\b)`;
const DASH = String.raw`\s*(?:-|–|—|to|and|bis)\s*`;

// Currency before the amount ("$120k-$150k", "USD 100,000 - 120,000") or after it ("148,000 USD - 276,000 USD").
export const BEFORE = new RegExp(String.raw`(${CURRENCY})\s?${AMOUNT}(?:${DASH}(?:${CURRENCY})?\s?${AMOUNT})?(${CODE_AFTER})?`, 'g');
export const AFTER = new RegExp(String.raw`${AMOUNT}(${CODE_AFTER})?(?:${DASH}${AMOUNT})?(${CODE_AFTER})?`, 'g');

const PERIODS: [RegExp, SalaryPeriod][] = [
  [/^\s*(?:\/\s*|per\s+|an?\s+|each\s+)?(?:hour|hr)\b|^\s*hourly\b/i, 'hour'],
  [/^\s*(?:\/\s*|per\s+|a\s+)?day\b|^\s*daily\b/i, 'day'],
  [/^\s*(?:\/\s*|per\s+|a\s+)?(?:week|wk)\b|^\s*weekly\b/i, 'week'],
  [/^\s*(?:\/\s*|per\s+|a\s+)?(?:month|mo)\b|^\s*monthly\b/i, 'month'],
  [/^\s*(?:\/\s*|per\s+|a\s+)?(?:year|yr|annum)\b|^\s*(?:annually|yearly|p\.?a\.?)\b|^\s*annual\b/i, 'year'],
];
// Whole words ("database" has no base, "learning" no earn, "remote" no OTE, "work" no k).
const SALARY_CONTEXT =
  /salary|compensation|\bpay\b|\bpaid\b|\bwages?\b|\brates?\b|\branges?\b|\bbase\b|\bote\b|stipend|\bearn|per (?:hour|year|annum|month)|\/(?:hour|hr|year|yr)|annum|hourly|\bannual|\d\s?k\b|bonus|薪|工资/i;
const NOT_SALARY_AFTER = /^\s*(?:million|billion|bn\b|mn\b|in (?:revenue|funding|sales|assets)|revenue|funding|valuation|raised|series)/i;

function amount(num: string, suffix: string | undefined): number {
  let n: number;
  const cents = /^(\d{1,3}(?:[,.\s]\d{3})+)\.(\d{2})$/.exec(num);
  if (cents) n = Number(cents[1]!.replace(/[,.\s]/g, '')) + Number(cents[2]) / 100;
  else if (/^\d{1,3}(?:[,.\s]\d{3})+$/.test(num) || /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(num)) n = Number(num.replace(/[,.\s]/g, ''));
  else n = Number(num);
  if (suffix && /k/i.test(suffix)) n *= 1000;
  if (suffix && /m/i.test(suffix)) n *= 1_000_000;
  return n;
}

function currencyOf(raw: string): string {
  const t = raw.trim();
  if (SYMBOLS[t]) return SYMBOLS[t]!;
  const prefixed: Record<string, string> = { C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', NZ$: 'NZD', S$: 'SGD', HK$: 'HKD', US$: 'USD' };
  if (prefixed[t]) return prefixed[t]!;
  const code = t.toUpperCase();
  return code === 'RMB' ? 'CNY' : code;
}

function periodAfter(text: string, end: number, min: number): SalaryPeriod {
  const after = text.slice(end, end + 30);
  for (const [re, period] of PERIODS) if (re.test(after)) return period;
  return min >= 2000 ? 'year' : 'hour';
}

/**
 * Salary ranges and single figures with a currency: "148,000 USD - 276,000 USD", "$120k–$150k", "€60,000 per annum", "$45/hour".
 * A figure counts when the sentence, or `heading` (the heading or field label it is under: "Salary:"),
 * says it is pay.
 */
export function findSalaries(sentence: string, offset: number, heading = ''): SalaryFinding[] {
  if (!/[$€£¥₹₩￥]|\b(?:[A-Z]{3})\b/.test(sentence)) return [];
  const out: SalaryFinding[] = [];
  const consider = (start: number, end: number, currency: string, a: number, b: number | null): void => {
    if (!(a > 0) || (b !== null && !(b >= a))) return;
    if (NOT_SALARY_AFTER.test(sentence.slice(end, end + 30))) return;
    if (!SALARY_CONTEXT.test(sentence) && !SALARY_CONTEXT.test(heading)) return;
    if (out.some((o) => start < o.end - offset && end > o.start - offset)) return;
    out.push({ min: a, max: b, currency, period: periodAfter(sentence, end, a), start: offset + start, end: offset + end });
  };
  BEFORE.lastIndex = 0;
  for (let m = BEFORE.exec(sentence); m; m = BEFORE.exec(sentence)) {
    const a = amount(m[2]!, m[3]);
    let b = m[4] !== undefined ? amount(m[4], m[5]) : null;
    // "$120-150k": the k of the upper figure applies to both.
    let lo = a;
    if (b !== null && !m[3] && m[5] && a < 1000) lo = amount(m[2]!, m[5]);
    if (b !== null && b === lo) b = null;
    consider(m.index, m.index + m[0].length, currencyOf(m[6] ?? m[1]!), lo, b);
  }
  AFTER.lastIndex = 0;
  for (let m = AFTER.exec(sentence); m; m = AFTER.exec(sentence)) {
    const code = m[3] ?? m[6];
    if (!code) continue;
    let a = amount(m[1]!, m[2]);
    const b = m[4] !== undefined ? amount(m[4], m[5]) : null;
    if (b !== null && !m[2] && m[5] && a < 1000) a = amount(m[1]!, m[5]);
    consider(m.index, m.index + m[0].length, currencyOf(code), a, b);
  }
  return out;
}
