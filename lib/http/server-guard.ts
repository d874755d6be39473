import http from "node:http";
import type { Duplex } from "node:stream";
import { completeHeaders } from "./outgoing-headers";
import {
  MAX_URL_BYTES,
  METHOD_NOT_ALLOWED,
  oversizeRejection,
  rejectRequest,
  URI_TOO_LONG,
  type Rejection,
} from "./request-guard";
import { BASE_SECURITY_HEADERS, STATIC_CSP } from "./security";
import type { RequestHandler } from "./static-assets";

let installed = false;

function answer(response: http.ServerResponse, rejection: Rejection, isHead: boolean): void {
  const body = JSON.stringify(rejection.body);
  response.writeHead(rejection.status, {
    ...BASE_SECURITY_HEADERS,
    ...rejection.headers,
    "Content-Security-Policy": STATIC_CSP,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  response.end(isHead ? undefined : body);
}

const UNREADABLE: Rejection = {
  status: 400,
  headers: {},
  body: {
    error: "The request could not be read.",
    issues: [{ path: "request", message: "is not valid HTTP/1.1" }],
  },
};

/**
 * An answer written straight to the socket, where no response object exists: a request Node cannot parse
 * (an unknown method such as TRACK, a bad header, a head too large) or a CONNECT, which Node hands over as
 * a bare socket. Carries the headers every answer carries, then closes the connection.
 */
function answerOnSocket(socket: Duplex, rejection: Rejection): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(rejection.body);
  const headers = {
    ...BASE_SECURITY_HEADERS,
    ...rejection.headers,
    "Content-Security-Policy": STATIC_CSP,
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body)),
    "Cache-Control": "no-store",
    Connection: "close",
  };
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n");
  socket.end(`HTTP/1.1 ${rejection.status} ${http.STATUS_CODES[rejection.status]}\r\n${head}\r\n\r\n${body}`);
}

/** The answer to a request Node could not read: too large a head is 414 or 431, anything else 400. */
function unreadableRejection(error: { code?: unknown; rawPacket?: unknown }): Rejection {
  if (error.code !== "HPE_HEADER_OVERFLOW") return UNREADABLE;
  return oversizeRejection(Buffer.isBuffer(error.rawPacket) ? error.rawPacket : undefined);
}

/**
 * Next.js turns every request into a WHATWG Request before the proxy runs, and that constructor throws
 * on TRACE and TRACK, which Next answers with a bare 500. So requests no route can serve (a method other
 * than GET/HEAD, a path that is not UTF-8) are answered at the Node server, before Next sees them, with
 * the same 405/400 as the proxy gives; a request Node cannot parse gets a 400 with the security headers
 * instead of Node's bare one (414 or 431 when its address or headers are too long), a CONNECT a 405
 * instead of a closed connection, and an address over MAX_URL_BYTES a 414. Every other answer goes out
 * with its headers completed (outgoing-headers.ts). Installed by instrumentation.ts when the server starts (requests that
 * arrive before Next.js has run it are covered by the proxy, except TRACE).
 */
export function installServerGuard(options: { assets?: RequestHandler } = {}): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function guardedEmit(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    const parseError =
      event === "clientError" && String((args[0] as { code?: unknown }).code).startsWith("HPE_");
    if (parseError && this.listenerCount("clientError") === 0) {
      answerOnSocket(args[1] as Duplex, unreadableRejection(args[0] as { code?: unknown }));
      return true;
    }
    // Node destroys a CONNECT's socket unless the server listens for it, so every server listens for it.
    if (event === "listening" && this.listenerCount("connect") === 0)
      this.on("connect", (_request: http.IncomingMessage, socket: Duplex) =>
        answerOnSocket(socket, METHOD_NOT_ALLOWED),
      );
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      completeHeaders(request, response);
      const pathname = (request.url ?? "/").split("?")[0] ?? "/";
      const rejection =
        Buffer.byteLength(request.url ?? "") > MAX_URL_BYTES
          ? URI_TOO_LONG
          : rejectRequest(request.method ?? "", pathname);
      if (rejection) {
        answer(response, rejection, request.method === "HEAD");
        return true;
      }
      if (options.assets?.(request, response)) return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
}
