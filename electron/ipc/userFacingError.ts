/**
 * An error whose German message is meant for the user ("Der Ordner ist nicht beschreibbar.").
 * Handlers throw it for expected failures; any other error crosses the bridge only as a general
 * message, its details go to the log.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}
