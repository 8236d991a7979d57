import { onlineFindings, onlineQuery, type Finding, type IdeasDocument, type IssueState, type LintOptions } from '../core';
import { GitHubChecker, type CheckerOptions } from '../online/checker';
import { follow, placeAll, samePlaced, type Placed } from './following-findings';

/** What the client says of the online check: on only when the user turned it on in a trusted workspace. */
export interface GitHubSettings {
  enabled: boolean;
  /** REST base; GitHub Enterprise's `https://host/api/v3`. */
  apiUrl?: string;
  /** From the editor's own GitHub sign-in; absent: REST without a token. */
  token?: string;
}

/** The edits of a list rest this long before its issues and mentors are asked of GitHub. */
export const ONLINE_DELAY_MS = 800;

/** What a check needs of a list: its model and the options it was linted under. */
export type ListOf = (uri: string) => { doc: IdeasDocument; options?: LintOptions } | undefined;

/**
 * The online rules (issue-state, mentor-account) in the server: off until the client turns them
 * on (`ideas/github`), which it does only for a user who turned `ideas.github.check` on, in a
 * trusted workspace; a workspace's settings or `.ideasrc.json` cannot. A list is checked a moment
 * after its edits rest, never within a keystroke: the answer, from the cache or the network, is
 * kept with the ideas it was found on (`following-findings.ts`) and published when it differs.
 */
export class OnlineChecks {
  private checker: GitHubChecker | undefined;
  private readonly placed = new Map<string, Placed[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** What GitHub said of each issue, by key, for the hover. */
  private readonly issues = new Map<string, IssueState>();
  /** The last problem said, so that it is said once. */
  private problem: string | undefined;

  /**
   * `changed`: a list's online findings differ; `status`: one quiet line when GitHub could not
   * answer (undefined once it answers again); `handles`: the workspace's mentor handles.
   */
  constructor(
    private readonly listOf: ListOf,
    private readonly changed: (uri: string) => void,
    private readonly status: (problem: string | undefined) => void,
    private readonly handles: () => readonly string[],
    private readonly cacheFile: () => string | undefined = () => undefined,
  ) {}

  get enabled(): boolean {
    return this.checker !== undefined;
  }

  /** Turns the check on or off; on, every list given is checked again. */
  configure(settings: GitHubSettings, uris: readonly string[]): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    if (!settings.enabled) {
      this.checker = undefined;
      const had = [...this.placed.keys()];
      this.placed.clear();
      this.issues.clear();
      for (const uri of had) this.changed(uri);
      return;
    }
    const options: CheckerOptions = { apiUrl: settings.apiUrl ?? 'https://api.github.com', cacheFile: this.cacheFile() };
    if (settings.token) options.token = settings.token;
    this.checker = new GitHubChecker(options);
    for (const uri of uris) this.schedule(uri);
  }

  /** Checks the list once its edits have rested. */
  schedule(uri: string): void {
    if (!this.checker) return;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.check(uri, false);
      }, ONLINE_DELAY_MS),
    );
  }

  /** "Refresh GitHub Checks": the lists asked again of GitHub, past the cache. */
  async refresh(uris: readonly string[]): Promise<void> {
    for (const uri of uris) await this.check(uri, true);
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.placed.delete(uri);
  }

  /** The online findings of the list at `uri`, as `doc` now reads. */
  of(uri: string, doc: IdeasDocument | undefined): Finding[] {
    const placed = this.placed.get(uri);
    return placed && doc ? follow(placed, doc) : [];
  }

  /** What GitHub said of an issue, by `issueKey`. */
  issue(key: string): IssueState | undefined {
    return this.issues.get(key);
  }

  private async check(uri: string, refresh: boolean): Promise<void> {
    const checker = this.checker;
    const list = this.listOf(uri);
    if (!checker || !list) return;
    const answer = await checker.check(onlineQuery(list.doc), { refresh });
    // Turned off, or the list edited, while GitHub answered: the answer is for no one now.
    if (this.checker !== checker) return;
    const now = this.listOf(uri);
    if (!now) return;
    for (const [key, state] of answer.issues) this.issues.set(key, state);
    if (answer.problem !== this.problem) this.status((this.problem = answer.problem));
    const placed = placeAll(now.doc, onlineFindings(now.doc, answer, now.options, this.handles()));
    if (samePlaced(this.placed.get(uri) ?? [], placed)) return;
    this.placed.set(uri, placed);
    this.changed(uri);
  }
}
