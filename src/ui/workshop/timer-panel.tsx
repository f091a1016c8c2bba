import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TARGET_MINUTES,
  elapsedMs,
  formatDuration,
  milestoneBetween,
  pauseTimer,
  startTimer,
  STOPPED_TIMER,
} from '@/engine/workshop/section-timer';
import {
  loadTimerSettings,
  saveTimerSettings,
  timerOf,
  type TimerSettings,
} from './workshop-storage';

export function TimerPanel({ stepId }: { stepId: string }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<TimerSettings>(loadTimerSettings);
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const timer = timerOf(settings, stepId);
  const running = timer.runningSince !== null;
  const elapsed = elapsedMs(timer, now);
  const targetMs = settings.targetMinutes * 60_000;
  const lastReading = useRef(elapsed);

  const update = (next: TimerSettings) => {
    setSettings(next);
    saveTimerSettings(next);
  };
  const setTimer = (next: typeof timer) =>
    update({ ...settings, timers: { ...settings.timers, [stepId]: next } });

  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [running]);

  useEffect(() => {
    const milestone = milestoneBetween(lastReading.current, elapsed, targetMs);
    lastReading.current = elapsed;
    if (milestone) setAnnouncement(t(`workshop.timer.${milestone}`));
  }, [elapsed, targetMs, t]);

  return (
    <div className="timer-panel">
      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => update({ ...settings, enabled: e.target.checked })}
        />
        <span>{t('workshop.timer.show')}</span>
      </label>
      {settings.enabled && (
        <>
          <label className="timer-target">
            <span>{t('workshop.timer.target')}</span>
            <select
              value={settings.targetMinutes}
              onChange={(e) => update({ ...settings, targetMinutes: Number(e.target.value) })}
            >
              {TARGET_MINUTES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {t('workshop.timer.minutes', { count: minutes })}
                </option>
              ))}
            </select>
          </label>
          <p role="timer" className={`timer-reading${elapsed >= targetMs ? ' timer-over' : ''}`}>
            {t('workshop.timer.reading', {
              elapsed: formatDuration(elapsed),
              target: formatDuration(targetMs),
            })}
            {elapsed >= targetMs && <strong> {t('workshop.timer.over')}</strong>}
          </p>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              const at = Date.now();
              setNow(at);
              setTimer(running ? pauseTimer(timer, at) : startTimer(timer, at));
              setAnnouncement(t(running ? 'workshop.timer.paused' : 'workshop.timer.started'));
            }}
          >
            {running ? t('workshop.timer.pause') : t('workshop.timer.start')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              lastReading.current = 0;
              setTimer(STOPPED_TIMER);
            }}
          >
            {t('workshop.timer.reset')}
          </button>
        </>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
