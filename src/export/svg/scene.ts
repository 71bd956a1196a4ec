/**
 * An export's scene: the scenario laid out once for the file's shape, then any moment of the
 * walk as a self-contained SVG document. The layout is the app's reference canvas (1600 units
 * wide) shaped like the file (`aspect`, as talk mode shapes it like the screen), so a
 * 1280x720 video and a 1600x900 still show the same picture at different pixel sizes.
 */
import { computeLayout, computeRoutes } from '../../layout';
import type { Scenario } from '../../model';
import type { Trace } from '../../sim';
import type { ExportTheme } from '../types';
import { type DiagramScene, renderDiagramMarkup } from './renderDiagramMarkup';
import { APP_STYLES, type ExportStyles, standaloneSvg, themeBackground } from './standaloneSvg';

/** The app's reference canvas (src/app/shell/DiagramArea.tsx); files default to its pixel size. */
export const APP_CANVAS = { width: 1600, height: 900 } as const;

/** A scenario ready to be drawn at any step, in one theme and size. */
export interface ExportScene extends DiagramScene {
  /** The theme resolved into the files. */
  theme: ExportTheme;
  /** Pixel size written on the SVG. */
  width: number;
  height: number;
  /** The stylesheets embedded. */
  styles: ExportStyles;
  /** The theme's background colour (`--pw-bg`), for canvases under the SVG. */
  background: string;
}

/** Options of {@link createScene}. */
export interface CreateSceneOptions {
  /** The theme. @default 'light' */
  theme?: ExportTheme;
  /** Width of the file in pixels. @default 1600 */
  width?: number;
  /** Height of the file in pixels; the layout takes the shape width / height. @default 900 */
  height?: number;
  /** The stylesheets to embed. @default the app's (APP_STYLES) */
  styles?: ExportStyles;
}

/**
 * Lays a scenario out for export.
 * @param scenario - the loaded scenario
 * @param trace - its walk (the model of the layout follows `trace.model`)
 * @param options - theme and pixel size
 * @returns the scene
 */
export function createScene(
  scenario: Scenario,
  trace: Trace,
  options: CreateSceneOptions = {},
): ExportScene {
  const width = options.width ?? APP_CANVAS.width;
  const height = options.height ?? APP_CANVAS.height;
  const layout = computeLayout(scenario, {
    width: APP_CANVAS.width,
    aspect: width / height,
    model: trace.model,
  });
  const routes = computeRoutes(layout, trace);
  const theme = options.theme ?? 'light';
  const styles = options.styles ?? APP_STYLES;
  const background = themeBackground(theme, styles);
  return { layout, routes, trace, theme, width, height, styles, background };
}

/**
 * One moment of the walk as a standalone SVG document.
 * @param scene - from {@link createScene}
 * @param step - 0..trace.steps.length
 * @param progress - 0..1 through leg `step`; 1 (at rest) for still images
 * @param xmlDeclaration - start with `<?xml …?>` (files) or not (inline use) @default true
 * @returns the SVG text
 */
export function sceneSvg(
  scene: ExportScene,
  step: number,
  progress = 1,
  xmlDeclaration = true,
): string {
  const markup = renderDiagramMarkup(scene, step, progress);
  return standaloneSvg(markup, {
    width: scene.width,
    height: scene.height,
    theme: scene.theme,
    xmlDeclaration,
    styles: scene.styles,
  });
}
