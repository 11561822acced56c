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
