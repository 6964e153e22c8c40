/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { TiktokUserInfoPanelComponent } from './user-info-panel.component';
import { TiktokVideoListPanelComponent } from './video-list-panel.component';
import { TiktokVideoQueryPanelComponent } from './video-query-panel.component';
import { ACTIONS } from './actions';
import { TiktokConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (3 read operations of TikTok). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  'user.info': {
    operationId: 'user.info',
    title: 'Profile and stats',
    component: TiktokUserInfoPanelComponent,
    inputs: [
      {
        key: 'fields',
        label: 'Fields',
        required: true,
        value: 'open_id,avatar_url,display_name,follower_count,following_count,likes_count,video_count',
        description: 'Comma-separated User fields.',
      },
    ],
  },
  'video.list': {
    operationId: 'video.list',
    title: 'List my videos',
    component: TiktokVideoListPanelComponent,
    inputs: [
      {
        key: 'fields',
        label: 'Fields',
        required: true,
        value: 'id,title,video_description,create_time,cover_image_url,share_url,duration,view_count,like_count,comment_count',
      },
    ],
  },
  'video.query': {
    operationId: 'video.query',
    title: 'Refresh stats of given videos',
    component: TiktokVideoQueryPanelComponent,
    inputs: [{ key: 'fields', label: 'Fields', required: true }],
    needsBody: true,
  },
};

export const CONNECTION_CARD: Type<unknown> = TiktokConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'tiktok',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
  actions: ACTIONS,
};
