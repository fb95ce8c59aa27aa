/**
 * Accepting dropped files: `FileDropZone` inside one element (the home screen),
 * `useWindowFileDrop` anywhere in the window (every other screen). Both show a hint
 * while files are dragged over and ignore dragged text or links. A zone handles what
 * is dropped on it and stops it there, so the window-wide handler never imports twice.
 */
import { useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { fileMessages } from './messages';
import './files.css';

function hasFiles(data: DataTransfer | null | undefined): boolean {
  return Array.from(data?.types ?? []).includes('Files');
}

/** Counts dragenter/dragleave pairs (they fire for every child) to know when a drag really left. */
function useDragDepth() {
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const handlers = useMemo(
    () => ({
      enter() {
        depth.current++;
        setOver(true);
      },
      leave() {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      },
      reset() {
        depth.current = 0;
        setOver(false);
      },
    }),
    [],
  );
  return { over, ...handlers };
}

export function DropHint() {
  const t = useT(fileMessages);
  return (
    <div className="file-drop-hint" aria-hidden="true">
      {t('dropHere')}
    </div>
  );
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

/**
 * Files dropped anywhere in the window go to `onFiles`; the browser never opens them
 * itself (which would navigate away from an open map). Returns whether files are
 * being dragged over the window, for a hint.
 */
export function useWindowFileDrop(onFiles: (files: File[]) => void): boolean {
  const drag = useDragDepth();
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  });
  const { enter, leave, reset } = drag;
  useEffect(() => {
    const onEnter = (e: globalThis.DragEvent) => {
      if (!hasFiles(e.dataTransfer)) return;
      e.preventDefault();
      enter();
    };
    const onOver = (e: globalThis.DragEvent) => {
      if (!hasFiles(e.dataTransfer)) return;
      // cancelling dragover is what makes the drop ours instead of the browser's
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: globalThis.DragEvent) => {
      if (hasFiles(e.dataTransfer)) leave();
    };
    const onDrop = (e: globalThis.DragEvent) => {
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (!hasFiles(e.dataTransfer) && files.length === 0) return;
      e.preventDefault();
      reset();
      if (files.length > 0) latest.current(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [enter, leave, reset]);
  return drag.over;
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
