// Builds the console page into dist/console/: the page's code bundled for browsers (our client's browser
// entries, Preact), its HTML and CSS. Shipped inside the CLI package: no CDN, nothing fetched at run time.
import { copyFileSync, mkdirSync } from "node:fs";
import { build } from "esbuild";

mkdirSync("dist/console", { recursive: true });
await build({
  entryPoints: ["console/app.ts"],
  outfile: "dist/console/app.js",
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  sourcemap: true,
  logLevel: "warning",
  // The client imports a validators module for one deprecated export; the page does not use it.
  logOverride: { "ignored-bare-import": "silent" },
});
for (const file of ["index.html", "app.css"]) copyFileSync(`console/${file}`, `dist/console/${file}`);
