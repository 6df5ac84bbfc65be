import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, MethodName, Output } from '../../../shared/contract';
import { call, newJobId, onCoreEvent } from './client';

type JobMethod = Extract<MethodName, 'import.preview' | 'import.commit' | 'compliance.letters'>;

/** Runs a long call (an import, a batch of letters) with a progress bar and a Batal button. */
export function useJob() {
  const [progress, setProgress] = useState<{ fraction: number; rows: number } | null>(null);
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      onCoreEvent((event) => {
        if (event.type === 'job.progress' && event.jobId === current.current) setProgress({ fraction: event.fraction, rows: event.rows });
      }),
    [],
  );

  const run = useCallback(async <M extends JobMethod>(method: M, input: Omit<Input<M>, 'jobId'>): Promise<Output<M>> => {
    const jobId = newJobId();
    current.current = jobId;
    setProgress({ fraction: 0, rows: 0 });
    try {
      return await call(method, { ...input, jobId } as Input<M>);
    } finally {
      current.current = null;
      setProgress(null);
    }
  }, []);

  const cancel = useCallback(() => {
    if (current.current) void call('jobs.cancel', { jobId: current.current });
  }, []);

  return { run, cancel, progress, running: progress !== null };
}
