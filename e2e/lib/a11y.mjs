// A few accessibility checks run inside a page: the ones a server-rendered
// page most often gets wrong. Not a full audit; each failure names the element.

/**
 * Returns the accessibility problems of the page, as sentences ([] when none).
 * @param {import('playwright-core').Page} page
 */
export function a11yProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const describe = (el) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
    const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
    const html = document.documentElement;
    if (!html.lang) problems.push('<html> has no lang');
    if (!document.title.trim()) problems.push('the page has no title');
    if (document.querySelectorAll('main').length !== 1) problems.push('the page needs exactly one <main>');
    if (document.querySelectorAll('h1').length !== 1) problems.push('the page needs exactly one <h1>');
    if (!document.querySelector('a[href="#main"]')) problems.push('no skip link to #main');
    for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
      const named = el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
      if (!named) problems.push(`${describe(el)} has no label`);
    }
    for (const el of document.querySelectorAll('img')) {
      if (!el.hasAttribute('alt')) problems.push(`${describe(el)} has no alt`);
    }
    for (const el of document.querySelectorAll('svg[role=img]')) {
      const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const name = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim() || el.getAttribute('aria-label');
      if (!name) problems.push(`${describe(el)} has no accessible name`);
    }
    for (const el of document.querySelectorAll('a[href], button')) {
      if (!visible(el) && el.className !== 'skip') continue;
      const name = (el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.querySelector('img[alt]')?.getAttribute('alt');
      if (!name) problems.push(`${describe(el)} has no text`);
    }
    const ids = new Set();
    for (const el of document.querySelectorAll('[id]')) {
      if (ids.has(el.id)) problems.push(`id "${el.id}" is used twice`);
      ids.add(el.id);
    }
    return problems;
  });
}
