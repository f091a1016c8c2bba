import { createContext, useContext, useEffect } from 'react';
import type { WorkshopCommand } from '@/engine/workshop/shortcuts';

/** Runs a shortcut's command; returns false when it does not apply, so the key keeps its usual effect. */
export type CommandHandler = (command: WorkshopCommand) => boolean;

export interface WorkshopShell {
  /** The question on screen takes the shortcuts; returns the function that lets go of them. */
  readonly register: (handler: CommandHandler) => () => void;
}

export const WorkshopShellContext = createContext<WorkshopShell>({ register: () => () => {} });

export function useWorkshopCommands(handler: CommandHandler): void {
  const { register } = useContext(WorkshopShellContext);
  useEffect(() => register(handler));
}
