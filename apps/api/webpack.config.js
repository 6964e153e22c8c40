const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The worker process (runs and schedule ticks, no HTTP): dist/apps/api/worker.js, same modules as main.js.
      additionalEntryPoints: [{ entryName: 'worker', entryPath: 'apps/api/src/worker.ts' }],
      tsConfig: './tsconfig.app.json',
      assets: ["./src/assets", { input: "./src/platform/database", glob: "*.worker.cjs", output: "." }],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    })
  ],
};
