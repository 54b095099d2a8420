// Why a file was refused, in the page's language.
//
// The core refuses a file with an English message plus a stable `code` and named
// `params` (src/error.rs). In English the core's message is used as it is; in Arabic
// the code picks a sentence here and the params fill it. An unknown code (a newer
// core) falls back to the English message, so nothing is ever left unsaid.

const AR = {
  empty: 'الملف فارغ؛ اختر ملفاً فيه نص مقال',
  too_large: 'حجم الملف {size_mib} ميغابايت، أكبر من {max_mib} ميغابايت يقرؤها رصد دفعة واحدة؛ قسّمه إلى ملفات أصغر',
  binary: 'هذا {what} وليس مقالاً؛ {advice}',
  binary_data: 'في هذا الملف بيانات ثنائية لا نص؛ أفلت ملفات txt أو html أو md أو json',
  rtf: 'هذا مستند RTF لا يقرؤه رصد؛ احفظه بصيغة txt أو html ثم أفلت ذلك الملف',
  xml: 'هذا ملف XML (موجز أخبار أو بيانات مصدّرة) لا يقرؤه رصد؛ احفظ المقالات بصيغة txt أو html أو md أو json',
  no_text: 'لا يحوي إلا عناصر الصفحة (أزرار المشاركة ونماذج التعليق) ولا نص مقال فيه؛ اختر ملفاً فيه نص مقال',
  no_text_html: 'لا نص ظاهراً في الصفحة؛ اختر ملفاً فيه نص مقال',
  no_text_json: 'لا عنوان ولا محتوى لأي من مقالاته؛ اختر ملفاً فيه نص مقال',
  json_malformed: 'صيغة JSON معطوبة في السطر {line}، العمود {column} ({reason})؛ أصلحها أو احفظ المقالات ملفات txt',
  duplicate_text: 'فيه المقالات نفسها التي في {earlier} المحمَّل من قبل (بترميز آخر أو باسم آخر)، فلم يُضف ثانيةً كي لا تُحسب مقالاته مرتين',
  json_no_articles: 'لا مقالات في ملف JSON هذا؛ المتوقع مصفوفة مقالات مثل [{"title": "…", "content": "…"}] (شكل SaudiNewsNet)، أو احفظ المقالات ملفات txt',
};

const ADVICE_AR = {
  drop_text: 'أفلت ملفات txt أو html أو md أو json',
  save_as_text: 'احفظه بصيغة txt أو html ثم أفلت ذلك الملف',
  copy_text: 'انسخ نصه إلى ملف txt ثم أفلته',
  unpack: 'فكّ ضغطه ثم أفلت ملفات txt أو html أو md أو json التي فيه',
};

// The core names a binary file "an image (PNG)", "a program (ELF executable)": the
// kind is translated, the format in brackets is a name and stays as written.
const KIND_AR = {
  image: 'صورة',
  'icon image': 'أيقونة',
  'PDF document': 'مستند PDF',
  'Word document': 'مستند Word',
  'old Office document': 'مستند Office قديم',
  'OpenDocument file': 'ملف OpenDocument',
  presentation: 'عرض تقديمي',
  spreadsheet: 'جدول بيانات',
  'e-book': 'كتاب إلكتروني',
  'compressed file': 'ملف مضغوط',
  archive: 'أرشيف',
  program: 'برنامج',
  'WebAssembly module': 'وحدة WebAssembly',
  'audio file': 'ملف صوتي',
  'video file': 'ملف فيديو',
  'audio or video file': 'ملف صوت أو فيديو',
  'media file': 'ملف وسائط',
  'font file': 'ملف خط',
  database: 'قاعدة بيانات',
};

// serde_json's reasons for a malformed file (its Display texts), for json_malformed:
// one it does not list stays in English, inside the Arabic sentence.
const JSON_REASON_AR = {
  'EOF while parsing a list': 'انتهى الملف قبل أن تُغلق مصفوفة',
  'EOF while parsing an object': 'انتهى الملف قبل أن يُغلق كائن',
  'EOF while parsing a string': 'انتهى الملف قبل أن يُغلق نص بين علامتي تنصيص',
  'EOF while parsing a value': 'انتهى الملف حيث يُنتظر قيمة',
  'expected `:`': 'يُنتظر هنا «:»',
  'expected `,` or `]`': 'يُنتظر هنا «,» أو «]»',
  'expected `,` or `}`': 'يُنتظر هنا «,» أو «}»',
  'expected value': 'يُنتظر هنا قيمة',
  'expected ident': 'كلمة غير معروفة',
  'invalid escape': 'تهريب غير صالح بعد «\\»',
  'invalid number': 'عدد غير صالح',
  'key must be a string': 'اسم الحقل يجب أن يكون نصًا بين علامتي تنصيص',
  'trailing comma': 'فاصلة زائدة قبل الإغلاق',
  'trailing characters': 'بقية بعد نهاية JSON',
  'control character (\\u0000-\\u001F) found while parsing a string': 'سطر جديد أو محرف تحكم داخل نص بين علامتي تنصيص',
};

function kindAr(what) {
  const m = /^an? (.+?)(?: \((.+)\))?$/.exec(what ?? '');
  const kind = m && KIND_AR[m[1]];
  if (!kind) return null;
  return m[2] ? `${kind} (${m[2]})` : kind;
}

/**
 * The reason a file was refused, for `lang`: `refusal` is {text, code, params} as the
 * worker passes it on. Returns the core's English text unless an Arabic sentence is
 * known for the code and every parameter it needs.
 */
export function refusalText(lang, { text, code, params = {} }) {
  if (lang !== 'ar' || !code || !(code in AR)) return text;
  const vars = { ...params };
  if (code === 'binary') {
    vars.what = kindAr(params.what);
    vars.advice = ADVICE_AR[params.advice];
  }
  if (code === 'json_malformed' && params.reason in JSON_REASON_AR) vars.reason = JSON_REASON_AR[params.reason];
  let missing = false;
  const out = AR[code].replace(/\{(\w+)\}/g, (_, k) => {
    if (vars[k] == null) missing = true;
    return String(vars[k] ?? '');
  });
  return missing ? text : out;
}
