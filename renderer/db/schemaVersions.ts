import type { Transaction } from 'dexie';

/**
 * The database's schema history. Never edit a version that has shipped: add a new one with its
 * upgrade. test/unit/db/schemaUpgrade.test.ts opens a database of every older version, writes
 * data, and proves the app's current version upgrades it with its data intact.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Version 1: the domain model of DESIGN.md §3. */
const v1: SchemaVersion = {
  version: 1,
  stores: {
    territories: 'id, &key, rotationIndex',
    persons: 'id, lastName',
    memberships: 'id, personId, body, territoryId, validFrom',
    deputies: 'id, membershipId, personId',
    plans: 'id, year',
    sittings: 'id, date, planId, status',
    attendance: 'id, sittingId, membershipId, [sittingId+membershipId]',
    guests: 'id, sittingId',
    agendaItems: 'id, sittingId, [sittingId+position]',
    decisions: 'id, agendaItemId',
    actionItems: 'id, sittingId, agendaItemId, status, due',
    minutes: 'id, &sittingId, status',
    settings: 'id',
  },
};

/**
 * Version 2: seats (successive holders share seatId), roles with a term (Sprecher), frozen
 * minutes versions for corrections, and the sync engine's own tables.
 */
const v2: SchemaVersion = {
  version: 2,
  stores: {
    memberships: 'id, personId, seatId, body, territoryId, validFrom',
    roles: 'id, personId, kind',
    minutesVersions: 'id, minutesId, [minutesId+version]',
    _outbox: 'seq',
    _clock: 'key',
    _cursors: 'deviceId',
    _conflicts: 'id, status, [table+rowId]',
    _badFiles: 'path',
    _device: 'key',
  },
  async upgrade(tx) {
    // Before v2 a membership was its own seat.
    await tx
      .table('memberships')
      .toCollection()
      .modify((m: { id: string; seatId?: string }) => {
        if (!m.seatId) m.seatId = m.id;
      });
  },
};

/** Version 3: the press release draft of a sitting (one row per sitting). */
const v3: SchemaVersion = {
  version: 3,
  stores: {
    pressReleases: 'id, &sittingId',
  },
};

/**
 * Version 4: minutes indexed by the sitting they were approved in and by sitting + status + version.
 * Approved minutes carry their frozen document (20–30 KB each), so screens that only need a status
 * or an approval read these index keys instead of every minutes row (renderer/db/repositories/minutesIndex.ts).
 */
const v4: SchemaVersion = {
  version: 4,
  stores: {
    minutes: 'id, &sittingId, status, approvedInSittingId, [sittingId+status+version]',
  },
};

export const schemaVersions: readonly SchemaVersion[] = [v1, v2, v3, v4];
export const currentSchemaVersion = v4.version;
