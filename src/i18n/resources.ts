import type { Resource, ResourceLanguage } from 'i18next';

/**
 * Every ./locales/<language>/<namespace>.json file, bundled eagerly (they are small). The file name is
 * the namespace: common.json → "common", scene.json → "scene".
 */
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

/** Builds i18next resources from `./locales/<lang>/<ns>.json` module paths. */
export function resourcesFromFiles(files: Record<string, { default: Record<string, unknown> }>): Resource {
  const resources: Record<string, ResourceLanguage> = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match;
    resources[language] ??= {};
    resources[language][namespace] = module.default;
  }
  return resources;
}

export const resources: Resource = resourcesFromFiles(localeFiles);

/** All namespaces present in any language. */
export const namespaces: string[] = [...new Set(Object.values(resources).flatMap((lang) => Object.keys(lang)))];
