/** What the package asks of Node's Buffer: latin1 and base64 conversions, which it does natively. */
export interface NodeBufferClass {
  from(text: string, encoding: 'latin1' | 'base64'): Uint8Array & { toString(encoding: 'latin1'): string };
  allocUnsafeSlow(size: number): NodeBufferInstance;
}

/** What the package asks of a Buffer it writes strings into and reads them back from. */
export interface NodeBufferInstance {
  readonly length: number;
  readonly buffer: ArrayBuffer;
  readonly byteOffset: number;
  write(text: string, offset: number, length: number, encoding: 'latin1' | 'utf16le'): number;
  toString(encoding: 'latin1', start: number, end: number): string;
}

/** Node's Buffer when the package runs in Node, else undefined (a browser): its users fall back to plain JavaScript. */
export const nodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer;
