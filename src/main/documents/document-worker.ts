/**
 * The document worker's own side: it builds the Word documents asked for and sends each back
 * (moved, not copied). It is started by document-thread.ts, never imported by the app; it
 * reads no files and writes none.
 */
import { serveTasks } from '../workers/task-thread';
import { documentBuilders } from './document-builders';

serveTasks(documentBuilders);
