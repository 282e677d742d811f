// The editor's look, in its shadow root. Every colour and size is a custom property with a default,
// so a page themes it from outside (docs/editor.md); ::part names the pieces for anything else.
// Open time never shows by colour alone: blocks carry their times as text and a solid border, partly
// open cells a hatch, the selection a dashed outline; forced colours map them to system colours.

/** The shadow root's style sheet. Internal. */
export const EDITOR_STYLES = `
:host {
  display: block;
  font: var(--callhours-font, 14px/1.4 system-ui, sans-serif);
  color: var(--callhours-text, #1f2937);
  background: var(--callhours-background, #ffffff);
  --hour: var(--callhours-hour-width, 48px);
  --row: var(--callhours-row-height, 32px);
}
:host([hidden]) { display: none; }
.frame { overflow-x: auto; }
.scale, .row { display: grid; grid-template-columns: var(--callhours-day-width, 3.5em) repeat(var(--cells), calc(var(--hour) * var(--step) / 60)); }
.scale { color: var(--callhours-muted, #4b5563); }
.scale span { font-size: 0.8em; grid-column: span var(--per-hour); border-left: 1px solid var(--callhours-grid-line, #d1d5db); padding-left: 2px; }
.grid { touch-action: none; user-select: none; -webkit-user-select: none; }
.row { height: var(--row); position: relative; }
.day { display: flex; align-items: center; font-weight: 600; }
.cell { border-left: 1px solid var(--callhours-grid-line, #d1d5db); border-bottom: 1px solid var(--callhours-grid-line, #d1d5db); grid-row: 1; background: var(--callhours-closed, #ffffff); outline: none; position: relative; }
.cell[data-hour-start] { border-left-color: var(--callhours-grid-hour-line, #9ca3af); }
.cell[data-partly] { background: repeating-linear-gradient(45deg, var(--callhours-open, #1d4ed8) 0 2px, var(--callhours-closed, #ffffff) 2px 6px); }
.block { grid-row: 1; z-index: 1; pointer-events: none; margin: 3px 0; background: var(--callhours-open, #1d4ed8); color: var(--callhours-open-text, #ffffff); border: 2px solid var(--callhours-open-border, #1e3a8a); border-radius: var(--callhours-radius, 4px); font-size: 0.8em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding: 0 6px; display: flex; align-items: center; position: relative; }
.handle { position: absolute; top: 0; bottom: 0; width: 8px; pointer-events: auto; cursor: ew-resize; }
.handle[data-edge="start"] { left: -2px; }
.handle[data-edge="end"] { right: -2px; }
.dragging .handle, .locked .handle { pointer-events: none; }
.cell[aria-selected="true"] { z-index: 2; background-color: var(--callhours-selection, rgba(180, 83, 9, 0.25)); outline: 2px dashed var(--callhours-selection-border, #92400e); outline-offset: -2px; }
.cell:focus { z-index: 3; outline: 3px solid var(--callhours-focus, #b45309); outline-offset: -3px; }
.grid[aria-disabled="true"] { opacity: 0.6; }
.actions { display: flex; flex-wrap: wrap; gap: 0.4em; align-items: center; margin: 0.5em 0; }
.actions button { font: inherit; padding: 0.2em 0.7em; border: 1px solid var(--callhours-button-border, #4b5563); border-radius: var(--callhours-radius, 4px); background: var(--callhours-button, #f9fafb); color: inherit; cursor: pointer; }
.actions button:focus-visible { outline: 3px solid var(--callhours-focus, #b45309); outline-offset: 1px; }
.actions button:disabled { cursor: default; opacity: 0.6; }
.summary, .preview, .note, .help { margin: 0.3em 0; }
.help, .note { font-size: 0.85em; color: var(--callhours-muted, #4b5563); }
.issues { margin: 0.5em 0; padding: 0.5em 0.8em; border: 2px solid var(--callhours-error, #b91c1c); border-radius: var(--callhours-radius, 4px); color: var(--callhours-error, #b91c1c); }
.issues[hidden] { display: none; }
.issues ul { margin: 0.2em 0 0; padding-left: 1.2em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) {
  .block { transition: background-color 120ms ease-out; }
}
@media (forced-colors: active) {
  .cell { border-color: CanvasText; }
  .block { background: Highlight; color: HighlightText; border-color: CanvasText; forced-color-adjust: none; }
  .cell[data-partly] { background: repeating-linear-gradient(45deg, Highlight 0 2px, Canvas 2px 6px); forced-color-adjust: none; }
  .cell[aria-selected="true"] { outline-color: CanvasText; }
  .cell:focus { outline-color: Highlight; }
}
`
