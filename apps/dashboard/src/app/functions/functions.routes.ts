import { Route } from '@angular/router';
import { CodePage } from './code.page';
import { FunctionPage } from './function.page';
import { FunctionsListPage } from './functions-list.page';

export const CODE_ROUTES: Route[] = [
  {
    path: '',
    component: CodePage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'functions' },
      { path: 'functions', component: FunctionsListPage, title: 'Functions · Patchbay' },
      { path: 'functions/:functionId', component: FunctionPage, title: 'Function · Patchbay' },
    ],
  },
];
