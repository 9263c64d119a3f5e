// A JSON file the story fetches once per page, however many elements ask for it (the map files,
// the embeds' data). A failed fetch is forgotten, so the next request retries.
async function fetchJson<T>(url: string, what: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what}: ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

export function jsonOnce<T>(url: string, what: string): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= fetchJson<T>(url, what);
    pending.catch(() => {
      pending = null;
    });
    return pending;
  };
}
