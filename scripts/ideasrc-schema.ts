/**
 * Writes docs/ideasrc.schema.json, the JSON Schema of `.ideasrc.json` that VS Code validates the
 * file with (package.json `contributes.jsonValidation`), from the core's description of the
 * configuration (`core/config/schema.ts`). `npm run schema` after a change to the configuration;
 * test/unit/schema.test.ts fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { configSchemaText } from '../server/src/core';

const file = new URL('../docs/ideasrc.schema.json', import.meta.url);
writeFileSync(file, configSchemaText());
console.log(`wrote ${file.pathname}`);
