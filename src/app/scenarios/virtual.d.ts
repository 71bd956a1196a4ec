// The virtual module served by build/scenariosPlugin.ts (Vite resolves it, TypeScript needs
// its shape). Kept free of top-level imports so the declaration stays ambient.
declare module 'virtual:packetwalk/scenarios' {
  /** Every file of scenarios/, in teaching order (rabbit-hole first). */
  export const scenarios: import('./types').BundledScenario[];
}
