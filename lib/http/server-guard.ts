import http from "node:http";
import type { Duplex } from "node:stream";
import { rejectRequest, type Rejection } from "./request-guard";
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

/** What Node answers to a request it cannot parse (an unknown method such as TRACK, a bad header), plus
 * the headers every answer carries. */
function answerUnparsable(socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({
    error: "The request could not be read.",
    issues: [{ path: "request", message: "is not valid HTTP/1.1" }],
  });
  const headers = {
    ...BASE_SECURITY_HEADERS,
    "Content-Security-Policy": STATIC_CSP,
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body)),
    Connection: "close",
  };
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n");
  socket.end(`HTTP/1.1 400 Bad Request\r\n${head}\r\n\r\n${body}`);
}

/**
 * Next.js turns every request into a WHATWG Request before the proxy runs, and that constructor throws
 * on TRACE and TRACK, which Next answers with a bare 500. So requests no route can serve (a method other
 * than GET/HEAD, a path that is not UTF-8) are answered at the Node server, before Next sees them, with
 * the same 405/400 as the proxy gives; a request Node cannot parse gets a 400 with the security headers
 * instead of Node's bare one. Installed by instrumentation.ts when the server starts (requests that
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
      answerUnparsable(args[1] as Duplex);
      return true;
    }
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const pathname = (request.url ?? "/").split("?")[0] ?? "/";
      const rejection = rejectRequest(request.method ?? "", pathname);
      if (rejection) {
        answer(response, rejection, request.method === "HEAD");
        return true;
      }
      if (options.assets?.(request, response)) return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
}
