/** Modules made by the ink Vite plugin (src/build/vitePluginInk.ts). */
declare module 'virtual:ink-catalogue' {
  const catalogue: import('../core/catalogue').Catalogue;
  export default catalogue;
}

declare module 'virtual:ink-cases' {
  export interface CaseEntry {
    readonly meta: import('../core/caseMeta').CaseCard;
    readonly hash: string;
    readonly knots: Readonly<Record<string, string>>;
    /** Where the compiled story JSON is served (fetched when the case starts). */
    readonly url: string;
    /** The case's branch map (SVG), for the debrief. */
    readonly mapUrl: string;
  }
  export const cases: readonly CaseEntry[];
}
