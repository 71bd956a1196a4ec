/**
 * Kubernetes label and annotation maps (keys are qualified names, label values are short
 * strings). A YAML `app: true` or `app: 1` is a type error here: label values are strings.
 */
import { z } from 'zod';

/** `[prefix/]name`: an optional DNS-subdomain prefix and a name of 1-63 characters. */
const QUALIFIED_NAME =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?(?=.{1,63}$)[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE = /^((?=.{1,63}$)[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

const KEY_MESSAGE =
  "must be a label key: an optional DNS prefix and '/', then 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit";

/** A label key or annotation key. */
const qualifiedName = z.string().regex(QUALIFIED_NAME, KEY_MESSAGE);

/**
 * A label map (pod labels, Service selector).
 * @param description - the field's meaning (shown by editors)
 * @returns a record schema
 */
export function labelMap(description: string) {
  const value = z
    .string()
    .regex(
      LABEL_VALUE,
      "must be a label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
    );
  return z.record(qualifiedName, value).describe(description);
}

/**
 * An annotation map: qualified-name keys, any string values.
 * @param description - the field's meaning (shown by editors)
 * @returns a record schema
 */
export function annotationMap(description: string) {
  return z.record(qualifiedName, z.string()).describe(description);
}
