/**
 * Finds the object schema that validates a given path, to list the field names it knows
 * (for "unknown field `x`; did you mean `y`?"). Walks zod 4's definition tree.
 */
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Unwraps default/optional/pipe wrappers down to the schema that checks the value itself. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let guard = 0; guard < 16; guard++) {
    const def = defOf(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) return current;
    current = next;
  }
  return current;
}

function child(schema: z.ZodType, segment: PropertyKey): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'object') return def.shape?.[String(segment)];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

/**
 * Lists the field names the object schema at `path` accepts.
 * @param root - the schema the whole document was validated with
 * @param path - path of the object (not of the unknown key)
 * @returns the known field names in declaration order, or `[]` when `path` is not an object
 */
export function knownKeysAt(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = root;
  for (const segment of path) {
    if (!current) return [];
    current = child(current, segment);
  }
  if (!current) return [];
  const def = defOf(unwrap(current));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
