/** What the package asks of Node's Buffer: latin1 and base64 conversions, which it does natively. */
export interface NodeBufferClass {
  from(text: string, encoding: 'latin1' | 'base64'): Uint8Array & { toString(encoding: 'latin1'): string };
}

/** Node's Buffer when the package runs in Node, else undefined (a browser): its users fall back to plain JavaScript. */
export const nodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer;
