import { STOPPED_TIMER, TARGET_MINUTES, type SectionTimer } from '@/engine/workshop/section-timer';
import { z } from '@/engine/zod';

// The presenter's own settings: kept in this browser (shortcuts) or this tab (cursor, timer),
// never in the assessment, so an exported file holds only what the team decided.
const SHORTCUTS_KEY = 'gdpr-readiness:workshop-shortcuts';
const CURSOR_KEY = 'gdpr-readiness:workshop-cursor';
const TIMER_KEY = 'gdpr-readiness:workshop-timer';

function read(storage: () => Storage, key: string): unknown {
  try {
    const raw = storage().getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: unknown): void {
  try {
    storage().setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused (private mode, quota): the setting lasts until the page closes.
  }
}

export function loadShortcutsOn(): boolean {
  return read(() => localStorage, SHORTCUTS_KEY) !== false;
}

export function saveShortcutsOn(on: boolean): void {
  write(() => localStorage, SHORTCUTS_KEY, on);
}

const CursorSchema = z.object({ stepId: z.string(), questionId: z.string() });
export type StoredCursor = z.infer<typeof CursorSchema>;

export function loadCursor(stepId: string): string | null {
  const parsed = CursorSchema.safeParse(read(() => sessionStorage, CURSOR_KEY));
  return parsed.success && parsed.data.stepId === stepId ? parsed.data.questionId : null;
}

export function saveCursor(cursor: StoredCursor): void {
  write(() => sessionStorage, CURSOR_KEY, cursor);
}

const TimerSettingsSchema = z.object({
  enabled: z.boolean(),
  targetMinutes: z.number().int().positive(),
  timers: z.record(
    z.string(),
    z.object({ elapsedMs: z.number().nonnegative(), runningSince: z.number().nullable() }),
  ),
});
export type TimerSettings = z.infer<typeof TimerSettingsSchema>;

const DEFAULT_TIMER: TimerSettings = {
  enabled: false,
  targetMinutes: TARGET_MINUTES[1],
  timers: {},
};

export function loadTimerSettings(): TimerSettings {
  const parsed = TimerSettingsSchema.safeParse(read(() => sessionStorage, TIMER_KEY));
  return parsed.success ? parsed.data : DEFAULT_TIMER;
}

export function saveTimerSettings(settings: TimerSettings): void {
  write(() => sessionStorage, TIMER_KEY, settings);
}

export function timerOf(settings: TimerSettings, stepId: string): SectionTimer {
  return settings.timers[stepId] ?? STOPPED_TIMER;
}
