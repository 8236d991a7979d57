/**
 * Deterministic ideas lists for benchmarks and fuzzing: projects of ideas with realistic field
 * text and the mistakes real files have (aliases, bare handles, lost bullets, missing fields).
 */
const WORDS = 'build add improve the a support for metrics tracing operator controller Kubernetes cluster dashboard plugin API CLI docs tests performance storage network security policy scheduler webhook exporter'.split(' ');
const SKILLS = ['Go', 'Rust', 'Kubernetes', 'TypeScript', 'React', 'Python', 'gRPC', 'eBPF', 'Prometheus', 'Helm'];
const NAMES = ['Ana Silva', 'Bo Li', 'Chidi Okafor', 'Dana Ruiz', 'Eli Cohen', 'Fatima Zahra', 'Goran Petrov', 'Hana Sato'];

/** A small seeded generator (mulberry32), so the same size always gives the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** Whether the list opens with a Template block (default true); without one, the template is inferred from the ideas. */
  template?: boolean;
}

const TEMPLATE = ['## Template', '', '```', '#### Idea title', '', '- Description:', '- Recommended Skills:', '- Mentor(s):', '- Upstream Issue (URL):', '```', ''];

export function generateIdeas(ideas: number, seed = 1, { template = true }: GenerateOptions = {}): string {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const handle = (name: string) => name.toLowerCase().replace(/\s+/g, '');
  const lines = ['# Project ideas', '', ...(template ? TEMPLATE : []), '## Ideas', ''];
  for (let i = 0; i < ideas; i++) {
    if (i % 8 === 0) lines.push(`### Project ${i / 8 + 1}`, '');
    const mistake = next();
    const mentor = pick(NAMES);
    lines.push(`#### ${sentence(4)} ${i}`, '');
    lines.push(`- Description: ${sentence(8 + Math.floor(next() * 18))}.`);
    if (mistake > 0.1) lines.push(`${mistake < 0.2 ? '' : '- '}Recommended Skills: ${pick(SKILLS)}, ${pick(SKILLS)}`);
    lines.push(`- ${mistake > 0.9 ? 'Mentors' : 'Mentor(s)'}: ${mentor} ${mistake > 0.8 && mistake <= 0.9 ? `@${handle(mentor)}` : `(@${handle(mentor)})`}, ${pick(NAMES)} (@${handle(pick(NAMES))})`);
    lines.push(`- Upstream Issue (URL): https://github.com/org/project-${i % 50}/issues/${i + 1}${mistake > 0.7 && mistake <= 0.75 ? '.' : ''}`, '');
  }
  return lines.join('\n');
}
