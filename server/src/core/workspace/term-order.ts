/**
 * When a term starts, as a number that orders terms of different programs in time: the year, then
 * the month its name says (`01-Mar-May` March, `02-Summer` June, `q3-q4` July), a bare year (a
 * GSoC term, coded over the summer) June. `2025` (GSoC) thus comes after `2025/01-Mar-May` (LFX)
 * and beside `2025/02-Jun-Aug`, as they ran; compared as text, every GSoC year came first.
 * A term without a year sorts before all others, as a path without a term does.
 */
export function termStart(term: string | null): number {
  const year = term === null ? null : /(?:19|20)\d\d/.exec(term);
  if (!year) return 0;
  const rest = term!.slice(year.index + 4).toLowerCase();
  return Number(year[0]) * 100 + monthOf(rest);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SEASONS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
/** A bare year: GSoC's coding summer. */
const SUMMER = 6;

function monthOf(rest: string): number {
  const month = /\b\d{0,2}-?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.exec(rest);
  if (month) return MONTHS.indexOf(month[1]) + 1;
  const season = /(spring|summer|fall|autumn|winter)/.exec(rest);
  if (season) return SEASONS[season[1]];
  const quarter = /\bq([1-4])\b/.exec(rest);
  if (quarter) return (Number(quarter[1]) - 1) * 3 + 1;
  // `2025/01`, `2025/term-2`: the number orders terms of one program; a twelfth of a year apart.
  const ordinal = /(\d{1,2})/.exec(rest);
  if (ordinal) return Math.min(12, Number(ordinal[1]));
  return SUMMER;
}
