// Public surface of export/: files of what the diagram shows — SVG, PNG, PDF, GIF, WebM.
// Only the menu and types load with the app; everything else arrives with loadExportKit().

// Loading the export code
export type { ExportKit } from './loadExportKit';
export { loadExportKit } from './loadExportKit';
// Types
export type {
  ExportFormat,
  ExportProgress,
  ExportResult,
  ExportRunOptions,
  ExportSource,
  ExportTheme,
} from './types';
// The header's menu
export type { ExportMenuProps } from './ui/ExportMenu';
export { ExportMenu } from './ui/ExportMenu';
