/**
 * The look of every panel: cards as definition lists, tables in a box of their own that scrolls both ways (the header
 * sticks), state lines. Components scope it to themselves.
 */
export const PANEL_STYLES = `
:host { display: block; font: inherit; min-width: 0; max-width: 100%; }
.pb-section { margin: 0 0 1rem; min-width: 0; }
.pb-title { font-size: 1rem; margin: 0 0 .5rem; }
.pb-subtitle { font-weight: 600; margin: .25rem 0; }
.pb-fields { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .25rem 1rem; margin: 0; }
.pb-field { display: contents; }
.pb-field dt { font-weight: 600; }
.pb-field dd { margin: 0; overflow-wrap: anywhere; }
.pb-scroll { overflow: auto; max-width: 100%; max-height: 32rem; border: 1px solid #e0e0e0; border-radius: 4px; }
.pb-scroll:focus-visible { outline: 2px solid #3f51b5; outline-offset: 2px; }
.pb-table { border-collapse: collapse; width: 100%; }
.pb-table th, .pb-table td { border-bottom: 1px solid #ddd; padding: .25rem .75rem; text-align: left; vertical-align: top; min-width: 5rem; max-width: 24rem; overflow-wrap: break-word; }
.pb-table th { white-space: nowrap; font-weight: 600; background: #fff; }
.pb-table a { color: #1a56b8; }
.pb-nested > td { padding-left: 1.5rem; background: #fafafa; }
.pb-state { margin: .5rem 0; }
.pb-error { color: #b00020; }
.pb-raw { white-space: pre-wrap; overflow: auto; max-height: 24rem; }
`;
