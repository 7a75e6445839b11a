/**
 * `dist/studio-worker.js`: the feed studio's worker, a bundle of its own (the converter,
 * SheetJS and zod), so none of it touches the newcomer widgets' chunks. One job a message,
 * answered with the same `id`; the files come in as bytes and never leave the computer.
 * Where a worker cannot start, the studio runs `runJob` from a chunk of its own instead.
 */
import { runJob, type StudioJob } from './jobs.js';

interface Request {
  id: number;
  job: StudioJob;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage: (message: unknown) => void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  const { id, job } = event.data;
  scope.postMessage({ id, answer: runJob(job) });
};
// Tells the page this worker runs: an error after this is a job's, not a blocked start.
scope.postMessage({ ready: true });
