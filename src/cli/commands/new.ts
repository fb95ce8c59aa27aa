/** `journey new`: writes a new map (or template) file from a template. */
import { parseMapFile } from '../../model/parseMapFile';
import { fromTemplate, standardTemplate } from '../../model/templates';
import type { TemplateLanguage } from '../../model/templates';
import { formatIssues, validateMap } from '../../model/validation';
import type { JourneyMap } from '../../model/types';
import { parseArgs, requireFlag } from '../args';
import { readInputFile, writeOutputFile } from '../readFile';
import { CliError, EXIT, UsageError } from '../io';
import type { CliIO } from '../io';

export const usage = `usage: journey new --out <file> [options]

Writes a new journey map from a template.

  --template <t>   "standard" (default) or a .journey-template.json file
  --title <T>      the map's title (1-200 characters); default: the template's
                   name ("Customer journey (standard)" / "Customer Journey
                   (Standard)" in German) or the template file's title
  --lang <l>       en (default) or de: names of the standard phases and lanes
  --out <file>     where to write; refused if it exists
  --force          overwrite an existing file
  --as-template    write a template (kind "template") instead of a map
`;

/** The built-in template's name, the default title of a map made from it. */
const STANDARD_NAME: Readonly<Record<TemplateLanguage, string>> = {
  en: 'Customer journey (standard)',
  de: 'Customer Journey (Standard)',
};

async function fromTemplateFile(
  io: CliIO,
  file: string,
  title: string | undefined,
  kind: 'map' | 'template',
): Promise<JourneyMap> {
  const result = parseMapFile(await readInputFile(io.cwd, file));
  if (!result.ok) {
    const lines = formatIssues(result.errors, result.truncated).map((l) => `  ${l}`);
    throw new CliError(`${file} is not a valid template:\n${lines.join('\n')}`);
  }
  return fromTemplate(result.map, { title: title ?? result.map.title, kind });
}

/** Builds the map, checks it, and writes it without clobbering existing files. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, help } = parseArgs(
    args,
    {
      template: 'string',
      title: 'string',
      lang: 'string',
      out: 'string',
      force: 'boolean',
      'as-template': 'boolean',
    },
    { max: 0 },
  );
  if (help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  const title = flags.title;
  const out = requireFlag(flags.out, 'out');
  const lang = flags.lang ?? 'en';
  if (lang !== 'en' && lang !== 'de')
    throw new UsageError(`--lang must be "en" or "de", not ${JSON.stringify(lang)}`);
  const kind = flags['as-template'] === true ? 'template' : 'map';
  const template = flags.template ?? 'standard';
  const map =
    template === 'standard'
      ? standardTemplate(lang, { title: title ?? STANDARD_NAME[lang], kind })
      : await fromTemplateFile(io, template, title, kind);
  // the title comes from the user: check the result before anything is written
  const checked = validateMap(map);
  if (!checked.ok) {
    throw new CliError(
      `cannot create the map:\n${formatIssues(checked.errors)
        .map((l) => `  ${l}`)
        .join('\n')}`,
    );
  }
  await writeOutputFile(io.cwd, out, `${JSON.stringify(map, null, 2)}\n`, flags.force === true);
  io.stdout(`wrote ${out} (${map.phases.length} phases, ${map.lanes.length} lanes)\n`);
  return EXIT.ok;
}
