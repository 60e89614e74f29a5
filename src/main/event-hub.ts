/** Main-to-renderer events, typed by the contract. The shell forwards them to the window. */
import type { EventName, EventPayload } from '../shared/contract';

type Listener = (event: EventName, payload: unknown) => void;

export class EventHub {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
