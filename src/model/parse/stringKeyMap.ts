/**
 * The mapping tag of both js-yaml readers (the fast one and the positioned one for large
 * files): plain objects with string keys only, so that they build exactly the data `yaml`
 * builds. Each reader decides which keys it refuses, and how it words that.
 */
import { defineMappingTag } from 'js-yaml';

/**
 * A `tag:yaml.org,2002:map` that builds plain objects.
 * @param refuse - why a key cannot be stored, or '' to store it; a non-string key is never stored
 * @returns the tag, for `CORE_SCHEMA.withTags`
 */
export function stringKeyMap(refuse: (key: unknown) => string) {
  return defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
    create: () => ({}),
    identify: (data) => typeof data === 'object' && data !== null && !Array.isArray(data),
    addPair: (map, key, value) => {
      const refused = refuse(key);
      if (refused !== '' || typeof key !== 'string') return refused || 'keys must be strings';
      map[key] = value;
      return '';
    },
    has: (map, key) => typeof key === 'string' && Object.hasOwn(map, key),
    keys: (map) => Object.keys(map),
    get: (map, key) => (typeof key === 'string' ? map[key] : undefined),
  });
}
