import type { Heading, TemplateBlock } from './model';
import type { SectionReading } from './section-reading';

/**
 * The first fenced block under a heading named Template (`### Template`, `## Project template`).
 * `readings` are the headings as read from their sections, in the order of `headings`.
 */
export function findTemplateBlock(readings: SectionReading['headings'], headings: Heading[]): TemplateBlock | undefined {
  const at = readings.findIndex((reading) => reading.templateCode);
  if (at === -1) return undefined;
  const { code, range, closed } = readings[at].templateCode!;
  return { heading: headings[at], code, range, closed };
}
