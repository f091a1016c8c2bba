import { createContext, useContext, useEffect } from 'react';
import type { WorkshopCommand } from '@/engine/workshop/shortcuts';

/** Runs a shortcut's command; returns false when it does not apply, so the key keeps its usual effect. */
export type CommandHandler = (command: WorkshopCommand) => boolean;

export interface WorkshopShell {
  /** The question on screen takes the shortcuts; returns the function that lets go of them. */
  readonly register: (handler: CommandHandler) => () => void;
  /** Whether the single-key shortcuts are on, so the keys are only shown and named when they work. */
  readonly shortcutsOn: boolean;
}

export const WorkshopShellContext = createContext<WorkshopShell>({
  register: () => () => {},
  shortcutsOn: false,
});

export function useShortcutsOn(): boolean {
  return useContext(WorkshopShellContext).shortcutsOn;
}

export function useWorkshopCommands(handler: CommandHandler): void {
  const { register } = useContext(WorkshopShellContext);
  useEffect(() => register(handler));
}
