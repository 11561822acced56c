import 'fake-indexeddb/auto';
import '../../renderer/app/i18n/zodErrorMap';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());
