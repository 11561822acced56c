// Node unit tests get an in-memory IndexedDB (fake-indexeddb); end-to-end tests use Chromium's real one.
import 'fake-indexeddb/auto';
