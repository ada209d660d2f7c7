import type { UserConfig } from 'vitest/config';

export function nodePreset(overrides?: UserConfig): UserConfig;
export function webPreset(overrides?: UserConfig): UserConfig;
