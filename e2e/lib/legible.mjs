// Runs the legible binary for end-to-end tests: `crawl` to seed a database
// from a loopback site, and `serve` on a free loopback port. Every child is
// bounded in time and killed on close.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Children still running; killed if the test process exits early. */
const live = new Set();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** Spawns a child and tracks it until it exits. */
function track(child) {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** The binary under test: $LEGIBLE_BIN (the Makefile builds and sets it). */
export function legibleBin() {
  const bin = process.env.LEGIBLE_BIN;
  return bin && existsSync(bin) ? bin : null;
}

/**
 * Runs one command to completion and returns its combined output; rejects on
 * a non-zero exit or when it outlives timeoutMs (then it is killed).
 * @param {string} bin
 * @param {string[]} args
 * @param {number} [timeoutMs]
 */
export function runCommand(bin, args, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    const child = track(spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] }));
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      out += `\n[killed after ${timeoutMs} ms]`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`${bin} ${args.join(' ')}: ${err.message}`, { cause: err }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${bin} ${args.join(' ')} exited with ${code ?? signal}:\n${out.slice(-4000)}`));
    });
  });
}

/**
 * Seeds a database by crawling domains served by a loopback site: each
 * domain resolves to 127.0.0.1:port.
 * @param {{bin: string, db: string, port: number, domains: string[], args?: string[], timeoutMs?: number}} opts
 *   args are more crawl flags, e.g. ['--delay', '100ms']
 */
export function crawlLoopback({ bin, db, port, domains, args: extra = [], timeoutMs = 180_000 }) {
  const args = ['crawl', '--db', db, '--allow-private', ...extra];
  for (const d of domains) args.push('--resolve', `${d}=127.0.0.1:${port}`);
  return runCommand(bin, [...args, ...domains], timeoutMs);
}

/**
 * Starts `legible serve` on 127.0.0.1 and a free port, waits for its
 * "listening addr=..." log line and for /readyz.
 * @param {{bin: string, db: string, args?: string[], timeoutMs?: number}} opts
 * @returns {Promise<{url: string, log: () => string, close: () => Promise<void>}>}
 */
export async function startServe({ bin, db, args = [], timeoutMs = 30_000 }) {
  const child = track(
    spawn(bin, ['serve', '--addr', '127.0.0.1:0', '--db', db, '--workers', '0', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let log = '';
  const close = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  try {
    const addr = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`legible serve did not report its address:\n${log}`)), timeoutMs);
      const onData = (d) => {
        log += d;
        const m = /listening.*?addr=("?)([^\s"]+)\1/.exec(log);
        if (m) {
          clearTimeout(timer);
          resolve(m[2]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`legible serve exited with ${code ?? signal}:\n${log}`));
      });
    });
    const url = `http://${addr}`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await fetch(`${url}/readyz`).catch(() => null);
      if (res?.ok) break;
      if (Date.now() > deadline) throw new Error(`legible serve at ${url} never became ready:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return { url, log: () => log, close };
  } catch (err) {
    await close();
    throw err;
  }
}
