// The package ships no type declarations; this is the one function the data-directory lock uses.
declare module "fs-native-extensions" {
  /** An exclusive lock on the whole file behind `fd`: true when taken, false when another holder has it. */
  export function tryLock(fd: number): boolean;
}
