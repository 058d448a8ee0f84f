/** Postings, postings per second and MB/s on stderr, rewritten in place twice a second. */
export class Progress {
  private postings = 0;
  private bytes = 0;
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly stream: NodeJS.WriteStream, enabled: boolean) {
    if (enabled) {
      this.timer = setInterval(() => this.render(false), 500);
      this.timer.unref();
    }
  }

  add(postings: number, bytes: number): void {
    this.postings += postings;
    this.bytes += bytes;
  }

  private render(final: boolean): void {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const line =
      `${this.postings.toLocaleString('en-US')} postings, ${Math.round(this.postings / seconds).toLocaleString('en-US')}/s, ` +
      `${(this.bytes / 1e6 / seconds).toFixed(1)} MB/s`;
    this.stream.write(`\r${line}${final ? '\n' : ''}`);
  }

  end(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.render(true);
  }
}
