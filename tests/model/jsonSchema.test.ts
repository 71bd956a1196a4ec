/**
 * schema/scenario.schema.json is generated from the zod schema; this fails when the
 * committed file is stale, and checks that editors get descriptions and defaults.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/model';

const committed = readFileSync(new URL(`../../${JSON_SCHEMA_PATH}`, import.meta.url), 'utf8');

describe('schema/scenario.schema.json', () => {
  it('matches the zod schema', () => {
    expect(
      committed === scenarioJsonSchemaText(),
      'schema/scenario.schema.json is stale: run npm run schema',
    ).toBe(true);
  });

  it('is draft-07 with descriptions, defaults and the required fields', () => {
    const schema = scenarioJsonSchema() as {
      $schema: string;
      required: string[];
      properties: Record<
        string,
        { description?: string; properties?: Record<string, { default?: unknown }> }
      >;
    };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.required).toEqual([
      'apiVersion',
      'kind',
      'metadata',
      'cluster',
      'ingressController',
      'loadBalancer',
    ]);
    expect(schema.properties.cluster?.properties?.proxyMode?.default).toBe('iptables');
    expect(schema.properties.loadBalancer?.properties?.ip?.default).toBe('203.0.113.10');
    for (const [name, property] of Object.entries(schema.properties)) {
      expect(property.description, `${name} has a description`).toBeTruthy();
    }
  });
});
