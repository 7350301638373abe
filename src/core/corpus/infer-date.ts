/**
 * Dates: validating the YYYY-MM-DD metadata the formats carry, and inferring a publication date from the text
 * when there is none.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Only the opening of an article holds its dateline; later dates are usually about the events reported. */
const INFER_WINDOW = 600;

/**
 * A date right after one of these words names a deadline, a period or a birth ("until 15 July 2006", "born on
 * 5 April 1920", "to 31 December 2004"), not the day of the report.
 */
const NOT_REPORT_DATE =
  /\b(?:born|died|until|till|since|before|after|from|to|by|through|ending|ended|between|and)(?:\s+on)?\s+$/i;

/** Month number by the first three letters of its name. */
const MONTHS = new Map(
  "jan feb mar apr may jun jul aug sep oct nov dec".split(" ").map((m, i) => [m, i + 1]),
);

const MONTH_WORD =
  "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";

/** "Tuesday, 1 March 2000 GMT" is a kick-off time, not a year. */
const NOT_TIME = "(?!\\s*(?:GMT|BST|UTC|CET|EST|PST|hrs?)\\b)";

// "Jan. 8, 2020", "January 8 2020", "8 January 2020", "8th Jan 2020", "2020-01-08".
const DATE_PATTERNS: { regex: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  {
    regex: new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b${NOT_TIME}`, "gi"),
    parts: (m) => [m[3]!, m[1]!, m[2]!],
  },
  {
    regex: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}\\s*,?\\s+(\\d{4})\\b${NOT_TIME}`,
      "gi",
    ),
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/g, parts: (m) => [m[1]!, m[2]!, m[3]!] },
];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A real calendar date as YYYY-MM-DD, or null (rejects 2020-02-30, month 13, and so on). */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

/** Accepts a YYYY-MM-DD string naming a real day, or a Date (as some YAML schemas produce); null otherwise. */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return calendarDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== "string") return null;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().slice(0, 3));
}

/** Years a news article could plausibly carry; guards against matching "8 May 1066" or product codes. */
function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

/** The first plausible date in the opening of the text, as YYYY-MM-DD, or null. */
export function inferDate(text: string): string | null {
  const head = text.slice(0, INFER_WINDOW);
  let best: { index: number; date: string } | null = null;
  for (const { regex, parts } of DATE_PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(head); m; m = regex.exec(head)) {
      if (best && m.index >= best.index) break;
      const [y, mo, d] = parts(m);
      const year = Number(y);
      const month = /^\d+$/.test(mo) ? Number(mo) : monthNumber(mo);
      const reportDate =
        plausibleYear(year) && !NOT_REPORT_DATE.test(head.slice(Math.max(0, m.index - 20), m.index));
      const date = month === undefined || !reportDate ? null : calendarDate(year, month, Number(d));
      if (date) {
        best = { index: m.index, date };
        break;
      }
    }
  }
  return best?.date ?? null;
}
