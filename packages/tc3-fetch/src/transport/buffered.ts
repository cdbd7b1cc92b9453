/**
 * What openapi-fetch's `Request` option builds on the fast path. A real Request wraps its body in a web
 * stream (tens of µs on Node 20); this keeps the serialized string.
 *
 * For middleware authors: read and change `headers` in place (it is a real Headers); `body` is the
 * serialized string (not a stream); `text()`, `json()`, `arrayBuffer()` and `clone()` work. A middleware
 * that returns `new Request(...)` (the global class) is rejected by openapi-fetch's instanceof check:
 * return `new LiteRequest(...)` or mutate instead.
 */
export class LiteRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | null;
  readonly signal: AbortSignal | null;
  readonly redirect: RequestRedirect;

  constructor(input: string | URL | LiteRequest, init: RequestInit = {}) {
    const base = input instanceof LiteRequest ? input : undefined;
    this.url = base ? base.url : String(input);
    this.method = (init.method ?? base?.method ?? "GET").toUpperCase();
    // openapi-fetch hands over a fresh Headers per request: adopt it rather than copy it (a clone still copies).
    this.headers =
      init.headers instanceof Headers && !base ? init.headers : new Headers(init.headers ?? base?.headers);
    const body = init.body ?? base?.body ?? null;
    if (body !== null && typeof body !== "string") {
      throw new TypeError("LiteRequest carries string bodies only (JSON); pass a serialized string");
    }
    this.body = body;
    this.signal = init.signal ?? base?.signal ?? null;
    this.redirect = init.redirect ?? base?.redirect ?? "follow";
  }

  get bodyUsed(): boolean {
    return false;
  }
  text(): Promise<string> {
    return Promise.resolve(this.body ?? "");
  }
  json(): Promise<unknown> {
    return this.text().then(JSON.parse);
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(new TextEncoder().encode(this.body ?? "").buffer as ArrayBuffer);
  }
  clone(): LiteRequest {
    return new LiteRequest(this);
  }
}

export interface BufferedResponseInit extends ResponseInit {
  url?: string;
  /** The body already parsed, when the caller parsed it anyway; served by the first json() call. */
  parsed?: unknown;
}

export interface BufferedResponseConstructor {
  new (text: string, init?: BufferedResponseInit): Response;
}

function defineBufferedResponse(): BufferedResponseConstructor {
  /**
   * A real Response (instanceof, Headers, status, clone) that serves a body already read into memory
   * without building a web stream unless `body` is asked for.
   */
  return class BufferedResponse extends Response {
    readonly #text: string;
    readonly #url: string;
    #parsed: unknown;
    #hasParsed: boolean;

    constructor(text: string, init: BufferedResponseInit = {}) {
      super(null, init);
      this.#text = text;
      this.#url = init.url ?? "";
      this.#parsed = init.parsed;
      this.#hasParsed = "parsed" in init;
    }

    override get url(): string {
      return this.#url;
    }
    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      return new Response(this.#text).body as ReadableStream<Uint8Array<ArrayBuffer>> | null;
    }
    override text(): Promise<string> {
      return Promise.resolve(this.#text);
    }
    override json(): Promise<unknown> {
      if (this.#hasParsed) {
        this.#hasParsed = false;
        const value = this.#parsed;
        this.#parsed = undefined;
        return Promise.resolve(value);
      }
      try {
        return Promise.resolve(JSON.parse(this.#text));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    override arrayBuffer(): Promise<ArrayBuffer> {
      return Promise.resolve(new TextEncoder().encode(this.#text).buffer as ArrayBuffer);
    }
    override blob(): Promise<Blob> {
      return Promise.resolve(new Blob([this.#text], { type: this.headers.get("content-type") ?? "" }));
    }
    override clone(): BufferedResponse {
      return new BufferedResponse(this.#text, {
        status: this.status,
        statusText: this.statusText,
        headers: this.headers,
        url: this.#url,
      });
    }
  };
}

let BufferedResponse: BufferedResponseConstructor | undefined;

/**
 * A Response whose body is already in memory (class `BufferedResponse`). The class is defined on first use:
 * naming the global Response loads Node's fetch implementation, about 20 ms that an import should not pay.
 */
export function createBufferedResponse(text: string, init?: BufferedResponseInit): Response {
  BufferedResponse ??= defineBufferedResponse();
  return new BufferedResponse(text, init);
}
