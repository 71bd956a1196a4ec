import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of {@link DiagramBoundary}. */
export interface DiagramBoundaryProps {
  /** Remount (and try again) when this changes, e.g. on a new trace. */
  resetKey: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

/**
 * Keeps a failure inside the diagram from taking the panels down with it: the text of the
 * step stays on screen and the diagram area says what went wrong.
 */
export class DiagramBoundary extends Component<DiagramBoundaryProps, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: DiagramBoundaryProps,
    state: State,
  ): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('PacketWalk: the diagram failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="pw-diagram__error" role="alert">
        <p>The diagram could not be drawn: {this.state.error.message}</p>
        <p>The panels still describe every step.</p>
      </div>
    );
  }
}
