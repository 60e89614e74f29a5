/** This app's version, as package.json says (a test keeps the two the same): written into every backup. */
export const APP_VERSION = '0.1.0';
