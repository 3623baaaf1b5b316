/** Modules made by the ink Vite plugin (src/build/vitePluginInk.ts). */
declare module 'virtual:ink-catalogue' {
  const catalogue: import('../core/catalogue').Catalogue;
  export default catalogue;
}

declare module 'virtual:ink-cases' {
  export interface CaseEntry {
    readonly meta: import('../core/caseMeta').CaseMeta;
    readonly hash: string;
    readonly knots: Readonly<Record<string, string>>;
    /** Loads the compiled story JSON (a separate chunk). */
    load(): Promise<string>;
  }
  export const cases: readonly CaseEntry[];
}
