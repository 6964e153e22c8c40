/** The look of every panel: cards as definition lists, plain tables, state lines. Components scope it to themselves. */
export const PANEL_STYLES = `
:host { display: block; font: inherit; }
.pb-section { margin: 0 0 1rem; }
.pb-title { font-size: 1rem; margin: 0 0 .5rem; }
.pb-subtitle { font-weight: 600; margin: .25rem 0; }
.pb-fields { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
.pb-field { display: contents; }
.pb-field dt { font-weight: 600; }
.pb-field dd { margin: 0; overflow-wrap: anywhere; }
.pb-table { border-collapse: collapse; width: 100%; }
.pb-table th, .pb-table td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
.pb-nested > td { padding-left: 1.5rem; background: #fafafa; }
.pb-state { margin: .5rem 0; }
.pb-error { color: #b00020; }
.pb-raw { white-space: pre-wrap; overflow: auto; max-height: 24rem; }
`;
