import type { Logger } from '../log.js';

/** If stopping takes longer than this, the process exits anyway. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * Stops gracefully on SIGINT/SIGTERM (and when a sharding manager that started this process goes away):
 * runs `stop`, flushes the log, exits. Signals that come while stopping are ignored.
 */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const shutdown = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    setTimeout(() => {
      logger.error({ timeoutMs: STOP_TIMEOUT_MS }, 'could not stop in time; exiting anyway');
      logger.flush();
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    stop()
      .then(
        () => 0,
        (error: unknown) => {
          logger.error({ err: error }, 'failed while shutting down');
          return 1;
        },
      )
      .then((code) => {
        logger.info('stopped');
        logger.flush();
        process.exit(code);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  if (process.connected) process.once('disconnect', () => shutdown('the sharding manager went away'));
}
