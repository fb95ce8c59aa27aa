/**
 * Accepts files dropped anywhere inside it (wrap a whole screen with it). Shows a
 * hint while files are dragged over; text or links being dragged are ignored.
 */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useT } from '../i18n';
import { fileMessages } from './messages';
import './files.css';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function FileDropZone({
  onFiles,
  children,
  className,
}: {
  onFiles: (files: File[]) => void;
  children: ReactNode;
  className?: string;
}) {
  const t = useT(fileMessages);
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child element; count them to know when we really left
  const depth = useRef(0);

  return (
    <div
      className={`file-drop-zone${over ? ' is-over' : ''}${className ? ` ${className}` : ''}`}
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current++;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!hasFiles(e)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e) && (e.dataTransfer?.files.length ?? 0) === 0) return;
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {children}
      {over && (
        <div className="file-drop-hint" aria-hidden="true">
          {t('dropHere')}
        </div>
      )}
    </div>
  );
}

/** A button that opens the file picker for journey files. */
export function ImportButton({
  label,
  onFiles,
}: {
  label: string;
  onFiles: (files: File[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        tabIndex={-1}
        aria-label={label}
        data-testid="import-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // reset so picking the same file again fires change again
          e.target.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
