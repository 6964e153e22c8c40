import { Route } from '@angular/router';
import { CodePage } from './code.page';
import { FunctionsListPage } from './functions-list.page';

export const CODE_ROUTES: Route[] = [
  {
    path: '',
    component: CodePage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'functions' },
      { path: 'functions', component: FunctionsListPage, title: 'Functions · Patchbay' },
      {
        path: 'functions/:functionId',
        // The editor (CodeMirror) is most of this page's weight: only loaded when a function is opened.
        loadComponent: () => import('./function.page').then((m) => m.FunctionPage),
        title: 'Function · Patchbay',
      },
    ],
  },
];
