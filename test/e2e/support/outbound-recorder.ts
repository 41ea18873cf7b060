// The privacy check: the browser is started with this as its proxy, so every request that would
// leave the machine (anything but loopback, which browsers never proxy) arrives here. It is
// recorded and refused; a test then asserts that nothing arrived.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OutboundRecorder {
  /** Value for the browser's proxy setting. */
  proxy: string;
  /** Hosts (and URLs where visible) that something tried to reach. */
  attempts: string[];
  close(): Promise<void>;
}

export async function startOutboundRecorder(): Promise<OutboundRecorder> {
  const attempts: string[] = [];
  const server = http.createServer((req, res) => {
    attempts.push(req.url ?? '?');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    attempts.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    proxy: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    attempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
