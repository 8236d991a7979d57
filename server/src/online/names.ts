/**
 * The names GitHub allows, checked before any of them is put in a URL or a query: owners,
 * repositories and logins come from the text of a list, and a name GitHub could not have is not
 * asked about at all.
 */

/** A login or an owner: letters, digits and hyphens, not starting with a hyphen; `_` for Enterprise managed users (`jdoe_acme`). */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
/** A repository: letters, digits, `.`, `-` and `_`, up to 100; never `.` or `..`. */
const REPOSITORY = /^[A-Za-z0-9._-]{1,100}$/;

export const isLogin = (name: string): boolean => LOGIN.test(name);

export const isRepository = (name: string): boolean => REPOSITORY.test(name) && name !== '.' && name !== '..';

/** An issue or pull request number as GitHub gives them: a positive 32-bit integer. */
export const isIssueNumber = (n: number): boolean => Number.isInteger(n) && n > 0 && n < 2 ** 31;
