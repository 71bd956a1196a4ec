/**
 * A position tree built from js-yaml's event stream (which carries source offsets), so that
 * large files get positions without the much slower `yaml` parser. One pass, no recursion.
 * It also counts what aliases expand to (the "billion laughs" guard) and spots an alias
 * that points into its own anchor (a cycle).
 */
import { EVENT_ID, type Event, getScalarValue } from 'js-yaml';
import { emptyItemOffset, emptyValueOffset, endOf, startOf } from './eventOffsets';

/** A node of the tree: where it starts, and its children by key or by index. */
export interface PositionNode {
  start: number;
  /** Mapping entries: the key's offset and the value node. */
  keys?: Map<string, { key: number; value: PositionNode }>;
  items?: PositionNode[];
  /** For an alias: the anchored node it stands for (`undefined` when it does not resolve). */
  alias?: { target?: PositionNode };
  /** Alias nodes met when this node is fully expanded (capped). */
  expansions: number;
  /** True while the node's children are still being read. */
  open?: boolean;
  /** True for a scalar with no content at all (an empty value, an empty document). */
  empty?: boolean;
}

interface Frame {
  node: PositionNode;
  /** In a mapping: the key waiting for its value (text, start and end offsets). */
  key?: { text: string | undefined; start: number; end: number };
}

/** The tree of the first document, and what else the stream held. */
export interface EventTree {
  root?: PositionNode;
  documents: number;
  /** Offset of the second document's first node, when there are several. */
  secondDocument?: number;
  /** Offset of an alias that points into its own anchor. */
  cycle?: number;
  /** Offset of the first alias. */
  firstAlias?: number;
}

const CAP = 1e9;

interface Builder {
  source: string;
  tree: EventTree;
  anchors: Map<string, PositionNode>;
  stack: Frame[];
  /** End of the last scalar read, or start of the last collection opened. */
  lastEnd: number;
}

/** Adds a finished child to its parent: as a key, a value or an item. */
function attach(b: Builder, parent: Frame, child: PositionNode, event?: Event) {
  const { node } = parent;
  node.expansions = Math.min(CAP, node.expansions + child.expansions + (child.alias ? 1 : 0));
  if (node.items) node.items.push(child);
  else if (!parent.key) {
    const text = event?.type === EVENT_ID.SCALAR ? getScalarValue(b.source, event) : undefined;
    parent.key = { text, start: child.start, end: event ? endOf(event, child.start) : child.start };
  } else {
    if (parent.key.text !== undefined) {
      node.keys?.set(parent.key.text, { key: parent.key.start, value: child });
    }
    parent.key = undefined;
  }
}

/** Creates the node for a non-POP event inside a document. */
function nodeFor(b: Builder, event: Event, parent: Frame): PositionNode {
  const { source } = b;
  const fallback = parent.key
    ? emptyValueOffset(source, parent.key)
    : parent.node.items
      ? emptyItemOffset(source, b.lastEnd)
      : parent.node.start;
  const node: PositionNode = { start: startOf(event, fallback, source), expansions: 0 };
  if (event.type === EVENT_ID.SCALAR && event.valueStart < 0 && event.tagStart < 0)
    node.empty = true;
  if (event.type === EVENT_ID.ALIAS) {
    const target = b.anchors.get(source.slice(event.anchorStart, event.anchorEnd));
    node.alias = { target };
    node.expansions = target?.expansions ?? 0;
    b.tree.firstAlias ??= node.start;
    if (target?.open) b.tree.cycle ??= node.start;
  } else if ('anchorStart' in event && event.anchorStart >= 0) {
    b.anchors.set(source.slice(event.anchorStart, event.anchorEnd), node);
  }
  if (event.type === EVENT_ID.MAPPING) node.keys = new Map();
  if (event.type === EVENT_ID.SEQUENCE) node.items = [];
  b.lastEnd = node.keys || node.items ? node.start : endOf(event, node.start);
  return node;
}

/** Handles one event of the first document. */
function onEvent(b: Builder, event: Event) {
  const parent = b.stack.at(-1) as Frame;
  if (event.type === EVENT_ID.POP) {
    const done = b.stack.pop() as Frame;
    done.node.open = false;
    const outer = b.stack.at(-1);
    if (outer) attach(b, outer, done.node);
    else b.tree.root = done.node.items?.[0];
    return;
  }
  const node = nodeFor(b, event, parent);
  if (node.keys || node.items) {
    node.open = true;
    b.stack.push({ node });
  } else attach(b, parent, node, event);
}

/**
 * Builds the position tree of the first document.
 * @param events - from js-yaml's `parseEvents`
 * @param source - the text the events point into
 * @returns the tree and what else the stream held
 */
export function buildEventTree(events: readonly Event[], source: string): EventTree {
  const b: Builder = { source, tree: { documents: 0 }, anchors: new Map(), stack: [], lastEnd: 0 };
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      b.tree.documents++;
      if (b.tree.documents === 1) b.stack.push({ node: { start: 0, items: [], expansions: 0 } });
    } else if (b.tree.documents === 1) onEvent(b, event);
    else if (event.type !== EVENT_ID.POP)
      b.tree.secondDocument ??= startOf(event, source.length, source);
  }
  return b.tree;
}
