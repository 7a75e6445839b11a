/**
 * `taalwijzer validate <file-or-url> [--strict] [--json]`: checks a feed and prints
 * every problem with its JSON path in plain language. Exit 0: the feed is usable;
 * 1: it is not. `--strict` adds warnings for publishers (see strict.ts), which never
 * change the exit status.
 */
import { strictWarnings, WIDGET_LOCALES } from '../convert/strict.js';
import { checkFeed, type Report } from '../convert/check.js';

export { buildReport, checkFeed, type Checked, type Report } from '../convert/check.js';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const LABELS: Record<string, [string, string]> = {
  programmes: ['programme', 'programmes'],
  organisations: ['organisation', 'organisations'],
  locations: ['location', 'locations'],
  volunteerRoles: ['volunteer role', 'volunteer roles'],
  goals: ['goal', 'goals'],
};

export function printReport(
  report: Report,
  { out }: Output,
  titleTranslations?: Record<string, number>,
): void {
  out(`Feed: ${report.source}`);
  if (report.issues.length) {
    out('');
    out(report.issues.length === 1 ? '1 problem:' : `${report.issues.length} problems:`);
    for (const issue of report.issues) out(`  ${issue.path}: ${issue.message}`);
  }
  out('');
  if (report.counts) {
    for (const [key, { usable, skipped }] of Object.entries(report.counts)) {
      if (usable === 0 && skipped === 0 && key !== 'programmes') continue;
      const [one, many] = LABELS[key];
      out(`  ${usable} ${usable === 1 ? one : many} usable${skipped ? `, ${skipped} skipped` : ''}`);
    }
    out('');
  }
  const warnings = report.warnings;
  if (warnings) {
    out(
      warnings.length === 0
        ? 'Waarschuwingen (--strict): geen.'
        : `Waarschuwingen (--strict): ${warnings.length}. Ze houden de feed niet tegen, maar maken hem beter.`,
    );
    for (const warning of warnings) out(`  ${warning.path}: ${warning.message}`);
    if (titleTranslations && report.counts) {
      const total = report.counts.programmes.usable;
      out('');
      out(
        `Titels vertaald: ${WIDGET_LOCALES.filter((l) => l !== 'nl')
          .map((l) => `${l} ${titleTranslations[l]}/${total}`)
          .join(', ')}`,
      );
    }
    out('');
  }
  if (report.usable) {
    if (report.issues.length) out('The feed is usable, but look at the problems above.');
    else if (warnings?.length) out('The feed is valid. Look at the warnings above.');
    else out('The feed is valid.');
  } else {
    out(`The feed is not usable: ${report.error}`);
  }
}

/** Runs `validate` on a feed's text; returns the exit status. */
export function validate(
  source: string,
  text: string,
  options: { json: boolean; strict: boolean; now: Date },
  io: Output,
): number {
  const { report, feed, json } = checkFeed(source, text);
  let titleTranslations: Record<string, number> | undefined;
  if (options.strict) {
    if (feed && report.usable) {
      const strict = strictWarnings(json, feed, options.now);
      report.warnings = strict.warnings;
      titleTranslations = strict.titleTranslations;
    } else report.warnings = [];
  }
  if (options.json) io.out(JSON.stringify(report, null, 2));
  else printReport(report, io, titleTranslations);
  return report.usable ? 0 : 1;
}
