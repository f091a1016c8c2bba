import { z } from '../zod';
import { IdSchema, LanguageSchema } from '../questionnaire/questionnaire.schema';
import { HTTPS_URL, LOGO_PATH, SAME_ORIGIN_PATH, isHttpsUrl } from './config-links';
import { normalPublicUrl } from './public-url';

/**
 * The deployment configuration: one file, `public/config.json`, served as
 * `/config.json`, with which a deployer (a vendor or consultancy) puts their
 * own name, colour, logo, contact details and documents into the app and the
 * PDF without changing code. Every field is optional; a missing field keeps the
 * app's own default. `public/config.schema.json` is generated from this schema
 * for editors; `read-deployment-config.ts` adds what a schema cannot check
 * (colour contrast, questionnaires that exist) and decides what happens to a
 * file that is missing or wrong.
 */

/** The version of the format this app reads. */
export const DEPLOYMENT_CONFIG_VERSION = 1;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` });

/** An https:// page or a path on this site; never javascript:, data:, http: or another scheme. */
const LinkSchema = z
  .string()
  .regex(new RegExp(`${SAME_ORIGIN_PATH.source}|${HTTPS_URL.source}`), {
    message:
      'must be an https:// address (https://example.org/privacy) or a path on this site (/privacy); other schemes and //host are not allowed',
  })
  .refine((value) => !value.startsWith('https://') || isHttpsUrl(value), {
    message: 'is not a valid https:// address',
  });

const PUBLIC_URL_MESSAGE =
  'must be the https:// address where readers reach this app, such as https://gdpr-check.example.org, without ?query or #fragment, and not localhost or 127.0.0.1';

// Each field's description also shows in editors, through the generated JSON Schema.
export const DeploymentContactSchema = z
  .strictObject({
    name: text(120).describe('A person or team, such as "Privacy desk".').optional(),
    email: z
      .email({ message: 'must be an email address such as privacy@example.org' })
      .describe('Shown as a mailto: link.')
      .optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 ().-]{3,28}[0-9]$/, {
        message: 'must be a phone number of digits, spaces and + ( ) . -, such as +31 20 123 4567',
      })
      .describe('Shown as a tel: link, such as "+31 20 123 4567".')
      .optional(),
    url: LinkSchema.describe('A contact page.').optional(),
  })
  .describe('Who to contact: in the footer, on the results page and in the PDF.');

export const DeploymentLinksSchema = z
  .strictObject({
    faq: LinkSchema.describe('Your own questions and answers.').optional(),
    dpa: LinkSchema.describe(
      'Your data processing agreement (Art. 28 GDPR); also linked from the DPA guide.',
    ).optional(),
    privacy: LinkSchema.describe('Your privacy statement.').optional(),
    security: LinkSchema.describe('Your security page or statement.').optional(),
  })
  .describe(
    'Your own documents: in the footer, on the results page and in the PDF. Each is an https:// address or a path on this site.',
  );

export const DeploymentConfigSchema = z.strictObject({
  $schema: z.string().describe('For editors; the app ignores it.').optional(),
  version: z
    .literal(DEPLOYMENT_CONFIG_VERSION, {
      message: `must be ${DEPLOYMENT_CONFIG_VERSION}: this app reads version ${DEPLOYMENT_CONFIG_VERSION} of the configuration format`,
    })
    .describe('The version of this format; 1 when left out.')
    .optional(),
  name: text(80)
    .describe('Product or consultancy name for the header, the page titles and the PDF.')
    .optional(),
  logo: z
    .string()
    .regex(LOGO_PATH, {
      message:
        'must be a path on this site ending in .png, .jpg, .jpeg or .svg, such as /brand/logo.png; addresses on other sites are not allowed',
    })
    .describe(
      'A PNG, JPEG or SVG file on this site, such as /brand/logo.png. The PDF embeds PNG and JPEG only.',
    )
    .optional(),
  primaryColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour written as #rrggbb, such as #1d4e89' })
    .describe(
      'Buttons, links and headings, as #rrggbb. Used only with a contrast of at least 4.5:1 against white and the page background.',
    )
    .optional(),
  contact: DeploymentContactSchema.optional(),
  links: DeploymentLinksSchema.optional(),
  publicUrl: z
    .string()
    // The pattern is for editors (it goes into the JSON Schema); the refinement decides.
    .regex(/^https:\/\/[^\s/?#@]+(?:\/[^\s?#]*)?$/, { message: PUBLIC_URL_MESSAGE })
    .refine((value) => normalPublicUrl(value) !== null, { message: PUBLIC_URL_MESSAGE })
    .describe(
      'The https:// address where this app is published, such as https://gdpr-check.example.org. Every link in the PDF report (FAQ, DPA guide, your documents given as paths) starts with it. Without it the PDF links to the address the app was opened at only when that is a public one (not localhost, 127.0.0.1 or a private network); otherwise it names the pages without links.',
    )
    .optional(),
  defaultLanguage: LanguageSchema.describe(
    "The language for a person who has not chosen one; before the browser's languages.",
  ).optional(),
  questionnaires: z
    .array(IdSchema)
    .min(1, { message: 'must list at least one questionnaire id' })
    .describe('Ids of the questionnaires offered; the first opens. Default: ["gdpr-readiness"].')
    .optional(),
});

/** config.json as written (after parsing). */
export type DeploymentConfigFile = z.infer<typeof DeploymentConfigSchema>;
export type DeploymentContact = z.infer<typeof DeploymentContactSchema>;
export type DeploymentLinks = z.infer<typeof DeploymentLinksSchema>;

/**
 * The JSON Schema that editors use to check config.json as it is typed;
 * `tests/deployment-config.test.ts` keeps `public/config.schema.json` equal to it.
 */
export function deploymentConfigJsonSchema(): string {
  const schema = z.toJSONSchema(DeploymentConfigSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'GDPR readiness check: deployment configuration' }, null, 2)}\n`;
}
