// When the server's connection closes unexpectedly: restart it, unless it keeps dying (then stop and
// say so, instead of a crash loop that eats the machine).

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly maxRestarts = 4,
    private readonly windowMs = 180_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Records a crash; true when the server should be started again. */
  shouldRestart(): boolean {
    const time = this.now();
    this.crashes = this.crashes.filter((crash) => time - crash < this.windowMs);
    this.crashes.push(time);
    return this.crashes.length <= this.maxRestarts;
  }

  /** A restart the user asked for starts the count afresh. */
  reset(): void {
    this.crashes = [];
  }

  describe(): string {
    return `the irlens server stopped ${this.crashes.length} times in ${Math.round(this.windowMs / 60_000)} minutes`;
  }
}
