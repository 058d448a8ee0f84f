import { readFile, stat } from 'node:fs/promises';

/** What an error says: its message, or the thrown value as text. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A one-line explanation of why a file could not be read. */
export function fileProblem(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${file}: no such file`;
    case 'EISDIR':
      return `${file}: is a directory, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: permission denied`;
    default:
      return `${file}: cannot read it (${messageOf(error)})`;
  }
}

/** Reads a whole file as UTF-8 text, refusing directories with a clear message. */
export async function readText(file: string): Promise<string> {
  if (file === '-') return readStdin();
  const info = await stat(file);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  return readFile(file, 'utf8');
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** "Unexpected token } in JSON at position 40" → "line 3, column 5: Unexpected token }" */
export function describeJsonError(text: string, error: unknown): string {
  const message = messageOf(error);
  const m = /at position (\d+)/.exec(message);
  if (!m) return message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  const cut = message.indexOf(' in JSON at position');
  const cut2 = message.indexOf(' at position');
  const reason = cut >= 0 ? message.slice(0, cut) : cut2 >= 0 ? message.slice(0, cut2) : message;
  return `line ${line}, column ${column}: ${reason}`;
}
