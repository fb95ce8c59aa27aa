/**
 * Files dropped anywhere in the window (every screen but the home screen's own zone,
 * FileDropZone.tsx): never opened by the browser, handed to the app instead. Small
 * and on its own, so the board's first load does not carry the home screen's zone.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { fileMessages } from './messages';
import './files.css';

export function hasFiles(data: DataTransfer | null | undefined): boolean {
  return Array.from(data?.types ?? []).includes('Files');
}

/** Counts dragenter/dragleave pairs (they fire for every child) to know when a drag really left. */
export function useDragDepth() {
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
