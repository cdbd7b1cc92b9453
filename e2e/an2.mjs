import { build, analyzeMetafile } from "esbuild";
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", write: false, metafile: true, logLevel: "silent",
  alias: { "@wedata-openapi/tc3-fetch": "../packages/tc3-fetch/src/index.ts", "@wedata-openapi/client/bare": "../packages/client/src/bare.ts", "@wedata-openapi/schema/v20210820/actions": "../packages/schema/src/generated/v20210820/actions/index.ts" } });
console.log(await analyzeMetafile(r.metafile));
if (process.argv[3]) { const { writeFileSync } = await import("node:fs"); writeFileSync(process.argv[3], r.outputFiles[0].text); }
