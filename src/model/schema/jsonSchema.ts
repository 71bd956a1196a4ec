/**
 * The JSON Schema of the scenario file, generated from the zod schema (the single source),
 * for editors: `# yaml-language-server: $schema=../schema/scenario.schema.json` on top of a
 * scenario gives completion, descriptions, defaults and checks in VS Code.
 */
import { z } from 'zod';
import { scenarioSchema } from './scenario';

/** Where the generated schema is committed, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'schema/scenario.schema.json';

/**
 * Builds the JSON Schema (draft-07, the draft yaml-language-server handles best) of the
 * scenario file as it is written: defaulted fields are optional and carry their `default`.
 * @returns the schema as a plain object
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'PacketWalk scenario (packetwalk/v1)',
    ...rest,
  };
}

/**
 * The schema file's exact text: two-space JSON and a final newline.
 * @returns what `npm run schema` writes to {@link JSON_SCHEMA_PATH}
 */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
