// HTTP and live updates for the workshop pages. Secrets travel in headers, never in URLs the server logs.

/** fetch JSON; throws an Error carrying the RFC 9457 problem on failure. */
export async function request(method, url, { body, token, key } = {}) {
  // X-Requested-With: a facilitator's writes are signed in by the session cookie, which the service accepts only with it.
  // Accept-Language: en — the page turns the service's problems into sentences in six languages (i18n.js problemText)
  // by matching their English text, so it asks for English whatever the browser prefers.
  const headers = { Accept: 'application/json, application/geo+json', 'Accept-Language': 'en', 'X-Requested-With': 'kortlaegning' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers['X-Participant-Token'] = token;
  if (key) headers['X-Facilitator-Key'] = key;
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const err = new Error((data && (data.detail || data.title)) || `HTTP ${res.status}`);
    err.problem = data;
    err.status = res.status;
    throw err;
  }
  return data;
}

/** Splits an SSE text block into {id, event, data}; null for comments and keep-alives. */
export function parseEvent(block) {
  let id = null, event = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const i = line.indexOf(':');
    const field = i < 0 ? line : line.slice(0, i);
    const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length ? { id, event, data: data.join('\n') } : null;
}

/**
 * Server-Sent Events over fetch (so the facilitator key can go in a header), reconnecting with Last-Event-ID
 * after a drop so nothing is missed. Returns a function that stops the stream.
 */
export function stream(url, { key, onEvent, onState } = {}) {
  const abort = new AbortController();
  let lastId = null;
  (async () => {
    while (!abort.signal.aborted) {
      try {
        const headers = { Accept: 'text/event-stream' };
        if (key) headers['X-Facilitator-Key'] = key;
        if (lastId) headers['Last-Event-ID'] = lastId;
        const res = await fetch(url, { headers, signal: abort.signal });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        onState?.('live');
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value.replace(/\r\n/g, '\n');
          let cut;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const e = parseEvent(buffer.slice(0, cut));
            buffer = buffer.slice(cut + 2);
            if (!e) continue;
            if (e.id) lastId = e.id;
            onEvent(e.event, JSON.parse(e.data));
          }
        }
      } catch (err) {
        if (abort.signal.aborted) return;
      }
      onState?.('reconnecting');
      await new Promise(r => setTimeout(r, 1500));
    }
  })();
  return () => abort.abort();
}
