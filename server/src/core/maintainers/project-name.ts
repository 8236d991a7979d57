/**
 * The keys a project name is matched by, as a reviewer would match it: case, accents, punctuation
 * and spacing aside (`Chaos Mesh` is `ChaosMesh`, `cert-manager` is `Cert Manager`); without
 * "The … project", a link's target or trailing punctuation; a trailing parenthesis is a second
 * name (`Open Policy Agent (OPA)` is also `OPA`) or a remark (`(CNCF)`, `(non-voting)`), so the
 * name without it is a key and so is what it holds; a part of a project (`Kubernetes: SIG Release`,
 * CNCF's way, `Cilium/Tetragon`, `Krkn - Chaos`) is also that project; a heading of several
 * (`Linkerd and Envoy`, `Open Service Mesh, Kuma`) is each of them.
 */
export function projectKeys(name: string): string[] {
  const keys = new Set<string>();
  const add = (text: string) => {
    const key = keyOf(text);
    if (key !== '') keys.add(key);
  };
  const text = withoutTrailingPunctuation(withoutLinks(name).trim());
  const paren = /^([^()]*?)\s?\(([^()]*)\)$/.exec(text);
  const main = paren ? paren[1] : text;
  add(main);
  if (paren) add(paren[2]);
  add(main.split(/:|\/|\s[-–]\s/)[0]);
  const several = main.split(/,|\s(?:and|&)\s/i);
  if (several.length > 1) for (const each of several) add(each);
  return [...keys];
}

/**
 * `[kpt](https://kpt.dev/)` as `kpt`. Each character is read once: a run without brackets stops at
 * the next bracket, a target at the next parenthesis, and the next link starts after both.
 */
const withoutLinks = (text: string): string => text.replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1');

/** `Prometheus (sample):` as `Prometheus (sample)`: a hand trim, not a pattern tried at every position of a run. */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && ':;,.!?'.includes(text[end - 1])) end--;
  return text.slice(0, end).trimEnd();
}

/** The name without case, accents, punctuation, blanks, a leading "The" and a trailing "project". */
function keyOf(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  if (words[0] === 'the' && words.length > 1) words.shift();
  if (words.at(-1) === 'project' && words.length > 1) words.pop();
  return words.join('');
}
