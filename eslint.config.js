// Lint rules. The core's purity is enforced here: src/core may not touch Phaser, Howler, the DOM,
// Node built-ins or the ink compiler; the trainee game may not pull in the compiler or build code.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'util', 'stream', 'zlib'];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'data/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'phaser', message: 'src/core is pure: no Phaser.' },
            { name: 'howler', message: 'src/core is pure: no Howler.' },
            { name: 'inkjs/full', message: 'src/core ships to players: no ink compiler.' },
            { name: 'inkjs', importNames: ['Compiler', 'CompilerOptions'], message: 'The compiler is in inkjs/full and never in src/core.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no Node built-ins.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'src/core is pure: no Node built-ins.' },
            { group: ['**/game/**', '**/build/**', '**/authoring/**', '**/tools/**'], message: 'src/core imports nothing from the rest of src.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'process', 'fetch'],
    },
  },
  {
    files: ['src/game/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'inkjs/full', message: 'The trainee game ships the ink engine only.' }],
          patterns: [
            { group: ['node:*'], message: 'The game runs in the browser.' },
            { group: ['**/authoring/**', '**/build/**', '**/tools/**'], message: 'The trainee bundle must not include authoring or build code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/authoring/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'Authoring code also runs in the browser Studio.' }, { group: ['phaser', 'howler'], message: 'Authoring logic stays renderer-free.' }] }],
    },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
