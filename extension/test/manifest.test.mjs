import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, stat } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('manifest.json', root), 'utf8'));

async function exists(rel) {
  return stat(new URL(rel, root)).then(() => true, () => false);
}

async function filesUnder(dir, ext) {
  const out = [];
  for (const e of await readdir(new URL(dir, root), { withFileTypes: true })) {
    const rel = `${dir}${e.name}`;
    if (e.isDirectory()) out.push(...(await filesUnder(`${rel}/`, ext)));
    else if (e.name.endsWith(ext)) out.push(rel);
  }
  return out;
}

test('Manifest V3 for Chrome and Firefox', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.background.service_worker, 'background.js');
  assert.deepEqual(manifest.background.scripts, ['background.js']);
  assert.equal(manifest.background.type, 'module');
  assert.match(manifest.browser_specific_settings.gecko.id, /@/);
  assert.ok(manifest.browser_specific_settings.gecko.strict_min_version);
  assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions.required, ['none']);
  assert.equal(manifest.default_locale, 'en');
});

test('asks for the fewest permissions, each explained in PERMISSIONS.md', async () => {
  assert.deepEqual(manifest.permissions, ['tabs', 'storage']);
  for (const p of manifest.host_permissions) assert.match(p, /^http:\/\/(localhost|127\.0\.0\.1)\/\*$/, p);
  assert.deepEqual(manifest.optional_host_permissions.sort(), ['http://*/*', 'https://*/*']);
  assert.equal(manifest.content_scripts, undefined, 'no content scripts: pages are never read');
  assert.equal(manifest.content_security_policy, undefined, 'the default CSP applies');
  const doc = await readFile(new URL('PERMISSIONS.md', root), 'utf8');
  for (const p of [...manifest.permissions, ...manifest.host_permissions, ...manifest.optional_host_permissions]) {
    assert.ok(doc.includes(`\`${p}\``), `PERMISSIONS.md does not explain ${p}`);
  }
});

test('every file the manifest names exists', async () => {
  const files = [
    manifest.background.service_worker,
    manifest.action.default_popup,
    manifest.options_ui.page,
    ...Object.values(manifest.icons),
    ...Object.values(manifest.action.default_icon),
  ];
  for (const f of files) assert.ok(await exists(f), f);
});

test('pages load only local scripts and styles (no remote code)', async () => {
  for (const page of await filesUnder('', '.html')) {
    const html = await readFile(new URL(page, root), 'utf8');
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) {
      assert.ok(!/^[a-z]+:/i.test(ref) && !ref.startsWith('//'), `${page} references ${ref}`);
      assert.ok(await exists(ref), `${page}: ${ref} missing`);
    }
    assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), `${page} has an inline script`);
    assert.ok(!/\son[a-z]+=/i.test(html), `${page} has an inline event handler`);
  }
  for (const js of await filesUnder('', '.js')) {
    const src = await readFile(new URL(js, root), 'utf8');
    for (const m of src.matchAll(/\bimport\s[^'"]*['"]([^'"]+)['"]/g)) {
      assert.ok(m[1].startsWith('./') || m[1].startsWith('../'), `${js} imports ${m[1]}`);
    }
  }
});

test('icons are PNGs of the declared sizes', async () => {
  for (const [size, file] of Object.entries(manifest.icons)) {
    const buf = await readFile(new URL(file, root));
    assert.equal(buf.subarray(1, 4).toString('latin1'), 'PNG', file);
    assert.equal(buf.readUInt32BE(16), Number(size), `${file} width`);
    assert.equal(buf.readUInt32BE(20), Number(size), `${file} height`);
  }
});

test('the shipped public suffix data is what the build script makes', async (t) => {
  try {
    await stat(new URL('../node_modules/psl/', root));
  } catch {
    t.skip('npm package psl is not installed');
    return;
  }
  const script = fileURLToPath(new URL('tools/build-psl.mjs', root));
  const { stdout } = await promisify(execFile)(process.execPath, [script, '--check']);
  assert.match(stdout, /up to date/);
});
