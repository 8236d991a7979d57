/** The package version, put in by the bundler (scripts/build.mjs). */
declare const IDEAS_VERSION: string;
