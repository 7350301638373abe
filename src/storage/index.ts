export { DataDirBusyError } from "./data-dir-lock.js";
export { type OpenStorageOptions, openStorage } from "./open-storage.js";
export type * from "./storage.js";
