// A stand-in for the service in its own process (so its CPU is not the client's), on 127.0.0.1 only.
// Modes: "documented" answers the documented GetTaskInstance response; "limit" also enforces
// --rps requests per sliding second at arrival, answering RequestLimitExceeded beyond it, as the service does.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [mode = "documented", rpsArg = "20"] = process.argv.slice(2);
const rps = Number(rpsArg);
const spec = JSON.parse(
  readFileSync(new URL(import.meta.resolve("@wedata-openapi/schema/openapi.json")), "utf8"),
);
const documented = JSON.stringify(
  spec.paths["/#GetTaskInstance"].post.responses["200"].content["application/json"].examples.documented.value,
);
const arrivals = [];
let served = 0;
let limited = 0;

const server = createServer((req, res) => {
  const arrived = performance.now();
  req.resume();
  req.on("end", () => {
    let body = documented;
    if (mode === "limit") {
      while (arrivals.length && arrived - arrivals[0] >= 1000) arrivals.shift();
      if (arrivals.length >= rps) {
        limited++;
        body = JSON.stringify({
          Response: {
            Error: { Code: "RequestLimitExceeded", Message: "over the limit" },
            RequestId: "limited",
          },
        });
      } else {
        arrivals.push(arrived);
        served++;
      }
    }
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () =>
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`),
);
process.on("message", (message) => {
  if (message === "stats") process.send?.({ served, limited });
  if (message === "stop") server.close(() => process.exit(0));
});
