import type { Finding, IdeasDocument, LintOptions, Mentor, Range, WorkspaceFile } from '../core';
import { emptyIdeas } from '../features/symbols';

/** An idea as Go to Symbol in Workspace and completion need it. */
export interface IndexedIdea {
  uri: string;
  title: string;
  project?: string;
  range: Range;
  mentors: Mentor[];
  skills: string[];
  /** A heading with no fields (`#### TODO`) that the empty-idea rule reports: only in `everyIdea()`. */
  empty?: boolean;
}

/**
 * The ideas of every ideas file in the workspace, open or on disk, kept current file by file. A
 * document is indexed when asked for, not on each keystroke that replaces it.
 */
export class WorkspaceIndex {
  private readonly byUri = new Map<string, IdeasDocument>();
  /** What each list was linted under and found: the rules across files and the workspace view read them. */
  private readonly linted = new Map<string, { options?: LintOptions; findings: readonly Finding[] }>();
  private readonly indexed = new WeakMap<IdeasDocument, IndexedIdea[]>();
  private readonly withEmpty = new WeakMap<IdeasDocument, IndexedIdea[]>();

  set(uri: string, doc: IdeasDocument, linted: { options?: LintOptions; findings: readonly Finding[] } = { findings: [] }): void {
    this.byUri.set(uri, doc);
    this.linted.set(uri, linted);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
    this.linted.delete(uri);
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  /** The model of one list, if it is indexed. */
  doc(uri: string): IdeasDocument | undefined {
    return this.byUri.get(uri);
  }

  /** A list's model and the options it was linted under, if it is indexed. */
  list(uri: string): { doc: IdeasDocument; options?: LintOptions } | undefined {
    const doc = this.byUri.get(uri);
    return doc && { doc, options: this.linted.get(uri)?.options };
  }

  /** Every list with the options it was linted under, named by its uri: what the rules across files compare. */
  files(): WorkspaceFile[] {
    return [...this.byUri].map(([uri, doc]) => ({ file: uri, doc, options: this.linted.get(uri)?.options }));
  }

  /** A list's own findings when it was last indexed (those of the rules across files apart). */
  findings(uri: string): readonly Finding[] {
    return this.linted.get(uri)?.findings ?? [];
  }

  ideas(): IndexedIdea[] {
    return [...this.byUri].flatMap(([uri, doc]) => this.ideasOf(uri, doc));
  }

  /** The ideas and the empty ideas (`#### TODO`) of every file, each file's in the order of its lines. */
  everyIdea(): IndexedIdea[] {
    return [...this.byUri].flatMap(([uri, doc]) => {
      let ideas = this.withEmpty.get(doc);
      if (!ideas) {
        const empty = emptyIdeas(doc).map(({ heading, project }): IndexedIdea => ({ uri, title: heading.title || '(untitled)', project: project.title, range: heading.titleRange, mentors: [], skills: [], empty: true }));
        ideas = empty.length ? [...this.ideasOf(uri, doc), ...empty].sort((a, b) => a.range.start.line - b.range.start.line) : this.ideasOf(uri, doc);
        this.withEmpty.set(doc, ideas);
      }
      return ideas;
    });
  }

  private ideasOf(uri: string, doc: IdeasDocument): IndexedIdea[] {
    let ideas = this.indexed.get(doc);
    if (!ideas) {
      ideas = doc.ideas.map((idea) => ({
        uri,
        title: idea.title,
        project: idea.project?.title,
        range: idea.heading.titleRange,
        mentors: idea.fields.flatMap((field) => field.mentors ?? []),
        skills: idea.fields.filter((field) => field.template?.kind === 'skills').flatMap((field) => splitSkills(field.value)),
      }));
      this.indexed.set(doc, ideas);
    }
    return ideas;
  }

  /** Mentors with a handle, the most frequent first, one per handle. */
  mentors(): { name?: string; handle: string }[] {
    const counts = new Map<string, { name?: string; handle: string; count: number }>();
    for (const mentor of this.ideas().flatMap((idea) => idea.mentors)) {
      if (!mentor.handle) continue;
      const key = mentor.handle.toLowerCase();
      const entry = counts.get(key) ?? { handle: mentor.handle, count: 0 };
      entry.count++;
      entry.name ??= mentor.name;
      counts.set(key, entry);
    }
    return [...counts.values()].sort((a, b) => b.count - a.count).map(({ name, handle }) => ({ name, handle }));
  }

  /** Skills as written, the most frequent first (ties alphabetically, whatever order files were read in), one per spelling ignoring case. */
  skills(): string[] {
    const counts = new Map<string, { skill: string; count: number }>();
    for (const skill of this.ideas().flatMap((idea) => idea.skills)) {
      const entry = counts.get(skill.toLowerCase()) ?? { skill, count: 0 };
      entry.count++;
      counts.set(skill.toLowerCase(), entry);
    }
    return [...counts.values()]
      .sort((a, b) => b.count - a.count || a.skill.localeCompare(b.skill, 'en', { sensitivity: 'base' }))
      .map((entry) => entry.skill);
  }
}

/** `Go, Kubernetes and gRPC; YAML` → short skill names; sentences are not skills. */
export function splitSkills(value: string): string[] {
  return value
    .split(/[,;\n]|\band\b/)
    .map((part) => part.replace(/^[\s*-]+|[\s.]+$/g, ''))
    .filter((part) => part.length > 0 && part.length <= 40 && part.split(/\s+/).length <= 4);
}
