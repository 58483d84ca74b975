import type { Language } from '../locale.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './types.js';

export type { Messages } from './types.js';

export const MESSAGES: Record<Language, Messages> = { en, fr };
