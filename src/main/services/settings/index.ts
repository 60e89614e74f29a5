/** Settings: preferences kept inside the encrypted vault. */
export { defaultSettings, getSettings, updateSettings } from './settings';
