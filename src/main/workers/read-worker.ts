/**
 * The read worker's own side: long reads of the open vault on a read-only connection of its
 * own (opened per task, closed after it), so the main process keeps answering the window.
 * Started by read-thread.ts, never imported by the app. Each task is a service function that
 * only reads; the connection is `query_only`, so one that tried to write would fail.
 */
import { serviceContext, type ServiceContext } from '../services/core';
import { subjectAccessFiles } from '../services/data-rights';
import { openReadConnection, type ReadConnection } from '../vault/database';
import { serveTasks } from './task-thread';

/** A service function run on the worker's own connection, with the main process's clock reading. */
function onReadConnection<A extends unknown[], R>(task: (ctx: ServiceContext, ...args: A) => R) {
  return async (connection: ReadConnection, now: string, ...args: A): Promise<Awaited<R>> => {
    const db = openReadConnection(connection);
    try {
      return await task(serviceContext(db, { now: () => new Date(now) }), ...args);
    } finally {
      db.close();
    }
  };
}

export const readTasks = {
  subjectAccessFiles: onReadConnection(subjectAccessFiles),
};

serveTasks(readTasks);
