// Loopback web sites for the extension's end-to-end test: one HTTP server
// that answers for rated.example (a home page linking a privacy policy and
// terms, for the crawler to find and score) and unrated.example (a plain page
// nobody has rated), told apart by the Host header.

import { createServer } from 'node:http';

const PRIVACY = `
<h1>Privacy Policy</h1>
<p>Last updated: 1 November 2026.</p>
<p>This privacy policy explains how Rated Example Ltd ("we") collects, uses and shares personal data when you use rated.example.</p>
<h2>What we collect</h2>
<ul>
<li>Your name, email address and postal address when you create an account.</li>
<li>Your IP address, device identifiers and browsing activity on our site, collected with cookies.</li>
<li>Your approximate location, derived from your IP address.</li>
</ul>
<h2>How we use it</h2>
<p>We use your personal data to provide the service, to send you marketing emails, and to show you personalised advertising.</p>
<p>We may share your personal information with our advertising partners and other third parties for marketing purposes.</p>
<p>We may sell your personal information to data brokers where the law allows it.</p>
<h2>How long we keep it</h2>
<p>We keep account data for 30 days after you close your account, and log data for 12 months.</p>
<h2>Your rights</h2>
<p>You can access, correct or delete your personal data, and object to its processing, by writing to privacy@rated.example. You may also lodge a complaint with your data protection authority.</p>
<h2>Changes</h2>
<p>We may change this policy at any time without notice. Your continued use of the service means you accept the changes.</p>
<h2>Contact</h2>
<p>Rated Example Ltd, 1 Example Street, London. Email: privacy@rated.example.</p>
`;

const TERMS = `
<h1>Terms of Service</h1>
<p>By using rated.example you agree to these terms.</p>
<p>We may terminate your account at any time, for any reason, without notice.</p>
<p>Any dispute shall be resolved by binding arbitration and you waive your right to take part in a class action.</p>
<p>The service is provided "as is" without warranty of any kind, and our liability is limited to the amount you paid us in the last twelve months.</p>
<p>You grant us a worldwide, royalty-free licence to use the content you upload.</p>
`;

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
    `<header><nav><a href="/">Home</a></nav></header><main>${body}</main>` +
    `<footer><a href="/privacy">Privacy Policy</a> · <a href="/terms">Terms of Service</a></footer></body></html>`;
}

const SITES = {
  'rated.example': {
    '/': page('Rated Example', '<h1>Rated Example</h1><p>A shop that sells examples.</p>'),
    '/privacy': page('Privacy Policy — Rated Example', PRIVACY),
    '/terms': page('Terms of Service — Rated Example', TERMS),
    '/robots.txt': 'User-agent: *\nAllow: /\n',
  },
  'unrated.example': {
    '/': page('Unrated Example', '<h1>Unrated Example</h1><p>Nobody has graded this site yet.</p>'),
  },
};

/**
 * Starts the sites on 127.0.0.1 and an ephemeral port.
 * @returns {Promise<{port: number, hits: Array<{host: string, path: string}>, close: () => Promise<void>}>}
 */
export async function startSites() {
  const hits = [];
  const server = createServer((req, res) => {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '').replace(/^www\./, '');
    const path = new URL(req.url, 'http://x').pathname;
    hits.push({ host, path });
    const body = SITES[host]?.[path];
    if (body === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    const type = path.endsWith('.txt') ? 'text/plain' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'Content-Type': type });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
