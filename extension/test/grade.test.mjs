import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gradeColor, isGrade, textColorOn, contrast, luminance, badgeFor, UNRATED_COLOR } from '../lib/grade.js';

test('gradeColor gives the palette and grey for anything else', () => {
  const cases = [
    ['A', '#1a9850'],
    ['B', '#66bd63'],
    ['C', '#fdae61'],
    ['D', '#f46d43'],
    ['E', '#d73027'],
    ['F', '#9e9e9e'],
    ['a', '#9e9e9e'],
    [undefined, '#9e9e9e'],
    ['toString', '#9e9e9e'],
  ];
  for (const [g, want] of cases) assert.equal(gradeColor(g), want, String(g));
  assert.equal(isGrade('constructor'), false);
});

test('luminance and contrast follow WCAG', () => {
  assert.equal(luminance('#000000'), 0);
  assert.equal(luminance('#ffffff'), 1);
  assert.equal(contrast('#000000', '#ffffff'), 21);
  assert.throws(() => luminance('red'), /not a #rrggbb/);
});

test('badge text reads with at least 4.5:1 contrast on every grade colour', () => {
  for (const bg of ['#1a9850', '#66bd63', '#fdae61', '#f46d43', '#d73027', UNRATED_COLOR]) {
    const fg = textColorOn(bg);
    assert.ok(contrast(bg, fg) >= 4.5, `${fg} on ${bg}: ${contrast(bg, fg).toFixed(2)}`);
  }
});

test('badgeFor', () => {
  const cases = [
    [{ status: 'rated', site: { grade: 'A' } }, 'A', '#1a9850'],
    [{ status: 'rated', site: { grade: 'E' } }, 'E', '#d73027'],
    [{ status: 'rated', site: { grade: 'X' } }, '', UNRATED_COLOR],
    [{ status: 'unrated' }, '?', '#9e9e9e'],
    [{ status: 'not_graded', site: { grade: '' } }, '–', '#9e9e9e'],
    [{ status: 'none' }, '', UNRATED_COLOR],
    [{ status: 'error' }, '', UNRATED_COLOR],
    [null, '', UNRATED_COLOR],
  ];
  for (const [state, text, color] of cases) {
    const b = badgeFor(state);
    assert.equal(b.text, text, JSON.stringify(state));
    assert.equal(b.color, color, JSON.stringify(state));
  }
});
