/** The options a workspace sets once for every run (`pacta.config.json` or package.json's `pacta`). */
export interface PactaConfig {
    /** Report facts that cite no source (`pacta/missing-source`). */
    strictSources?: boolean;
    /** `pacta status`: how many days ahead a deadline is due soon. */
    dueSoonDays?: number;
    /** `pacta deadlines` without `--to`: how far ahead of today to list (`90d`, `6m`, `1y`). */
    horizon?: string;
    /** `.gitignore`-syntax patterns, relative to the folder of the config file. */
    ignore?: string[];
    maxWarnings?: number;
    warningsAsErrors?: boolean;
    /** Bytes, or `512KB`, `20MB`. */
    maxFileSize?: number | string;
}

/** The stable code of every finding about a config file (bad JSON, a value the schema refuses). */
export const INVALID_CONFIG = 'pacta/invalid-config';

/** The file names a config is read from, in the order they are looked for in each folder. */
export const CONFIG_FILE = 'pacta.config.json';
export const PACKAGE_JSON = 'package.json';
/** The ignore file of a workspace (`.gitignore` syntax), read in every folder scanned. */
export const PACTA_IGNORE_FILE = '.pactaignore';
