// A real HTTP(S) proxy in its own process (the `proxy` package, CONNECT included) on 127.0.0.1, for tests.
// Usage: node proxy-server.mjs [user password]. Prints {"port": N} once listening, then one line per request
// it relays ("CONNECT host:port" or "GET http://..."), so a test can tell what went through it.
import http from "node:http";
import { createProxy } from "proxy";

const [user, password] = process.argv.slice(2);
const server = createProxy(http.createServer());
if (user !== undefined) {
  const expected = `Basic ${Buffer.from(`${user}:${password ?? ""}`).toString("base64")}`;
  server.authenticate = (req) => req.headers["proxy-authorization"] === expected;
}
server.prependListener("connect", (req) => console.log(`CONNECT ${req.url}`));
server.prependListener("request", (req) => console.log(`${req.method} ${req.url}`));
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
