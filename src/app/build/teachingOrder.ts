/**
 * The order the scenario picker lists the bundled files in: the quiz first, then one topic
 * at a time, each building on the one before. Files not listed here follow, by file name.
 */

/** A topic of the picker and the scenario names under it, in order. */
export interface TopicGroup {
  /** The picker's group label. */
  topic: string;
  /** `metadata.name` values, in teaching order. */
  names: readonly string[];
}

/** The teaching order. */
export const TEACHING_ORDER: readonly TopicGroup[] = [
  { topic: 'The quiz', names: ['rabbit-hole'] },
  {
    topic: 'Where the packet goes',
    names: ['lb-all-nodes', 'service-upstream', 'nodeport-direct'],
  },
  {
    topic: 'externalTrafficPolicy: Local',
    names: ['local-policy', 'local-outage', 'local-no-healthcheck'],
  },
  { topic: 'Proxy modes', names: ['proxy-ipvs', 'proxy-nftables', 'proxy-ebpf'] },
  { topic: 'When it fails', names: ['path-miss-404', 'no-endpoints-503', 'ingress-down'] },
];

/** The group label of files the teaching order does not know. */
export const OTHER_TOPIC = 'More scenarios';

/**
 * Where a scenario sits in the teaching order.
 * @param name - the scenario's `metadata.name`
 * @returns its topic and rank; unknown names get {@link OTHER_TOPIC} and rank after every known one
 */
export function teachingRank(name: string): { topic: string; rank: number } {
  let rank = 0;
  for (const group of TEACHING_ORDER) {
    const i = group.names.indexOf(name);
    if (i >= 0) return { topic: group.topic, rank: rank + i };
    rank += group.names.length;
  }
  return { topic: OTHER_TOPIC, rank: Number.POSITIVE_INFINITY };
}
