// A matching form for the filter box: the same spirit as the Rust normalizer
// (src/normalize.rs), small enough for typing. The text shown is never changed.
//   harakat, dagger alef, tatweel, zero-width/bidi marks are dropped
//   أ إ آ ٱ -> ا    ى ی -> ي    ة -> ه    ؤ -> و    ئ -> ي    ک -> ك
//   ٠-٩ ۰-۹ -> 0-9, Latin lower-cased
const DROP = /[\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u061C]/g;
const MAP = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ؤ': 'و', 'ک': 'ك', 'گ': 'ك',
};

export function normalizeArabic(s) {
  return String(s ?? '')
    .normalize('NFC')
    .replace(DROP, '')
    .replace(/[أإآٱىیئةؤکگ]/g, (c) => MAP[c])
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06F0))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
