// A round-robin proxy in a process of its own (so it does not share the load generator's event loop), as a small
// load balancer does: each request goes to the next instance; a GET whose connection failed before any answer (an
// idle keep-alive connection the instance had just closed) is tried once on the next instance, as nginx's
// `proxy_next_upstream error` does. Usage: node proxy.mjs PORT TARGET_PORT…
import http from "node:http";

const [port, ...targets] = process.argv.slice(2).map(Number);
let next = 0;
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function forward(req, res, body, triesLeft) {
  const target = targets[next++ % targets.length];
  const upstream = http.request({ host: "127.0.0.1", port: target, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on("error", (error) => {
    if (process.env.LOAD_PROXY_DEBUG) console.error(`proxy: ${req.method} ${req.url} → ${target}: ${error.code ?? error.message}`);
    if (res.headersSent) return res.destroy();
    if (triesLeft > 0 && (req.method === "GET" || req.method === "HEAD")) return forward(req, res, body, triesLeft - 1);
    res.writeHead(502).end();
  });
  upstream.end(body);
}

http
  .createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => forward(req, res, Buffer.concat(chunks), 1));
  })
  .listen(port, "127.0.0.1", () => process.send?.("listening"));
