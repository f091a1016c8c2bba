/**
 * Resolves in a later task, so the browser can paint and handle input in between: long work on
 * the page is split at these points to keep every task short on a slow device.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    // A message channel's task runs before timers, which browsers clamp to 4 ms once nested.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
