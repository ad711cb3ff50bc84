export const SCANNED_DIRS: string[];
export const SINKS: Array<{ pattern: RegExp; why: string }>;
export function findSinks(root?: string): Array<{ file: string; line: number; why: string; text: string }>;
