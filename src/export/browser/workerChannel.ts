/**
 * A request/reply channel to an export worker, with the same host run on the page when no
 * Worker can be started. Replies are matched by type, in order; an `error` reply (or the
 * worker failing) rejects everything that waits.
 */

/** Every reply has a type; `error` replies carry a message. */
export type Reply = { type: string } | { type: 'error'; message: string };

/** The side that answers requests (a worker's, or the page's fallback). */
export interface Host<Req, Rep extends Reply> {
  handle(request: Req): Promise<Rep[]>;
}

/** The page's end of a channel. */
export interface Channel<Req, Rep extends Reply> {
  /** Sends a request (transferring `transfer`). */
  post(request: Req, transfer?: Transferable[]): void;
  /** The next reply of this type not yet taken. */
  next<T extends Rep['type']>(type: T): Promise<Extract<Rep, { type: T }>>;
  /** Stops the worker. */
  close(): void;
}

/**
 * Opens a channel.
 * @param spawn - starts the worker (`new Worker(new URL(…), { type: 'module' })`)
 * @param fallback - the same host, for the page, when the worker cannot start
 * @param label - names the work in error messages (`GIF encoding`)
 * @returns the channel
 */
export function openChannel<Req, Rep extends Reply>(
  spawn: () => Worker,
  fallback: () => Host<Req, Rep>,
  label: string,
): Channel<Req, Rep> {
  const queue: Rep[] = [];
  let waiters: Array<{ type: string; resolve: (r: Rep) => void; reject: (e: Error) => void }> = [];
  let failure: Error | null = null;
  const receive = (reply: Rep) => {
    if (reply.type === 'error') {
      failure = new Error(`${label} failed: ${(reply as { message: string }).message}`);
      for (const w of waiters) w.reject(failure);
      waiters = [];
      return;
    }
    const at = waiters.findIndex((w) => w.type === reply.type);
    if (at < 0) queue.push(reply);
    else waiters.splice(at, 1)[0]?.resolve(reply);
  };
  let send: (request: Req, transfer: Transferable[]) => void;
  let close = () => {};
  try {
    const worker = spawn();
    worker.onmessage = (event: MessageEvent<Rep>) => receive(event.data);
    worker.onerror = (event) =>
      receive({ type: 'error', message: event.message || 'the worker stopped' } as Rep);
    send = (request, transfer) => worker.postMessage(request, transfer);
    close = () => worker.terminate();
  } catch {
    const host = fallback();
    let chain = Promise.resolve();
    send = (request) => {
      chain = chain.then(async () => {
        for (const reply of await host.handle(request)) receive(reply);
      });
    };
  }
  return {
    post: (request, transfer = []) => send(request, transfer),
    next(type) {
      if (failure) return Promise.reject(failure);
      const at = queue.findIndex((r) => r.type === type);
      if (at >= 0) return Promise.resolve(queue.splice(at, 1)[0] as never);
      return new Promise((resolve, reject) =>
        waiters.push({ type, resolve: resolve as (r: Rep) => void, reject }),
      );
    },
    close: () => close(),
  };
}

/**
 * A host from a handler that may throw: a thrown error becomes an `error` reply.
 * @param handle - answers one request with one reply
 * @returns the host
 */
export function hostOf<Req, Rep extends Reply>(
  handle: (request: Req) => Promise<Rep>,
): Host<Req, Rep> {
  return {
    async handle(request) {
      try {
        return [await handle(request)];
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return [{ type: 'error', message } as Rep];
      }
    },
  };
}

/** The replies of a frame encoder (GIF, WebM) that carry buffers back to the page. */
export type FrameEncoderReply =
  | { type: 'encoded'; pixels: Uint8Array }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'started' | 'error' };

/**
 * What a frame encoder's worker transfers back with a reply: an encoded frame's buffer (to
 * the page's pool) and the finished file's bytes.
 * @param reply - the reply
 * @returns the buffers to transfer
 */
export function frameReplyTransfer(reply: FrameEncoderReply): Transferable[] {
  if (reply.type === 'done') return [reply.bytes.buffer];
  return reply.type === 'encoded' ? [reply.pixels.buffer] : [];
}

/**
 * Runs a host inside a worker: requests are handled one after the other, in order.
 * @param host - the host
 * @param transferOf - what to transfer back with a reply (e.g. a finished file's buffer)
 */
export function serveHost<Req, Rep extends Reply>(
  host: Host<Req, Rep>,
  transferOf: (reply: Rep) => Transferable[],
): void {
  const scope = globalThis as unknown as {
    onmessage: ((event: MessageEvent<Req>) => void) | null;
    postMessage(message: unknown, transfer: Transferable[]): void;
  };
  let chain = Promise.resolve();
  scope.onmessage = (event) => {
    chain = chain.then(async () => {
      for (const reply of await host.handle(event.data))
        scope.postMessage(reply, transferOf(reply));
    });
  };
}
