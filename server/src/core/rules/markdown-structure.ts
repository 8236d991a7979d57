import { isFenceClosed } from '../parse/fences';
import type { Rule, RuleFinding } from './rule';
import { work } from '../text/work';

const CONFLICT_START = /^<{7}(?: |$)/;
const CONFLICT_MIDDLE = /^={7}$/;
const CONFLICT_END = /^>{7}(?: |$)/;
/** Only lines that open with seven of `<`, `=` or `>` can be markers. */
const CANDIDATES = /^[<=>]{7}/gm;

export const markdownStructure: Rule = {
  id: 'markdown-structure',
  defaultSeverity: 'warning',
  description: 'An unclosed code fence, or a merge-conflict marker left in the file.',
  lines: new RegExp(CANDIDATES.source, 'm'),
  check(doc) {
    const findings: RuleFinding[] = [];
    const inCode: [number, number][] = [];
    for (const block of doc.codeBlocks) {
      const start = doc.lines.offsetAt(block.range.start);
      const end = doc.lines.offsetAt(block.range.end);
      inCode.push([block.range.start.line, block.range.end.line]);
      if (!isFenceClosed(doc.text.slice(start, end))) {
        const where = block.inTemplate ? 'The Template block’s code fence' : 'This code fence';
        findings.push({
          message: `${where} is never closed: everything after it, to the end of the file, is read as code.`,
          range: doc.lines.rangeOf(start, doc.lines.lineEnd(block.range.start.line)),
          fixes: [],
        });
      }
    }
    let open = false;
    // Candidates come in document order, as do the blocks: each block is passed once, not searched for each candidate.
    let block = 0;
    for (const candidate of doc.text.matchAll(CANDIDATES)) {
      const line = doc.lines.positionAt(candidate.index).line;
      const from = block;
      while (block < inCode.length && inCode[block][1] < line) block++;
      work(block - from + 1);
      // `^` also matches after U+2028 and U+2029, which do not break lines in LSP.
      if (candidate.index !== doc.lines.lineStart(line) || (block < inCode.length && line > inCode[block][0])) continue;
      const text = doc.lines.lineText(line);
      const start = CONFLICT_START.test(text);
      const marker = start || CONFLICT_END.test(text) || (open && CONFLICT_MIDDLE.test(text));
      if (start) open = true;
      if (CONFLICT_END.test(text)) open = false;
      if (marker) {
        findings.push({
          message: 'A merge-conflict marker is left in the file: resolve the conflict and remove it.',
          range: doc.lines.rangeOf(doc.lines.lineStart(line), doc.lines.lineEnd(line)),
          fixes: [],
        });
      }
    }
    return findings;
  },
};
