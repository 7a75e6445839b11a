import type { StudioJob, StudioJobResult } from './jobs.js';

interface Pending {
  job: StudioJob;
  resolve: (answer: StudioJobResult) => void;
}

/**
 * Runs the studio's jobs in its worker (`dist/studio-worker.js`), one at a time in order.
 * Where a worker cannot start (a policy without `worker-src`, an old browser, the file not
 * found) the jobs run on this thread instead, after the next paint, from a chunk of their own. A worker that dies while
 * working (out of memory on a huge sheet) fails the jobs it had with a message, and a new
 * one starts for the next job.
 */
export class JobRunner {
  /** `null`: no worker possible here, run inline. */
  private worker?: Worker | null;
  private ready = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly workerUrl: URL) {}

  run(job: StudioJob): Promise<StudioJobResult> {
    const worker = this.start();
    if (!worker) return runInline(job);
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, { job, resolve });
      worker.postMessage({ id, job });
    });
  }

  /**
   * Starts the worker ahead of the first job (when the coordinator moves toward opening a
   * file): its code (the converter and SheetJS) is then in memory by the time a file comes,
   * also when the connection dropped meanwhile.
   */
  warmUp(): void {
    this.start();
  }

  /** Stops the worker; jobs still running are answered as failed. */
  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = false;
    this.failAll('stopped');
  }

  private start(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      const worker = new Worker(this.workerUrl, { type: 'module' });
      worker.onmessage = (event: MessageEvent<{ ready?: true; id: number; answer: StudioJobResult }>) => {
        this.ready = true;
        if (event.data.ready) return;
        const { id, answer } = event.data;
        const pending = this.pending.get(id);
        this.pending.delete(id);
        pending?.resolve(answer);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        if (this.ready) {
          // It worked before: this job broke it. The next job gets a new worker.
          this.worker = undefined;
          this.ready = false;
          this.failAll('crashed');
        } else {
          // It never started (blocked or missing): every job runs here from now on.
          this.worker = null;
          const jobs = [...this.pending.values()];
          this.pending.clear();
          for (const { job, resolve } of jobs) void runInline(job).then(resolve);
        }
      };
      this.worker = worker;
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private failAll(message: string): void {
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const { resolve } of jobs) resolve({ type: 'failed', message });
  }
}

async function runInline(job: StudioJob): Promise<StudioJobResult> {
  // Let the "reading..." state paint before the work holds the thread.
  await new Promise((resolve) => setTimeout(resolve, 30));
  try {
    // A chunk of the studio's own build (dist/studio/), fetched only here.
    const { runJob } = await import('./jobs.js');
    return runJob(job);
  } catch (error) {
    return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
