// A GS1 element string as the handheld reads it, for its own quick check only (the server parses it
// again and decides): GTIN (01), lot (10), expiry (17), serial (21) and the others a picker meets.
// Accepts an AIM symbology identifier (]C1 GS1-128, ]d2 DataMatrix, ]Q3 QR, ]e0 DataBar, ]J1), GS
// (0x1D) as FNC1, or the character DataWedge is set to send instead of GS, and the printed form
// "(01)05901234123457(10)L42". Returns { ai: value } or null when the text is not GS1.
const GS = '\u001d';

// AI → [length of the AI, fixed length of the value or 0 when it runs to GS or the end].
const known = {
  '00': [2, 18], '01': [2, 14], '02': [2, 14], '10': [2, 0], '11': [2, 6], '12': [2, 6], '13': [2, 6],
  '15': [2, 6], '16': [2, 6], '17': [2, 6], '20': [2, 2], '21': [2, 0], '22': [2, 0], '30': [2, 0],
  '37': [2, 0], '240': [3, 0], '241': [3, 0], '250': [3, 0], '400': [3, 0], '401': [3, 0], '410': [3, 13],
};

function aiAt(text, i) {
  for (const length of [2, 3]) {
    const ai = text.substr(i, length);
    if (known[ai] && known[ai][0] === length) return ai;
  }
  const four = text.substr(i, 4);
  if (/^3[1-6]\d\d$/.test(four)) return four; // measures: 4-digit AI, 6 digits
  return null;
}

function valueLength(ai) {
  return known[ai] ? known[ai][1] : 6;
}

export function parseGs1(raw, substitute = '') {
  let text = raw;
  const printed = /^\(\d{2,4}\)/.test(text);
  if (printed) text = text.replace(/\((\d{2,4})\)/g, (m, ai, offset) => (offset === 0 ? '' : GS) + ai);
  const symbology = /^\](C1|d2|Q3|e0|J1)/.exec(text);
  if (symbology) text = text.slice(3);
  else if (!printed && !(substitute && text.includes(substitute)) && !text.includes(GS)) {
    // A bare number is a GTIN or EAN, not an element string, unless it is one AI's worth exactly.
    if (!/^01\d{14}(\d|$)/.test(text) || /^\d{8,14}$/.test(text)) return null;
  }
  if (substitute) text = text.split(substitute).join(GS);
  if (text.startsWith(GS)) text = text.slice(1);

  const elements = {};
  let i = 0;
  while (i < text.length) {
    const ai = aiAt(text, i);
    if (!ai) return null;
    i += ai.length;
    const fixed = valueLength(ai);
    let value;
    if (fixed > 0) {
      value = text.substr(i, fixed);
      if (value.length !== fixed) return null;
      i += fixed;
      if (text[i] === GS) i++;
    } else {
      const end = text.indexOf(GS, i);
      value = end < 0 ? text.slice(i) : text.slice(i, end);
      i = end < 0 ? text.length : end + 1;
    }
    elements[ai] = value;
  }
  return elements['01'] || elements['00'] ? elements : null;
}
