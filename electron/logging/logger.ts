/**
 * The main process's logger as the rest of the shell sees it. main.ts points it at electron-log
 * (a rotating file in the user data folder); tests and services get the console default. Log
 * events and error causes only, never payloads or document content.
 */
export interface Logger {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

let sink: Logger = {
  info: () => undefined,
  warn: (message, ...details) => console.warn(message, ...details),
  error: (message, ...details) => console.error(message, ...details),
};

export const logger: Logger = {
  info: (message, ...details) => sink.info(message, ...details),
  warn: (message, ...details) => sink.warn(message, ...details),
  error: (message, ...details) => sink.error(message, ...details),
};

export function setLogSink(next: Logger): void {
  sink = next;
}
