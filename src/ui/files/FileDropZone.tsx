/**
 * Accepting dropped files inside one element (the home screen): `FileDropZone`
 * shows a hint while files are dragged over, ignores dragged text or links, and stops
 * what it handles there, so the window-wide handler (windowDrop.tsx) never imports twice.
 */
import { useRef, type DragEvent, type ReactNode } from 'react';
import { DropHint, hasFiles, useDragDepth } from './windowDrop';
import './files.css';

export { DropHint, useWindowFileDrop } from './windowDrop';

export function FileDropZone({
  onFiles,
  children,
  className,
}: {
  onFiles: (files: File[]) => void;
  children: ReactNode;
  className?: string;
}) {
  const drag = useDragDepth();
  const mine = (e: DragEvent) => {
    if (!hasFiles(e.dataTransfer)) return false;
    e.preventDefault();
    e.stopPropagation();
    return true;
  };
  return (
    <div
      className={`file-drop-zone${drag.over ? ' is-over' : ''}${className ? ` ${className}` : ''}`}
      onDragEnter={(e) => mine(e) && drag.enter()}
      onDragOver={(e) => {
        if (mine(e)) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => mine(e) && drag.leave()}
      onDrop={(e) => {
        if (!mine(e) && (e.dataTransfer?.files.length ?? 0) === 0) return;
        e.preventDefault();
        e.stopPropagation();
        drag.reset();
        onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {children}
      {drag.over && <DropHint />}
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
