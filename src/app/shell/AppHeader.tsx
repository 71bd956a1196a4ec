import './AppHeader.css';
import type { ReactNode } from 'react';
import { ExportMenu } from '../../export';
import type { TraceModel } from '../../sim';
import { OpenFileButton } from '../file/OpenFileButton';
import type { BundledScenario } from '../scenarios/types';
import type { Shown } from '../state/types';
import { ScenarioPicker } from './ScenarioPicker';
import { Switch } from './Switch';

/** Props of {@link AppHeader}. */
export interface AppHeaderProps {
  /** The bundled scenarios, for the picker. */
  scenarios: readonly BundledScenario[];
  /** The scenario on screen. */
  shown: Shown | null;
  /** Real or naive picture. */
  model: TraceModel;
  /** Reply legs shown. */
  reply: boolean;
  /** The dark theme is in effect. */
  dark: boolean;
  /** A bundled scenario was picked (its `metadata.name`). */
  onSelect: (name: string) => void;
  /** The naive switch moved. */
  onModel: (model: TraceModel) => void;
  /** The reply switch moved. */
  onReply: (reply: boolean) => void;
  /** The theme switch moved. */
  onDark: (dark: boolean) => void;
  /** The shortcuts button was pressed. */
  onHelp: () => void;
  /** A file was chosen with "Open file…". */
  onFile: (file: File) => void;
  /** More tools at the end of the header (e.g. "Copy link to this step"). */
  tools?: ReactNode;
}

/**
 * The header: wordmark, scenario picker, the naive/reply/theme switches, the shortcuts
 * button and "Open file…".
 * @param props - See {@link AppHeaderProps}.
 * @returns The banner.
 */
export function AppHeader(props: AppHeaderProps) {
  const origin = props.shown?.origin;
  return (
    <header className="pw-header">
      <p className="pw-wordmark">
        Packet<span className="pw-wordmark__accent">Walk</span>
      </p>
      <ScenarioPicker
        scenarios={props.scenarios}
        value={origin?.kind === 'bundled' ? origin.name : undefined}
        openedFile={origin?.kind === 'file' ? origin.fileName : undefined}
        onSelect={props.onSelect}
      />
      <div className="pw-header__tools">
        <Switch
          label="Naive picture"
          short="Naive"
          title="The common wrong picture: the ClusterIP Service as a box and a hop"
          checked={props.model === 'naive'}
          onChange={(on) => props.onModel(on ? 'naive' : 'real')}
        />
        <Switch label="Show reply" short="Reply" checked={props.reply} onChange={props.onReply} />
        <Switch label="Dark theme" short="Dark" checked={props.dark} onChange={props.onDark} />
        <button
          type="button"
          className="pw-button pw-button--icon"
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="?"
          title="Keyboard shortcuts (?)"
          onClick={props.onHelp}
        >
          ?
        </button>
        <OpenFileButton onFile={props.onFile} />
        <ExportMenu scenario={props.shown?.scenario} model={props.model} reply={props.reply} />
        {props.tools}
      </div>
    </header>
  );
}
