/**
 * Log lines name folders, and folder paths carry the Windows or Linux user name. The home folder
 * is replaced by "~" so a log file sent to support names no one.
 */
export function redactHome(text: string, homeDir: string): string {
  if (!homeDir || homeDir.length < 2) return text;
  let result = text;
  for (const variant of new Set([homeDir, homeDir.replaceAll('\\', '/'), homeDir.replaceAll('/', '\\')])) {
    result = result.split(variant).join('~');
  }
  return result;
}

/**
 * An error message for the renderer with every absolute path taken out: Node's file errors name
 * the full path ("ENOTEMPTY: directory not empty, rename '/home/anna/…' -> …"), which tells a
 * page where the user's files are and who the user is. POSIX, Windows drive and UNC paths are
 * replaced by "…"; the log keeps the full message.
 */
export function withoutAbsolutePaths(message: string): string {
  return message.replace(/(?<=^|[\s'"`(=,:„“‚‘»«])(?:[A-Za-z]:[\\/]|\\\\|\/)[^\s'"`,;)“”‘’«»]*/g, '…');
}
