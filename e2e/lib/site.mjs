// A loopback web site served from a folder of fixture files, for end-to-end
// tests: "/" is index.html, "/privacy-policy" is privacy-policy.html, other
// paths map to the file of the same name. Every request is recorded.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/** Resolves a request path to a file under root, or null when it escapes root. */
function fileFor(root, path) {
  let p = decodeURIComponent(path.split('?')[0]);
  if (p.endsWith('/')) p += 'index';
  const full = normalize(join(root, p));
  if (full !== root && !full.startsWith(root + sep)) return null;
  return extname(full) ? [full] : [full + '.html', full];
}

/**
 * Starts a static site on 127.0.0.1 and a free port.
 * @param {string} root folder of fixture files
 * @returns {Promise<{port: number, origin: string, requests: Array<{method: string, host: string, path: string}>, close: () => Promise<void>}>}
 */
export async function startSite(root) {
  root = normalize(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push({ method: req.method, host: req.headers.host ?? '', path: req.url ?? '' });
    for (const file of fileFor(root, req.url ?? '/') ?? []) {
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      } catch {
        // try the next candidate
      }
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found\n');
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
