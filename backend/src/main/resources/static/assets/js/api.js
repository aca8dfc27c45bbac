// Thin client of the public API v1 (see docs/ui.md). Every call returns parsed JSON or throws an
// ApiError carrying the HTTP status; an AbortSignal cancels calls that a newer one superseded.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function getJson(path, signal) {
  const response = await fetch(path, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) throw new ApiError(response.status, `${response.status} ${path}`);
  return response.json();
}

/**
 * Runs `fn(signal)` so that starting a new call aborts the previous one of the same channel:
 * typing fast never lets an old answer overwrite a newer one.
 */
export function latest() {
  let controller = null;
  return (fn) => {
    controller?.abort();
    controller = new AbortController();
    return fn(controller.signal);
  };
}

export const isAbort = (e) => e?.name === "AbortError";
