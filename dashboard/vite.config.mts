import { defineConfig } from 'vite';

/**
 * The dashboard bundle: served by the gateway under /dashboard/ (gateway/src/dashboard.ts). Everything
 * (React, ECharts) is bundled from npm — the page loads nothing from outside the gateway.
 * Built by scripts/build-dashboard.ts (`npm run setup`, `npm start`, `npm test`) when its sources changed.
 */
export default defineConfig({
  root: __dirname,
  base: '/dashboard/',
  logLevel: 'warn',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One chart library, bundled on purpose (no CDN): the vendor chunk is large by nature.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: (id) =>
          id.includes('node_modules/echarts') || id.includes('node_modules/zrender') ? 'echarts' : id.includes('node_modules') ? 'vendor' : undefined,
      },
    },
  },
});
