import type { ReactNode } from 'react';
import type { EntityKind } from '../../layout';
import { useEntityMarks } from './marksStore';

/** Props of {@link EntityGroup}. */
export interface EntityGroupProps {
  /** Entity id (`client`, LB name, node name, pod name, `service/<name>`). */
  id: string;
  /** What the entity is (`client`, `loadBalancer`, `node`, `pod`, `service`). */
  kind: EntityKind;
  /** The entity's static drawing; passed through untouched when the marks change. */
  children: ReactNode;
}

/**
 * The group every drawn entity lives in: `data-entity` (the screen contract) plus the step's
 * marks (`data-active` when it rewrote the packet, `data-target` when the leg goes there).
 * Only this wrapper re-renders when its marks change; its children are the memoised scene's.
 * @param props - {@link EntityGroupProps}
 */
export function EntityGroup({ id, kind, children }: EntityGroupProps) {
  const marks = useEntityMarks(id).split(' ');
  const active = marks.includes('active');
  const target = marks.includes('target');
  return (
    <g
      data-entity={id}
      data-kind={kind}
      data-active={active ? 'true' : undefined}
      data-target={target ? 'true' : undefined}
      className={`pw-entity pw-entity--${kind}`}
    >
      {children}
    </g>
  );
}
