// The analysis worker: owns the one Rasd instance so the page never freezes.
//
// Protocol (page -> worker): {id, op, ...}
//   {op: 'add', files: [{name, bytes: ArrayBuffer}]}  -> [{name, added?, error?}]
//       while working posts {id, progress: {done, total, name}} after each file
//   {op: 'entities'}         -> {documents, entities}  (Rasd.entities())
//   {op: 'document', index}  -> the article in full     (Rasd.document(index))
//   {op: 'clear'}            -> null
// Replies: {id, result} or {id, error: message}.
import init, { Rasd } from '../pkg/rasd.js';

const rasd = init().then(() => new Rasd());

function messageOf(e) {
  return e instanceof Error ? e.message : String(e);
}

async function handle(id, msg) {
  const r = await rasd;
  switch (msg.op) {
    case 'add': {
      const results = [];
      const total = msg.files.length;
      for (const [i, file] of msg.files.entries()) {
        try {
          results.push({ name: file.name, added: r.addFile(file.name, new Uint8Array(file.bytes)) });
        } catch (e) {
          // One refused file never stops the others nor touches the corpus.
          results.push({ name: file.name, error: messageOf(e) });
        }
        self.postMessage({ id, progress: { done: i + 1, total, name: file.name } });
      }
      return results;
    }
    case 'entities':
      return r.entities();
    case 'document':
      return r.document(msg.index);
    case 'clear':
      r.clear();
      return null;
    default:
      throw new Error(`unknown operation ${msg.op}`);
  }
}

self.onmessage = async ({ data }) => {
  const { id } = data;
  try {
    self.postMessage({ id, result: await handle(id, data) });
  } catch (e) {
    self.postMessage({ id, error: messageOf(e) });
  }
};
