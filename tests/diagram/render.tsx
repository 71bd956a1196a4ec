/**
 * Rendering helpers for the diagram's component tests: NetworkDiagram inside the LazyMotion
 * boundary the app uses, animations skipped, and a way to let motion values reach the DOM.
 */
import { act, render } from '@testing-library/react';
import {
  domAnimation,
  frame,
  LazyMotion,
  MotionGlobalConfig,
  type MotionValue,
  motionValue,
} from 'motion/react';
import { Profiler } from 'react';
import { NetworkDiagram, type NetworkDiagramProps } from '../../src/diagram';
import type { Built } from './fixtures';

MotionGlobalConfig.skipAnimations = true;

/** Options of {@link renderDiagram}. */
export interface RenderOptions
  extends Partial<Omit<NetworkDiagramProps, 'layout' | 'trace' | 'routes'>> {
  /** Called on every React commit inside the diagram (a render counter). */
  onCommit?: () => void;
}

/**
 * Renders the diagram of a built scenario.
 * @param built - from `build()`
 * @param options - step (default 0), progress (default 1), other props, a commit counter
 */
export function renderDiagram(built: Built, options: RenderOptions = {}) {
  const { onCommit, step = 0, progress = motionValue(1), ...rest } = options;
  const ui = (props: { step: number }) => (
    <LazyMotion features={domAnimation} strict>
      <Profiler id="diagram" onRender={() => onCommit?.()}>
        <NetworkDiagram
          layout={built.layout}
          trace={built.trace}
          routes={built.routes}
          progress={progress}
          step={props.step}
          {...rest}
        />
      </Profiler>
    </LazyMotion>
  );
  const result = render(ui({ step }));
  return {
    ...result,
    progress,
    /** Shows another step (a React re-render, as the app does on "Next step"). */
    setStep: (next: number) => result.rerender(ui({ step: next })),
  };
}

/** Waits for motion's next frame, when motion values have been written to the DOM. */
export async function nextFrame(): Promise<void> {
  await act(async () => {
    await new Promise<void>((resolve) => frame.postRender(() => resolve()));
  });
}

/**
 * Sets a motion value and waits until the DOM shows it.
 * @param value - the motion value
 * @param to - its new value
 */
export async function setMotion(value: MotionValue<number>, to: number): Promise<void> {
  act(() => value.set(to));
  await nextFrame();
}

/**
 * The packet group.
 * @param container - the render container
 */
export function packetOf(container: HTMLElement): SVGGElement {
  const packets = container.querySelectorAll<SVGGElement>('[data-entity="packet"]');
  if (packets.length !== 1) throw new Error(`expected one packet, found ${packets.length}`);
  return packets[0] as SVGGElement;
}

/**
 * The packet's centre, as its data-x / data-y say.
 * @param container - the render container
 */
export function packetAt(container: HTMLElement): { x: number; y: number } {
  const packet = packetOf(container);
  return { x: Number(packet.getAttribute('data-x')), y: Number(packet.getAttribute('data-y')) };
}
