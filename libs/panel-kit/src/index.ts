export { buildActionInput, fieldId, initialValues, missingScopes, needsConfirmation, orderFields, validateAction } from './lib/action-spec';
export type { ActionFieldKind, ActionFieldSpec, ActionProblem, ActionScalar, ActionSpec, ActionValues } from './lib/action-spec';
export { PanelActionFormComponent } from './lib/panel-action-form.component';
export { choicesFailure, choicesFrom } from './lib/choices';
export type { Choice, ChoicesLoader, ChoicesSpec } from './lib/choices';
export { PanelChoicePickerComponent } from './lib/panel-choice-picker.component';
export { ConnectionCardPanel, DataPanel } from './lib/generated-panel-bases';
export { PanelConnectionCardComponent } from './lib/panel-connection-card.component';
export { PanelDataViewComponent } from './lib/panel-data-view.component';
export type {
  CardSpec,
  FieldSpec,
  PanelConnection,
  PanelViewSpec,
  ProviderCardSpec,
  ScopeSpec,
  SectionSpec,
  TableSpec,
  ValueFormat,
} from './lib/panel-spec';
export { PANEL_STYLES } from './lib/panel-styles';
export type { PanelDefinition, PanelInput, ProviderPanels } from './lib/provider-panels';
export { PANEL_PAGE_SIZES, PanelTableComponent } from './lib/panel-table.component';
export { fieldValue, formatDate, formatValue, isEmptyData, json, linkOf, listAt, show, showField, valueAt } from './lib/panel-values';
