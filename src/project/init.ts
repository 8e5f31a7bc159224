/**
 * `terms init` as a library: the files that start a project for one company's document, from nothing
 * (a one-article skeleton to write into) or from an existing text or Markdown file (run through the
 * importer). Pure: the caller checks that no project is there yet and writes the files.
 *
 *     terms/<document>/<effective>.md   the first version
 *     terms.config.json                 the site's URL, and the document's company, sender and required annotations
 */
import type { AnnotationKind } from '../annotation/schema.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { importTerms, type ImportResult, type InputFormat } from '../import/index.js';
import { CONFIG_FILE } from './config.js';

/** Where the configuration's JSON Schema is once the toolkit is installed as a package. */
export const INSTALLED_SCHEMA = './node_modules/knet-terms/schema/terms-config.schema.json';

/** An existing document to start from. */
export type InitSource =
  | {
      /** The path it was read from (reported with every import message; tells text from Markdown). */
      path: string;
      /** Its text. */
      text: string;
      /** Its format, when known; detected from the path and the text otherwise. */
      format?: InputFormat;
    }
  | {
      path: string;
      /** A Word or PDF file already imported (`importFile`, which reads bytes and is asynchronous). */
      imported: Pick<ImportResult, 'markdown' | 'report' | 'document' | 'ruleSet'>;
    };

/** What the project is for. */
export interface InitOptions {
  /** Document id (`example-cloud`): lower-case letters, digits and hyphens. */
  document: string;
  /** The company the document names; guessed from the source, if any, when absent. */
  company?: string;
  /** The document's title; guessed from the source when absent, else `<company>利用規約`. */
  title?: string;
  /** The first version's effective date, YYYY-MM-DD (also its version). */
  effective: string;
  /** The published site's absolute URL, if known. */
  siteUrl?: string;
  /** The sender of change notices (`Name <address>`), if known. */
  sender?: string;
  /** The annotation kinds the document must carry (none by default). */
  requiredAnnotations?: readonly AnnotationKind[];
  /** An existing document to import; a skeleton is written when absent. */
  from?: InitSource;
  /** The `$schema` written into the configuration (default: the installed package's schema). */
  schema?: string;
}

/** The project's files and what the import said. */
export interface InitResult {
  /** File contents by path relative to the project folder, the terms file first. */
  files: Map<string, string>;
  /** The terms file's path (`terms/<document>/<effective>.md`). */
  termsFile: string;
  /** The importer's report (empty for a skeleton). */
  report: Diagnostic[];
  /** Whether the first version compiles (false: the import needs editing before `terms compile` passes). */
  compiles: boolean;
  /** Whether there is a document at all (false: the source had no article, and nothing should be written). */
  usable: boolean;
}

/**
 * Makes the files of a new project.
 * @param options the document and its settings, and the file to start from
 */
export function initProject(options: InitOptions): InitResult {
  const termsFile = `terms/${options.document}/${options.effective}.md`;
  let markdown: string;
  let report: Diagnostic[] = [];
  let compiles = true;
  let usable = true;
  let company = options.company;
  if (options.from) {
    const imported =
      'imported' in options.from
        ? options.from.imported
        : importTerms(options.from.text, {
            path: options.from.path,
            document: options.document,
            effective: options.effective,
            ...(options.from.format ? { format: options.from.format } : {}),
            ...(options.title !== undefined ? { title: options.title } : {}),
            ...(options.company !== undefined ? { company: options.company } : {}),
          });
    markdown = imported.markdown;
    report = imported.report;
    compiles = imported.ruleSet !== null;
    usable = imported.document.body.some((b) => b.kind === 'article');
    company ??= imported.ruleSet?.meta.company;
  } else {
    company ??= '（会社名未設定）';
    markdown = skeleton(options.document, options.title ?? `${company}利用規約`, company, options.effective);
  }
  const config = {
    $schema: options.schema ?? INSTALLED_SCHEMA,
    ...(options.siteUrl !== undefined ? { site: { url: options.siteUrl } } : {}),
    documents: {
      [options.document]: {
        ...(company !== undefined ? { company } : {}),
        ...(options.sender !== undefined ? { sender: options.sender } : {}),
        requiredAnnotations: [...(options.requiredAnnotations ?? [])],
      },
    },
  };
  const files = new Map([
    [termsFile, markdown],
    [CONFIG_FILE, `${JSON.stringify(config, null, 2)}\n`],
  ]);
  return { files, termsFile, report, compiles, usable };
}

/** A first version with one article, that compiles and lints clean, for the legal team to write into. */
function skeleton(document: string, title: string, company: string, effective: string): string {
  return `---
document: ${document}
title: ${yamlString(title)}
company: ${yamlString(company)}
version: ${effective}
effective: ${effective}
---

## 第１条（目的） {#purpose}

本規約は、${company}が提供するサービスの利用条件を定めます。
`;
}

/** A YAML scalar for a name: plain when that reads back the same, else double-quoted. */
function yamlString(value: string): string {
  return /^[^\s'"#:{}[\],&*!|>%@`-][^#:]*$/u.test(value) && !/\s$/u.test(value) ? value : JSON.stringify(value);
}
