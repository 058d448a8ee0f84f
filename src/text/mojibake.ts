/**
 * Repairs text that was UTF-8 but got decoded as Windows-1252 or Latin-1 somewhere on its way:
 * `â€™` → `’`, `Ã©` → `é`, `Â ` → no-break space. A run is repaired only when its characters,
 * turned back into bytes, form one valid UTF-8 sequence, so ordinary accented text stays as it is.
 */

// Windows-1252 bytes 0x80-0x9F and the characters they decode to.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
const BYTE_OF = new Map<number, number>();
CP1252_HIGH.forEach((cp, i) => BYTE_OF.set(cp, 0x80 + i));

/** The byte a character stands for when UTF-8 was read as Windows-1252 or Latin-1, or -1. */
function byteOf(c: number): number {
  if (c >= 0x80 && c <= 0xff) return c; // Latin-1 (and Windows-1252 for 0xA0-0xFF)
  return BYTE_OF.get(c) ?? -1;
}

/** Whether the character could begin a mis-decoded UTF-8 sequence (lead bytes 0xC2-0xF4). */
export function isMojibakeLead(c: number): boolean {
  return c >= 0xc2 && c <= 0xf4;
}

export interface Repair {
  /** Characters of the input consumed. */
  length: number;
  /** The repaired text. */
  text: string;
}

/** Tries to repair a mis-decoded UTF-8 sequence starting at `i`. */
export function repairMojibake(text: string, i: number): Repair | null {
  const lead = text.charCodeAt(i);
  let need: number;
  let cp: number;
  if (lead >= 0xc2 && lead <= 0xdf) {
    need = 1;
    cp = lead & 0x1f;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2;
    cp = lead & 0x0f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3;
    cp = lead & 0x07;
  } else return null;
  for (let k = 1; k <= need; k++) {
    if (i + k >= text.length) return null;
    const b = byteOf(text.charCodeAt(i + k));
    if (b < 0x80 || b > 0xbf) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  // Reject overlong forms, surrogates and values out of range.
  if ((need === 2 && cp < 0x800) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) {
    return null;
  }
  return { length: need + 1, text: String.fromCodePoint(cp) };
}
