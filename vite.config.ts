/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { packagePath, readDataInput } from './scripts/data-input.ts';
import { graphData } from './scripts/graph-data-plugin.ts';
import { minifyBoot } from './scripts/minify-boot-plugin.ts';
import { openData } from './scripts/open-data-plugin.ts';
import { prerender } from './scripts/prerender-plugin.ts';

// The map to build: data/, or a map package (MAP_DATA=path/to/package.json; README).
const dataDir = fileURLToPath(new URL('./data', import.meta.url));
const pkg = packagePath();
const readData = () => readDataInput(dataDir, pkg);

export default defineConfig({
  // Relative base: the same dist/ works at /, under a sub-path, or from a CDN folder.
  base: './',
  plugins: [
    react(),
    graphData(readData, pkg ?? dataDir),
    openData(readData),
    contentSecurityPolicy(),
    minifyBoot(),
    prerender(
      fileURLToPath(new URL('.', import.meta.url)),
      fileURLToPath(new URL('./data', import.meta.url)),
    ),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./app', import.meta.url)) } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // A lazy chunk's own imports are not preloaded alongside it: they load when it runs (a short
    // waterfall on a feature's first use), and the first view sheds the preloading code (0.3 kB
    // gzip). Lazy chunks' stylesheets still load with them.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Everything the first view loads statically goes in one chunk. Left alone, the modules
        // the lazy chunks share with it (schema, layout, query code) were split into eight small
        // files: more requests, and about 2 kB more gzip, as each file is compressed alone.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  test: { include: ['app/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
});
