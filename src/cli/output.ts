import type { Writable } from 'node:stream';

/** Raised when the reader of our output went away (`skilltag ... | head`). */
export class OutputClosed extends Error {
  constructor() {
    super('output closed');
  }
}

/**
 * Writes lines to a stream with backpressure: `write` resolves at once while the stream's buffer has
 * room and waits for 'drain' when it is full. A closed pipe (EPIPE) ends writing quietly.
 */
export class LineWriter {
  private closed = false;
  private waiting: Promise<void> | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw error;
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async write(line: string): Promise<void> {
    if (this.closed) throw new OutputClosed();
    if (this.waiting) await this.waiting;
    if (this.closed) throw new OutputClosed();
    const ok = this.stream.write(line.endsWith('\n') ? line : line + '\n');
    if (!ok) {
      this.waiting = new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          this.waiting = null;
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
      });
    }
  }

  /** Resolves when everything written has been handed to the operating system. */
  async end(): Promise<void> {
    if (this.closed) return;
    if (this.waiting) await this.waiting;
    await new Promise<void>((resolve) => {
      if (this.stream.writableLength === 0) resolve();
      else this.stream.once('drain', () => resolve());
    });
  }
}
