/** Small pieces the pages share: a retry cell, paging by cursors, an action's outcome in words. */
import { useState } from 'preact/hooks';

/** A table's column headings; with `action`, a last one (named for screen readers) over the rows' actions. */
export function TableHead({ columns, action = false }: { columns: readonly string[]; action?: boolean }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
        {action && (
          <th scope="col">
            <span class="visually-hidden">Action</span>
          </th>
        )}
      </tr>
    </thead>
  );
}

/** A retry for a failed item, in its row. */
export function RetryCell({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  return (
    <td data-label="Action">
      {failed && (
        <button type="button" class="quiet" onClick={onRetry}>
          Retry
        </button>
      )}
    </td>
  );
}

/** Back and forth through pages whose cursors were collected on the way. */
export function Pager(props: { cursors: readonly string[]; nextCursor: string | null | undefined; onChange: (cursors: string[]) => void; back?: string; forward?: string }) {
  const { cursors, nextCursor, onChange } = props;
  return (
    <div class="pager">
      {cursors.length > 0 && (
        <button type="button" class="quiet" onClick={() => onChange(cursors.slice(0, -1))}>
          {props.back ?? 'Previous page'}
        </button>
      )}
      {nextCursor && (
        <button type="button" class="quiet" onClick={() => onChange([...cursors, nextCursor])}>
          {props.forward ?? 'Next page'}
        </button>
      )}
    </div>
  );
}

/**
 * Runs an action and keeps what to say about it: what was done (or, with `onDone`, hands that to
 * the page), or the refusal in the API's words; `busy` while it runs.
 */
export function useAction(onDone?: (said: string) => void) {
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, said: string, then?: () => void) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      await action();
      if (onDone) onDone(said);
      else setDone(said);
      then?.();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const refusal = error && (
    <p class="error" role="alert">
      Refused: {error}
    </p>
  );
  const outcome = (
    <>
      <p role="status" class="done">
        {done}
      </p>
      {refusal}
    </>
  );
  return { run, busy, refusal, outcome };
}
