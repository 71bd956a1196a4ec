import { DiagnosticsPanel } from '../../panels';
import type { AppController } from '../state/useAppController';
import { DiagramArea } from './DiagramArea';
import { ScenarioHeading } from './ScenarioHeading';
import { SidePanel } from './SidePanel';

/** Props of {@link AppMain}. */
export interface AppMainProps {
  /** The app's state, trace and player. */
  app: AppController;
}

/**
 * The main region: diagnostics when there are any, then the stage (title and diagram) and
 * the side panel (narration and details).
 * @param props - See {@link AppMainProps}.
 * @returns The main element.
 */
export function AppMain({ app }: AppMainProps) {
  const { state, trace, player, apply } = app;
  const step = player.state.step;
  return (
    <main className="pw-main">
      {state.report ? (
        <DiagnosticsPanel
          report={state.report}
          onDismiss={() => apply({ type: 'dismissReport' }, { history: 'replace' })}
        />
      ) : null}
      {state.shown && trace ? (
        <div className="pw-main__content">
          <section className="pw-stage" aria-label="Packet path">
            <ScenarioHeading shown={state.shown} />
            <DiagramArea
              scenario={state.shown.scenario}
              trace={trace}
              step={step}
              store={player.store}
              reducedMotion={player.state.reducedMotion}
            />
          </section>
          <SidePanel trace={trace} step={step} scenario={state.shown.scenario} />
        </div>
      ) : (
        <p className="pw-empty-app">No scenario could be loaded. Open a scenario file to begin.</p>
      )}
    </main>
  );
}
