/**
 * Internal types of the walk: legs before they are numbered, and how a walk ends.
 */
import type { Endpoint, LoadBalancer, Node, Pod, Scenario, ScenarioIndex } from '../../model/query';
import type { ProxyRules, ServicePortView } from '../rules/types';
import type { Rewrite, TraceEnd, TraceModel } from '../types';

/** A packet's source and destination, `ip:port` each. */
export interface Packet {
  src: string;
  dst: string;
}

/** A step before it gets its index, hop number and direction. */
export interface Leg {
  from: string;
  to: string;
  counted: boolean;
  via: string[];
  packet: Packet;
  rewrites: Rewrite[];
  note: string;
}

/** How the request ended. */
export interface Ending {
  delivered: boolean;
  outcome: string;
  end: TraceEnd;
  /** A pod answered (delivered, or the controller's 404/503), so reply legs exist. */
  answered: boolean;
}

/** The legs of one stage of the walk and, when it is the last stage, how it ended. */
export interface StageResult {
  legs: Leg[];
  ending: Ending;
}

/** Everything the stages share, resolved once. */
export interface WalkContext {
  scenario: Scenario;
  index: ScenarioIndex;
  model: TraceModel;
  rules: ProxyRules;
  lb: LoadBalancer;
  /** Client `ip:port`. */
  client: string;
  /** The LB's `ip:port`. */
  vip: string;
  /** The Service port the LB forwards to, and its NodePort. */
  front: ServicePortView;
  nodePort: number;
  /** Endpoints of that Service port, in file order. */
  frontEndpoints: Endpoint[];
  /** Names of nodes that run at least one of those endpoints. */
  frontNodes: Set<string>;
  /** Names of the ingress controller's pods. */
  controllerPods: Set<string>;
  /** Node of a pod, looked up. */
  nodeOf: (pod: Pod) => Node;
}
