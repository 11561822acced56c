import log from 'electron-log/main';
import path from 'node:path';
import { rotateLogFile } from '../services/logRotation';
import { redactHome } from '../services/redactPaths';
import { setLogSink } from './logger';

const MAX_LOG_BYTES = 1024 * 1024;
const KEEP_ARCHIVES = 5;

/**
 * File logging with electron-log: <userData>/logs/main.log, rotated at 1 MB keeping five old
 * files. The home folder is cut out of every line (it carries the user name); handlers log
 * events and error causes only, never what the user wrote.
 */
export function setupLogging(userDataDir: string, homeDir: string, packaged: boolean): string {
  const folder = path.join(userDataDir, 'logs');
  log.transports.file.resolvePathFn = () => path.join(folder, 'main.log');
  log.transports.file.maxSize = MAX_LOG_BYTES;
  log.transports.file.archiveLogFn = (file) => rotateLogFile(file.path, KEEP_ARCHIVES);
  log.transports.console.level = packaged ? false : 'info';
  log.hooks.push((message) => {
    message.data = message.data.map((item: unknown) => {
      if (typeof item === 'string') return redactHome(item, homeDir);
      if (item instanceof Error) return redactHome(`${item.name}: ${item.message}\n${item.stack ?? ''}`, homeDir);
      return item;
    });
    return message;
  });
  log.errorHandler.startCatching({ showDialog: false });
  setLogSink({
    info: (message, ...details) => log.info(message, ...details),
    warn: (message, ...details) => log.warn(message, ...details),
    error: (message, ...details) => log.error(message, ...details),
  });
  return folder;
}
