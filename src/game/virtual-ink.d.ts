/** Modules made by the ink Vite plugin (src/build/vitePluginInk.ts). The game loads cases as data (content/index.json). */
declare module 'virtual:ink-catalogue' {
  const catalogue: import('../core/catalogue').Catalogue;
  export default catalogue;
}
