import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import { basicSetup, EditorView } from 'codemirror';
import { javascript } from '@codemirror/lang-javascript';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';
import { Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { TypeProblem } from './functions.models';
import { problemRange } from './functions-helpers';

/**
 * CodeMirror's default highlight colours, with the three that fail WCAG AA contrast on white made darker: template
 * parts / regexps / escapes (#e40 → #b03000), invalid (#f00 → #c00) and type names (#085 → #006b45). Replaces the
 * default style, which basicSetup only adds as a fallback.
 */
const READABLE_HIGHLIGHT = HighlightStyle.define([
  { tag: t.meta, color: '#404740' },
  { tag: t.link, textDecoration: 'underline' },
  { tag: t.heading, textDecoration: 'underline', fontWeight: 'bold' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strong, fontWeight: 'bold' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: t.keyword, color: '#708' },
  { tag: [t.atom, t.bool, t.url, t.contentSeparator, t.labelName], color: '#219' },
  { tag: [t.literal, t.inserted], color: '#164' },
  { tag: [t.string, t.deleted], color: '#a11' },
  { tag: [t.regexp, t.escape, t.special(t.string)], color: '#b03000' },
  { tag: t.definition(t.variableName), color: '#00f' },
  { tag: t.local(t.variableName), color: '#30a' },
  { tag: [t.typeName, t.namespace], color: '#006b45' },
  { tag: t.className, color: '#167' },
  { tag: [t.special(t.variableName), t.macroName], color: '#256' },
  { tag: t.definition(t.propertyName), color: '#00c' },
  { tag: t.comment, color: '#940' },
  { tag: t.invalid, color: '#c00' },
]);

/**
 * CodeMirror 6 with TypeScript highlighting. `value` replaces the document when it differs from what is
 * typed (a reload, a restore, an edit by prompt); `problems` (the compiler's, from a refused save) show
 * inline at their line and in the lint gutter.
 */
@Component({
  selector: 'app-code-editor',
  template: `<div #host class="host" data-testid="code-editor"></div>`,
  styles: `
    .host {
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      overflow: hidden;
      background: #fff;
    }
    .host ::ng-deep .cm-editor {
      max-height: 560px;
      font-size: 0.9rem;
    }
    .host ::ng-deep .cm-scroller {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CodeEditorComponent {
  readonly value = input.required<string>();
  /** Bump to replace the document with `value` even when `value` itself did not change. */
  readonly revision = input(0);
  readonly problems = input<TypeProblem[]>([]);
  readonly label = input('Function code');
  readonly readOnly = input(false);
  readonly changed = output<string>();

  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('host');
  private view: EditorView | null = null;

  constructor() {
    afterNextRender(() => {
      this.view = new EditorView({
        parent: this.host().nativeElement,
        state: this.state(untracked(this.value)),
      });
      this.showProblems(untracked(this.problems));
    });
    inject(DestroyRef).onDestroy(() => this.view?.destroy());

    effect(() => {
      const value = this.value();
      this.revision();
      const view = this.view;
      if (view && view.state.doc.toString() !== value) {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
      }
    });
    effect(() => {
      const problems = this.problems();
      untracked(() => this.showProblems(problems));
    });
  }

  private state(doc: string): EditorState {
    return EditorState.create({
      doc,
      extensions: [
        basicSetup,
        syntaxHighlighting(READABLE_HIGHLIGHT),
        javascript({ typescript: true }),
        lintGutter(),
        EditorState.readOnly.of(this.readOnly()),
        EditorView.contentAttributes.of({ 'aria-label': this.label() }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) this.changed.emit(update.state.doc.toString());
        }),
      ],
    });
  }

  private showProblems(problems: TypeProblem[]): void {
    const view = this.view;
    if (!view) return;
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      ...problemRange(view.state.doc, p),
      severity: 'error',
      source: 'TypeScript',
      message: p.message,
    }));
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }
}
