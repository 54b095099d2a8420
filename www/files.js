// What a drop or the file picker hands the page, as a flat list of files.
//
// A dropped folder arrives as a directory entry (DataTransfer items, webkitGetAsEntry);
// its files are collected recursively and named by their path inside the drop
// ("folder/sub/article.txt"), so two "index.html" in different folders stay apart.

/** Files of a drop: [{name, file}]. Entries must be taken before the first await. */
export function droppedFiles(dataTransfer) {
  const items = [...(dataTransfer?.items ?? [])].filter((i) => i.kind === 'file');
  const entries = items.map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e == null)) {
    // No entry API (or a synthetic drop): the plain file list.
    return Promise.resolve([...(dataTransfer?.files ?? [])].map((file) => ({ name: file.name, file })));
  }
  return collect(entries);
}

async function collect(entries) {
  const out = [];
  const errors = [];
  const walk = async (entry, prefix) => {
    if (entry.isFile) {
      try {
        out.push({ name: prefix + entry.name, file: await new Promise((ok, fail) => entry.file(ok, fail)) });
      } catch (e) {
        errors.push({ name: prefix + entry.name, text: e?.message ?? String(e) });
      }
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      // readEntries hands out a directory in batches (100 in Chromium) until an empty one.
      const children = [];
      for (;;) {
        const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail)).catch((e) => {
          errors.push({ name: prefix + entry.name, text: e?.message ?? String(e) });
          return [];
        });
        if (batch.length === 0) break;
        children.push(...batch);
      }
      // In name order, whatever order the file system lists them in.
      children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const child of children) await walk(child, `${prefix}${entry.name}/`);
    }
  };
  for (const entry of entries) await walk(entry, '');
  return Object.assign(out, { errors });
}
