/** GitHub's rule for user names: alphanumerics and single hyphens, no hyphen at either end, at most 39. */
const VALID_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function isValidHandle(handle: string): boolean {
  return VALID_HANDLE.test(handle);
}
