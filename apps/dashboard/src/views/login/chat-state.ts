import type { LocationQuery } from 'vue-router';

/** Where a work-chat sign-in in progress keeps its state until the platform sends the browser back. */
const KEY = 'jixiao.chatSignIn';

export type ChatPlatform = 'dingtalk' | 'feishu' | 'wecom';

interface Pending {
  readonly state: string;
  /** The page asked for before signing in. */
  readonly redirect: string;
}

/** The dashboard's page the platform returns to (a route of its own, registered on the platform). */
export function chatCallbackUrl(platform: string, origin = window.location.origin): string {
  return `${origin}/login/chat/${platform}`;
}

/**
 * A fresh unguessable state, remembered in this tab: the callback accepts a code only with it, so a
 * link crafted elsewhere cannot sign the tab in as someone else (login CSRF, RFC 6749 §10.12).
 */
export function beginChatSignIn(redirect: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  const state = btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  sessionStorage.setItem(KEY, JSON.stringify({ state, redirect } satisfies Pending));
  return state;
}

/** The pending sign-in the returned state belongs to (used once), or null when it does not match. */
export function finishChatSignIn(returnedState: unknown): Pending | null {
  const stored = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  if (stored === null || typeof returnedState !== 'string') return null;
  const pending = JSON.parse(stored) as Pending;
  return pending.state === returnedState ? pending : null;
}

/** The code in the platform's redirect: DingTalk names it `authCode`, Feishu and WeCom `code`. */
export function returnedCode(query: LocationQuery): string | null {
  const code = query.authCode ?? query.code;
  return typeof code === 'string' && code !== '' ? code : null;
}
