/** One maintainer of one project, as a maintainers file lists them. */
export interface MaintainerEntry {
  project: string;
  name?: string;
  /** GitHub handle without `@`, as written. */
  handle?: string;
}

/** What reading one maintainers file gives: its entries, or why it could not be read. */
export type MaintainersRead = { entries: MaintainerEntry[]; problem?: undefined } | { entries?: undefined; problem: string };

/**
 * A GitHub handle from a cell or a token: `@jdoe`, `jdoe`, `https://github.com/jdoe`; undefined
 * when it is none (an org/team, an e-mail, a word with blanks). GitHub logins are 1–39
 * characters of letters, digits and single hyphens.
 */
export function handleOf(text: string): string | undefined {
  const bare = text
    .trim()
    .replace(/^@/, '')
    .replace(/^(?:https?:\/\/)?(?:www\.)?github\.com\//i, '')
    .replace(/\/$/, '');
  return /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i.test(bare) ? bare : undefined;
}
