/** Where the bundled plugin is written: redocly/dist/plugin.mjs. */
export declare const PLUGIN_BUNDLE: string;
/** The bundle's text, as redocly/plugin.ts and its rules give it now. */
export declare function bundlePlugin(): Promise<string>;
