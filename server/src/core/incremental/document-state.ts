import { HouseStyleTally } from '../model/house-style';
import { SectionReader } from '../model/section-reading';
import { TemplateChooser } from '../template/choice';
import { IdeaFindings } from './findings-memo';

/**
 * Everything one document keeps from one lint to the next: what was read from each section, the
 * findings of each idea, the template chosen and the scores it was chosen by, and the counts
 * behind the list's house style. Created with the
 * document (`DocumentLinter`, or a one-shot `lint`) and dropped with it; nothing of a document is
 * kept at module level (ARCHITECTURE.md). The next lint reads only what the edit touched and takes
 * the rest from here.
 */
export class DocumentState {
  readonly reader = new SectionReader();
  readonly ideaFindings = new IdeaFindings();
  readonly templates = new TemplateChooser();
  readonly style = new HouseStyleTally();
}
