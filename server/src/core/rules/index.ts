import { missingField } from './missing-field';
import type { Rule } from './rule';

/** Every rule, in the order their findings are reported for one position. */
export const rules: readonly Rule[] = [missingField];
