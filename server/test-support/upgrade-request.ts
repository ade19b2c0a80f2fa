// A websocket upgrade request written by hand, to see what a server does with one it does not serve.
import net from "node:net";

/** Resolves with everything the server sent once it closed the socket; rejects if it held it. */
export function upgradeRequest(port: number, path: string, holdMs = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let answer = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server held the socket (answer so far: ${JSON.stringify(answer)})`));
    }, holdMs);
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.on("error", () => {});
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
        `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
    );
  });
}
