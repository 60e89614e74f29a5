/**
 * An ordered list the facilitator can rearrange by dragging an item onto another, or with the
 * "Move up" / "Move down" buttons (the keyboard way). Used for speakers and phases.
 */
import { useState, type ReactNode } from 'react';
import { movePhase as reorder } from '../../../../shared/domain/script-templates';

interface Props<T> {
  items: readonly T[];
  keyOf(item: T): string;
  nameOf(item: T): string;
  render(item: T, index: number): ReactNode;
  onReorder(next: T[]): void;
  label: string;
}

export function ReorderList<T>({ items, keyOf, nameOf, render, onReorder, label }: Props<T>) {
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  return (
    <ol className="reorder-list" aria-label={label}>
      {items.map((item, index) => (
        <li
          key={keyOf(item)}
          className={`reorder-item${over === index ? ' reorder-over' : ''}`}
          draggable
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', String(index));
            setDragFrom(index);
          }}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(index);
          }}
          onDragLeave={() => setOver(null)}
          onDrop={(e) => {
            e.preventDefault();
            const from = dragFrom ?? Number(e.dataTransfer.getData('text/plain'));
            setDragFrom(null);
            setOver(null);
            if (from !== index) onReorder(reorder(items, from, index));
          }}
          onDragEnd={() => {
            setDragFrom(null);
            setOver(null);
          }}
        >
          <span className="drag-handle" aria-hidden="true">
            ⋮⋮
          </span>
          <div className="reorder-body">{render(item, index)}</div>
          <span className="reorder-buttons">
            <button
              type="button"
              className="button-link"
              disabled={index === 0}
              aria-label={`Move up: ${nameOf(item)}`}
              onClick={() => onReorder(reorder(items, index, index - 1))}
            >
              Move up
            </button>
            <button
              type="button"
              className="button-link"
              disabled={index === items.length - 1}
              aria-label={`Move down: ${nameOf(item)}`}
              onClick={() => onReorder(reorder(items, index, index + 1))}
            >
              Move down
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
