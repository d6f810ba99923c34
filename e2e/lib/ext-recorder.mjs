// A recording reverse proxy in front of the Legible server: the extension is
// pointed at it, so every request the extension sends to its server — URL,
// headers and body — is kept for the test to inspect.

import { createServer, request as httpRequest } from 'node:http';

/**
 * Starts the proxy on 127.0.0.1 and an ephemeral port.
 * @param {string} target base URL of the real server, e.g. http://127.0.0.1:41000
 * @returns {Promise<{url: string, requests: Array<{method: string, url: string, headers: object, body: string}>, close: () => Promise<void>}>}
 */
export async function startRecorder(target) {
  const t = new URL(target);
  const requests = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method, url: req.url, headers: { ...req.headers }, body: body.toString('utf8') });
      const headers = { ...req.headers, host: t.host };
      const up = httpRequest({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers }, (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      });
      up.on('error', (err) => {
        res.writeHead(502, { 'Content-Type': 'text/plain' });
        res.end(`proxy: ${err.message}`);
      });
      up.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
