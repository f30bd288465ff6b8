import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * The one address app replicas dial for a multi-node Temporal cluster (what a load balancer or a DNS
 * name in front of the frontends is in production): each new connection goes to the next upstream
 * that accepts it, round-robin; a dead node's connections break and the clients' reconnects land on
 * the survivors.
 */
export interface TcpBalancer {
  address: string;
  close: () => Promise<void>;
}

function dial(upstream: string): Promise<Socket> {
  const [host, port] = upstream.split(':') as [string, string];
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port: Number(port) });
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

export async function startTcpBalancer(upstreams: string[]): Promise<TcpBalancer> {
  let next = 0;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    open.add(client);
    client.pause();
    client.on('error', () => client.destroy());
    client.on('close', () => open.delete(client));
    void (async () => {
      for (let tried = 0; tried < upstreams.length; tried++) {
        const upstream = upstreams[next++ % upstreams.length] as string;
        const socket = await dial(upstream).catch(() => null);
        if (!socket) continue;
        open.add(socket);
        socket.on('error', () => client.destroy());
        socket.on('close', () => (open.delete(socket), client.destroy()));
        client.on('close', () => socket.destroy());
        client.pipe(socket).pipe(client);
        client.resume();
        return;
      }
      client.destroy();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    address: `127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
