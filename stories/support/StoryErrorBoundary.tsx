import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of {@link StoryErrorBoundary}. */
export interface StoryErrorBoundaryProps {
  /** Try again when this changes (e.g. the scenario text). */
  resetKey: unknown;
  /** What may fail. */
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

/**
 * Keeps a failure inside a story's content from blanking the story: it says what went
 * wrong, as an alert, and tries again when `resetKey` changes.
 */
export class StoryErrorBoundary extends Component<StoryErrorBoundaryProps, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: StoryErrorBoundaryProps,
    state: State,
  ): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('PacketWalk story: rendering failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="pw-diagnostics" role="alert">
        <h2 className="pw-diagnostics__title">This combination could not be drawn</h2>
        <p>{this.state.error.message}</p>
      </div>
    );
  }
}
