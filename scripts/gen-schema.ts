// Writes schema/scenario.schema.json from the zod schema in src/model (the single source).
// Usage: node scripts/run-ts.mjs scripts/gen-schema.ts   (npm run schema)
// A unit test (tests/model/jsonSchema.test.ts) fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_PATH, scenarioJsonSchemaText } from '../src/model';

const target = join(process.cwd(), JSON_SCHEMA_PATH);
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
