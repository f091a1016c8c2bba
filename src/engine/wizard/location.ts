import { z } from '../zod-mini';

/** Where a person is in the wizard; the URL and the saved session both hold one. */
export const WizardLocationSchema = z.discriminatedUnion('screen', [
  z.strictObject({ screen: z.literal('intro') }),
  z.strictObject({
    screen: z.literal('step'),
    stepId: z.string().check(z.minLength(1), z.maxLength(100)),
  }),
  z.strictObject({ screen: z.literal('review') }),
  z.strictObject({
    screen: z.literal('exit'),
    exitId: z.string().check(z.minLength(1), z.maxLength(100)),
  }),
  z.strictObject({ screen: z.literal('complete') }),
]);
export type WizardLocation = z.infer<typeof WizardLocationSchema>;

export function sameLocation(a: WizardLocation, b: WizardLocation): boolean {
  if (a.screen !== b.screen) return false;
  if (a.screen === 'step' && b.screen === 'step') return a.stepId === b.stepId;
  if (a.screen === 'exit' && b.screen === 'exit') return a.exitId === b.exitId;
  return true;
}
