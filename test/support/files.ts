/** The sample evidence files (shared with the demo). */
export * from '../../local/sample-files.js';
