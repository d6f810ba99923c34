// Grades and their colours: the badge and the popup share one palette.

/** Colour of each grade, A (best) to E (worst). */
export const GRADE_COLORS = Object.freeze({
  A: '#1a9850',
  B: '#66bd63',
  C: '#fdae61',
  D: '#f46d43',
  E: '#d73027',
});

/** Colour of the badge for a site that is not rated. */
export const UNRATED_COLOR = '#9e9e9e';

/** What the badge and the popup show for a site rated but not graded. */
export const NOT_GRADED_TEXT = '–';

/** Colour of the badge for a site where no privacy policy was found. */
export const NO_POLICY_COLOR = '#5c5c5c';

/**
 * Reports whether g is a known grade letter.
 * @param {unknown} g
 * @returns {boolean}
 */
export function isGrade(g) {
  return typeof g === 'string' && Object.hasOwn(GRADE_COLORS, g);
}

/**
 * Returns the colour of a grade, or the grey of "not rated" for anything else.
 * @param {unknown} g
 * @returns {string}
 */
export function gradeColor(g) {
  return isGrade(g) ? GRADE_COLORS[g] : UNRATED_COLOR;
}

function channel(c) {
  const v = c / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/**
 * Returns the WCAG relative luminance of a "#rrggbb" colour.
 * @param {string} hex
 * @returns {number}
 */
export function luminance(hex) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`luminance: not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((x) => channel(parseInt(x, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Returns the WCAG contrast ratio of two "#rrggbb" colours (1 to 21).
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Dark text colour used on light backgrounds. */
export const DARK_TEXT = '#1b1b1b';
/** Light text colour used on dark backgrounds. */
export const LIGHT_TEXT = '#ffffff';

/**
 * Returns the text colour (dark or white) that reads best on a background.
 * @param {string} background "#rrggbb"
 * @returns {string}
 */
export function textColorOn(background) {
  return contrast(background, DARK_TEXT) >= contrast(background, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/**
 * Returns what the toolbar badge shows for a lookup state: the grade letter
 * in its colour, a dark "!" for a site where no privacy policy was found, a
 * grey "–" for a site rated but not graded in its language yet, a grey "?"
 * for a site that is not rated (or requested, or that could not be read),
 * and nothing for pages that are not web sites or when the lookup failed.
 * @param {{status: string, site?: {grade?: string}}} state
 * @returns {{text: string, color: string, textColor: string}}
 */
export function badgeFor(state) {
  if (state && state.status === 'rated' && state.site && isGrade(state.site.grade)) {
    const color = gradeColor(state.site.grade);
    return { text: state.site.grade, color, textColor: textColorOn(color) };
  }
  if (state && state.status === 'no_policy') {
    return { text: '!', color: NO_POLICY_COLOR, textColor: textColorOn(NO_POLICY_COLOR) };
  }
  if (state && state.status === 'not_graded') {
    return { text: NOT_GRADED_TEXT, color: UNRATED_COLOR, textColor: textColorOn(UNRATED_COLOR) };
  }
  if (state && ['unrated', 'requested', 'failed'].includes(state.status)) {
    return { text: '?', color: UNRATED_COLOR, textColor: textColorOn(UNRATED_COLOR) };
  }
  return { text: '', color: UNRATED_COLOR, textColor: LIGHT_TEXT };
}
