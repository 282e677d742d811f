// callhours/editor: the week editor and the open-status line as framework-free custom elements
// (browser only; the module loads anywhere, and registers nothing until asked). docs/editor.md.

export { WeekEditorElement, defineWeekEditor } from './weekEditorElement'
export type { WeekEditorDetail } from './weekEditorElement'
export { OpenStatusElement, defineOpenStatus } from './openStatusElement'
export type { HourCycle } from './editorText'
